"""File names of an import or an export: the records named before 'import' or 'export'.

A program's import and export files are named for the records they carry, then the word
'import' or 'export', then what the file is: its layout ('lead_export_template', OroCRM's
"Download data template" for leads: one filled-in lead) or the case a test loads
('lead_import_exist_contact': leads naming an existing contact). The records are the kind
named before 'import' or 'export'; the words after say what the file is for, not what it
holds (a contact named after 'import' is what the leads point at). A template after 'import'
or 'export' is such a file's layout, no e-mail template; alone ('export_template') it names
no kind, and the columns say what the rows are. Kept apart from the vocabulary
(:mod:`.kinds`), which asks it, so that the rule reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["TRANSFER_WORDS", "layout_template", "transfer_kind"]

#: Words saying a file is an import or an export (normalised, singular).
TRANSFER_WORDS = frozenset({"import", "export"})


def layout_template(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is 'template' after 'import' or 'export': a file's layout."""
    return words[i] == "template" and any(w in TRANSFER_WORDS for w in words[:i])


def transfer_kind(words: list[str], kind_of: Callable[[str], str | None]) -> str | None:
    """The kind named just before 'import' or 'export' when the name's last word names
    another kind ('lead_import_exist_contact' -> lead, not contact), by ``kind_of`` (the
    vocabulary's); else None (the name is read as any other)."""
    last = kind_of(words[-1]) if words else None
    for i, w in enumerate(words[:-2]):
        if words[i + 1] in TRANSFER_WORDS and (kind := kind_of(w)) is not None:
            return kind if last is not None and last != kind else None
    return None
