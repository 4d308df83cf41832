"""File names that group or join: which words of them name the records.

A person names a table as a phrase. 'Contacts by company' and 'Goals by account' hold
contacts and goals grouped by company or account: the words after 'by' or 'per' say how
the rows are grouped, not what they are, so the words before them name the records, when
they name a kind outright ('Created By User' is no record grouped by users: read as
before). Goals grouped by a kind of record other than the people ('Goals by account',
'Goals per product') are no Dynamics goals: a goal is a user's or a team's (its Goal
Owner, required), so such a file names no kind. 'Products and services' and 'Products &
Services' join two nouns: when the joined parts that name a kind name the same one outright
and the other parts name none, the file holds that kind (a catalogue of products and
services is products). Asked by the vocabulary (:func:`.kinds.name_kind`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["GROUPING_WORDS", "JOINING_WORDS", "grouped_kind", "grouped_records",
           "joined_kind"]

#: Words that put a grouping after the records: 'Sales by region', 'Cost per lead'.
GROUPING_WORDS = frozenset({"by", "per"})
#: Words that join two nouns of a name: 'Products and services', 'Notes or comments'.
JOINING_WORDS = frozenset({"and", "or"})


def grouped_records(words: list[str]) -> list[str] | None:
    """The words of a name before its first grouping word ('goal by account' -> ['goal']),
    when words stand on both sides of it; None when the name groups nothing."""
    for i, w in enumerate(words):
        if w in GROUPING_WORDS and 0 < i < len(words) - 1:
            return words[:i]
    return None


_NameKind = Callable[[str], tuple[str | None, str]]


def grouped_kind(words: list[str], name_kind: _NameKind) -> tuple[str | None, str] | None:
    """The kind a grouping name's records are ('contact by company' -> contact), (None, '')
    for goals grouped by a record that is no person; None when the name groups nothing or
    its words before the grouping name no records outright."""
    head = grouped_records(words)
    if head is None:
        return None
    kind = name_kind(" ".join(head))
    if kind[1] != "exact":
        return None   # 'Created By User', 'QuantityPerUnit': no records before the 'by'
    if kind[0] == "goal" and name_kind(" ".join(words[len(head) + 1:]))[0] not in (
            None, "user"):
        return None, ""   # an account's or a product's targets: no owner's goal
    return kind


def joined_kind(source: str, words: list[str], name_kind: _NameKind) -> tuple[str | None, str]:
    """(kind, 'partial') when ``source`` joins parts with '&', 'and' or 'or', the parts that
    name a kind name the same one outright and at least one names it; (None, '') otherwise
    (two kinds joined, 'Notes and attachments', say nothing sure)."""
    if "&" in source:
        parts = [p for p in re.split(r"\s*&\s*", source) if p.strip()]
    else:
        parts, cur = [], []
        for w in words:
            if w in JOINING_WORDS:
                parts.append(" ".join(cur))
                cur = []
            else:
                cur.append(w)
        parts.append(" ".join(cur))
    if len(parts) < 2 or not all(p.strip() for p in parts):
        return None, ""
    kinds: set[str] = set()
    for part in parts:
        kind, how = name_kind(part)
        if kind is not None and how != "exact":
            return None, ""   # a part naming a kind in part only: unsure
        if kind is not None:
            kinds.add(kind)
    return (kinds.pop(), "partial") if len(kinds) == 1 else (None, "")
