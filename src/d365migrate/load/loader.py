"""Load staged tables into Dataverse: new records by CreateMultiple, known ones by UpdateMultiple.

Every record carries its SmartDesk id in a column with an alternate key, so a resent request
cannot duplicate (the key rejects it) and a re-run updates instead of creating. Chunks go out
in parallel under ``throughput.Controller``, which finds the service-protection ceiling;
each create chunk's source ids are written to the ledger before it is sent, so a run killed
mid-load leaves intents that resume and rollback settle by looking the ids up. A chunk that
fails on a terminal error is bisected until the bad records are isolated; the rest load.

Not every table has the bulk messages (``bulk-operations.md``). The loader asks once a load
(``DataverseClient.bulk_messages``) and sends a kind whose message is missing (or answers
``BulkMessageUnsupported`` mid-load) as ``$batch`` change sets of single POSTs / PATCHes:
atomic like the bulk message, so intents, bisection and the key settle work unchanged. A
batch is one request against the service-protection request count ("A batch can contain up
to 1000 operations and will avoid the number of requests limit. However, you will need to be
prepared for the execution time limit": PAD ``api-limits.md``); its operations' execution
time is what it costs, which the controller meters as for a bulk message. Its chunks stop at
1,000 operations. (The daily entitlement counts every operation, batched or not.)
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.dataverse import (
    MAX_BATCH_OPERATIONS,
    BatchOperation,
    DataverseClient,
    key_segment,
)
from d365migrate.dataverse.errors import (
    BulkMessageUnsupported,
    DataverseError,
    DuplicateKey,
)
from d365migrate.dataverse.limits import MAX_CONCURRENT
from d365migrate.load.before import before_update
from d365migrate.load.budget import budget_for, metered
from d365migrate.load.identity import record_id, stored_source_id
from d365migrate.load.ledger import Ledger
from d365migrate.load.org_records import (
    STAMP_COLUMN,
    existing_ids,
    id_filters,
    intent_landed,
    load_stamp,
)
from d365migrate.load.parties import PartyBodies
from d365migrate.load.pool import WriterPool
from d365migrate.load.pump import Attempt, Pump
from d365migrate.load.throughput import Controller
from d365migrate.progress import open_bar, write_line
from d365migrate.staging.stage import (
    FILE,
    ISSUE_COLUMNS,
    OWNER,
    PARTIES,
    REF_PREFIX,
    SHARED_PREFIX,
    SOURCE_ID,
    SOURCE_ROW,
    VIA_PREFIX,
)

BULK_MESSAGE = {"create": "CreateMultiple", "update": "UpdateMultiple"}
CREATE_ONLY = {"overriddencreatedon"}


def update_only(table_def: Mapping[str, Any], columns: Collection[str]) -> set[str]:
    """Columns Dataverse takes on update but not on create (a quote's and an order's totals:
    IsValidForCreate false, IsValidForUpdate true). A created record gets them from a second
    request, its completion, right after its create; an existing record with its update."""
    return {str(a["LogicalName"]) for a in table_def.get("Attributes") or []
            if a.get("LogicalName") in columns and a.get("IsValidForCreate") is False
            and a.get("IsValidForUpdate") is True}


FAIL_FAST_AFTER = 25  # this many records refused and none accepted: the fault is systemic

Item = tuple[dict[str, Any], dict[str, Any]]  # (staged row, request body)


@dataclass
class LoadResult:
    target: str
    created: int = 0
    updated: int = 0
    failed: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=ISSUE_COLUMNS))
    ids: dict[str, str] = field(default_factory=dict)
    unresolved_lookups: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    #: created records whose completion (``update_only``) the org refused: the record is
    #: in the org without those columns (verification lists them as differing)
    incomplete: list[dict[str, Any]] = field(default_factory=list)

    @property
    def incomplete_rows(self) -> pl.DataFrame:
        return pl.DataFrame(self.incomplete, schema=ISSUE_COLUMNS)

    @property
    def loaded(self) -> int:
        return self.created + self.updated


class SystemicFailure(RuntimeError):
    """Every record tried so far was refused: a mapping or metadata problem, not bad rows."""


def build_payload(row: dict[str, Any], columns: list[str], *, source_id_column: str,
                  owner_ids: dict[str, str], ref_ids: dict[str, tuple[Any, ...]],
                  create: bool, later: Collection[str] = ()) -> tuple[dict[str, Any], int]:
    """One record's JSON: values, owner and lookups as ``@odata.bind``; unresolved count.
    A create leaves out the ``later`` columns (valid for update only: ``update_only``)."""
    body: dict[str, Any] = {source_id_column: row[SOURCE_ID]}
    skip = later if create else CREATE_ONLY
    for c in columns:
        if row.get(c) is not None and c not in skip:
            body[c] = row[c]
    owner = row.get(OWNER)
    if owner and owner in owner_ids:
        body["ownerid@odata.bind"] = f"/systemusers({owner_ids[owner]})"
    # A polymorphic lookup (an activity's regarding: the deal, else the contact, else the
    # company) is several navigations of one column, in order: the first that resolves binds.
    bound: set[str] = set()
    missed: set[str] = set()
    for nav, (entity_set, ids, *column) in ref_ids.items():
        attr = column[0] if column else nav
        ref = row.get(REF_PREFIX + nav)
        if ref is None or attr in bound:
            continue
        if ref in ids:
            body[f"{nav}@odata.bind"] = f"/{entity_set}({ids[ref]})"
            bound.add(attr)
        else:
            missed.add(attr)
    return body, len(missed - bound)


@dataclass
class Job:
    """One request's worth of records. ``settle`` looks up a create chunk that hit the key."""

    kind: str  # "create" | "update" | "complete" (a created record's update_only columns)
    #          | "settle"
    items: list[Item]
    chunk: str = ""  # the ledger chunk of a create (and of its settle)
    error: DataverseError | None = None  # why a settle job exists
    batched: bool = False  # goes (went) out as a $batch change set, not a bulk message

    @property
    def source_ids(self) -> list[str]:
        return [row[SOURCE_ID] for row, _ in self.items]


class _Work:
    """Fresh jobs, creates first. Bodies are built as chunks are cut, so the first request
    leaves at once; a create's intent goes to the ledger when it is cut."""

    def __init__(self, loader: TableLoader, new: pl.DataFrame, old: pl.DataFrame,
                 build: Callable[[dict[str, Any], bool], dict[str, Any]]) -> None:
        self.loader = loader
        self.build = build
        self.queues = [("create", new), ("update", old)]
        self.pos = [0, 0]

    def remaining(self) -> int:
        return sum(len(q) - p for (_, q), p in zip(self.queues, self.pos, strict=True))

    def take(self, size: int) -> Job | None:
        for i, (kind, rows) in enumerate(self.queues):
            if self.pos[i] < len(rows):
                take = min(size, self.loader.max_items(kind), len(rows) - self.pos[i])
                part = rows.slice(self.pos[i], take).to_dicts()
                self.pos[i] += len(part)
                create = kind == "create"
                return self.loader.job(kind, [(r, self.build(r, create)) for r in part])
        return None


class TableLoader:
    """Loads one staged table at the service's ceiling; every record ends created,
    updated or failed with the service's reason, exactly once."""

    def __init__(self, client: DataverseClient, table_def: dict[str, Any], *,
                 source_id_column: str, ledger: Ledger, chunk_size: int = 1000,
                 file: str = "", progress: bool = True,
                 on_chunk: Callable[[int], None] | None = None,
                 concurrency: int | None = None, max_concurrency: int = MAX_CONCURRENT,
                 max_chunk: int = 5000, max_attempts: int = 8, base_delay: float = 0.5,
                 controller: Controller | None = None,
                 identities: Sequence[tuple[str, DataverseClient]] = ()) -> None:
        self.client = client
        self.table_def = table_def
        self.table = table_def["LogicalName"]
        self.entity_set = table_def["EntitySetName"]
        self.pk = table_def["PrimaryIdAttribute"]
        self.column = source_id_column
        self.ledger = ledger
        self.file = file
        self.progress = progress
        self.on_chunk = on_chunk
        self.pool = WriterPool(list(identities) or [("", client)], lambda c: Controller(
            concurrency=concurrency, max_concurrency=max_concurrency, chunk_size=chunk_size,
            max_chunk=max(max_chunk, chunk_size), budget=budget_for(c)), self._send, controller)
        self.controller = self.pool.controller
        self.max_attempts, self.base_delay = max_attempts, base_delay
        self._run = uuid.uuid4().hex[:8]  # chunk names stay unique across resumed runs
        attributes = {a.get("LogicalName") for a in table_def.get("Attributes") or []}
        # what this load creates carries its stamp (when the table has the column)
        self.stamp = load_stamp(self._run) if STAMP_COLUMN in attributes else None
        self._chunk_no = 0
        self._imaged: set[str] = set()  # records whose before-image is in the ledger
        self._result = LoadResult(self.table)
        self._failures: list[dict[str, Any]] = []
        self._bar: Any = None
        self._last_postfix = 0.0
        self._via_batch: set[str] = set()  # kinds whose bulk message this table lacks
        self._later: set[str] = set()  # columns a create leaves to its completion
        self._completed = 0
        self.files: Callable[[str], dict[str, Any]] | None = None  # attachment -> its fields
        self.parties: PartyBodies | None = None  # an activity's parties, on create (parties.py)

    # -- the load -----------------------------------------------------------------------------
    def load(self, staged: pl.DataFrame, *, owner_ids: dict[str, str],
             ref_ids: dict[str, tuple[Any, ...]], derived_ids: str | None = None,
             unit: str | None = None, known: dict[str, str] | None = None) -> LoadResult:
        """Load ``staged``; ``known``: the table's keys as ``existing_ids`` read them, when the
        caller has just read them (else the load reads them); ``derived_ids`` (the map entry's
        name) keys each record by an id derived from its source id (``identity.record_id``)
        instead of the source-id column:
        the load runs on those ids and reports by source id. ``unit``: the map entry, whose
        name prefixes the stored source ids where it fills another entry's table."""
        if derived_ids is not None or (unit is not None and unit != self.table):
            if derived_ids is not None:
                back = {record_id(derived_ids, s): s for s in staged[SOURCE_ID].to_list()}
                self.column = self.pk
            else:
                assert unit is not None
                back = {stored_source_id(unit, self.table, s): s
                        for s in staged[SOURCE_ID].to_list()}
            result = self._load(staged.with_columns(pl.col(SOURCE_ID).replace_strict(
                {s: r for r, s in back.items()}, return_dtype=pl.Utf8)), owner_ids, ref_ids,
                known)
            result.ids = {back.get(r, r): i for r, i in result.ids.items()}
            result.failed = result.failed.with_columns(
                pl.col("source_id").replace(back))
            return result
        return self._load(staged, owner_ids, ref_ids, known)

    def _load(self, staged: pl.DataFrame, owner_ids: dict[str, str],
              ref_ids: dict[str, tuple[Any, ...]], known: dict[str, str] | None = None
              ) -> LoadResult:
        started = time.monotonic()
        result = self._result = LoadResult(self.table)
        self._failures = []
        known = dict(known) if known is not None else \
            existing_ids(self.client, self.table_def, self.column)
        self.pool.seed(self.client.last_dop_hint)
        self._settle_pending(known)
        with metered(self.client):  # beside the closes of the phase before: in the window
            bulk = self.client.bulk_messages(self.table)
        self._via_batch = {kind for kind, msg in BULK_MESSAGE.items() if msg not in bulk}
        if self.parties is not None:  # deep insert: documented for POST, not CreateMultiple
            self._via_batch.add("create")
        rows = self._rows_per_record(staged)
        for ctl in self.pool.controllers:  # its first requests sized by the rows they write
            ctl.expect_rows(rows)
        columns = [c for c in staged.columns
                   if c not in (SOURCE_ID, SOURCE_ROW, OWNER, FILE, PARTIES)
                   and not c.startswith((REF_PREFIX, VIA_PREFIX, SHARED_PREFIX))]
        self._later = update_only(self.table_def, columns)

        def build(row: dict[str, Any], create: bool) -> dict[str, Any]:
            body, unresolved = build_payload(row, columns, source_id_column=self.column,
                                             owner_ids=owner_ids, ref_ids=ref_ids, create=create,
                                             later=self._later)
            if create and self.stamp is not None:
                body[STAMP_COLUMN] = self.stamp
            if self.files is not None and row.get(FILE):
                body.update(self.files(row[FILE]))  # a note's file, read as it is sent
            if create and self.parties is not None:
                body.update(self.parties.bodies(row[SOURCE_ID], row.get(PARTIES)))
            result.unresolved_lookups += unresolved
            if not create:
                body[self.pk] = known[row[SOURCE_ID]]
            return body

        # rows become dicts only as their chunk is cut (a million dicts at once was most of
        # the load step's memory): creates and updates, each in staged order
        there = staged[SOURCE_ID].is_in(pl.Series(list(known), dtype=pl.Utf8).implode())
        new, old = staged.filter(~there), staged.filter(there)
        self._bar = open_bar(total=staged.height, desc=f"load {self.table}", unit="rec",
                         disable=not self.progress, smoothing=0.1)
        pump: Pump[Job] = self.pool.pump(lambda j: len(j.items), weight_of=self._plan,
                                         max_attempts=self.max_attempts, base_delay=self.base_delay)
        try:
            pump.run(_Work(self, new, old, build), self._settle, on_tick=self._postfix)
        finally:
            self._bar.close()
        result.ids.update({s: i for s, i in known.items() if s not in result.ids})
        if self._failures:
            result.failed = pl.DataFrame(self._failures, schema=ISSUE_COLUMNS).sort("row")
        result.stats = self._summary(time.monotonic() - started, pump.retries)
        if self.progress:
            write_line(format_summary(result.stats))
        return result

    def _rows_per_record(self, staged: pl.DataFrame) -> float:
        """Rows a record's create writes on average: itself and its deep-inserted parties."""
        if self.parties is None or PARTIES not in staged.columns or not staged.height:
            return 1.0
        parties = staged[PARTIES].list.len().fill_null(0).sum()
        return 1.0 + float(parties) / staged.height

    def _settle_pending(self, known: dict[str, str]) -> None:
        """Close intents a killed run left for this table: what exists now, that chunk made."""
        for intent in self.ledger.pending_intents():
            if intent["table"] != self.table:
                continue
            if intent.get("stamp") is None:  # an older ledger: by source id alone
                found = [(s, known[s]) for s in intent["source_ids"] if s in known]
            else:
                found = intent_landed(self.client, intent, self.column)
            if found:
                self.ledger.created(self.table, self.entity_set, self.pk, intent["chunk"], found)
            else:
                self.ledger.settled(self.table, intent["chunk"])

    def job(self, kind: str, items: list[Item]) -> Job:
        """A new job; a create gets its ledger intent now, before it can be sent."""
        if kind != "create":
            if kind == "update":  # the prior values of what it sends, before it can be sent
                before_update(self.client, self.ledger, self.table_def,
                              [b for _, b in items], self._imaged)
            return Job(kind, items)
        self._chunk_no += 1
        job = Job(kind, items, f"{self.table}-{self._run}-{self._chunk_no:06d}")
        self.ledger.intent(self.table, self.entity_set, self.pk, job.chunk, job.source_ids,
                           stamp=self.stamp,
                           column=self.column if self.column == self.pk else None)
        return job

    def max_items(self, kind: str) -> int:
        """Most records a request of this kind may carry: a $batch holds at most 1,000
        operations; a bulk message, what the controller's chunk size says."""
        if _bulk_kind(kind) not in self._via_batch:
            return sys.maxsize  # the controller's chunk size alone
        return MAX_BATCH_OPERATIONS

    def _plan(self, job: Job) -> float:
        """Fix how a job goes out (bulk message or $batch) just before it is sent; its
        weight against the request count: one either way (a batch is one request).

        A job cut before its kind switched to $batch may be too big for one; it goes as the
        bulk message once more, and the refusal cuts it (``_switch_to_batch``)."""
        job.batched = _bulk_kind(job.kind) in self._via_batch and \
            len(job.items) <= MAX_BATCH_OPERATIONS
        return 1.0

    # -- worker side: one request, no bookkeeping ---------------------------------------------
    def _send(self, job: Job, client: DataverseClient) -> Any:
        bodies = [b for _, b in job.items]
        if job.batched:
            return self._send_batch(job.kind, bodies, client)
        if job.kind == "create":
            return client.create_multiple(self.entity_set, self.table, bodies)
        if job.kind in ("update", "complete"):
            return client.update_multiple(self.entity_set, self.table, bodies)
        return self._lookup(job.source_ids, client)

    def _send_batch(self, kind: str, bodies: list[dict[str, Any]],
                    client: DataverseClient) -> list[str] | None:
        """One change set of single POSTs (ids from ``OData-EntityId``) or PATCHes that never
        create (``If-Match: *``, as UpdateMultiple), all or nothing, each with the bypass."""
        extra = client.write_headers  # parts too: the docs do not say they inherit the batch's
        if kind == "create":
            ops = [BatchOperation("POST", self.entity_set, b, dict(extra)) for b in bodies]
        else:
            ops = [BatchOperation("PATCH", key_segment(self.entity_set, b[self.pk]),
                                  {k: v for k, v in b.items() if k != self.pk},
                                  {**extra, "If-Match": "*"}) for b in bodies]
        results = client.execute_batch(ops)
        if kind != "create":
            return None
        ids = [r.entity_id for r in results]
        if any(i is None for i in ids):
            raise DataverseError("a create in a $batch answered without OData-EntityId")
        return [i for i in ids if i is not None]

    def _lookup(self, source_ids: list[str], client: DataverseClient) -> dict[str, str]:
        """Which of these exist, one attempt per page: the pump owns retries and throttling."""
        found: dict[str, str] = {}
        headers = {"Prefer": "odata.maxpagesize=5000"}
        for flt in id_filters(self.column, source_ids, self.stamp, guid=self.column == self.pk):
            url: str | None = self.entity_set
            params: dict[str, str] | None = {"$select": f"{self.pk},{self.column}",
                                             "$filter": flt}
            while url:
                body = client.send_once("GET", url, params=params, headers=headers).json()
                found.update((r[self.column], r[self.pk]) for r in body.get("value", []))
                url, params = body.get("@odata.nextLink"), None
        return found

    # -- pump side: settle outcomes, in one thread --------------------------------------------
    def _settle(self, att: Attempt[Job]) -> list[Job]:
        job, exc = att.job, att.error
        if job.kind == "settle":
            if exc is not None:
                raise exc
            return self._after_lookup(job, att.value)
        if exc is None:
            if job.kind == "complete":
                self._completed += len(job.items)
                return []
            if job.kind == "create":
                self._created(job.chunk, list(zip(job.source_ids, att.value, strict=True)))
            else:
                self._result.updated += len(job.items)
            self._advance(len(job.items))
            return self._completions(job.items, att.value) if job.kind == "create" else []
        if isinstance(exc, BulkMessageUnsupported) and not job.batched:
            return self._switch_to_batch(job)
        if isinstance(exc, DuplicateKey) and job.kind == "create":
            # A resent chunk whose first attempt landed: look the ids up to settle it.
            return [Job("settle", job.items, job.chunk, exc)]
        if job.kind == "create":
            self.ledger.settled(self.table, job.chunk)
        return self._split(job.kind, job.items, exc)

    def _switch_to_batch(self, job: Job) -> list[Job]:
        """The table lacks this bulk message after all: this kind goes by $batch from now on,
        starting with the refused chunk (nothing of it landed), cut to what a batch holds."""
        self._via_batch.add(_bulk_kind(job.kind))
        cap = self.max_items(job.kind)
        if len(job.items) <= cap:
            return [job]
        if job.kind == "create":
            self.ledger.settled(self.table, job.chunk)
        return [self.job(job.kind, job.items[i:i + cap])
                for i in range(0, len(job.items), cap)]

    def _after_lookup(self, job: Job, found: dict[str, str]) -> list[Job]:
        landed = [(s, found[s]) for s in job.source_ids if s in found]
        done: list[Job] = []
        if landed:
            self._created(job.chunk, landed)
            self._advance(len(landed))
            there = [it for it in job.items if it[0][SOURCE_ID] in found]
            done = self._completions(there, [found[it[0][SOURCE_ID]] for it in there])
        else:
            self.ledger.settled(self.table, job.chunk)
        missing = [it for it in job.items if it[0][SOURCE_ID] not in found]
        if not missing:
            return done
        if landed:
            return [*done, self.job("create", missing)]
        assert job.error is not None  # none of ours exists: the key clash is something else
        return self._split("create", missing, job.error)

    def _split(self, kind: str, items: list[Item], exc: DataverseError) -> list[Job]:
        """Bisect a refused chunk: good halves load, each bad record fails alone (a refused
        completion leaves its record in the org without those columns: ``incomplete``)."""
        if len(items) == 1 and kind == "complete":
            row, body = items[0]
            self._result.incomplete.append(
                {**self._failure(row, exc), "column": ", ".join(sorted(set(body) - {self.pk}))})
            return []
        if len(items) == 1:
            self._failures.append(self._failure(items[0][0], exc))
            self._advance(1)
            if len(self._failures) >= FAIL_FAST_AFTER and self._result.loaded == 0:
                raise SystemicFailure(
                    f"{self.table}: the first {len(self._failures)} records were all refused, "
                    f"none accepted; last: {exc}")
            return []
        mid = len(items) // 2
        return [self.job(kind, items[:mid]), self.job(kind, items[mid:])]

    def _completions(self, items: list[Item], ids: Sequence[str]) -> list[Job]:
        """The update_only values of records just created, one update each, in jobs of what a
        request may carry. No before-image: rollback deletes what this run created."""
        out: list[Item] = []
        for (row, _), rid in zip(items, ids, strict=True):
            values = {c: row[c] for c in sorted(self._later) if row.get(c) is not None}
            if values:
                out.append((row, {self.pk: rid, **values}))
        cap = self.max_items("complete")
        return [Job("complete", out[i:i + cap]) for i in range(0, len(out), cap)]

    def _created(self, chunk: str, records: list[tuple[str, str]]) -> None:
        self.ledger.created(self.table, self.entity_set, self.pk, chunk, records)
        self._result.created += len(records)
        if self.parties is not None:
            self.parties.landed(s for s, _ in records)
        self._result.ids.update(records)

    def _advance(self, n: int) -> None:
        self._bar.update(n)
        if self.on_chunk:
            self.on_chunk(n)

    def _postfix(self) -> None:
        now = time.monotonic()
        if self.progress and now - self._last_postfix > 0.5:
            self._last_postfix = now
            ctl = self.controller
            self._bar.set_postfix(conc=ctl.concurrency, chunk=ctl.chunk,
                                  throttled=ctl.stats.throttles, refresh=False)

    def _failure(self, row: dict[str, Any], exc: DataverseError) -> dict[str, Any]:
        return {"file": self.file, "row": row[SOURCE_ROW], "source_id": row[SOURCE_ID],
                "column": None, "value": None,
                "reason": f"Dataverse refused it: {exc.code or exc.status} {exc.message}"}

    def _summary(self, seconds: float, retries: int) -> dict[str, Any]:
        r, st, b = self._result, self.pool.stats(), self.controller.budget
        records = r.created + r.updated + len(self._failures)
        return {
            "table": self.table, "records": records, "created": r.created,
            "updated": r.updated, "failed": len(self._failures), "requests": st.requests,
            "completed": self._completed, "incomplete": len(r.incomplete),
            "throttled_429": st.throttles, "throttles_by_code": dict(st.throttles_by_code),
            "retries": retries, "transient_errors": st.transient,
            "paused_seconds": round(st.paused_seconds, 1),
            "peak_concurrency": st.peak_concurrency, "final_chunk_size": self.controller.chunk,
            "via_batch": sorted(self._via_batch), "request_weight": st.weight,
            "budget": {"exec_ms": b.exec_ms, "requests": b.requests, "window_seconds": b.window,
                       "from_server": b.learned},
            "seconds": round(seconds, 3),
            "records_per_second": round(records / seconds, 1) if seconds > 0 else 0.0,
            "ms_per_record": round(st.busy_ms / st.records_ok, 3) if st.records_ok else None,
            **self.pool.summary(),
        }


def _bulk_kind(kind: str) -> str:
    """The bulk message a job kind goes by: a completion is an update."""
    return "update" if kind == "complete" else kind


def format_summary(s: dict[str, Any]) -> str:
    """One line a person reads after a table loads."""
    return (f"{s['table']}: {s['records']:,} records ({s['created']:,} created, "
            f"{s['updated']:,} updated, {s['failed']:,} failed) in {s['seconds']:.1f} s = "
            f"{s['records_per_second']:,.0f} rec/s; {s['requests']:,} requests, "
            f"{s['throttled_429']} throttled (429), {s['retries']} retries; final concurrency "
            f"{s['final_concurrency']}, chunk {s['final_chunk_size']}"
            + (f"; {' and '.join(s['via_batch'])} by $batch (no bulk message), "
               f"{s['request_weight']:,.0f} requests counted" if s.get("via_batch") else ""))
