"""Files of companies and people beside the export's other accounts and contacts files.

A partner file (Odoo's ``res.partner``: a company a row, its people on the rows below naming
it in 'Related Company') says per row which it is: a flag ('Is a company' true or 1) or a
type column ('Company Type': Company, Individual). Where the export has no file for one of
the two tables, the split fills it (:func:`~d365migrate.mapping.party_split.
people_among_parties`). Where it has one (Odoo's templates: a customers file of companies
and people beside a suppliers file), the file was loaded whole into the table its name or
its majority said: three companies as contacts, or people as accounts. Now each such file
splits whatever the share: its companies' rows are an entry of accounts, its people's an
entry of contacts (a further file of that table, ids prefixed: mapping/more_files.py), and
a link into the file (a person's 'Related Company', by name) goes to the table holding the
row it names (mapping/split_links.py). Only where the values say which rows are companies
(or a first name tells people from companies: ``party_split``), and only where the map
loads both tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import polars as pl

from d365migrate.intake.found import Discovery
from d365migrate.mapping.more_files import as_further
from d365migrate.mapping.party_split import PartySplit, party_split
from d365migrate.staging.further_ids import ID_PREFIX

__all__ = ["PARTY_TABLES", "parties_beside", "split_party_entries"]

#: The tables a file of companies and people is split between.
PARTY_TABLES = ("account", "contact")

Entry = dict[str, Any]


def parties_beside(discovery: Discovery, frames: Mapping[str, pl.DataFrame],
                   objects: list[str], parties: Mapping[str, PartySplit]
                   ) -> dict[str, PartySplit]:
    """The split of each accounts or contacts file whose rows say they are companies and
    people (both there), when the map loads both tables; files ``parties`` holds already
    (the split filling a table the export has no file for) are theirs."""
    if not all(t in objects for t in PARTY_TABLES):
        return {}
    out: dict[str, PartySplit] = {}
    for o in discovery.objects:
        df = frames.get(o.source)
        if o.name not in PARTY_TABLES or not o.rows or o.source in parties or df is None:
            continue
        split = party_split(df)
        if split is not None:
            out[o.source] = replace(split, missing="")
    return out


def _unit(entry: Entry) -> str:
    return str(entry.get("name") or entry["target"])


def _rows(split: PartySplit, df: pl.DataFrame, table: str) -> pl.DataFrame:
    """``table``'s rows of a split file, without the column routing them (no field: one
    value on them all, it would be taken for a field, a company flag for the company)."""
    return split.rows(df, table).drop(split.column)


def _routed_by(entry: Entry, split: PartySplit) -> Entry:
    """The entry without a column mapping the split's own column: it routes the rows (one
    value on them all), it is no field of the record."""
    why = f"says which rows are {entry['target']} records (routes them here)"
    return {**entry, "columns": [c for c in entry.get("columns") or []
                                 if c.get("source") != split.column],
            "unresolved_lookups": [u for u in entry.get("unresolved_lookups") or []
                                   if u.get("source") != split.column],
            "unmapped": [*[c for c in entry.get("unmapped") or [] if c != split.column],
                         split.column],
            "unmapped_reasons": {**(entry.get("unmapped_reasons") or {}), split.column: why}}


def split_party_entries(entries: list[Entry], parties: Mapping[str, PartySplit],
                        frames: Mapping[str, pl.DataFrame],
                        make: Callable[[str, str, pl.DataFrame], Entry]) -> list[Entry]:
    """The entries with each file of ``parties`` taking its own table's rows only, and an
    entry for its other table's rows where none takes them (a further file of that table).
    ``make(table, source, rows)``: the proposal's ordinary entry of those rows."""
    out: list[Entry] = []
    for entry in entries:
        split = parties.get(str(entry.get("source")))
        if split is None or entry.get("target") not in PARTY_TABLES or entry.get(
                "where") not in (None, split.where(str(entry["target"]))):
            out.append(entry)
            continue
        source, target = str(entry["source"]), str(entry["target"])
        mine = _routed_by(make(target, source, _rows(split, frames[source], target)), split)
        kept = {k: entry[k] for k in ("name", ID_PREFIX) if k in entry}
        reason = split.reason(source, target)
        if entry.get(ID_PREFIX):  # a further file of its table: its ids' prefix said first
            reason = f"{str(entry.get('reason') or '').split('; ')[0]}; {reason}"
        out.append({**kept, **{k: v for k, v in mine.items() if k not in kept},
                    "where": split.where(target), "reason": reason})
    prefixes = {str(e[ID_PREFIX]) for e in out if e.get(ID_PREFIX)}
    for source, split in parties.items():
        taken = {str(e["target"]) for e in out if e.get("source") == source}
        if not taken:
            continue
        for table in PARTY_TABLES:
            first = next((e for e in out if _unit(e) == table and e.get("source")), None)
            if table in taken or first is None:
                continue
            entry = _routed_by(make(table, source, _rows(split, frames[source], table)), split)
            n = 1 + sum(1 for e in out if e.get("target") == table and e.get("source"))
            entry = as_further(entry, table, n, str(first["source"]), prefixes)
            prefixes.add(str(entry[ID_PREFIX]))
            entry.update(where=split.where(table),
                         reason=f"{entry['reason'].split('; ')[0]}; "
                                f"{split.reason(source, table)}")
            out.append(entry)
    return out
