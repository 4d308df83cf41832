"""A deal's own open/won/lost column, overruled by the decided stages, is said to be unused."""

from __future__ import annotations

from d365migrate.mapping.decisions import OWN_STATE_UNUSED, add_stages_to_mapping, stage_map
from test_reconciliations import opportunity_map, pipelines_df


def test_a_deals_own_status_left_out_by_the_stages_says_why() -> None:
    mapping = opportunity_map()
    mapping["tables"][0]["columns"].append(
        {"target": "statecode", "source": "status", "transform": "choice",
         "values": {"open": 0, "won": 1, "lost": 2}})
    entry = add_stages_to_mapping(mapping, stage_map(pipelines_df()))["tables"][0]
    assert "status" in entry["unmapped"]
    assert entry["unmapped_reasons"]["status"] == OWN_STATE_UNUSED
    assert "moves open" in OWN_STATE_UNUSED
    sources = {c["source"] for c in entry["columns"] if c["target"] == "statecode"}
    assert "status" not in sources  # the stages' state, not the deal's own


def test_the_stage_column_itself_keeps_its_own_reason() -> None:
    mapping = opportunity_map()
    mapping["tables"][0]["columns"].append(
        {"target": "statuscode", "source": "stage_id", "transform": "choice", "values": {}})
    entry = add_stages_to_mapping(mapping, stage_map(pipelines_df()))["tables"][0]
    assert entry["unmapped_reasons"]["stage_id"].startswith("drives the deals' stages")
