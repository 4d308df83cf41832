"""A JSON list that never holds more than one record (erxes: each deal's company as
'["a3CM..."]', its owner as '["qLsL..."]') links that record, by its id, in discovery, the
suggestion and staging; a cell listing several is read as it is and counted unresolved, never
cut to its first. Deals with a stage id and no pipeline id are placed by the stage alone
where no two pipelines share a stage id."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.json_cells import RECORD, RECORDS, cell_shape, link_part, one_each
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

COMPANIES = pl.DataFrame({"_id": ["a3CMDqSq", "6hyAiMyx", "XxbmcQH5"],
                          "name": ["Facebook", "Amazon", "Apple"],
                          "industry": ["Media", "Retail", "Hardware"]})
STAGES = pl.DataFrame({"_id": ["st1", "st2", "st3"], "name": ["Proposal sent", "Won", "Lost"],
                       "probability": ["40%", "100%", "0%"], "order": ["1", "2", "3"],
                       "pipelineId": ["p1", "p1", "p1"]})
DEALS = pl.DataFrame({"_id": ["d1", "d2", "d3", "d4"],
                      "name": ["Ads", "Cloud", "Phones", "Both"],
                      "stageId": ["st1", "st2", "st1", "st3"],
                      "companyIds": ['["a3CMDqSq"]', '["6hyAiMyx"]', "[]", '["XxbmcQH5"]'],
                      "amount": ["100", "200", "300", "400"]})


def test_shapes_and_reading() -> None:
    single = pl.Series(['["a3CMDqSq"]', "[]", None, '["6hyAiMyx"]'])
    assert cell_shape(single) == RECORD and one_each(('["a3CMDqSq"]', '["6hyAiMyx"]'))
    assert cell_shape(pl.Series(['[{"id": "1"}, {"id": "2"}]'])) == RECORDS
    assert not one_each(('["a", "b"]', '["c"]'))
    read = pl.DataFrame({"c": ['["a3CMDqSq"]', "[]", '["x", "y"]', "[Draft] plan"]}).select(
        link_part(pl.col("c"), "id").alias("id"))["id"].to_list()
    assert read == ["a3CMDqSq", None, '["x", "y"]', "[Draft] plan"]


def test_a_one_record_list_is_the_deals_customer_and_its_stage_places_it() -> None:
    export = Export(Path("."), {"companies": COMPANIES, "stages": STAGES, "deals": DEALS})
    found = discover(export)
    assert any(r.from_ == "deals.companyIds" and r.to == "companies._id"
               for r in found.relationships)
    defs = {t: json.loads((TABLES / f"{t}.json").read_text()) for t in ("account",
                                                                         "opportunity")}
    mapping = propose_mapping(export, found, defs, ["account", "opportunity"],
                              source_id_column="new_sourceid").mapping
    deal = next(t for t in mapping["tables"] if t["target"] == "opportunity")
    assert {(lk["source"], lk["target"]) for lk in deal["lookups"]} >= {
        ("companyIds", "customerid")}
    assert mapping["stage_source"]["stage_column"] == "stageId"
    assert mapping["stage_source"]["pipeline_column"] is None
    # a column where one deal lists two companies holds lists: no one lookup
    several = DEALS.with_columns(pl.Series("companyIds", ['["a3CMDqSq"]', '["6hyAiMyx"]',
                                                          "[]", '["XxbmcQH5", "a3CMDqSq"]']))
    export = Export(Path("."), {"companies": COMPANIES, "stages": STAGES, "deals": several})
    assert not any(r.from_ == "deals.companyIds" for r in discover(export).relationships)
