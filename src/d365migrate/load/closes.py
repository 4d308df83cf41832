"""Closed records: created open, then closed the way Dataverse allows for each table.

Dataverse creates leads, opportunities and activities open (statecode 0). A lead or an
activity is closed by a second update of statecode/statuscode; an opportunity becomes Won or
Lost only through ``WinOpportunity`` / ``LoseOpportunity``, which also record when it closed
and for how much.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from tqdm.auto import tqdm

from d365migrate.dataverse import DataverseClient, TerminalError
from d365migrate.dataverse.tables import attributes
from d365migrate.load.before import before_state, record_resolutions, resolution_ids
from d365migrate.load.ledger import Ledger
from d365migrate.staging.stage import SOURCE_ID

STATE, STATUS = "statecode", "statuscode"
CLOSE_ACTIONS = {1: "WinOpportunity", 2: "LoseOpportunity"}
RESOLVED = 1  # a case's Resolved state: reached only through CloseIncident


def status_states(table_def: dict[str, Any]) -> tuple[dict[int, int], dict[int, int]]:
    """(statuscode -> statecode, statecode -> its first statuscode) from the metadata."""
    status_to_state: dict[int, int] = {}
    first: dict[int, int] = {}
    status = attributes(table_def).get(STATUS) or {}
    for opt in (status.get("OptionSet") or {}).get("Options", []):
        if opt.get("State") is not None:
            status_to_state[int(opt["Value"])] = int(opt["State"])
            first.setdefault(int(opt["State"]), int(opt["Value"]))
    return status_to_state, first


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
    derived = derived.with_columns(
        pl.coalesce(status, pl.col("__state").replace_strict(first, default=None,
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


def org_states(client: DataverseClient, table_def: dict[str, Any], record_ids: list[str]
               ) -> dict[str, int]:
    """Record id -> its state in the org now (one paged query per 50 ids)."""
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    out: dict[str, int] = {}
    for i in range(0, len(record_ids), 50):
        flt = " or ".join(f"{pk} eq {rid}" for rid in record_ids[i:i + 50])
        out.update((r[pk], int(r.get(STATE) or 0))
                   for r in client.query(entity_set, select=[pk, STATE], filter=flt))
    return out


def reopen_closed(client: DataverseClient, table_def: dict[str, Any], ids: dict[str, str],
                  *, chunk_size: int = 200, ledger: Ledger | None = None) -> int:
    """Reopen the records about to be updated that are closed in the org: Dataverse keeps a
    closed record read-only, so a re-run reopens it, updates it, and closes it again (the
    closes after the load bring it back to its SmartDesk state). Returns how many."""
    if not ids or "statecode" not in {a.get("LogicalName") for a in
                                      table_def.get("Attributes") or []}:
        return 0
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    closed = [rid for rid, state in org_states(client, table_def, list(ids.values())).items()
              if state != 0]
    _, first = status_states(table_def)
    body = {STATE: 0, **({STATUS: first[0]} if 0 in first else {})}
    for i in range(0, len(closed), chunk_size):
        before_state(client, ledger, table_def, closed[i:i + chunk_size])  # prior state first
        client.update_multiple(entity_set, table_def["LogicalName"],
                               [{pk: rid, **body} for rid in closed[i:i + chunk_size]],
                               retry=True)
    return len(closed)


def apply_closes(client: DataverseClient, table_def: dict[str, Any], closes: pl.DataFrame,
                 ids: dict[str, str], staged: pl.DataFrame, *, chunk_size: int = 200,
                 progress: bool = True, ledger: Ledger | None = None) -> dict[str, Any]:
    """Bring every loaded record to the state it has in SmartDesk (a desired state, settled
    on every run: records a killed run left open are closed by the next); records already
    in that state are left alone. Failures are returned, not raised."""
    table, entity_set = table_def["LogicalName"], table_def["EntitySetName"]
    pk = table_def["PrimaryIdAttribute"]
    rows = [r for r in closes.to_dicts() if r[SOURCE_ID] in ids]
    now = org_states(client, table_def, [ids[r[SOURCE_ID]] for r in rows])
    already = sum(1 for r in rows if now.get(ids[r[SOURCE_ID]]) == r[STATE])
    rows = [r for r in rows if now.get(ids[r[SOURCE_ID]]) != r[STATE]]
    extra = {r[SOURCE_ID]: r for r in staged.to_dicts()}
    before_state(client, ledger, table_def, [ids[r[SOURCE_ID]] for r in rows])
    failed: list[dict[str, Any]] = []
    done = 0
    bar = tqdm(total=len(rows), desc=f"close {table}", unit="rec", disable=not progress)
    if table == "opportunity":
        for r in rows:
            src = extra.get(r[SOURCE_ID], {})
            close = {"subject": f"{src.get('name') or 'Opportunity'} closed in SmartDesk",
                     "opportunityid@odata.bind": f"/{entity_set}({ids[r[SOURCE_ID]]})"}
            if src.get("estimatedclosedate"):
                close["actualend"] = str(src["estimatedclosedate"])[:10]
            if r[STATE] == 1 and src.get("estimatedvalue") is not None:
                close["actualrevenue"] = src["estimatedvalue"]
            try:
                client.send("POST", CLOSE_ACTIONS[r[STATE]],
                            json={"Status": r[STATUS], "OpportunityClose": close})
                done += 1
            except TerminalError as exc:
                failed.append({"source_id": r[SOURCE_ID], "reason": str(exc)})
            bar.update(1)
    elif table == "incident":
        resolved = [ids[r[SOURCE_ID]] for r in rows if r[STATE] == RESOLVED]
        known = resolution_ids(client, resolved) if ledger is not None else {}
        for r in rows:
            src = extra.get(r[SOURCE_ID], {})
            try:
                if r[STATE] == RESOLVED:
                    client.send("POST", "CloseIncident", json={"Status": r[STATUS],
                                "IncidentResolution": {
                                    "subject": f"{src.get('title') or 'Case'} resolved in "
                                               "SmartDesk",
                                    "incidentid@odata.bind":
                                        f"/{entity_set}({ids[r[SOURCE_ID]]})"}})
                else:  # canceled: a state change the case table takes by update
                    client.update(entity_set, ids[r[SOURCE_ID]],
                                  {STATE: r[STATE], STATUS: r[STATUS]})
                done += 1
            except TerminalError as exc:
                failed.append({"source_id": r[SOURCE_ID], "reason": str(exc)})
            bar.update(1)
        record_resolutions(client, ledger, resolved, known)
    else:
        for i in range(0, len(rows), chunk_size):
            part = rows[i:i + chunk_size]
            body = [{pk: ids[r[SOURCE_ID]], STATE: r[STATE], STATUS: r[STATUS]} for r in part]
            try:
                client.update_multiple(entity_set, table, body, retry=True)
                done += len(part)
            except TerminalError as exc:
                failed += [{"source_id": r[SOURCE_ID], "reason": str(exc)} for r in part]
            bar.update(len(part))
    bar.close()
    return {"closed": done, "already_closed": already, "close_failed": failed}
