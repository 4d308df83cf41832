"""What the map says each loaded record should hold, and the comparison with what it holds.

One ``Field`` per mapped column, lookup and owner of a table. The expected value is the
staged one (the transform applied to the source value); for a lookup it is the org id of
the referenced record (staged ``__ref__<nav>`` holds its SOURCE id, resolved by
``new_smartdeskid``), for the owner the systemuser the run bound (by email, or the fallback
owner the owner queue records). A reference whose record is not in the org was left unbound
by the loader (counted there as an unresolved lookup); nothing is expected of it here.

A field staging cleared under the map's policy (``cleared/<object>.csv``) is staged empty, so
it is expected empty in the org; a value kept as text (``on_bad: keep_as_text``) is checked in
its ``keep_in`` column like any mapped text column.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.tables import attributes
from d365migrate.load.identity import record_id, stored_source_id, takes_source_id_column
from d365migrate.load.throughput import Controller
from d365migrate.staging.existing_refs import readable
from d365migrate.staging.fallbacks import continued_name, fallback_name
from d365migrate.staging.stage import OWNER, REF_PREFIX, SOURCE_ID, SOURCE_ROW
from d365migrate.verify.compare import Kind, display, kind_of, same
from d365migrate.verify.export_cells import ExportCells
from d365migrate.verify.readback import ReadStats, read_records

#: Columns Dataverse keeps elsewhere once written: a record created with
#: ``overriddencreatedon`` carries that value in ``createdon`` (and the time of the
#: migration in ``overriddencreatedon``), so that is where it is read back; a record the
#: export gave no date has the time it was created there, which is no mismatch.
READ_AS = {"overriddencreatedon": "createdon"}
RECORD = "(record)"  # the column named in mismatches.csv for a record not found

#: source id(s) of a referenced table -> their org ids (those found)
Resolver = Callable[[str, list[str]], dict[str, str]]


@dataclass(frozen=True)
class Field:
    """One checked column: where its expected value is staged and where the org keeps it."""

    column: str  # the name in verification.json and mismatches.csv (the target column)
    read: str  # the attribute read back ($select)
    kind: Kind
    staged: str  # the staged column holding the expected value
    source: str | None = None  # the export's column (spot check)
    refs: tuple[tuple[str, str], ...] = ()  # lookups: (staged column, referenced table)
    role: str = "column"  # column | lookup | owner
    others: tuple[str, ...] = ()  # export columns read where ``source`` is empty (else:)
    reads: str | None = None  # how the export's columns are read, when not as one column


def table_fields(tmap: dict[str, Any], table_def: dict[str, Any],
                 staged_columns: list[str]) -> tuple[list[Field], list[str]]:
    """Checked fields of one table's map, and mapped columns that cannot be read back."""
    attrs = attributes(table_def)
    fields: list[Field] = []
    unreadable: list[str] = []
    for c in tmap.get("columns", []):
        target = c["target"]
        if target not in staged_columns:
            continue
        read = READ_AS.get(target, target)
        if read not in attrs:
            read = target
        if target not in attrs:
            unreadable.append(target)
            continue
        kind = kind_of(attrs[target], c.get("transform"))
        if read != target:  # createdon: the platform's time where the export had none
            kind = replace(kind, platform_filled=True)
        fields.append(Field(target, read, kind, target, c.get("source"),
                            others=tuple(c.get("else") or ()), reads=read_as(c)))
        keep = c.get("keep_in") if c.get("on_bad") == "keep_as_text" else None
        if keep and keep in staged_columns:  # the original text of values cleared above
            if keep in attrs:
                fields.append(Field(keep, keep, Kind("text"), keep, c.get("source")))
            else:
                unreadable.append(keep)
    by_attr: dict[str, list[dict[str, Any]]] = {}
    for lk in tmap.get("lookups", []):
        if REF_PREFIX + lk["navigation"] in staged_columns:
            by_attr.setdefault(lk.get("target") or lk["navigation"], []).append(lk)
    for attr, lks in by_attr.items():
        # several navigations of one column (a polymorphic lookup): the first that resolves
        # is the one the loader bound, so the expected record is the first found
        fields.append(Field(attr, f"_{attr}_value", Kind("guid"),
                            REF_PREFIX + lks[0]["navigation"], lks[0].get("source"),
                            tuple((REF_PREFIX + lk["navigation"], lk["table"]) for lk in lks),
                            "lookup"))
    if tmap.get("owner") and OWNER in staged_columns:
        fields.append(Field("ownerid", "_ownerid_value", Kind("guid"), OWNER,
                            tmap["owner"].get("source"), role="owner"))
    return fields, unreadable


@dataclass
class TableCheck:
    """One table's verification: counts, mismatched cells, and the records read back."""

    table: str
    checked: int = 0
    matched: int = 0
    mismatched: int = 0
    missing: int = 0
    columns: dict[str, int] = field(default_factory=dict)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # source id -> org row
    expected: dict[str, dict[str, Any]] = field(default_factory=dict)  # source id -> values
    unresolved_lookups: int = 0
    unreadable: list[str] = field(default_factory=list)
    read: ReadStats = field(default_factory=ReadStats)
    fields: list[Field] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # org id -> what a person knows
    export: ExportCells | None = None  # copied text compared with the export's own cells

    def summary(self) -> dict[str, Any]:
        return {"checked": self.checked, "matched": self.matched,
                "mismatched": self.mismatched, "missing": self.missing,
                "columns": dict(self.columns), "unresolved_lookups": self.unresolved_lookups,
                "not_checked": self.unreadable, "read": self.read.as_dict(),
                **({"export_cells": self.export.summary()} if self.export else {})}

    @property
    def ok(self) -> bool:
        """Every record found and the same, and every copied cell the export's own."""
        return self.matched == self.checked and not (self.export and self.export.mismatches)

    def ids(self, table_def: dict[str, Any]) -> dict[str, str]:
        """Source id -> org id of the records read back."""
        pk = table_def["PrimaryIdAttribute"]
        return {sid: rec[pk] for sid, rec in self.records.items()}


def check_table(client: DataverseClient, table_def: dict[str, Any], tmap: dict[str, Any],
                staged: pl.DataFrame, *, source_id_column: str,
                resolve: Resolver | None = None, owner_ids: dict[str, str] | None = None,
                created: dict[str, str] | None = None, names: dict[str, str] | None = None,
                controller: Controller | None = None, unit: str | None = None,
                refused: Collection[tuple[str, str]] = frozenset(),
                export: ExportCells | None = None) -> TableCheck:
    """Read back every staged record of one table (those that loaded) and compare each
    mapped field with what the map said it should be.

    ``resolve(table, source_ids)`` gives the org ids of referenced records;
    ``owner_ids`` maps a staged owner email to the systemuser bound; ``created`` is the
    ledger's source id -> record id (a record found under another id is not the one this
    run created); ``names`` turns org ids into what a person recognises in the CSV;
    ``refused``: (source id, staged column) of links the org refused (left unbound);
    ``export``: the export's rows, whose copied text cells each record is compared with too.
    """
    table = table_def["LogicalName"]
    pk = table_def["PrimaryIdAttribute"]
    unit = unit or table
    # how the org keys this unit's records: stored source ids, or ids derived from them
    if takes_source_id_column(table_def):
        key_of = {s: stored_source_id(unit, table, s) for s in staged[SOURCE_ID].to_list()}
    else:
        key_of = {s: record_id(unit, s) for s in staged[SOURCE_ID].to_list()}
        source_id_column = pk
    sid_of = {k: s for s, k in key_of.items()}
    fields, unreadable = table_fields(tmap, table_def, staged.columns)
    check = TableCheck(table, unreadable=unreadable, fields=fields,
                       columns={f.column: 0 for f in fields}, export=export)
    if export is not None:  # only the columns read back
        export.columns = {t: s for t, s in export.columns.items()
                          if t in {f.read for f in fields if f.role == "column"}}
    rows = {r[SOURCE_ID]: r for r in staged.to_dicts()}
    refs: dict[tuple[str, str], dict[str, str]] = {}  # (staged column, table) -> ids
    for f in fields:
        for col, ref_table in f.refs:
            wanted = sorted({r[col] for r in rows.values() if r.get(col)})
            refs[(col, ref_table)] = resolve(ref_table, wanted) if wanted and resolve else {}
    names = dict(names or {})
    for ids in refs.values():  # a referenced record reads as its source id
        names.update({oid: sid for sid, oid in ids.items()})
    check.names = names
    if export is not None:  # links by id: the record the export's own cell names
        export.link_by_id(fields, refs, names, tmap, refused or ())
        export.owned_by_cell(tmap, owner_ids)
    created = {sid_of[k]: rid for k, rid in (created or {}).items() if k in sid_of}
    cells: dict[str, list[dict[str, Any]] | None] = {}  # None: another record than ours

    def compare(batch: list[tuple[str, dict[str, Any]]]) -> None:
        """Records as their page arrives, while the next pages are being read."""
        for key, rec in batch:
            sid = sid_of[key]
            expected = check.expected[sid] = _expected(rows[sid], fields, refs, owner_ids,
                                                       check, refused)
            if sid in created and str(rec.get(pk, "")).lower() != created[sid].lower():
                cells[sid] = None
                continue
            if export is not None:
                export.compare(sid, rows[sid].get(SOURCE_ROW), rec)
            cells[sid] = [
                {"table": table, "source_id": sid, "column": f.column,
                 "expected": shown(expected[f.column], f, names),
                 "actual": shown(rec.get(f.read), f, names)}
                for f in fields
                if not ((f.role == "owner" and expected[f.column] is None)  # its creator's
                        or same(expected[f.column], rec.get(f.read), f.kind))]

    found, check.read = read_records(
        client, table_def, source_id_column, list(sid_of), [f.read for f in fields],
        controller=controller, on_found=compare)
    check.records = {sid_of[k]: rec for k, rec in found.items()}
    if export is not None:  # compared: its lists of cells are not kept for every table
        export.release()
    for sid, row in rows.items():  # in staged order
        check.checked += 1
        found = cells.get(sid, [])
        if sid not in cells or found is None:
            if sid not in check.expected:
                check.expected[sid] = _expected(row, fields, refs, owner_ids, check, refused)
            rec = check.records.pop(sid, None)
            check.missing += 1
            check.mismatches.append({"table": table, "source_id": sid, "column": RECORD,
                                     "expected": created.get(sid, "a record with this id"),
                                     "actual": "not in the org" if rec is None
                                     else f"another record {rec.get(pk)}"})
        elif found:
            check.mismatched += 1
            check.mismatches.extend(found)
            for cell in found:
                check.columns[cell["column"]] += 1
        else:
            check.matched += 1
    return check


def _expected(row: dict[str, Any], fields: list[Field],
              refs: dict[tuple[str, str], dict[str, str]], owner_ids: dict[str, str] | None,
              check: TableCheck, refused: Collection[tuple[str, str]] = frozenset()
              ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    sid = row.get(SOURCE_ID)
    for f in fields:
        value = row.get(f.staged)
        if f.role == "lookup":  # a link the org refused names a record it holds: unbound
            given = [(row.get(col), {} if (sid, col) in refused else refs.get((col, t), {}))
                     for col, t in f.refs]
            found = [ids[ref] for ref, ids in given if ref is not None and ref in ids]
            if not found and any(ref is not None for ref, _ in given):
                check.unresolved_lookups += 1  # the loader left it unbound, and counted it
            value = found[0] if found else None
        elif f.role == "owner":
            value = (owner_ids or {}).get(value) if value else None
        out[f.column] = value
    return out


def shown(value: Any, f: Field, names: dict[str, str]) -> str:
    """A value as mismatches.csv shows it: lookups and owners by what a person knows."""
    text = display(value, f.kind)
    if f.role in ("lookup", "owner") and text:
        name = names.get(text)
        return f"{readable(name)} ({text})" if name else text
    return text


def table_rows_for_frame(check: TableCheck) -> pl.DataFrame:
    return pl.DataFrame(check.mismatches, schema={"table": pl.Utf8, "source_id": pl.Utf8,
                                                  "column": pl.Utf8, "expected": pl.Utf8,
                                                  "actual": pl.Utf8})


def read_as(c: dict[str, Any]) -> str | None:
    """How a map column reads the export when not as its one source column: with columns
    read where it is empty (``else``), or continuing the row above (a variant's name)."""
    if c.get("source") and c.get("else"):
        return fallback_name(c["source"], list(c["else"]))
    if c.get("source") and c.get("continues"):
        return continued_name(c["source"], list(c["continues"]["options"]))
    return None
