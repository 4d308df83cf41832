"""A record's status only within its state: the state decides, the status follows it.

Dataverse takes a status reason only with a state it belongs to (a phone call's Made and
Received are Completed's, Canceled is Canceled's). A map may give both from different
columns: a call's status by its direction (made or received) and its state by its own
outcome column (completed, canceled; :mod:`d365migrate.mapping.call_outcomes`). Where they
disagree (a call made but canceled), the status gives way to the state's own first status,
at staging, so that what is loaded, closed and then read back to verify is the same value.
A status the metadata gives no state for is kept as it is.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.dataverse.tables import attributes

__all__ = ["STATE", "STATUS", "status_states", "statuses_within_states"]

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


def statuses_within_states(staged: pl.DataFrame, table_def: dict[str, Any] | None
                           ) -> pl.DataFrame:
    """``staged`` with each status outside its row's state replaced by the state's first."""
    if table_def is None or STATE not in staged.columns or STATUS not in staged.columns:
        return staged
    status_to_state, first = status_states(table_def)
    if not status_to_state:
        return staged
    state, status = pl.col(STATE), pl.col(STATUS)
    own = status.replace_strict(status_to_state, default=None, return_dtype=pl.Int64)
    mismatch = state.is_not_null() & own.is_not_null() & (own != state)
    return staged.with_columns(
        pl.when(mismatch).then(state.replace_strict(first, default=None,
                                                     return_dtype=pl.Int64))
        .otherwise(status).cast(staged.schema[STATUS]).alias(STATUS))
