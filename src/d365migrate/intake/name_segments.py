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
    the same one outright and the other parts name none; (None, '') otherwise."""
    parts = [p for p in re.split(r"\s*-\s*", source) if p.strip()]
    if len(parts) < 2:
        return None, ""
    kinds: set[str] = set()
    for part in parts:
        kind, how = name_kind(part)
        if kind is not None and how == "exact":
            kinds.add(kind)
        elif name_kinds(part):
            return None, ""   # a part naming a kind in part only ('deal_contacts'): unsure
    return (kinds.pop(), "partial") if len(kinds) == 1 else (None, "")
