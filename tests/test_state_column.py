"""A deals file without a pipelines file, with a stage column and its own status column
(Pipedrive's Status: Open / Won / Lost, in the languages the words know): the proposal names
the status column as the deal's state by itself, each value proposed open, won or lost, a
plain lost one with Dynamics' default status reason (Canceled), a value no word places left
for the analyst, blocking (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.preflight import check_decisions
from d365migrate.mapping.deal_states import DECIDES
from d365migrate.mapping.decisions import (
    StagesUndecided,
    apply_decisions,
    deals_with_stages,
    require_stages_decided,
)
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.state_column import LOST_DEFAULT_REASON, find_state_column
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _deals(status: list[str | None], column: str = "Status") -> pl.DataFrame:
    n = len(status)
    return pl.DataFrame({
        "Deal ID": [f"D{i}" for i in range(1, n + 1)],
        "Title": [f"Deal {i}" for i in range(1, n + 1)],
        "Value": [str(100 * i) for i in range(1, n + 1)],
        "Stage": (["Qualified", "Proposal"] * n)[:n],
        column: status,
    })


def _proposal(deals: pl.DataFrame) -> dict:
    export = Export(Path("."), {"deals": deals})
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    return propose_mapping(export, discover(export), defs, ["opportunity"],
                           source_id_column="new_sourceid").mapping


GERMAN = ["gewonnen", "offen", "verloren", "offen", "gewonnen", "verloren"]
SPANISH = ["ganado", "abierto", "perdido", "archivado", "perdido", "perdido"]


def test_a_german_status_column_is_proposed_as_the_deals_own_state() -> None:
    mapping = _proposal(_deals(GERMAN))
    where = mapping["stage_source"]
    assert (where["stage_column"], where["state_column"], where["pipeline_column"]) \
        == ("Stage", "Status", None)
    states = {s["value"]: s for s in mapping["deal_states"]}
    assert {v: (s["state"], s["statuscode"], s["decided"]) for v, s in states.items()} == {
        "gewonnen": (1, 3, True), "offen": (0, None, True), "verloren": (2, 4, True)}
    # the lost one's status reason is Dynamics' default, and the proposal says so
    assert states["verloren"]["reason"] == LOST_DEFAULT_REASON
    assert "Canceled (4)" in LOST_DEFAULT_REASON and "Out-Sold (5)" in LOST_DEFAULT_REASON
    assert "Won (3)" in states["gewonnen"]["reason"]
    entry = table_map(mapping, "opportunity")
    assert entry["unmapped_reasons"]["Status"] == DECIDES
    assert not any(c["source"] == "Status" for c in entry["columns"])
    assert any(c["source"] == "__stage_statuscode" for c in entry["columns"])
    require_stages_decided(mapping)   # nothing left to decide: a proposal a person confirms


def test_a_spanish_value_no_word_places_is_left_undecided_and_blocks() -> None:
    mapping = _proposal(_deals(SPANISH, "Estado"))
    assert mapping["stage_source"]["state_column"] == "Estado"
    states = {s["value"]: s for s in mapping["deal_states"]}
    assert (states["ganado"]["state"], states["perdido"]["state"],
            states["abierto"]["state"]) == (1, 2, 0)
    assert states["perdido"]["statuscode"] == 4
    assert (states["archivado"]["decided"], states["archivado"]["statuscode"]) == (False, None)
    with pytest.raises(StagesUndecided) as err:
        require_stages_decided(mapping)
    assert "'archivado'" in str(err.value) and "'perdido'" not in str(err.value)
    assert {f.column for f in check_decisions(mapping)} >= {"statecode"}
    # the analyst decides it (and overrules a proposed status reason): the load may go
    decided = apply_decisions(mapping, {"deal_states": {
        "archivado": {"state": "lost", "statuscode": "Canceled"},
        "perdido": {"statuscode": "Out-Sold"}}})
    require_stages_decided(decided)
    states = {s["value"]: s for s in decided["deal_states"]}
    assert (states["perdido"]["statuscode"], states["archivado"]["statuscode"]) == (5, 4)


def test_won_and_lost_deals_close_from_their_own_status() -> None:
    deals = _deals(["Won", "Open", "Lost", "Active", "Closed Lost", None])
    mapping = confirm(_proposal(deals), "analyst")
    tables = {"deals": deals_with_stages(deals, mapping, "deals.csv")}
    result = stage_table(mapping, "opportunity", tables, {"deals": "deals.csv"})
    rows = {r["__source_id"]: (r["statecode"], r["statuscode"])
            for r in result.staged.to_dicts()}
    assert rows == {"D1": (1, 3), "D2": (0, None), "D3": (2, 4), "D4": (0, None),
                    "D5": (2, 4), "D6": (0, None)}
    assert result.quarantined.height == 0


def test_a_stage_column_only_keeps_todays_behaviour() -> None:
    deals = _deals(GERMAN).drop("Status")
    mapping = _proposal(deals)
    assert mapping["stage_source"]["stage_column"] == "Stage"
    assert not mapping["stage_source"].get("state_column") and not mapping.get("deal_states")


@pytest.mark.parametrize(("column", "values"), [
    ("Lost reason", ["lost to competitor", "cancelled", "no budget", None]),   # one state
    ("Status", ["Prospecting", "Negotiation", "Won", "Proposal", "Review"]),   # few placed
    ("Notes", ["won", "lost", "open"]),   # not named a status, not mapped to one
])
def test_columns_that_do_not_read_as_a_state_are_not_taken(column: str, values: list) -> None:
    deals = pl.DataFrame({"Stage": ["Qualified"] * len(values), column: values})
    assert find_state_column({"columns": []}, deals, "Stage") is None
