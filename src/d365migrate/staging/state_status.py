"""A record's status only within its state: the state decides, the status follows it.

Dataverse takes a status reason only with a state it belongs to (a phone call's Made and
Received are Completed's, Canceled is Canceled's). A map may give both from different
columns: a call's status by its direction (made or received) and its state by its own
outcome column (completed, canceled; :mod:`d365migrate.mapping.call_outcomes`). Where they
disagree (a call made but canceled), the status gives way to the state's own first status,
at staging, so that what is loaded, closed and then read back to verify is the same value.
A status the metadata gives no state for is kept as it is. Each record whose status gave
way, and each created in the default state because the export gave it none, is listed with
its reason, so the report says how many records did not keep what the export said.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.dataverse.tables import attributes, label
from d365migrate.staging.rules import FLAG_COLUMNS

SOURCE_ID, SOURCE_ROW = "__source_id", "__source_row"

__all__ = ["STATE", "STATUS", "status_states", "statuses_within_states", "is_state_change",
           "option_labels"]

STATE, STATUS = "statecode", "statuscode"


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


#: How the lines of records whose state or status was set on the way begin their action.
STATE_ACTIONS = ("status set to ", "created in the default state",
                 "ended a day after its start")  # staging/all_day.py: a value set too


def is_state_change(action: object) -> bool:
    """Whether a flag line says a record's state or status was set on the way (the record
    moved with every value, one of them not as the export said), not a value left empty."""
    return str(action or "").casefold().startswith(STATE_ACTIONS)


def option_labels(table_def: dict[str, Any], column: str) -> dict[int, str]:
    """A choice column's value -> its label (the state's name: Won, Fulfilled...)."""
    attr = attributes(table_def).get(column) or {}
    return {int(o["Value"]): label(o.get("Label")) or str(o["Value"])
            for o in (attr.get("OptionSet") or {}).get("Options", [])}


def statuses_within_states(staged: pl.DataFrame, table_def: dict[str, Any] | None,
                           file: str = "") -> tuple[pl.DataFrame, pl.DataFrame]:
    """``staged`` with each status outside its row's state replaced by the state's first,
    and a line per record whose state or status the export did not give as it loads
    (``flags/<object>.csv``, the sponsor report's values changed on the way): a status
    that gave way to its state, and an empty state, the record created in the table's
    default one (Dataverse's own, state 0: Open, Active)."""
    flags = pl.DataFrame(schema=FLAG_COLUMNS)
    if table_def is None or STATE not in staged.columns:
        return staged, flags
    states = option_labels(table_def, STATE)
    state = pl.col(STATE)
    lines = [staged.filter(state.is_null()).select(
        pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
        pl.col(SOURCE_ID).alias("source_id"), pl.lit("Status").alias("column"),
        pl.lit(None, pl.Utf8).alias("value"),
        pl.lit("the export gives this record no state").alias("reason"),
        pl.lit(f"{STATE_ACTIONS[1]}, {states.get(0, '0')}").alias("action"))]
    status_to_state, first = status_states(table_def) if STATUS in staged.columns \
        else ({}, {})
    if status_to_state:
        statuses = option_labels(table_def, STATUS)
        status = pl.col(STATUS)
        own = status.replace_strict(status_to_state, default=None, return_dtype=pl.Int64)
        mismatch = state.is_not_null() & own.is_not_null() & (own != state)
        lines.append(staged.filter(mismatch).select(
            pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
            pl.col(SOURCE_ID).alias("source_id"), pl.lit("Status Reason").alias("column"),
            status.replace_strict(statuses, default=None, return_dtype=pl.Utf8).alias("value"),
            pl.format("a status of another state: the record is {}", state.replace_strict(
                states, default=None, return_dtype=pl.Utf8)).alias("reason"),
            pl.format(STATE_ACTIONS[0] + "{}", state.replace_strict(
                first, default=None).replace_strict(statuses, default=None,
                                                    return_dtype=pl.Utf8)).alias("action")))
        staged = staged.with_columns(
            pl.when(mismatch).then(state.replace_strict(first, default=None,
                                                         return_dtype=pl.Int64))
            .otherwise(status).cast(staged.schema[STATUS]).alias(STATUS))
    return staged, pl.concat([f.cast(FLAG_COLUMNS) for f in lines])
