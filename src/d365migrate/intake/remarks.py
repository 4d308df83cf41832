"""A column header's bracketed remark: 'Contact ID (match to contact)' is the contact's id.

Exports that head columns with display titles add notes in brackets (CiviCRM's "Contact ID
(match to contact)", "Footer Text (confirm_footer_text)"); discovery reads the id columns of
link files by the header without its remark, so the note does not hide what the column holds.
"""

from __future__ import annotations

import re

__all__ = ["without_remark"]

_REMARK = re.compile(r"^\s*([^()]*?[^\s()])\s*\([^()]*\)\s*$")


def without_remark(name: str) -> str:
    """The header without a trailing bracketed remark; the header itself when it has none
    (or is nothing but brackets)."""
    m = _REMARK.match(name)
    return m.group(1) if m else name
