"""A choice column written as the id of a row of the export's own list of choices.

A help desk's database (the OTRS family: OTRS, Znuny, OTOBO) keeps each ticket's priority
and state as the id of a row of its own list tables (``ticket.ticket_priority_id`` = 3, and
``ticket_priority`` row 3 is named "3 normal"). Matched against the Dynamics 365 options the
id says nothing ('3' is no option's label); what the list calls that row does. Where
discovery found the column's values to be the ids of another file of the export, the
choice's values are proposed from that file's names, each value still keyed by the id the
export writes (so staging maps the ids as they are). A name that starts with a rank ('3
normal') is read without it. A value whose row has no name, or a column linked to no file,
is left to the plain reading of its values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.intake.found import Discovery

__all__ = ["NAME_COLUMNS", "list_names", "values_through_list"]

#: Columns that name a list's row, best first (normalised: lower case, no separators).
NAME_COLUMNS = ("name", "label", "title", "value", "description")


def _norm(column: str) -> str:
    return re.sub(r"[^0-9a-z]", "", column.lower())


def list_names(tables: Mapping[str, pl.DataFrame], discovery: Discovery, source: str,
               column: str) -> dict[str, str] | None:
    """Each id the list file holds -> the name of its row, for a column discovery linked by
    id to another file's key ('ticket.ticket_priority_id' -> 'ticket_priority.id'); None
    when the column is linked to no file, or the file has no name column."""
    link = next((r for r in discovery.relationships
                 if r.from_ == f"{source}.{column}" and r.kind == "id"
                 and r.to.split(".", 1)[0] != source), None)
    if link is None:
        return None
    target, key = link.to.split(".", 1)
    rows = tables.get(target)
    if rows is None or key not in rows.columns:
        return None
    by_norm = {_norm(c): c for c in rows.columns if c != key}
    name = next((by_norm[n] for n in NAME_COLUMNS if n in by_norm), None)
    if name is None:
        return None
    out: dict[str, str] = {}
    for k, v in zip(rows[key].cast(pl.Utf8).to_list(), rows[name].cast(pl.Utf8).to_list(),
                    strict=True):
        if k is not None and v is not None and v.strip():
            # '3 normal': the list's rank before the name says nothing an option does
            out[k.strip()] = re.sub(r"^\s*\d+[\s.)-]+(?=\D)", "", v).strip()
    return out or None


def values_through_list(tables: Mapping[str, pl.DataFrame], discovery: Discovery,
                        source: str, series: pl.Series, attr: dict[str, Any],
                        choose: Callable[[pl.Series, dict[str, Any]], dict[str, int | None]]
                        ) -> dict[str, int | None] | None:
    """The choice values of ``series`` read through the list file its ids point into:
    ``choose`` (the plain reading) applied to the rows' names, keyed by the ids; None when
    the column points into no list."""
    names = list_names(tables, discovery, source, str(series.name))
    if names is None:
        return None
    ids = [str(v).strip() for v in series.drop_nulls().cast(pl.Utf8).unique().to_list()
           if str(v).strip()]
    if not ids or any(i not in names for i in ids):
        return None   # not every value is a row of the list: not a list's ids
    read = choose(pl.Series(series.name, [names[i] for i in ids]), attr)
    return {i: read.get(names[i]) for i in sorted(ids, key=str)}
