"""Closed records: created open, then closed the way Dataverse allows for each table.

Dataverse creates leads, opportunities and activities open (statecode 0). A lead or an
activity is closed by a second update of statecode/statuscode; an opportunity becomes Won or
Lost only through ``WinOpportunity`` / ``LoseOpportunity``, which also record when it closed
and for how much; a case is resolved only through ``CloseIncident``; an order is fulfilled
only through ``FulfillSalesOrder`` and canceled only through ``CancelSalesOrder`` (an
Invoiced order is one converted to an invoice, which a migration does not do: the org
refuses it, and the record's close fails with the org's words); a quote is won only through
``WinQuote`` and closed only through ``CloseQuote``, from Active: a draft is activated
first (a state update), then closed.

The closes go through the loader's pump (``pump.Pump``) under a controller that shares
the client's service-protection budget, so they are paced against the window, retried on
429s and transient errors, and sent in parallel like the load:

- state updates (leads, activities, canceled cases) as ``UpdateMultiple`` chunks; a chunk
  the service refuses is sent once more as a ``$batch`` of PATCHes that continues on error,
  so each refused record fails alone, with its reason, in one request;
- the actions (``WinOpportunity``, ``LoseOpportunity``, ``CloseIncident``) as ``$batch``
  requests of action calls that continue on error (PAD ``execute-batch-operations-using-web-
  api.md``: a batch holds up to 1,000 requests of any kind but GET-in-a-change-set; each part
  answers for itself). A batch is one request against the request count (``api-limits.md``:
  batching "will avoid the number of requests limit"), so it is the execution time the
  controller meters, and chunks grow to what a fifth of the window holds.

A close is settled against the org, not the reply: a record refused because it is already in
the state asked for (a resend after a lost answer, a record an earlier run closed) counts as
already closed. Records this run created need no before-image (rollback deletes them);
the others get theirs in the ledger before their chunk is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from d365migrate.dataverse import (
    MAX_BATCH_OPERATIONS,
    BatchOperation,
    DataverseClient,
    key_segment,
)
from d365migrate.dataverse.errors import BulkMessageUnsupported, DataverseError
from d365migrate.dataverse.tables import attributes
from d365migrate.load.before import before_state, record_resolutions, resolution_ids
from d365migrate.load.budget import budget_for, metered
from d365migrate.load.ledger import Ledger
from d365migrate.load.pump import Attempt, Pump
from d365migrate.load.reads import query_each
from d365migrate.load.throughput import Controller
from d365migrate.progress import open_bar
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.staging.stage import SOURCE_ID
from d365migrate.staging.state_status import option_labels, status_states

STATE, STATUS = "statecode", "statuscode"
CLOSE_ACTIONS = {1: "WinOpportunity", 2: "LoseOpportunity"}
#: Tables closed by an action of their own per state: (the close record's parameter, its
#: link to the record, the record's word, state -> (action, what the subject says))
ACTION_CLOSES: dict[str, tuple[str, str, str, dict[int, tuple[str, str]]]] = {
    "salesorder": ("OrderClose", "salesorderid", "Order",
                   {2: ("CancelSalesOrder", "canceled"), 3: ("FulfillSalesOrder", "fulfilled")}),
    "quote": ("QuoteClose", "quoteid", "Quote",   # from Active only
              {2: ("WinQuote", "won"), 3: ("CloseQuote", "closed")}),
}
QUOTE_ACTIONS = ACTION_CLOSES["quote"][3]
RESOLVED = 1  # a case's Resolved state: reached only through CloseIncident


def split_states(staged: pl.DataFrame, table_def: dict[str, Any]
                 ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rows as they are created (open), and the closes to apply after (source id, state, status)."""
    empty = pl.DataFrame(schema={SOURCE_ID: pl.Utf8, STATE: pl.Int64, STATUS: pl.Int64})
    if STATE not in staged.columns and STATUS not in staged.columns:
        return staged, empty
    status_to_state, first = status_states(table_def)
    state = pl.col(STATE) if STATE in staged.columns else pl.lit(None, pl.Int64)
    status = pl.col(STATUS) if STATUS in staged.columns else pl.lit(None, pl.Int64)
    derived = staged.with_columns(
        pl.coalesce(state, status.replace_strict(status_to_state, default=None,
                                                 return_dtype=pl.Int64)).alias("__state"))
    # a status kept only within its row's state (a call made by its direction but canceled
    # by its own outcome column takes the Canceled state's status)
    own = status.replace_strict(status_to_state, default=None, return_dtype=pl.Int64)
    derived = derived.with_columns(
        pl.coalesce(pl.when(own.is_null() | (own == pl.col("__state"))).then(status),
                    pl.col("__state").replace_strict(first, default=None,
                                                     return_dtype=pl.Int64))
        .alias("__status"))
    closed = pl.col("__state").is_not_null() & (pl.col("__state") != 0)
    closes = derived.filter(closed).select(
        pl.col(SOURCE_ID), pl.col("__state").alias(STATE), pl.col("__status").alias(STATUS))
    open_rows = derived.with_columns(
        pl.when(closed).then(None).otherwise(pl.col("__status")).alias(STATUS)
    ).drop("__state", "__status", *([STATE] if STATE in staged.columns else []))
    if STATUS not in staged.columns:
        open_rows = open_rows.drop(STATUS)
    return open_rows, closes.cast({STATE: pl.Int64, STATUS: pl.Int64})


def has_state(table_def: dict[str, Any]) -> bool:
    """Whether the table's records open and close (it has a statecode)."""
    return STATE in attributes(table_def)


def org_states(client: DataverseClient, table_def: dict[str, Any], record_ids: list[str],
               column: str | None = None) -> dict[str, int]:
    """Record id -> its state in the org now: one paged query per 50 ids, or, for many ids
    of a table with the source-id ``column``, one paged read of the records that have it."""
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    out: dict[str, int] = {}
    if column is not None and len(record_ids) > 200 and column in attributes(table_def):
        wanted = set(record_ids)
        return {r[pk]: int(r.get(STATE) or 0) for r in client.query(
            entity_set, select=[pk, STATE], filter=f"{column} ne null") if r[pk] in wanted}
    filters = [" or ".join(f"{pk} eq {rid}" for rid in record_ids[i:i + 50])
               for i in range(0, len(record_ids), 50)]
    out.update((r[pk], int(r.get(STATE) or 0))
               for r in query_each(client, entity_set, [pk, STATE], filters))
    return out


def reopen_closed(client: DataverseClient, table_def: dict[str, Any], ids: dict[str, str],
                  *, chunk_size: int = 200, ledger: Ledger | None = None,
                  column: str | None = None) -> int:
    """Reopen the records about to be updated that are closed in the org: Dataverse keeps a
    closed record read-only, so a re-run reopens it, updates it, and closes it again (the
    closes after the load bring it back to its SmartDesk state). Returns how many."""
    if not ids or not has_state(table_def):
        return 0
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    closed = [rid for rid, state in org_states(client, table_def, list(ids.values()),
                                               column).items() if state != 0]
    _, first = status_states(table_def)
    body = {STATE: 0, **({STATUS: first[0]} if 0 in first else {})}
    for i in range(0, len(closed), chunk_size):
        before_state(client, ledger, table_def, closed[i:i + chunk_size])  # prior state first
        client.update_multiple(entity_set, table_def["LogicalName"],
                               [{pk: rid, **body} for rid in closed[i:i + chunk_size]],
                               retry=True)
    return len(closed)


@dataclass
class Close:
    """One record to bring to its SmartDesk state: a state update or an action call."""

    source_id: str
    record_id: str
    state: int
    status: int
    action: BatchOperation | None = None  # its close action (deal, case, order, quote)


@dataclass
class CloseJob:
    """One request's closes: ``UpdateMultiple`` of their states, or (``each``) a ``$batch``
    that continues on error, one part a close."""

    closes: list[Close]
    each: bool


@dataclass
class _Queue:
    closes: list[Close]
    each: bool
    pos: int = 0

    def remaining(self) -> int:
        return len(self.closes) - self.pos

    def take(self, size: int) -> CloseJob | None:
        if self.pos >= len(self.closes):
            return None
        cap = min(size, MAX_BATCH_OPERATIONS) if self.each else size
        part = self.closes[self.pos:self.pos + cap]
        self.pos += len(part)
        return CloseJob(part, self.each)


def close_action(table_def: dict[str, Any], close: Close, src: dict[str, Any],
                 source_crm: str = DEFAULT_SOURCE_CRM) -> BatchOperation | None:
    """The action that closes this record, when its table closes by action: Win/Lose for a
    won or lost deal (with its close date and, won, its revenue), CloseIncident for a
    resolved case; None when a state update does it. The close record's subject names the
    export's CRM ("Big deal closed in HubSpot"): the org's users read it on the deal."""
    table, entity_set = table_def["LogicalName"], table_def["EntitySetName"]
    bind = f"/{entity_set}({close.record_id})"
    if table == "opportunity" and close.state in CLOSE_ACTIONS:
        record = {"subject": f"{src.get('name') or 'Opportunity'} closed in {source_crm}",
                  "opportunityid@odata.bind": bind}
        # the deal's own close date and value where the export has them (the close sets
        # actualclosedate, so the expected date would overwrite the real one)
        closed_on = src.get("actualclosedate") or src.get("estimatedclosedate")
        if closed_on:
            record["actualend"] = str(closed_on)  # with its time: the column keeps one
        revenue = src.get("actualvalue") if src.get("actualvalue") is not None else \
            src.get("estimatedvalue")
        if close.state == 1 and revenue is not None:
            record["actualrevenue"] = revenue
        return BatchOperation("POST", CLOSE_ACTIONS[close.state],
                              {"Status": close.status, "OpportunityClose": record})
    if table in ACTION_CLOSES and close.state in ACTION_CLOSES[table][3]:
        param, link, word, actions = ACTION_CLOSES[table]
        action, done = actions[close.state]
        return BatchOperation("POST", action, {"Status": close.status, param: {
            "subject": f"{src.get('name') or word} {done} in {source_crm}",
            f"{link}@odata.bind": bind}})
    if table == "incident" and close.state == RESOLVED:
        return BatchOperation("POST", "CloseIncident", {"Status": close.status,
                              "IncidentResolution": {
                                  "subject": f"{src.get('title') or 'Case'} resolved in "
                                             f"{source_crm}",
                                  "incidentid@odata.bind": bind}})
    return None


class Closer:
    """Sends one table's closes through the pump; collects what landed and what failed."""

    def __init__(self, client: DataverseClient, table_def: dict[str, Any], *,
                 chunk_size: int = 200, progress: bool = True,
                 controller: Controller | None = None) -> None:
        self.client = client
        self.table_def = table_def
        self.table, self.entity_set = table_def["LogicalName"], table_def["EntitySetName"]
        self.pk = table_def["PrimaryIdAttribute"]
        self.controller = controller or Controller(
            chunk_size=chunk_size, max_chunk=MAX_BATCH_OPERATIONS, budget=budget_for(client))
        self.progress = progress
        self.done: list[Close] = []
        self.failed: list[tuple[Close, DataverseError]] = []
        self._no_bulk = False
        self._bar: Any = None

    def run(self, closes: list[Close]) -> None:
        updates = [c for c in closes if c.action is None]
        actions = [c for c in closes if c.action is not None]
        if updates:  # a table without UpdateMultiple: PATCHes in a $batch from the start
            with metered(self.client):  # beside the next phase's load: in the window
                self._no_bulk = "UpdateMultiple" not in self.client.bulk_messages(self.table)
        self._bar = open_bar(total=len(closes), desc=f"close {self.table}", unit="rec",
                         disable=not self.progress)
        self.controller.seed(self.client.last_dop_hint)
        try:
            # a state update writes the record; an action also its close record
            for todo, each, rows in ((updates, self._no_bulk, 1), (actions, True, 2)):
                if todo:
                    self.controller.expect_rows(rows)
                    pump: Pump[CloseJob] = Pump(self.controller, self._send,
                                                lambda j: len(j.closes))
                    pump.run(_Queue(todo, each), self._settle)
        finally:
            self._bar.close()

    def _patch(self, c: Close) -> BatchOperation:
        return BatchOperation("PATCH", key_segment(self.entity_set, c.record_id),
                              {STATE: c.state, STATUS: c.status}, {"If-Match": "*"})

    def _send(self, job: CloseJob) -> list[DataverseError | None]:
        """One request, one attempt (the pump owns retries): the error of each close."""
        if not job.each:
            self.client.update_multiple(self.entity_set, self.table, [
                {self.pk: c.record_id, STATE: c.state, STATUS: c.status} for c in job.closes])
            return [None] * len(job.closes)
        ops = [c.action or self._patch(c) for c in job.closes]
        return [r.error for r in self.client.execute_batch(ops, continue_on_error=True)]

    def _settle(self, att: Attempt[CloseJob]) -> list[CloseJob]:
        job, exc = att.job, att.error
        if exc is None:
            for c, err in zip(job.closes, att.value, strict=True):
                if err is None:
                    self.done.append(c)
                else:
                    self.failed.append((c, err))
            self._bar.update(len(job.closes))
            return []
        if not job.each:  # refused whole: each close alone, in one batch, says which and why
            if isinstance(exc, BulkMessageUnsupported):
                self._no_bulk = True
            return [CloseJob(job.closes[i:i + MAX_BATCH_OPERATIONS], True)
                    for i in range(0, len(job.closes), MAX_BATCH_OPERATIONS)]
        if len(job.closes) > 1:  # the batch itself was refused: halve it
            mid = len(job.closes) // 2
            return [CloseJob(job.closes[:mid], True), CloseJob(job.closes[mid:], True)]
        self.failed.append((job.closes[0], exc))
        self._bar.update(1)
        return []


def activate_first(client: DataverseClient, table_def: dict[str, Any], todo: list[Close], *,
                   chunk_size: int, progress: bool, controller: Controller | None
                   ) -> tuple[list[Close], list[tuple[Close, DataverseError]]]:
    """The quotes to win or close that are drafts in the org, activated (a state update:
    Active, its first status); a close whose activation the org refused fails with it."""
    wanted = [c for c in todo if c.state in QUOTE_ACTIONS]
    now = org_states(client, table_def, [c.record_id for c in wanted]) if wanted else {}
    _, first = status_states(table_def)
    drafts = [Close(c.source_id, c.record_id, 1, first[1]) for c in wanted
              if now.get(c.record_id) == 0]
    if not drafts:
        return todo, []
    activation = Closer(client, table_def, chunk_size=chunk_size, progress=progress,
                        controller=controller)
    activation.run(drafts)
    failed = {c.record_id: err for c, err in activation.failed}
    return ([c for c in todo if c.record_id not in failed],
            [(c, failed[c.record_id]) for c in todo if c.record_id in failed])


def apply_closes(client: DataverseClient, table_def: dict[str, Any], closes: pl.DataFrame,
                 ids: dict[str, str], staged: pl.DataFrame, *, chunk_size: int = 200,
                 progress: bool = True, ledger: Ledger | None = None,
                 controller: Controller | None = None,
                 source_crm: str = DEFAULT_SOURCE_CRM) -> dict[str, Any]:
    """Bring every loaded record to the state it has in the export's CRM (``source_crm``,
    named in the close records' subjects): a desired state, settled on every run (records a
    killed run left open are closed by the next). A record refused while it already is in
    that state counts as already closed. Failures are returned, not raised."""
    table = table_def["LogicalName"]
    rows = [r for r in closes.to_dicts() if r[SOURCE_ID] in ids]
    extra = {r[SOURCE_ID]: r for r in staged.to_dicts()} if rows else {}
    todo = [Close(r[SOURCE_ID], ids[r[SOURCE_ID]], int(r[STATE]), int(r[STATUS])) for r in rows]
    for c in todo:
        c.action = close_action(table_def, c, extra.get(c.source_id, {}), source_crm)
    made = {rid for _, rid in (ledger.created_records().get(table, []) if ledger else [])}
    before_state(client, ledger, table_def, [c.record_id for c in todo if c.record_id not in made])
    resolved = [c.record_id for c in todo if table == "incident" and c.state == RESOLVED]
    known = resolution_ids(client, resolved) if ledger is not None and resolved else {}
    refused: list[tuple[Close, DataverseError]] = []
    if table == "quote":  # won or closed from Active only: drafts are activated first
        todo, refused = activate_first(client, table_def, todo, chunk_size=chunk_size,
                                       progress=progress, controller=controller)
    closer = Closer(client, table_def, chunk_size=chunk_size, progress=progress,
                    controller=controller)
    closer.run(todo)
    closer.failed += refused
    record_resolutions(client, ledger, resolved, known)
    already = 0
    failed: list[dict[str, Any]] = []
    if closer.failed:  # refused: already in that state (a resend, an earlier run), or not
        now = org_states(client, table_def, [c.record_id for c, _ in closer.failed])
        for c, err in closer.failed:
            if now.get(c.record_id) == c.state:
                already += 1
            else:
                failed.append({"source_id": c.source_id, "reason": str(err)})
    names = option_labels(table_def, STATE)
    closed_as: dict[str, int] = {}
    for c in closer.done:  # each state by its name in the org: Won, Fulfilled, Canceled...
        name = names.get(c.state, str(c.state))
        closed_as[name] = closed_as.get(name, 0) + 1
    return {"closed": len(closer.done), "closed_as": closed_as, "already_closed": already,
            "close_failed": failed}
