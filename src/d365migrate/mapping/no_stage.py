"""Deals the export gives no stage: ``stages: {"(no stage)": ...}`` in the parameters.

A deals file may carry no stage at all (EngageBay's deal rows, a spreadsheet of deals): no
stage or status column, no pipelines file. Dataverse still needs each opportunity's state
and sales stage, so the analyst decides one stage for every such deal, as for the deals of a
file whose stage column is empty on some rows; until then the run refuses to load them.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["NO_STAGE", "with_no_stage"]

#: The stage decision for deals the export gives no stage.
NO_STAGE = "(no stage)"


def with_no_stage(mapping: dict[str, Any]) -> dict[str, Any]:
    """The map with a stage for deals without one (empty stage and pipeline), undecided
    until the decision that asked for it; a map with no stages at all (no stage column)
    reads every deal as having none."""
    stages = mapping.get("stages") or []
    if any(str(s["stage_id"]) == "" and str(s["pipeline_id"]) == "" for s in stages):
        return mapping
    out = copy.deepcopy(mapping)
    if not stages:  # no stage column to read: every deal is one without a stage
        out["stage_source"] = {**(out.get("stage_source") or {}),
                               "pipeline_column": None, "stage_column": None}
    out["stages"] = [*stages, {
        "pipeline_id": "", "pipeline_name": "", "sales_process": "", "stage_id": "",
        "stage_name": NO_STAGE, "stage_order": len(stages), "salesstage": 0,
        "stepname": None, "closeprobability": None, "state": 0, "statuscode": None,
        "decided": False, "reason": "deals the export gives no stage"}]
    return out
