"""A deal's own open/won/lost column, decided per value, beside the stages that place it.

An export with a pipelines file (Pipedrive, HubSpot) places each deal in a stage that is
usually open, and says won or lost in a column of the deal itself (``status``: open, won,
lost). The stages decide the sales stage; this column decides whether the deal is open, won
or lost, each of its values proposed from its words and decided by the analyst (a lost
value with its status reason, Canceled or Out-Sold) in the parameters
(``mapping.decisions.deal_states: {lost: {statuscode: Out-Sold}}``) or in the map's
``deal_states:``. An open value leaves the state to the deal's stage. Where the stages come
from this same column (no pipelines file) it is not read twice.
"""

from __future__ import annotations

import copy
from typing import Any

import polars as pl

from d365migrate.mapping.mapfile import MappingError
from d365migrate.mapping.stage_options import (
    OWN_STATE_UNUSED,
    REJECT_COLUMN,
    REJECT_REASON,
    REJECT_VALUE,
    STAGE_STATE,
    STAGE_STATUS,
    STATES,
    STATUS_REASONS,
    STATUS_STATE,
    state_and_status,
    with_status_column,
)
from d365migrate.mapping.state_words import OPEN_WORDS, closed_state, has_word

__all__ = ["add_deal_states", "apply_deal_states", "decide_deal_state", "own_state_column",
           "undecided_deal_states"]

KEY = "deal_states"
#: The opportunity entry's reason for the deal's own state column once it decides.
DECIDES = ("decides whether each deal is open, won or lost (see 'deal_states:'); its stage "
           "sets the sales stage")
WHY = "from the decided deal states ('deal_states:') and stages (the decided status reason)"


def own_state_column(mapping: dict[str, Any]) -> str | None:
    """The deals' own state column that the stages left out (:data:`OWN_STATE_UNUSED`)."""
    for t in mapping.get("tables", []):
        if t.get("target") == "opportunity" and t.get("source"):
            for column, reason in (t.get("unmapped_reasons") or {}).items():
                if reason == OWN_STATE_UNUSED:
                    return str(column)
    return None


def _propose(value: str) -> dict[str, Any]:
    closed = closed_state(value)
    if closed is not None:
        state, code, decided = closed
        reason = (f"the value says {STATES[state].lower()}"
                  + (f" ({STATUS_REASONS[code]})" if code and state == 2 else "")
                  if decided else "the value says lost but not why: decide the status "
                  "reason, Canceled (4) or Out-Sold (5)")
        return {"value": value, "state": state, "statuscode": code, "decided": decided,
                "reason": reason}
    if has_word(value.lower(), OPEN_WORDS):
        return {"value": value, "state": 0, "statuscode": None, "decided": True,
                "reason": "the value says open: the deal's stage decides"}
    return {"value": value, "state": 0, "statuscode": None, "decided": False,
            "reason": "no word says open, won or lost: decide its state"}


def add_deal_states(mapping: dict[str, Any], deals: pl.DataFrame,
                    column: str | None = None) -> dict[str, Any]:
    """The map with ``deal_states:`` proposed from ``column`` of the deals (by default the
    own state column the stages left out), most frequent value first, and the stage source's
    ``state_column``; the map unchanged where there is no such column or it is the stages'."""
    column = column or own_state_column(mapping)
    where = mapping.get("stage_source") or {}
    if column is None or column == where.get("stage_column") or column not in deals.columns:
        return mapping
    counts = (deals.select(pl.col(column).cast(pl.Utf8).str.strip_chars().alias("v"))
              .filter(pl.col("v").is_not_null() & (pl.col("v") != ""))
              .group_by("v").len().sort(["len", "v"], descending=[True, False]))
    out = copy.deepcopy(mapping)
    out[KEY] = [_propose(v) for v in counts["v"].to_list()]
    out["stage_source"] = {**where, "state_column": column}
    for t in out.get("tables", []):
        if t.get("target") == "opportunity" and t.get("source"):
            if column not in t.setdefault("unmapped", []):
                t["unmapped"].append(column)
            t.setdefault("unmapped_reasons", {})[column] = DECIDES
    return _sync(out)


def _sync(mapping: dict[str, Any]) -> dict[str, Any]:
    if any(s.get("state") for s in mapping.get(KEY) or []):
        return with_status_column(mapping, WHY)
    return mapping


def decide_deal_state(mapping: dict[str, Any], value: str, *, state: Any = None,
                      statuscode: Any = None) -> dict[str, Any]:
    """A person's decision for one value of the deals' own state column (options by value or
    label: ``state: lost``, ``statuscode: Out-Sold``; a status reason sets its state)."""
    state, code = state_and_status(state, statuscode)
    out = copy.deepcopy(mapping)
    found = next((s for s in out.get(KEY) or [] if str(s["value"]) == str(value)), None)
    if found is None:
        listed = ", ".join(f"'{s['value']}'" for s in out.get(KEY) or []) or "none"
        raise MappingError(f"mapping.decisions.{KEY}: the deals' own state column has no "
                           f"value '{value}' (its values: {listed})")
    if state is not None:
        found["state"] = state
        if code is None and STATUS_STATE.get(found.get("statuscode"), state) != state:
            found["statuscode"] = None
    if code is not None:
        found["statuscode"] = code
    if found["state"] == 0:
        found["statuscode"] = None  # an open deal's status comes from its stage
    found["decided"], found["reason"] = True, "decided by a person"
    return _sync(out)


def undecided_deal_states(mapping: dict[str, Any]) -> list[dict[str, Any]]:
    """Values of the deals' own state column still undecided, with their proposal."""
    return [s for s in mapping.get(KEY) or [] if not s.get("decided")]


def apply_deal_states(deals: pl.DataFrame, states: list[dict[str, Any]], column: str
                      ) -> pl.DataFrame:
    """Deals already placed in their stages (:func:`~d365migrate.mapping.decisions.
    apply_stages`), with a won or lost value of their own ``column`` deciding their state and
    status reason; an open or empty value leaves the stage's. A value no decision names (a
    delta export's new one) holds the deal back with its reason, unless its stage already
    did."""
    lookup = pl.DataFrame(
        [{"__dv": str(s["value"]), "__ds": s.get("state"), "__dc": s.get("statuscode")}
         for s in states], schema={"__dv": pl.Utf8, "__ds": pl.Int64, "__dc": pl.Int64})
    value = pl.col(column).cast(pl.Utf8).str.strip_chars().fill_null("")
    out = deals.with_columns(value.alias("__dv")).join(
        lookup.with_columns(pl.lit(True).alias("__dk")), on="__dv", how="left",
        maintain_order="left")
    closed = pl.col("__ds").is_in([1, 2])
    unplaced = (pl.col("__dv") != "") & pl.col("__dk").is_null() \
        & pl.col(REJECT_COLUMN).is_null()
    return out.with_columns(
        pl.when(closed).then(pl.col("__ds")).otherwise(pl.col(STAGE_STATE)).alias(STAGE_STATE),
        pl.when(closed).then(pl.col("__dc")).otherwise(pl.col(STAGE_STATUS))
        .alias(STAGE_STATUS),
        pl.when(unplaced).then(pl.lit(column)).otherwise(pl.col(REJECT_COLUMN))
        .alias(REJECT_COLUMN),
        pl.when(unplaced).then(pl.col("__dv")).otherwise(pl.col(REJECT_VALUE))
        .alias(REJECT_VALUE),
        pl.when(unplaced).then(pl.format("'{}' in '{}' has no decided state (open, won or "
                                         "lost)", pl.col("__dv"), pl.lit(column)))
        .otherwise(pl.col(REJECT_REASON)).alias(REJECT_REASON),
    ).drop("__dv", "__ds", "__dc", "__dk")
