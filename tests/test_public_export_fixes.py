"""Bugs the public exports' end-to-end runs found (issue 13), pinned on made-up data so they
stay fixed where the exports' data files are absent."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import polars as pl

from d365migrate.intake.values import datetime_expr
from d365migrate.load.closes import Close, close_action
from d365migrate.mapping.pipelines import pipeline_column

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_a_format_with_fractions_reads_values_without_them():
    # HubSpot meetings: most end times have no fraction, a few do; one format covers both
    values = pl.DataFrame({"v": ["2019-09-26 14:30:00", "1970-01-19 07:11:40.200", "x"]})
    out = values.select(datetime_expr(pl.col("v"), ["%Y-%m-%d %H:%M:%S%.f"]))["v"]
    assert out.to_list() == [datetime(2019, 9, 26, 14, 30),
                             datetime(1970, 1, 19, 7, 11, 40, 200000), None]


def test_stages_without_pipeline_names_give_the_pipeline_column_their_ids():
    stages = pl.DataFrame({"pipeline_id": ["p1", "p1", "p2"], "stage_id": ["s1", "s2", "s3"]})
    deals = pl.DataFrame({"deal_id": ["d1", "d2"], "deal_pipeline_id": ["p1", "p2"]})
    row = pipeline_column(deals, "deals", stages)
    assert row is not None and row["source_column"] == "deal_pipeline_id"
    assert [o["label"] for o in json.loads(row["options"])] == ["p1", "p2"]


def test_a_won_deal_closes_on_its_own_close_date_and_value():
    td = json.loads((TABLES / "opportunity.json").read_text())
    td = td.get("value", td)
    src = {"name": "Web", "actualclosedate": "2024-08-30", "estimatedclosedate": "2024-09-02",
           "estimatedvalue": 500, "actualvalue": 450}
    action = close_action(td, Close("d1", "00000000-0000-0000-0000-000000000001", 1, 3), src)
    assert action is not None
    close = action.body["OpportunityClose"]
    assert (close["actualend"], close["actualrevenue"]) == ("2024-08-30", 450)
    action = close_action(td, Close("d1", "00000000-0000-0000-0000-000000000001", 1, 3),
                          {"name": "Web", "estimatedclosedate": "2024-09-02",
                           "estimatedvalue": 500})
    assert action is not None
    close = action.body["OpportunityClose"]
    assert (close["actualend"], close["actualrevenue"]) == ("2024-09-02", 500)
