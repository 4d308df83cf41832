"""Undo one run: restore what it changed (newest first), delete what it created (children
before parents), optionally remove the schema it created, and count it all.

Deletes go out as ``$batch`` requests of up to 1,000 independent DELETEs (``Prefer:
odata.continue-on-error``, not a change set: one record already gone must not undo the
others), several at once, paced by the same service-protection controller as the loader
(``load.throughput``; the client's learned budget is shared). A batch is one request against
the number-of-requests limit (``api-limits.md``: a batch "will avoid the number of requests
limit"; its operations' time is what it costs), so deleting runs at the execution-time
ceiling instead of one record per request. 404 is "already gone" and counted as such, so a
rollback killed midway, or a batch whose reply was lost after the server deleted it, is
finished by running it again: the ledger is never changed by a rollback.

A run whose records a later run of the engagement (a newer run folder, not rolled back) has
since created or changed is refused, naming those runs to roll back first: restoring the
earlier run's images would silently undo the later run's changes. ``force`` rolls back
anyway. Taking the engagement's lock is the caller's part (``run.lock``: the CLI holds it).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from d365migrate.dataverse import (
    MAX_BATCH_OPERATIONS,
    BatchOperation,
    BatchResult,
    DataverseClient,
    key_segment,
)
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.dataverse.errors import NotFound, TransientError
from d365migrate.load.budget import budget_for
from d365migrate.load.ledger import Ledger
from d365migrate.load.order import table_rank
from d365migrate.load.org_records import intent_landed
from d365migrate.load.pump import Attempt, Pump
from d365migrate.load.throughput import Controller
from d365migrate.progress import open_bar
from d365migrate.runfolder import RunFolder, read_json, write_json
from d365migrate.verify.restore import Restorer
from d365migrate.verify.schema import remove_schema


class RollbackError(RuntimeError):
    """The run folder cannot be rolled back as it is (no run.json or ledger)."""


class RollbackRefused(RollbackError):
    """Later runs changed this run's records: roll them back first, or force."""

    def __init__(self, run_dir: Path, later: list[Path]) -> None:
        self.later = later
        names = ", ".join(p.name for p in later)
        super().__init__(
            f"{run_dir.name}: later runs created or changed its records: {names}; roll "
            f"back {'them' if len(later) > 1 else 'it'} first (newest first), or pass "
            "--force to roll back anyway")


def settle_pending(client: DataverseClient, ledger: Ledger, source_id_column: str
                   ) -> dict[str, list[tuple[str, str]]]:
    """Chunks in flight when a run died: what of them exists now, with the run's stamp, was
    created by that run."""
    found: dict[str, list[tuple[str, str]]] = {}
    for intent in ledger.pending_intents():
        landed = intent_landed(client, intent, source_id_column)
        if landed:
            found.setdefault(intent["table"], []).extend(landed)
    return found


def rolled_back(run_dir: Path) -> bool:
    rb = RunFolder(run_dir).rollback
    return rb.exists() and bool(read_json(rb).get("complete"))


def engagement_runs(run_dir: Path) -> list[Path]:
    """Every run folder of the run's engagement (run ids sort by start time), itself too."""
    return sorted(p for p in run_dir.resolve().parent.iterdir()
                  if p.is_dir() and RunFolder(p).run_json.exists())


def later_runs(run_dir: Path) -> list[Path]:
    """Newer runs of the engagement, not rolled back, that created or changed records this
    run created or changed."""
    me = run_dir.resolve()
    mine = Ledger(RunFolder(me).ledger).touched()
    return [p for p in engagement_runs(me)
            if p.name > me.name and not rolled_back(p)
            and mine & Ledger(RunFolder(p).ledger).touched()]


def _delete_order(table: str) -> float:
    """Children before parents; what a close created (a case's resolution) before its case."""
    return -(table_rank("incident") + 0.5 if table == "incidentresolution" else table_rank(table))


def rollback_run(run_dir: Path, client: DataverseClient | None = None, *,
                 progress: bool = True, force: bool = False, schema: bool = False
                 ) -> dict[str, Any]:
    """Restore what the run changed, delete what it created; write rollback.json.

    ``schema``: also remove the columns and keys the run created that no other run of the
    engagement (not rolled back) needs."""
    run_dir = Path(run_dir)
    folder = RunFolder(run_dir)
    run_json = folder.run_json
    if not run_json.exists():
        raise RollbackError(f"{run_dir}: no run.json; is this a run folder?")
    run = json.loads(run_json.read_text())
    later = later_runs(run_dir)
    if later and not force:
        raise RollbackRefused(run_dir, later)
    ledger = Ledger(folder.ledger)
    # No ledger: the run stopped before loading, so it created nothing; the counts say so.
    prefix = run.get("parameters", {}).get("publisher_prefix", "new")
    source_id_column = f"{prefix}_smartdeskid"
    own_client = client is None
    if client is None:
        client = connect(Destination(**run["destination"]))
        if isinstance(run.get("service_protection"), dict):  # the limits the run paced to
            from d365migrate.dataverse.limits import ServiceProtection

            client.service_limits = ServiceProtection(**run["service_protection"])
    try:
        created = ledger.created_records()
        for table, recs in settle_pending(client, ledger, source_id_column).items():
            created.setdefault(table, []).extend(recs)
        meta = ledger.tables()
        mine = {(t, rid) for t, recs in created.items() for _, rid in recs}
        restorer = Restorer(client)
        befores = ledger.befores()
        for entry in open_bar(list(reversed(befores)), desc="restore", unit="chunk",
                              disable=not progress or not befores):
            restorer.restore(entry, mine)
        made = ledger.close_records()
        close_counts = {t: _delete_all(client, meta[t]["entity_set"], ids, t, progress)
                        for t, ids in made.items()}
        counts = {t: _delete_all(client, meta[t]["entity_set"], [rid for _, rid in created[t]],
                                 t, progress)
                  for t in sorted(created, key=_delete_order)}
        removed = None
        if schema:
            others = [p for p in engagement_runs(run_dir)
                      if p.resolve() != run_dir.resolve() and not rolled_back(p)]
            removed = remove_schema(client, run_dir, others)
    finally:
        if own_client:
            client.close()
    restored = {t: dict(c) for t, c in restorer.counts.items()}
    result = {"run_dir": str(run_dir), "finished_at": datetime.now(UTC).isoformat(
        timespec="seconds"), "tables": counts, "restored": restored,
        "made_by_closes": close_counts, "forced_past": [p.name for p in later],
        "complete": all(c["deleted"] + c["already_absent"] == c["ledger"]
                        for c in [*counts.values(), *close_counts.values()])}
    result["deleted_not_restorable"] = ledger.deleted_records()  # delta deletions (load.delta)
    if removed is not None:
        result["schema"] = removed
    write_json(folder.rollback, result)
    return result


UNKNOWN_SEGMENT = "0x8006088a"  # a 404 for a wrong entity set, not for a missing record
MAX_PART_TRIES = 8  # a delete whose part keeps failing transiently counts as failed


class _Ids:
    """Record ids not yet sent, cut to the size the controller asks for (at most a batch)."""

    def __init__(self, ids: list[str]) -> None:
        self.ids, self.pos = ids, 0

    def remaining(self) -> int:
        return len(self.ids) - self.pos

    def take(self, size: int) -> list[str] | None:
        if self.pos >= len(self.ids):
            return None
        part = self.ids[self.pos:self.pos + max(1, min(size, MAX_BATCH_OPERATIONS))]
        self.pos += len(part)
        return part


def delete_records(client: DataverseClient, entity_set: str, ids: list[str], table: str, *,
                   progress: bool = True, controller: Controller | None = None
                   ) -> dict[str, Any]:
    """Delete these records by batched DELETEs under the service-protection controller.

    Counts: ``ledger`` (distinct ids asked), ``deleted`` (a 204 came back), ``already_absent``
    (404: gone before, or deleted by an attempt whose reply was lost), ``failed`` (refused
    for another reason; ``errors`` holds the first few reasons)."""
    ids = list(dict.fromkeys(ids))
    c: dict[str, Any] = {"ledger": len(ids), "deleted": 0, "already_absent": 0, "failed": 0}
    if not ids:
        return c
    errors: list[str] = []
    tries: dict[str, int] = {}
    ctl = controller or Controller(chunk_size=MAX_BATCH_OPERATIONS,
                                   max_chunk=MAX_BATCH_OPERATIONS, budget=budget_for(client))
    bar = open_bar(total=len(ids), desc=f"rollback {table}", unit="rec", disable=not progress)

    def send(job: list[str]) -> list[BatchResult]:
        ops = [BatchOperation("DELETE", key_segment(entity_set, rid)) for rid in job]
        return client.execute_batch(ops, continue_on_error=True)

    def settle(att: Attempt[list[str]]) -> list[list[str]]:
        if att.error is not None:  # the batch as a whole was refused, terminally
            raise att.error
        again: list[str] = []
        for rid, result in zip(att.job, att.value, strict=True):
            err = result.error
            if err is None:
                c["deleted"] += 1
            elif isinstance(err, NotFound) and err.code != UNKNOWN_SEGMENT:
                c["already_absent"] += 1
            elif isinstance(err, TransientError) and tries.get(rid, 0) + 1 < MAX_PART_TRIES:
                tries[rid] = tries.get(rid, 0) + 1
                again.append(rid)
                continue
            else:
                if isinstance(err, NotFound):  # the entity set itself is wrong: stop
                    raise err
                c["failed"] += 1
                if len(errors) < 20:
                    errors.append(f"{rid}: {err.code or err.status} {err.message}")
            bar.update(1)
        return [again] if again else []

    pump: Pump[list[str]] = Pump(ctl, send, len)
    try:
        pump.run(_Ids(ids), settle)
    finally:
        bar.close()
    c["requests"] = ctl.stats.requests
    c["throttled_429"] = ctl.stats.throttles
    c["retries"] = pump.retries
    st = ctl.stats
    c["ms_per_record"] = round(st.busy_ms / st.records_ok, 3) if st.records_ok else None
    if errors:
        c["errors"] = errors
    return c


def _delete_all(client: DataverseClient, entity_set: str, ids: list[str], table: str,
                progress: bool) -> dict[str, Any]:
    return delete_records(client, entity_set, ids, table, progress=progress)
