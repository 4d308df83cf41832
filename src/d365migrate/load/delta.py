"""Delta runs: after a completed run, send only what changed in the export since.

A run on an engagement that already has a completed run (``run.json`` status succeeded, its
load done, not rolled back) compares each object's staged records with that run's staged
snapshot (``staged/<object>.parquet``) by a content hash of every mapped field, lookup,
owner and state (the row number in the file aside: it moves when rows are added or
removed). ``updated_at`` never decides: a record is changed when its mapped content is.

- new records (not in the last run, or refused there) are created;
- changed records are updated (values emptied in SmartDesk are emptied in the org too), and
  their state settled as on a first load (``load.closes``): deals won or lost, leads
  qualified, tasks completed, cases resolved;
- unchanged records send nothing at all, not even a read by id;
- records of the last run missing from the export now (and not held back or left out in
  this run) are *deleted in SmartDesk*: listed for a person to decide (``load.deletions``).

``--full`` (or ``delta: {full: true}`` in the parameters) sends every record, still
reporting what changed. What a run found is ``delta.json`` and ``delta/<object>.csv``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.tables import attributes
from d365migrate.load.closes import STATE, split_states
from d365migrate.load.deletions import DeletionDecisions, empty_values, settle_deleted
from d365migrate.load.identity import record_id, stored_source_id, takes_source_id_column
from d365migrate.load.ledger import Ledger
from d365migrate.load.org_records import LOOKUP_BATCH, existing_ids, org_ids
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.report.safe_files import read_csv, write_csv
from d365migrate.runfolder import RunFolder, read_json, write_json
from d365migrate.staging.stage import (
    FILE,
    LEFT_PREFIX,
    OWNER,
    PARTIES,
    REF_PREFIX,
    SHARED_PREFIX,
    SOURCE_ID,
    SOURCE_ROW,
    VIA_PREFIX,
)

LOAD_NOTEBOOK = "04_load.ipynb"
#: Outcomes after which a record deleted in SmartDesk is no longer listed in later runs; the
#: others (kept, waiting for a decision, failed) are listed again until settled.
SETTLED = ("deactivated", "deleted", "not in Dynamics 365")
#: Columns a person empties in SmartDesk that the update must empty in the org; the state
#: columns are settled by the closes, the owner and an attachment's file cannot be emptied.
NOT_CLEARED = (SOURCE_ID, SOURCE_ROW, OWNER, PARTIES, FILE, "statecode", "statuscode")


def _json(path: Path) -> Any:
    try:
        return read_json(path) if path.exists() else None
    except (OSError, ValueError):
        return None


def completed(run_dir: Path) -> bool:
    """A run whose load finished (``run.json`` succeeded, the load notebook among those run,
    or its load files there) and that is not rolled back."""
    folder = RunFolder(run_dir)
    run = _json(folder.run_json) or {}
    if run.get("status") != "succeeded":
        return False
    notebooks = run.get("notebooks")
    if notebooks is not None and LOAD_NOTEBOOK not in notebooks:
        return False
    if not folder.ledger.exists():
        return False
    rollback = _json(folder.rollback) or {}
    return not rollback.get("complete")


def source_crm(folder: RunFolder) -> str:
    """The CRM the run's export comes from, as ``run.json`` records it from the parameters
    (``source.crm``); the default for a run that named none."""
    said = (_json(folder.run_json) or {}).get("source_crm")
    return said if isinstance(said, str) and said else DEFAULT_SOURCE_CRM


def baseline_run(run_dir: Path) -> Path | None:
    """The engagement's newest completed run older than this one (run ids sort by time)."""
    me = Path(run_dir).resolve()
    if not me.parent.is_dir():
        return None
    older = sorted((p for p in me.parent.iterdir()
                    if p.is_dir() and p.name < me.name and completed(p)), reverse=True)
    return older[0] if older else None


def content_hashes(staged: pl.DataFrame) -> dict[str, str]:
    """Source id -> SHA-256 of the record's mapped content (empty values left out, so a
    column that is missing and one that is empty hash the same)."""
    cols = sorted(c for c in staged.columns if c != SOURCE_ROW  # a mark, not content
                  and not c.startswith((LEFT_PREFIX, SHARED_PREFIX)))  # why, not content
    out: dict[str, str] = {}
    for row in staged.select(cols).iter_rows(named=True):
        content = {c: v for c, v in row.items() if v is not None and c != SOURCE_ID}
        text = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
        out[row[SOURCE_ID]] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def present_ids(client: DataverseClient, table_def: dict[str, Any], column: str, unit: str,
                source_ids: list[str]) -> set[str]:
    """Which of these records are in the org, read the cheaper way: by id, 50 a request
    (``loader.org_ids``), or, for many ids, every key of the table in pages of 5,000 (a
    delta's phase checks all its records, most of them not sent, in a few requests)."""
    if len(source_ids) <= 2 * LOOKUP_BATCH:
        return set(org_ids(client, table_def, column, unit, source_ids))
    if takes_source_id_column(table_def):
        back = {stored_source_id(unit, table_def["LogicalName"], s): s for s in source_ids}
        keys = existing_ids(client, table_def, column)
    else:
        back = {record_id(unit, s): s for s in source_ids}
        keys = {rid: rid for rid in existing_ids(client, table_def,
                                                 table_def["PrimaryIdAttribute"])}
    return {back[k] for k in keys if k in back}


def _ids(path: Path) -> set[str]:
    """The source ids a run's issue file lists (none when it has none)."""
    if not path.exists():
        return set()
    df = read_csv(path, infer_schema=False)
    if not df.height or "source_id" not in df.columns:
        return set()
    return set(df["source_id"].drop_nulls().to_list())


def state_names(table_def: dict[str, Any]) -> dict[int, str]:
    """statecode -> its label (``Open``, ``Won``, ``Completed``...)."""
    state = attributes(table_def).get(STATE) or {}
    return {int(o["Value"]): (((o.get("Label") or {}).get("UserLocalizedLabel") or {})
                              .get("Label") or str(o["Value"]))
            for o in (state.get("OptionSet") or {}).get("Options", [])}


def _states(rows: pl.DataFrame, table_def: dict[str, Any]) -> dict[str, int]:
    """Source id -> the state the record is brought to (0 open unless closed)."""
    _, closes = split_states(rows, table_def)
    states = dict(zip(closes[SOURCE_ID].to_list(), closes[STATE].to_list(), strict=True))
    return {s: int(states.get(s) or 0) for s in rows[SOURCE_ID].to_list()}


@dataclass
class UnitDelta:
    """What changed for one object since the last run, and what this run sends."""

    unit: str
    source_rows: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0  # in the org as the export has them: nothing sent
    relinked: list[str] = field(default_factory=list)  # unchanged, but a linked record arrived
    state_changes: dict[str, str] = field(default_factory=dict)  # source id -> "Open → Won"
    emptied: dict[str, list[str]] = field(default_factory=dict)  # source id -> columns
    deleted: list[dict[str, Any]] = field(default_factory=list)  # filled by load.deletions
    sent_unchanged: int = 0  # a full pass sends the unchanged records too

    def summary(self) -> dict[str, Any]:
        decided = Counter(d.get("decision") or "undecided" for d in self.deleted)
        outcomes = Counter(d.get("outcome") for d in self.deleted)
        return {"source_rows": self.source_rows, "new": len(self.new),
                "changed": len(self.changed), "unchanged": self.unchanged,
                "sent_unchanged": self.sent_unchanged, "relinked": len(self.relinked),
                "state_changes": dict(Counter(self.state_changes.values())),
                "emptied_values": sum(len(c) for c in self.emptied.values()),
                "deleted_in_source": len(self.deleted), "decisions": dict(decided),
                "outcomes": dict(outcomes), "deleted_records": self.deleted}

    def records(self, source_crm: str = DEFAULT_SOURCE_CRM) -> pl.DataFrame:
        """One row per record that is not unchanged: what changed, for ``delta/<unit>.csv``
        (a record gone from the export is "deleted in <the export's CRM>")."""
        rows = [{"source_id": s, "change": kind, "state_change": self.state_changes.get(s),
                 "emptied": ", ".join(self.emptied.get(s, [])) or None,
                 "decision": None, "outcome": None}
                for kind, ids in (("new", self.new), ("changed", self.changed),
                                  ("linked record arrived", self.relinked)) for s in ids]
        rows += [{"source_id": d["source_id"], "change": f"deleted in {source_crm}",
                  "state_change": None, "emptied": None, "decision": d.get("decision"),
                  "outcome": d.get("outcome")} for d in self.deleted]
        return pl.DataFrame(rows, schema={k: pl.Utf8 for k in (
            "source_id", "change", "state_change", "emptied", "decision", "outcome")})


class Delta:
    """One run's delta against the engagement's last completed run (or a full pass)."""

    def __init__(self, folder: RunFolder, baseline: Path | None, *, full: bool,
                 reason: str, decisions: DeletionDecisions) -> None:
        self.folder = folder
        self.baseline = RunFolder(baseline) if baseline is not None else None
        self.full = full
        self.reason = reason
        self.decisions = decisions
        self.units: dict[str, UnitDelta] = {}
        self.arrived: dict[str, set[str]] = {}  # table -> source ids created in this run
        self._before = (_json(self.baseline.delta) or {}) if self.baseline else {}
        self.source_crm = source_crm(folder)

    @classmethod
    def start(cls, folder: RunFolder, raw: dict[str, Any]) -> Delta:
        """Delta or full, from the parameters (``delta.full``), ``run.json`` (``--full``) and
        the engagement's runs; decisions on deleted records checked before anything is sent."""
        cfg = raw.get("delta") or {}
        decisions = DeletionDecisions.parse(cfg.get("deleted"))
        baseline = baseline_run(folder.root)
        asked = bool(cfg.get("full")) or bool((_json(folder.run_json) or {}).get("full"))
        if baseline is None:
            return cls(folder, None, full=True, decisions=decisions,
                       reason="first completed run of the engagement: every record is sent")
        reason = (f"full pass asked for: every record is sent; compared with run "
                  f"{baseline.name}") if asked else \
            f"delta against run {baseline.name}: only new and changed records are sent"
        return cls(folder, baseline, full=asked, reason=reason, decisions=decisions)

    @property
    def mode(self) -> str:
        return "full" if self.full else "delta"

    def plan(self, unit: str, staged: pl.DataFrame, table_def: dict[str, Any],
             lookups: list[dict[str, Any]]) -> tuple[pl.DataFrame, UnitDelta]:
        """The rows to send for one object, and what changed since the last run."""
        d = self.units[unit] = UnitDelta(unit, source_rows=staged.height)
        base = self.baseline
        if base is None or not base.staged(unit).exists() or \
                not base.load_stats(unit).exists():
            d.new = staged[SOURCE_ID].to_list()
            return staged, d
        before = pl.read_parquet(base.staged(unit))
        refused = _ids(base.issues("failed", unit))
        unsettled = _ids(base.issues("close_failed", unit))  # in the org, state not reached
        old = {s: h for s, h in content_hashes(before).items() if s not in refused}
        for s in unsettled & set(old):
            old[s] = ""
        now = content_hashes(staged)
        d.new = [s for s in now if s not in old]
        d.changed = [s for s in now if s in old and old[s] != now[s]]
        same = [s for s in now if s in old and old[s] == now[s]]
        d.relinked = self._relinked(staged, same, lookups)
        send = set(d.new) | set(d.changed) | set(d.relinked)
        d.unchanged = len(now) - len(send)
        if self.full:
            d.sent_unchanged, d.unchanged = d.unchanged, 0
        changed = set(d.changed)
        self._compare(d, before.filter(pl.col(SOURCE_ID).is_in(list(changed))),
                      staged.filter(pl.col(SOURCE_ID).is_in(list(changed))), table_def, lookups)
        held = _ids(self.folder.issues("quarantine", unit)) | \
            _ids(self.folder.issues("skipped", unit))
        gone = [s for s in old if s not in now and s not in held]
        carried = [r["source_id"] for r in ((self._before.get("objects") or {}).get(unit) or {})
                   .get("deleted_records") or [] if r.get("outcome") not in SETTLED
                   and r["source_id"] not in now and r["source_id"] not in held]
        d.deleted = [{"source_id": s} for s in dict.fromkeys([*gone, *carried])]
        if self.full:
            return staged, d
        return staged.filter(pl.col(SOURCE_ID).is_in(list(send))), d

    def _relinked(self, staged: pl.DataFrame, same: list[str],
                  lookups: list[dict[str, Any]]) -> list[str]:
        """Unchanged records pointing at a record this run created: sent again so the link
        the last run could not make (its record was held back then) is made now."""
        found: set[str] = set()
        rows = staged.filter(pl.col(SOURCE_ID).is_in(same))
        for lk in lookups:
            col, arrived = REF_PREFIX + lk["navigation"], self.arrived.get(lk["table"])
            if arrived and col in rows.columns:
                found.update(rows.filter(pl.col(col).is_in(list(arrived)))[SOURCE_ID].to_list())
        return [s for s in same if s in found]

    def _compare(self, d: UnitDelta, before: pl.DataFrame, now: pl.DataFrame,
                 table_def: dict[str, Any], lookups: list[dict[str, Any]]) -> None:
        """State changes and values emptied, for the changed records. A link emptied where
        another navigation of the same lookup now binds (an activity's regarding moved from
        the deal to the contact) is not emptied: the update binds the other."""
        group: dict[str, list[str]] = {}
        for lk in lookups:
            group.setdefault(lk["target"], []).append(REF_PREFIX + lk["navigation"])
        same = {c: cols for cols in group.values() for c in cols}
        if STATE in now.columns or "statuscode" in now.columns:
            names = state_names(table_def)
            was, new = _states(before, table_def), _states(now, table_def)
            for s, state in new.items():
                if s in was and was[s] != state:
                    d.state_changes[s] = f"{names.get(was[s], was[s])} → {names.get(state, state)}"
        old = {r[SOURCE_ID]: r for r in before.to_dicts()}
        for row in now.to_dicts():
            prior = old.get(row[SOURCE_ID]) or {}
            cols = [c for c, v in prior.items() if v is not None and row.get(c) is None
                    and c not in NOT_CLEARED and not c.startswith((VIA_PREFIX, SHARED_PREFIX))
                    and not any(row.get(o) is not None for o in same.get(c, []))]
            if cols:
                d.emptied[row[SOURCE_ID]] = cols

    def finish(self, client: DataverseClient, table_def: dict[str, Any], unit: str,
               ids: dict[str, str], lookups: list[dict[str, Any]], *, column: str,
               ledger: Ledger) -> dict[str, int]:
        """After an object loads: empty what was emptied in SmartDesk, apply the decisions
        on its records deleted in SmartDesk, note its new records for the objects after it,
        and write ``delta.json``. Returns counts for ``load/<object>.json``."""
        d = self.units[unit]
        emptied = empty_values(client, table_def, d.emptied, ids, lookups, ledger)
        before = pl.read_parquet(self.baseline.staged(unit)) \
            if self.baseline and self.baseline.staged(unit).exists() else None
        settle_deleted(client, table_def, unit, d.deleted, self.decisions, column=column,
                       ledger=ledger, before=before, source_crm=self.source_crm)
        if unit == table_def["LogicalName"]:
            self.arrived.setdefault(unit, set()).update(s for s in d.new if s in ids)
        self.write()
        return {"unchanged": d.unchanged, "emptied": emptied,
                "deleted_in_source": len(d.deleted)}

    def write(self) -> dict[str, Any]:
        """``delta.json`` and ``delta/<object>.csv`` (the records that are not unchanged)."""
        data = {"mode": self.mode, "against": self.baseline.root.name if self.baseline else None,
                "reason": self.reason, "objects": {u: d.summary() for u, d in self.units.items()},
                "source_crm": self.source_crm,
                "deleted_cannot_be_restored": (
                    "Records deleted in Dynamics 365 because they were deleted in "
                    f"{self.source_crm} cannot be brought back by a rollback; they are deleted "
                    "only where the parameters name that decision for the object or the "
                    "record.")}
        write_json(self.folder.delta, data)
        for unit, d in self.units.items():
            write_csv(d.records(self.source_crm), self.folder.delta_records(unit))
        return data
