"""A record named by its own description: Northwind's TerritoryDescription ('Westboro').

Some databases give a small record no name column, only '<its own word> description'
(Northwind's Territories.TerritoryDescription, Region.RegionDescription) holding a short
label per record, every one different. That label is the record's name (the table's primary
name column, required): its description is left empty. Applied by the suggestion engine
(``mapping/suggest.py``) after every column is scored, only when no column of the file has
the primary name as its best target.
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.vocabulary import singular

__all__ = ["DESCRIPTION_WORDS", "own_description_names", "short_labels"]

#: The words that say a column describes the record.
DESCRIPTION_WORDS = frozenset({"description", "desc", "descr"})
#: The longest label, in characters and in words, a name may be.
MAX_CHARS, MAX_WORDS = 60, 6


def short_labels(p: Profile) -> bool:
    """Whether a column holds a short label per record: every value short, one line, and
    (nearly) every record's different."""
    vals = [v.strip() for v in p.values if v and v.strip()]
    return bool(vals) and p.distinct >= 0.9 * p.nonnull and all(
        len(v) <= MAX_CHARS and len(v.split()) <= MAX_WORDS and "\n" not in v for v in vals)


def own_description_names(scored: dict[str, list[tuple[float, str, str]]],
                          profiles: Mapping[str, Profile], own_words: set[str],
                          primary: str) -> None:
    """Put the primary name first for a column '<own word> description' of short labels,
    when no column of the file has the primary name as its best target (in place)."""
    if not primary or any(cs and cs[0][1] == primary for cs in scored.values()):
        return
    for col, cands in scored.items():
        p = profiles.get(col)
        if p is None or len(p.words) != 2 or p.words[1] not in DESCRIPTION_WORDS \
                or singular(p.words[0]) not in own_words or not short_labels(p):
            continue
        top = cands[0][0] if cands else 0.9
        scored[col] = [(round(top + 0.01, 3), primary, f"'{col}' holds a short label per "
                        "record and the file has no name column: the record's name")] + [
            c for c in cands if c[1] != primary]
        return
