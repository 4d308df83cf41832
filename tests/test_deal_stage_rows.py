"""A stages file holding every board's stages (a type column: deal, task, growth hack) gives
the deals only the deals' stages, the rest listed in the map with their reason; a stage that
says won or lost in its probability's words (or, with no won/lost flag columns, its name's)
is won or lost (recog16, issue 13). Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.deal_stage_rows import deal_stages_only, stage_flags
from d365migrate.mapping.decisions import stage_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.verify.inventory import NOT_DATA, SETUP_OTHER_FILE, build_inventory, setup_used

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

# a kanban app's boards: sales deals, a to-do board and a support board in one stages file
STAGES = pl.DataFrame({
    "_id": ["s1", "s2", "s3", "s4", "t1", "t2", "k1"],
    "name": ["Discovery call", "Quote sent", "Signed", "Dropped", "Backlog", "Shipped",
             "Triage"],
    "probability": ["20%", "60%", "Won", "Lost", None, None, None],
    "order": ["1", "2", "3", "4", "1", "2", "1"],
    "pipelineId": ["pd", "pd", "pd", "pd", "pt", "pt", "pk"],
    "type": ["deal", "deal", "deal", "deal", "task", "task", "ticket"]})
COMPANIES = pl.DataFrame({"_id": ["c1", "c2"], "name": ["Brightwater", "Kestrel Labs"],
                          "industry": ["Retail", "Media"]})
DEALS = pl.DataFrame({"_id": ["d1", "d2", "d3"], "name": ["Shelving", "Ads", "Renewal"],
                      "stageId": ["s1", "s3", "s2"],
                      "companyIds": ['["c1"]', '["c2"]', '["c1"]'],
                      "amount": ["100", "200", "300"]})


def _frame(types: list[str | None]) -> pl.DataFrame:
    return pl.DataFrame({"stage_id": [f"s{i}" for i in range(len(types))],
                         "stage_name": [f"Stage {i}" for i in range(len(types))],
                         "pipeline_id": ["p"] * len(types), "board_type": types})


def test_only_the_deals_stages_stay_the_rest_are_said() -> None:
    kept, left = deal_stages_only(_frame(["deal", "Deals", "task", "growthHack", None]))
    assert kept is not None and kept["stage_id"].to_list() == ["s0", "s1", "s4"]
    assert [(s["stage_id"], s["type"]) for s in left] == [("s2", "task"),
                                                          ("s3", "growthHack")]
    assert all("not on a deals board" in s["reason"] for s in left)
    # a type column that names no deals (a stage's own type) leaves every row in
    same, none = deal_stages_only(_frame(["open", "open", "closed"]))
    assert same is not None and same.height == 3 and none == []
    assert deal_stages_only(None) == (None, [])


def test_won_and_lost_said_in_words() -> None:
    assert stage_flags({"probability": "Won"}, flagged=False)[:2] == (True, False)
    assert stage_flags({"probability": "Lost"}, flagged=True)[:2] == (False, True)
    assert stage_flags({"probability": "60%"}, flagged=False) == (False, False, None)
    # the name says it only where the file has no won/lost flags
    assert stage_flags({"stage_name": "Closed Won"}, flagged=False)[:2] == (True, False)
    assert stage_flags({"stage_name": "Closed Won", "is_won": "false"},
                       flagged=True) == (False, False, None)
    assert stage_flags({"stage_name": "Deadline set"}, flagged=False) == (False, False, None)
    rows = pl.DataFrame({"pipeline_id": ["p"] * 4, "stage_id": ["a", "b", "c", "d"],
                         "stage_name": ["Discovery call", "Quote sent", "Signed", "Dropped"],
                         "stage_order": ["1", "2", "3", "4"],
                         "probability": ["20%", "60%", "Won", "Lost"]})
    stages = {r["stage_id"]: r for r in stage_map(rows).to_dicts()}
    assert (stages["c"]["state"], stages["c"]["decided"]) == (1, True)
    assert (stages["d"]["state"], stages["d"]["decided"]) == (2, True)
    assert "probability says 'Won'" in stages["c"]["reason"]
    # the open stages are placed among themselves: two open, first and last
    assert (stages["a"]["salesstage"], stages["b"]["salesstage"]) == (0, 2)


def test_the_map_places_deals_by_the_deals_stages_only() -> None:
    export = Export(Path("."), {"companies": COMPANIES, "stages": STAGES, "deals": DEALS})
    found = discover(export)
    defs = {t: json.loads((TABLES / f"{t}.json").read_text()) for t in ("account",
                                                                         "opportunity")}
    mapping = propose_mapping(export, found, defs, ["account", "opportunity"],
                              source_id_column="new_sourceid").mapping
    assert {s["stage_id"] for s in mapping["stages"]} == {"s1", "s2", "s3", "s4"}
    assert {s["stage_id"] for s in mapping["stages_left_out"]} == {"t1", "t2", "k1"}
    assert mapping["stages_from"] == "stages"
    won = next(s for s in mapping["stages"] if s["stage_id"] == "s3")
    assert (won["state"], won["decided"]) == (1, True)
    # the inventory: the stages file set the deals' stages, and says what it left out
    used = setup_used(mapping, None, ["account", "opportunity"])
    objects = [{"source": "stages", "file": "stages.csv", "kind": "pipeline", "rows": 7},
               {"source": "pipelines", "file": "pipelines.csv", "kind": "pipeline",
                "rows": 3}]
    reasons = {f["source"]: f["reason"] for f in
               build_inventory(objects, {}, [], used=used)["files"]}
    assert reasons["stages"].startswith(NOT_DATA["pipeline"])
    assert "3 of its 7 stages are on other boards" in reasons["stages"]
    assert reasons["pipelines"] == SETUP_OTHER_FILE
