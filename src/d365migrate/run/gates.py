"""Gates: how much may go wrong in one object before the run stops.

Counts alone let a run "balance" while every contact arrived without its company or every
record fell back to one owner. So each phase is gated, per object, by the limits of the
parameters file's ``gates:`` (``run.parameters.GateLimits``, defaults a consultant accepts):

- after staging: rows held back for data problems (``quarantine/<object>.csv``);
- after each load phase: records refused (``failed/<object>.csv``), records moved but not
  closed (``close_failed/<object>.csv``), records given the fallback owner
  (``owner_queue.csv``) and, per link (the target column: ``parentcustomerid``), records
  that moved without the record they name (``unresolved_links/<object>.csv``); a link to a
  user (a preferred user, a goal's owner) the org lacks is judged as owners are, by the
  fallback owners' limit, unless the link's own limit is named.

A breach stops the run after that phase (:class:`GateBreached`, one line naming the phase,
the object, the numbers, the limit and the file with the rows) and is recorded in
``run.json`` (``gates.stopped``), which the sponsor's report shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.intake.json_cells import listed_records, read_part
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.notebook import is_interactive, write_interactive_report
from d365migrate.run.parameters import GateLimits
from d365migrate.runfolder import RunFolder
from d365migrate.staging.lookups import routed
from d365migrate.staging.stage import (
    ISSUE_COLUMNS,
    REF_PREFIX,
    SHARED_PREFIX,
    SOURCE_ID,
    SOURCE_ROW,
)
from d365migrate.staging.through import THROUGH_PREFIX
from d365migrate.staging.user_links import USERS

FALLBACK_PREFIX = "assigned to fallback owner"
STEP_NOTEBOOK = {"stage": "03_stage_validate.ipynb", "load": "04_load.ipynb"}


@dataclass(frozen=True)
class Breach:
    """One limit one object went past."""

    phase: str  # stage | load
    object: str  # the map entry (``contact``, ``activity_note``)
    gate: str  # the parameters key (``max_failed_percent``, ``max_unresolved_links.x``)
    what: str  # what was counted, in words ("records could not be loaded")
    count: int
    of: int  # what the count is out of
    limit: str  # as the parameters file says it: "5%" or "0"
    file: str  # the run-folder file with the rows
    column: str | None = None  # the link's target column (unresolved links only)

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.of if self.of else 0.0

    def message(self) -> str:
        return (f"{self.object}: {self.count:,} of {self.of:,} {self.what} "
                f"({self.percent:.1f}%), more than gates.{self.gate} = {self.limit} allows; "
                f"the rows are in {self.file}")


class GateBreached(RuntimeError):
    """A phase went past a gate's limit; the run stops after it."""

    def __init__(self, phase: str, breaches: list[Breach]) -> None:
        self.phase = phase
        self.breaches = breaches
        super().__init__(f"run stopped by a gate after the {phase} phase: "
                         + "; ".join(b.message() for b in breaches))


def _over(count: int, of: int, percent: float | None) -> bool:
    """More than ``percent`` of ``of``, rounded up to whole records (5% of 12 allows 1, so
    one bad record of a small object does not stop a run; 0% allows none); None: no limit."""
    return percent is not None and count > math.ceil(percent * of / 100.0 - 1e-9)


def _file(folder: RunFolder, path: Path) -> str:
    return path.relative_to(folder.root).as_posix()


def stage_breaches(limits: GateLimits, summary: dict[str, dict[str, Any]],
                   folder: RunFolder) -> list[Breach]:
    """Objects whose quarantined rows go past ``max_quarantined_percent``."""
    out = []
    for unit, s in summary.items():
        if _over(s["quarantined"], s["source_rows"], limits.max_quarantined_percent):
            out.append(Breach("stage", unit, "max_quarantined_percent",
                              "rows held back for data problems", s["quarantined"],
                              s["source_rows"], f"{limits.max_quarantined_percent:g}%",
                              _file(folder, folder.issues("quarantine", unit))))
    return out


def load_breaches(limits: GateLimits, unit: str, counts: dict[str, Any],
                  folder: RunFolder) -> list[Breach]:
    """One load phase against the limits. ``counts``: ``source`` (rows of the export),
    ``failed``, ``closed``, ``close_failed``, ``loaded``, ``owner_fallbacks`` and ``links``
    (target column -> ``named``, ``unresolved``)."""
    out = []

    def pct(value: float | None) -> str:
        return f"{value:g}%"

    if _over(counts["failed"], counts["source"], limits.max_failed_percent):
        out.append(Breach("load", unit, "max_failed_percent", "records could not be loaded",
                          counts["failed"], counts["source"], pct(limits.max_failed_percent),
                          _file(folder, folder.issues("failed", unit))))
    closes = counts["closed"] + counts["close_failed"]
    if _over(counts["close_failed"], closes, limits.max_close_failed_percent):
        out.append(Breach("load", unit, "max_close_failed_percent",
                          "records to close could not be closed", counts["close_failed"],
                          closes, pct(limits.max_close_failed_percent),
                          _file(folder, folder.issues("close_failed", unit))))
    if _over(counts["owner_fallbacks"], counts["loaded"], limits.max_owner_fallback_percent):
        out.append(Breach("load", unit, "max_owner_fallback_percent",
                          "records moved went to the fallback owner", counts["owner_fallbacks"],
                          counts["loaded"], pct(limits.max_owner_fallback_percent),
                          _file(folder, folder.owner_queue)))
    for column, n in counts["links"].items():
        key, limit = limits.link_limit(unit, column)
        if n.get("users") and key == "default":
            # a user the org lacks, as for owners: the owners' limit, unless one is named
            if n["unresolved"] and _over(n["unresolved"], n["named"],
                                         limits.max_owner_fallback_percent):
                out.append(Breach("load", unit, "max_owner_fallback_percent",
                                  f"records naming a user moved without their {column} link",
                                  n["unresolved"], n["named"],
                                  pct(limits.max_owner_fallback_percent),
                                  _file(folder, folder.unresolved_links(unit)), column))
            continue
        if limit is None or not n["unresolved"]:
            continue
        over = n["unresolved"] > limit.count if limit.count is not None else \
            _over(n["unresolved"], n["named"], limit.percent)
        if over:
            out.append(Breach("load", unit, f"max_unresolved_links.{key}",
                              f"records naming a linked record moved without their "
                              f"{column} link", n["unresolved"], n["named"], str(limit),
                              _file(folder, folder.unresolved_links(unit)), column))
    return out


def owner_fallbacks(loaded: pl.DataFrame, queue: pl.DataFrame, owner_column: str) -> int:
    """Records of ``loaded`` whose SmartDesk owner went to the fallback owner."""
    if owner_column not in loaded.columns or queue.height == 0:
        return 0
    fallen = queue.filter(pl.col("resolution").cast(pl.Utf8).str.starts_with(FALLBACK_PREFIX))
    return int(loaded[owner_column].is_in(fallen["email"].implode()).sum())


def _named(raw: Any, key: Any) -> str:
    """The record a link names, as the export writes it: its cell ('Bono', a contact's whole
    name) where the link resolved it to another key (a name matched to the record's key),
    else the key; a JSON cell's record by its key."""
    text = str(raw).strip() if raw is not None else ""
    return text if text and not text.startswith(("{", "[")) else str(key)


def link_outcomes(loaded: pl.DataFrame, lookups: list[dict[str, Any]],
                  ids_of: Callable[[str], Collection[str]], export_rows: pl.DataFrame | None,
                  file: str, cleared: Collection[tuple[str, str]] = (),
                  refused: Mapping[tuple[str, str], str] | None = None,
                  later: Callable[[str], bool] = lambda table: False,
                  awaits: Collection[str] = ()
                  ) -> tuple[dict[str, dict[str, int]], pl.DataFrame]:
    """Per link (target column): how many loaded records name a linked record in the export
    (``named``) and how many of them moved without it (``unresolved``): the record named is
    not in the org (it did not load), or the export's value names no record of the export.
    Several lookups of one column (an activity's regarding) count once: resolved when any
    binds. ``ids_of(table)``: source ids of that table's records in the org; ``cleared``:
    (source id, source column) of links cleared on purpose (a parent loop, in ``flags``);
    ``refused``: the same of links the org refused at the second pass, with its reason
    (``load.parents.Linked``): the record named is in the org, the link is not;
    ``later(table)``: whether that table loads after this one (an account's primary contact:
    not in the org yet when the account loaded, whether or not it loads later);
    ``awaits``: the tables this run loads after this point, whose links are bound once they
    have loaded (``run.later_links``): a record of one not in the org yet is counted
    ``awaiting`` (listed, with that reason), not ``unresolved``, until it is.
    Returns the counts and the still unbound rows (``ISSUE_COLUMNS``)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for lk in lookups:
        groups.setdefault(lk.get("target") or lk["navigation"], []).append(lk)
    counts: dict[str, dict[str, int]] = {}
    rows: list[dict[str, Any]] = []
    refused = refused or {}
    source_rows = loaded[SOURCE_ROW].to_list()
    source_ids = loaded[SOURCE_ID].to_list()
    for column, group in groups.items():
        refs = [loaded[REF_PREFIX + lk["navigation"]].to_list()
                if REF_PREFIX + lk["navigation"] in loaded.columns else [None] * loaded.height
                for lk in group]
        raws = [_raw_values(export_rows, lk) for lk in group]
        # a link read from an association file: its value per loaded record, as staged
        held = [loaded[THROUGH_PREFIX + lk["navigation"]].to_list()
                if THROUGH_PREFIX + lk["navigation"] in loaded.columns else None
                for lk in group]
        ids = [ids_of(lk["table"]) for lk in group]
        # a value naming several records of the export ('Acme': two accounts), as staged
        shared = [loaded[SHARED_PREFIX + lk["navigation"]].to_list()
                  if SHARED_PREFIX + lk["navigation"] in loaded.columns else None
                  for lk in group]
        named = unresolved = awaiting = 0
        for i, (row_no, sid) in enumerate(zip(source_rows, source_ids, strict=True)):
            mine = [r[i] for r in refs]
            raw = [h[i] if h is not None else
                   r[row_no - 1] if r is not None and 0 < row_no <= len(r) else None
                   for r, h in zip(raws, held, strict=True)]
            if all(x is None for x in mine) and not any(raw):
                continue  # names no record: nothing to link
            if any((sid, lk["source"]) in cleared for lk in group):
                continue  # cleared on purpose, listed with its reason in flags/
            named += 1
            if any(ref is not None and ref in ids[k] and (sid, group[k]["source"]) not in refused
                   for k, ref in enumerate(mine)):
                continue
            k = next(k for k in range(len(group)) if mine[k] is not None or raw[k])
            lk = group[k]
            if mine[k] is not None and lk["table"] in awaits and \
                    (sid, lk["source"]) not in refused:
                awaiting += 1  # bound once its table has loaded: judged then
                rows.append({"file": file, "row": row_no, "source_id": sid,
                             "column": lk["source"], "value": str(mine[k]), "reason": (
                                 f"its {lk['table']} '{_named(raw[k], mine[k])}' is not in "
                                 f"the org yet "
                                 f"({lk['table']} records load after these, and the link is "
                                 f"bound once they have), so the record moved without its "
                                 f"{column}")})
                continue
            unresolved += 1
            if (sid, lk["source"]) in refused:
                rows.append({"file": file, "row": row_no, "source_id": sid,
                             "column": lk["source"], "value": str(mine[k]),
                             "reason": refused[(sid, lk["source"])]})
                continue
            listed = listed_records(raw[k] if mine[k] is None else mine[k])
            reason = (f"it lists {listed} {lk['table']} records and a {column} holds one, so "
                      f"the record moved without its {column}") if listed else (
                f"'{raw[k] or mine[k]}' names no enabled user of the org (matched as owners "
                f"are: by email, else full name), so the record moved without its {column}"
            ) if lk["table"] == USERS else (
                f"its {lk['table']} '{_named(raw[k], mine[k])}' was not in the org yet "
                f"({lk['table']} records "
                f"load after these), so the record moved without its {column}; it is not "
                f"bound afterwards") if mine[k] is not None and later(lk["table"]) else (
                f"its {lk['table']} '{_named(raw[k], mine[k])}' is not in the org (it did "
                f"not load), so "
                f"the record moved without its {column}") if mine[k] is not None else (
                f"'{raw[k]}': {shared[k][i]} and none was chosen, so the record moved "
                f"without its {column}") if shared[k] is not None and shared[k][i] else (
                f"'{raw[k]}' names no {lk['table']} of the export, so the record moved "
                f"without its {column}")
            rows.append({"file": file, "row": row_no, "source_id": sid, "column": lk["source"],
                         "value": _named(raw[k], mine[k]) if mine[k] is not None
                         else str(raw[k]), "reason": reason})
        counts[column] = {"named": named, "unresolved": unresolved} | (
            {"awaiting": awaiting} if awaiting else {}) | (
            {"users": True} if all(lk["table"] == USERS for lk in group) else {})
    return counts, pl.DataFrame(rows, schema=ISSUE_COLUMNS)


def _raw_values(export_rows: pl.DataFrame | None, lk: dict[str, Any]) -> list[str | None] | None:
    """The export's value of a lookup's column, per row of the file ("" and blanks: None);
    for a routed lookup (a note's parent) only where the row's type routes to it."""
    if export_rows is None or lk["source"] not in export_rows.columns:
        return None
    # what the cell names: a JSON record's id (else its name), any other cell as it is
    value = read_part(export_rows, lk["source"], "text").cast(pl.Utf8).str.strip_chars()
    value = pl.when(value == "").then(None).otherwise(value)
    if lk.get("where"):
        value = pl.when(routed(lk["where"])).then(value).otherwise(None)
    return export_rows.select(value.alias("v"))["v"].to_list()


def cleared_links(path: Path) -> set[tuple[str, str]]:
    """(source id, source column) of the links staging cleared on purpose (``flags``)."""
    if not path.exists():
        return set()
    df = pl.read_csv(path, infer_schema=False)
    if not {"source_id", "column"} <= set(df.columns):
        return set()
    return {(str(s), str(c)) for s, c in df.select("source_id", "column").iter_rows()}


def stop(ctx: RunContext, phase: str, breaches: list[Breach]) -> None:
    """Record the breach in ``run.json`` (``gates.stopped``) and stop the run."""
    if not breaches:
        return
    write_run_json(ctx.folder, ctx.params, ctx.destination, gates={
        "limits": ctx.params.gates.as_dict(),
        "stopped": {"phase": phase, "at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "breaches": [{**asdict(b), "percent": round(b.percent, 2)}
                                 for b in breaches]}})
    breached = GateBreached(phase, breaches)
    if is_interactive(ctx):  # no runner to write the report when the run stops: here
        write_interactive_report(ctx, failed_notebook=STEP_NOTEBOOK[phase],
                                 error=str(breached))
    raise breached


__all__ = ["Breach", "GateBreached", "cleared_links", "link_outcomes", "load_breaches",
           "owner_fallbacks", "stage_breaches", "stop"]
