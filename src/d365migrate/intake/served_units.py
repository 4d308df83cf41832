"""The organisations a help desk serves: the file both its people and its tickets belong to.

GLPI calls its customers' organisations 'entities' ('Entités', 'Einheiten', 'Entitateak',
'יחידות ארגוניות', '實體'), a word that names no kind in any language: the file's name says
nothing. Its records are what the contacts belong to and what the tickets are raised for:
the contacts' and the tickets' 'Entité' columns hold the entities' full names (GLPI writes
the path, 'Root entity > _test_root_entity'), GLPI's own tables their ids under
'entities_id'. A file nothing else recognised, that a contacts file and a tickets file both
point into, is the organisations those people work for and those tickets serve: Dynamics
365's accounts (a contact's company, a case's customer).

A column points into the file when nearly all its values are one column's of the file
(names, at least one letter in them) or, for ids, the file's 'id' values under a column
named after the file ('entities_id' into 'Entity'): small ids fit any file.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm

__all__ = ["column_values", "named_values", "served_units"]

#: The share of a column's values the file must hold for the column to point into it.
MIN_HELD = 0.9
#: The kinds whose files point at the organisations they belong to.
_POINTERS = ("contact", "ticket")
#: Values that say yes or no: a flag, never a record's name.
_FLAGS = frozenset({"true", "false", "0", "1", "yes", "no", "y", "n", "t", "f"})
#: A column of people: who owns, made or changed a record, never the organisation it is for.
_PEOPLE = ("owner", "user", "createdby", "modifiedby", "updatedby", "assign", "agent")


def named_values(values: set[str]) -> bool:
    """Values that are names: words, not flags, not hex keys, not JSON objects."""
    return (any(ch.isalpha() for v in values for ch in v)
            and not {v.lower() for v in values} <= _FLAGS
            and not any(v[:1] in "{[" for v in values)
            and not all(len(v) >= 16 and all(ch in "0123456789abcdefABCDEF-" for ch in v)
                        for v in values))


def column_values(series: pl.Series) -> set[str]:
    if series.dtype != pl.Utf8:
        series = series.cast(pl.Utf8, strict=False)
    return {v.strip() for v in series.drop_nulls().to_list() if v and v.strip()}


def _stem(name: str) -> str:
    """A file's or an id column's name without its id, its plural, its case: 'entity'."""
    n = col_norm(name)
    n = n[:-2] if n.endswith("id") and len(n) > 2 else n
    for end, repl in (("ies", "y"), ("s", "")):
        if n.endswith(end) and len(n) > len(end) + 2:
            return n[: -len(end)] + repl
    return n


def _points(series: pl.Series, column: str, target: str, ids: set[str],
            names: Mapping[str, set[str]]) -> bool:
    """Whether ``column`` points into the file ``target`` (its ``ids``, its ``names``)."""
    vals = column_values(series)
    if not vals:
        return False
    if any(ch.isalpha() for v in vals for ch in v):
        return named_values(vals) and not any(w in col_norm(column) for w in _PEOPLE) and any(
            len(vals & held) >= MIN_HELD * len(vals) for c, held in names.items()
            if c != column)   # the same header on both: an attribute both share ('Owner')
    if not ids or _stem(column) != _stem(target) or col_norm(column) == "id":
        return False
    return len(vals & ids) >= MIN_HELD * len(vals)


def served_units(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                 ) -> dict[str, tuple[str, str]]:
    """Unrecognised files a contacts file and a tickets file both point into: source ->
    ('account', why) (module docstring)."""
    out: dict[str, tuple[str, str]] = {}
    for source, df in tables.items():
        if kinds.get(source) != "unknown" or df.height == 0:
            continue
        names = {c: v for c in df.columns if (v := column_values(df[c]))
                 and named_values(v) and not col_norm(c).endswith("id") and len(v) == df.height}
        if not names:
            continue
        id_col = next((c for c in df.columns if col_norm(c) == "id"), None)
        ids = column_values(df[id_col]) if id_col is not None else set()
        by: dict[str, tuple[str, str]] = {}
        for other, odf in tables.items():
            kind = kinds.get(other)
            if other == source or kind not in _POINTERS or kind in by:
                continue
            col = next((c for c in odf.columns
                        if _points(odf[c], c, source, ids, names)), None)
            if col is not None:
                by[kind] = (other, col)
        if len(by) == len(_POINTERS):
            (people, pcol), (tickets, tcol) = by["contact"], by["ticket"]
            out[source] = ("account",
                           f"the contacts' '{pcol}' ({people}) and the tickets' '{tcol}' "
                           f"({tickets}) name its records: the organisations the people "
                           "belong to and the tickets serve, named account")
    return out
