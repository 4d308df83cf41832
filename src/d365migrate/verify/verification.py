"""Verify a run: read back every record it created or updated and compare every mapped field.

For each object the run loaded (in load order, so a referenced table is read before the
tables that point at it): the staged rows minus the failed ones are what loaded; they are
read back by source id (``verify.readback``), their expected values built from the map
(``verify.fields``) and compared after normalising both sides (``verify.compare``).

Writes ``verification.json`` (per object checked, matched, mismatched, missing, mismatches
per column, what reading cost, and the spot check with its seed), ``mismatches.csv`` (table,
source id, column, expected, actual; a record not found is listed with column
``(record)``) and ``spotcheck.html``.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.intake.discover import read_discovery
from d365migrate.intake.parts import locate
from d365migrate.load.existing import is_existing_key, resolve_existing_key
from d365migrate.load.ledger import Ledger
from d365migrate.load.order import in_load_order
from d365migrate.load.org_records import existing_ids
from d365migrate.load.owners import (
    Person,
    discovered_people,
    fetch_users,
    match_owners,
    normalise_email,
)
from d365migrate.load.parents import read_refused
from d365migrate.load.user_links import user_link_ids
from d365migrate.mapping.mapfile import load_mapping, mapped_units, table_map
from d365migrate.mapping.merged_files import with_merged
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.report.safe_files import read_csv, write_csv
from d365migrate.runfolder import RunFolder, write_json
from d365migrate.staging.stage import OWNER, REF_PREFIX, SOURCE_ID
from d365migrate.staging.user_links import USERS
from d365migrate.verify.export_cells import (
    ExportCells,
    address_columns,
    cleared_cells,
    copied_columns,
    date_columns,
    decided_choices,
    decided_words,
    flag_columns,
    lowercased,
    number_columns,
)
from d365migrate.verify.fields import TableCheck, check_table
from d365migrate.verify.spotcheck import (
    column_labels,
    draw,
    fallback_owners,
    render_spotcheck,
    spot_records,
)

MISMATCH_COLUMNS = {"table": pl.Utf8, "source_id": pl.Utf8, "column": pl.Utf8,
                    "expected": pl.Utf8, "actual": pl.Utf8}
FALLBACK = re.compile(r"assigned to fallback owner\s+(\S+)", re.I)


class VerifyView(Protocol):
    """What verification needs of a run (``run.context.RunContext`` is one)."""

    folder: RunFolder
    params: Any

    @property
    def client(self) -> DataverseClient: ...

    @property
    def export(self) -> Any: ...

    def table_def(self, table: str) -> dict[str, Any]: ...


def loaded_rows(folder: RunFolder, target: str) -> pl.DataFrame:
    """The staged rows that loaded: staged minus those in ``failed/<table>.csv``."""
    staged = pl.read_parquet(folder.staged(target))
    failed = folder.issues("failed", target)
    if failed.exists():
        ids = read_csv(failed, infer_schema=False)
        if ids.height and "source_id" in ids.columns:
            staged = staged.filter(~pl.col(SOURCE_ID).is_in(ids["source_id"].implode()))
    return staged


def owner_decisions(client: DataverseClient, folder: RunFolder, emails: set[str],
                    domain_aliases: dict[str, str] | None = None,
                    people: dict[str, Person] | None = None
                    ) -> tuple[dict[str, str], dict[str, str]]:
    """(owner email -> the systemuser expected, systemuser id -> its email).

    An owner with an enabled user is that user (matched as the load matched: trimmed,
    case-insensitive, domain aliases applied); one the owner queue assigned to the fallback
    owner is the fallback, as the queue records."""
    users = fetch_users(client)
    ids = dict(match_owners({e: 1 for e in emails}, users,
                            domain_aliases=domain_aliases, people=people).ids)
    by_email = {normalise_email(u.get("internalemailaddress")): u["systemuserid"]
                for u in users if u.get("internalemailaddress")}
    if folder.owner_queue.exists():
        queue = read_csv(folder.owner_queue, infer_schema=False)
        for row in queue.iter_rows(named=True):
            found = FALLBACK.search(row.get("resolution") or "")
            fallback = by_email.get(normalise_email(found.group(1))) if found else None
            if fallback and row.get("email"):
                ids[row["email"]] = fallback
    names = {u["systemuserid"]: u.get("internalemailaddress") or u.get("fullname") or ""
             for u in users}
    return ids, names


class _RefIds:
    """Org ids of referenced records by source id: from what was read back, else asked."""

    def __init__(self, ctx: VerifyView, column: str,
                 users: Callable[[list[str]], dict[str, str]] | None = None) -> None:
        self.ctx, self.column, self.users = ctx, column, users
        self.known: dict[str, dict[str, str]] = {}

    def add(self, table: str, ids: dict[str, str]) -> None:
        self.known.setdefault(table, {}).update(ids)

    def __call__(self, table: str, source_ids: list[str]) -> dict[str, str]:
        known = self.known.setdefault(table, {})
        for key in dict.fromkeys(s for s in source_ids if s not in known and is_existing_key(s)):
            found = resolve_existing_key(self.ctx.client, self.ctx.table_def(table), key)
            if found:  # a record the org had (a unit group, each row's currency): one query
                known[key] = found
        asked = [s for s in source_ids if s not in known and not is_existing_key(s)]
        if asked and table == USERS:  # a user of the source: found as the load found it
            known.update(self.users(asked) if self.users else {})
        elif asked:
            found = existing_ids(self.ctx.client, self.ctx.table_def(table), self.column, asked)
            known.update(found)
        return {s: known[s] for s in source_ids if s in known}


def verify_run(ctx: VerifyView, *, seed: int | None = None) -> dict[str, Any]:
    """Verify every object of the run; write the files; return ``verification.json``."""
    folder = ctx.folder
    mapping = load_mapping(folder.mapping)
    column = ctx.params.source_id_column
    created = Ledger(folder.ledger).created_records()
    units = set(mapped_units(ctx.params.objects, folder.mapping))
    targets = in_load_order(units)
    if seed is None:
        seed = (ctx.params.raw.get("verify") or {}).get("seed")
    if seed is None:
        seed = random.SystemRandom().randrange(1, 2**31)
    frames = {t: loaded_rows(folder, t) for t in targets}
    emails = {e for df in frames.values() if OWNER in df.columns
              for e in df[OWNER].drop_nulls().to_list()}
    aliases = (ctx.params.raw.get("owners") or {}).get("domain_aliases")
    people = discovered_people(ctx.export.tables, read_discovery(folder.discovery)) \
        if folder.discovery.exists() else None
    owner_ids, names = owner_decisions(ctx.client, folder, emails, aliases, people)
    org_users = functools.cache(lambda: fetch_users(ctx.client))  # read once, if at all
    refs = _RefIds(ctx, column, users=lambda asked: user_link_ids(
        asked, org_users(), people, aliases))
    checks: dict[str, TableCheck] = {}
    export_tables = _export_tables(ctx)
    for target in targets:  # an object of the run: a map entry; it fills one table
        tmap = table_map(mapping, target)
        table = tmap["target"]
        table_def = ctx.table_def(table)
        rows = with_merged(tmap, export_tables)  # a merged file's cells by the record's key
        export = export_cells(ctx, tmap, table_def, rows, folder.issues("cleared", target)) \
            if rows is not None else None
        check = check_table(ctx.client, table_def, tmap, frames[target],
                            source_id_column=column, resolve=refs, owner_ids=owner_ids,
                            created=dict(created.get(table, [])), names=names, unit=target,
                            refused=refused_refs(folder, target, tmap), export=export)
        refs.add(table, check.ids(table_def))
        # keep only the records the spot check shows: every table's records read back, held
        # until the end, was most of the verify step's memory at scale
        drawn = set(draw(list(dict.fromkeys(frames[target][SOURCE_ID].to_list())), int(seed),
                         check.table))
        check.records = {s: r for s, r in check.records.items() if s in drawn}
        check.expected = {s: e for s, e in check.expected.items() if s in drawn}
        checks[target] = check
    spot = spot_check(ctx, mapping, checks, frames, int(seed))
    mismatches = pl.DataFrame([m for c in checks.values() for m in c.mismatches
                               + (c.export.mismatches if c.export else [])],
                              schema=MISMATCH_COLUMNS)
    write_csv(mismatches, folder.mismatches)  # values from the export: no formulas
    data = {
        "verified_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": int(seed),
        "tables": {t: c.summary() for t, c in checks.items()},
        "mismatches": mismatches.height,
        "ok": all(c.ok for c in checks.values()),
        "spot_check": spot,
    }
    write_json(folder.verification, data)
    title = f"Spot check: {ctx.params.engagement}"
    folder.spotcheck.write_text(render_spotcheck(title, spot), encoding="utf-8")
    return data


def spot_check(ctx: VerifyView, mapping: dict[str, Any], checks: dict[str, TableCheck],
               frames: dict[str, pl.DataFrame], seed: int) -> dict[str, Any]:
    """The drawn records of every object, side by side (stored in verification.json)."""
    tables: dict[str, Any] = {}
    fallback = fallback_owners(ctx.folder.owner_queue)  # owners replaced on purpose
    export_tables = _export_tables(ctx)
    for target, check in checks.items():
        source = table_map(mapping, target).get("source")
        file = ctx.export.guesses[source].file if export_tables and source in \
            ctx.export.guesses else (source or "")
        records = spot_records(check, frames[target], export_tables.get(source), seed,
                               column_labels(ctx.table_def(
                                   table_map(mapping, target)["target"])), fallback)
        parts = ctx.export.guesses[source].parts if export_tables and source in \
            ctx.export.guesses else []
        if parts and records:  # a table of several files: each record's own file and row
            rows = pl.DataFrame({"file": [None] * len(records),
                                 "row": [r["row"] for r in records]},
                                schema={"file": pl.Utf8, "row": pl.Int64})
            for rec, (own, row) in zip(records, locate(rows, parts).iter_rows(), strict=True):
                rec.update(file=own, row=row)
        tables[target] = {"of": check.checked, "file": file, "records": records}
    return {"seed": seed, "tables": tables,  # and how the spot check names the export's CRM
            "source_crm": getattr(ctx.params, "source_crm", None) or DEFAULT_SOURCE_CRM}


def export_cells(ctx: VerifyView, tmap: dict[str, Any], table_def: dict[str, Any],
                 rows: pl.DataFrame, cleared: Path) -> ExportCells:
    """The comparison of one map entry's copied cells and plain numbers with the export
    file (the decimal mark of each number column as intake read it)."""
    numbers = number_columns(tmap, table_def, rows.columns)
    dates = date_columns(tmap, table_def, rows.columns,
                         getattr(ctx.params, "source_timezone", None))
    flags = flag_columns(tmap, table_def, rows.columns)
    decided = {c["target"]: c.get("values") for c in tmap.get("columns", [])
               if c.get("target") in flags}
    guess = ctx.export.guesses.get(str(tmap.get("source") or ""))
    return ExportCells(
        tmap["target"],
        copied_columns(tmap, table_def, rows.columns) | {t: s for t, (s, _) in numbers.items()}
        | {t: s for t, (s, _, _) in dates.items()} | {t: s for t, (s, _) in flags.items()},
        rows, cleared_cells(cleared), decided_words(tmap), lowercased(tmap),
        decided_choices(tmap), numbers={t: k for t, (_, k) in numbers.items()},
        decimals={s: guess.value_format(s).decimal if guess else None
                  for s, _ in numbers.values()},
        dates={t: (k, z) for t, (_, k, z) in dates.items()},
        flags={t: (k, decided.get(t)) for t, (_, k) in flags.items()},
        addresses=address_columns(tmap, rows.columns))


def _export_tables(ctx: VerifyView) -> dict[str, pl.DataFrame]:
    """The export's tables as staging read them; none if the export has moved (then the
    org is compared with the staged rows only, and the spot check says so)."""
    try:
        return ctx.export.tables
    except (FileNotFoundError, OSError, ValueError):
        return {}


def verification_frame(data: dict[str, Any]) -> pl.DataFrame:
    """Per object: checked, matched, mismatched, missing, and the columns that differ."""
    rows = []
    for t, v in data["tables"].items():
        cols = ", ".join(f"{c} ({n})" for c, n in v["columns"].items() if n)
        rows.append({"object": t, "checked": v["checked"], "matched": v["matched"],
                     "mismatched": v["mismatched"], "missing": v["missing"],
                     "columns that differ": cols,
                     "read back (records/s)": v["read"]["records_per_second"]})
    return pl.DataFrame(rows)


def refused_refs(folder: RunFolder, target: str, tmap: dict[str, Any]) -> set[tuple[str, str]]:
    """(source id, staged lookup column) of the links the org refused at the second pass."""
    refused = read_refused(folder.refused_links(target))
    return {(sid, REF_PREFIX + lk["navigation"]) for lk in tmap.get("lookups", [])
            for sid, column in refused if column == lk["source"]}
