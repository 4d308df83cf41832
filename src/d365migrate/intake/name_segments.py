"""A file name of parts joined by hyphens, one part naming the records.

A folder or a module put before a file's own name ('meetings-importAnalyzerTest',
'leads - test run', 'import-importUsersTest') names the records when that part alone names
a kind outright and no other part names any kind: the rest says which file of them it is.
Asked by the vocabulary (:func:`.kinds.name_kind`) only when the name as a whole names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["segment_kind"]


def segment_kind(source: str, name_kind: Callable[[str], tuple[str | None, str]],
                 name_kinds: Callable[[str], list[str]]) -> tuple[str | None, str]:
    """(kind, 'partial') when the hyphen-joined parts of ``source`` that name a kind all name
    the same one outright and the other parts name none, or name that same kind in part
    only ('Contact-individual_locations': a person's word in the contacts' folder);
    (None, '') otherwise."""
    parts = [p for p in re.split(r"\s*-\s*", source) if p.strip()]
    if len(parts) < 2:
        return None, ""
    kinds: set[str] = set()
    in_part: set[str] = set()
    for part in parts:
        kind, how = name_kind(part)
        if kind is not None and how == "exact":
            kinds.add(kind)
        else:
            in_part.update(name_kinds(part))
    if len(kinds) != 1 or not in_part <= kinds:
        return None, ""   # a part naming another kind in part ('deal_contacts'): unsure
    return kinds.pop(), "partial"
