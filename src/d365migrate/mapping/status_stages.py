"""Stages of an export without a pipelines file: a stage or status column on the deals.

Each distinct value of the column is a stage of one pipeline, with a proposed sales stage,
state and status reason from its words (won, lost, cancelled, lost to a competitor, in the
common European languages); a person decides each one undecided in the parameters
(``mapping.decisions.stages: {<value>: {...}}``), as for a pipelines file's stages.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.mapping.deal_states import add_deal_states
from d365migrate.mapping.decisions import (
    SALES_STAGES,
    STAGE_COLUMNS,
    STATES,
    STATUS_REASONS,
    STEPNAME_MAX,
    MappingError,
    add_stages_to_mapping,
    name_buckets,
    require_stage_columns,
    stage_source,
    stages_frame,
)
from d365migrate.mapping.state_words import (  # noqa: F401 (re-exported)
    CANCELED_WORDS,
    LOST_WORDS,
    OUTSOLD_WORDS,
    WON_WORDS,
    closed_state,
)

__all__ = ["decide_stage_source", "status_stage_map"]
#: The parameters key naming the deals' stage, pipeline and probability columns.
DECISION = "mapping.decisions.stage_source"

def _propose_status(name: str) -> tuple[int, int, int | None, bool, str]:
    """(salesstage, state, statuscode, decided, reason) for one value of a stage or status
    column: closed values by their words, open ones by the sales stage their name says."""
    closed = closed_state(name)
    if closed is not None and closed[0] == 1:
        return 3, 1, 3, True, "the value says won: Close, state Won"
    if closed is not None:
        code = closed[1]
        if code is not None:
            return 3, 2, code, True, (f"the value says lost ({STATUS_REASONS[code]}): Close, "
                                      f"state Lost, status reason {STATUS_REASONS[code]}")
        return 3, 2, None, False, ("the value says lost but not why: decide the status "
                                   "reason, Canceled (4) or Out-Sold (5)")
    buckets = name_buckets(name)
    if len(buckets) == 1:
        only = next(iter(buckets))
        return only, 0, None, True, f"the value names {SALES_STAGES[only]}: open"
    if buckets:
        named = ", ".join(SALES_STAGES[b] for b in sorted(buckets))
        return min(buckets), 0, None, False, f"ambiguous value (matches {named}); decide"
    return 0, 0, None, False, ("no name match: proposed Qualify, open; decide its sales "
                               "stage and whether it is open, won or lost")


def status_stage_map(deals: pl.DataFrame, column: str, file: str | None = None
                     ) -> pl.DataFrame:
    """The stages of an export without a pipelines file: each distinct value of the deals'
    stage or status ``column`` (most frequent first) is a stage of one pipeline, named after
    the column, with a proposed sales stage, state and status reason; a person decides each
    one undecided (``mapping.decisions.stages: {<value>: {...}}``). A ``column`` the deals
    file lacks is refused, naming it and the columns the file has."""
    require_stage_columns(deals, file or "the deals file", stage_column=column)
    counts = (deals.select(pl.col(column).cast(pl.Utf8).str.strip_chars().alias("v"))
              .filter(pl.col("v").is_not_null() & (pl.col("v") != ""))
              .group_by("v").len().sort(["len", "v"], descending=[True, False]))
    rows: list[dict[str, Any]] = []
    for order, value in enumerate(counts["v"].to_list()):
        stage, state, status, decided, reason = _propose_status(value)
        rows.append({
            "pipeline_id": "", "pipeline_name": column, "sales_process": column,
            "stage_id": value, "stage_name": value, "stage_order": order,
            "salesstage": stage, "salesstage_label": SALES_STAGES[stage],
            "stepname": value[:STEPNAME_MAX], "closeprobability": None, "state": state,
            "state_label": STATES[state], "statuscode": status, "decided": decided,
            "reason": reason})
    return pl.DataFrame(rows, schema=STAGE_COLUMNS)


def decide_stage_source(mapping: dict[str, Any], named: dict[str, Any] | None,
                        tables: Mapping[str, pl.DataFrame],
                        file_of: Callable[[str], str] = str) -> dict[str, Any]:
    """``mapping.decisions.stage_source``: the deals' columns the analyst names (``stage_column``,
    ``probability_column``, ``pipeline_column``, ``state_column``: the deal's own open/won/lost,
    :mod:`~d365migrate.mapping.deal_states`), without editing the map. A stage column
    where no pipelines file is re-reads the stages from that column's values (decided then
    by ``mapping.decisions.stages`` as usual). A column the deals file lacks is refused,
    naming this key, the file and the columns it has."""
    if not named:
        return mapping
    if not isinstance(named, dict) or set(named) - {*stage_source({}), "state_column"}:
        raise MappingError(f"{DECISION}: expected {{stage_column: <deals column>, "
                           "probability_column: <deals column>, state_column: <deals column>}} "
                           f"(pipeline_column where a pipelines file is), not {named!r}")
    entry = next((t for t in mapping.get("tables", []) if t.get("target") == "opportunity"
                  and t.get("source") in tables), None)
    if entry is None:
        return mapping  # no deals move in this run
    deals, file = tables[entry["source"]], file_of(entry["source"])
    columns = {key: (str(col) if col is not None else None) for key, col in named.items()}
    require_stage_columns(deals, file, key=DECISION, **columns)
    before = stage_source(mapping)
    if all(before.get(key) == col for key, col in columns.items()):
        return mapping
    where = {**before, **columns}
    gone = [k for k, col in columns.items() if col is None and before.get(k)]
    if gone:  # read no more: listed unmapped, on a copy (the caller's map stays as it was)
        mapping = copy.deepcopy(mapping)
        entry = next(t for t in mapping["tables"] if t.get("target") == "opportunity"
                     and t.get("source") == entry["source"])
        for key in gone:
            _left_out(entry, str(before[key]), key)
    if set(columns) == {"state_column"} and mapping.get("stages"):
        return add_deal_states(mapping, deals, columns["state_column"])  # stages stay
    if where.get("state_column") and where["state_column"] == where.get("stage_column"):
        where.pop("state_column")  # the stages now read that column: its values decide
        mapping = {k: v for k, v in mapping.items() if k != "deal_states"}
    if "stage_column" in columns and where.get("pipeline_column") is None:
        # no stage column (null): every deal is one without a stage, "(no stage)" decides it
        stages = status_stage_map(deals, str(where["stage_column"]), file) \
            if where["stage_column"] else pl.DataFrame([], schema=STAGE_COLUMNS)
    elif mapping.get("stages"):
        stages = stages_frame(mapping)
    else:
        raise MappingError(f"{DECISION}: the map has no stages for the deals of {file} (no "
                           "pipelines file, no stage column found): name their stage or "
                           "status column first, stage_column: <column>")
    mapping = add_stages_to_mapping(mapping, stages, where)
    return add_deal_states(mapping, deals, where.get("state_column"))


def _left_out(entry: dict[str, Any], column: str, key: str) -> None:
    """A deals column the stage source reads no more (``key``: its role), listed unmapped
    with why, as every column not moved is, unless the map reads it for another column."""
    used = {c.get("source") for c in entry.get("columns", []) + entry.get("lookups", [])}
    if column not in used and column not in (entry.get("unmapped") or []):
        entry.setdefault("unmapped", []).append(column)
        entry.setdefault("unmapped_reasons", {})[column] = (
            f"not read as the deals' {key.removesuffix('_column')}: decided in the "
            f"parameters file (stage_source.{key}: null)")
