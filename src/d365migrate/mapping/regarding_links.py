"""An activity's regarding record, named by its id or by its name.

An export with ids links an activity to its deal, contact or company by the record's id; a
spreadsheet kept by hand (Baserow's Interactions: 'Lead' = 'Amina Nguyen') names the
record instead. Both say what the activity is about: a name that names one record of the
linked file resolves to that record's key, as an ordinary lookup by name does
(:func:`d365migrate.mapping.name_lookups.name_lookup`); an id link wins where both exist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from d365migrate.intake.found import Discovery, Relationship

__all__ = ["REGARDING_LINK_KINDS", "regarding_entry", "usable"]

#: The kinds of discovery's links an activity's regarding record may come from, best first.
REGARDING_LINK_KINDS = ("id", "name")


def _says_regarding(column: str) -> bool:
    """Whether the column's name says what the activity is about: 'Regarding' (Dataverse's
    own label), 'regarding_id', 'Related To', 'related_to_id'."""
    words = re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", column).lower())
    return "regarding" in words or any(a == "related" and b == "to"
                                       for a, b in zip(words, words[1:], strict=False))


def usable(links: Sequence[Relationship], target_source: str) -> list[Relationship]:
    """The links to ``target_source`` that name its records (an id or a name matching more
    than half the rows, or certain), id links first; of those, a column named for what the
    activity is about first: a Dataverse task's 'Regarding' holds the same patient's id as
    the accelerator's 'Performer (Patient)' before it, and the regarding record is the one
    the 'Regarding' column names. Where such a column names the activity's record in one
    file, a name another column merely shares with a record of another file is none: a
    Dataverse appointment's 'Location' ('1000 Washington', a company's street) beside its
    'Regarding' (a student's id) says where the meeting was, not a second record it is
    about."""
    named = [r for r in links if r.kind in REGARDING_LINK_KINDS
             and (r.match_rate > 0.5 or r.certain)]
    own = {r.target_source for r in named if _says_regarding(r.column)}
    return sorted((r for r in named if r.target_source == target_source and not (
                       own and target_source not in own and r.kind == "name"
                       and not _says_regarding(r.column))),
                  key=lambda r: (REGARDING_LINK_KINDS.index(r.kind),
                                 not _says_regarding(r.column)))


def regarding_entry(column: str, nav: str, table: str, rel: Relationship,
                    discovery: Discovery) -> dict[str, Any]:
    """The lookup of ``column`` (``regardingobjectid``) to ``table`` along ``rel``."""
    part = {"part": rel.part} if rel.part else {}
    if rel.kind != "name":
        return {"target": column, "navigation": nav, "table": table, "source": rel.column,
                "references": rel.to, "fallbacks": [], "confidence": rel.match_rate, **part,
                "reason": f"regarding the {table} '{rel.column}' names, when it has one"}
    key = discovery.key_of(rel.target_source) or rel.target_column
    return {"target": column, "navigation": nav, "table": table, "source": rel.column,
            "references": f"{rel.target_source}.{key}",
            "fallbacks": [{"source": rel.column, "match": "name",
                           "references": rel.match_columns, **part}],
            "confidence": rel.match_rate, **part,
            "reason": f"regarding the {table} '{rel.column}' names by its "
                      f"{rel.target_words}, when it has one"}
