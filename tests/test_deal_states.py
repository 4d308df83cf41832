"""A deal's own open/won/lost column decides its state beside a pipelines file's stages
(Pipedrive's ``status``: open, won, lost), each value decided by the analyst, a lost one with
its status reason; the stages still set the sales stage (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.closes import apply_closes, split_states
from d365migrate.load.preflight import check_decisions
from d365migrate.mapping.deal_states import DECIDES
from d365migrate.mapping.decisions import (
    MappingError,
    StagesUndecided,
    apply_decisions,
    deals_with_stages,
    require_stages_decided,
)
from d365migrate.mapping.mapfile import confirm, content_hash, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import decide_stage_source
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

PIPELINES = pl.DataFrame({
    "id": ["1", "2", "3"], "pipeline_id": ["P", "P", "P"],
    "pipeline_name": ["Sales", "Sales", "Sales"],
    "name": ["Qualified", "Proposal Made", "Negotiations Started"],
    "order_nr": ["1", "2", "3"], "deal_probability": ["20", "60", "80"],
})
DEALS = pl.DataFrame({
    "id": ["D1", "D2", "D3", "D4", "D5", "D6"],
    "title": ["Website", "Print run", "Brochure", "Catalogue", "Signage", "Banner"],
    "value": ["1200", "4500", "800", "3000", "2500", "900"],
    "pipeline_id": ["P"] * 6,
    "stage_id": ["1", "3", "2", "2", "3", "1"],
    "status": ["open", "won", "lost", "open", "lost", "deleted"],
})


def table_def(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


def _proposal(deals: pl.DataFrame = DEALS) -> dict:
    export = Export(Path("."), {"deals": deals, "stages": PIPELINES})
    defs = {"opportunity": table_def("opportunity")}
    return propose_mapping(export, discover(export), defs, ["opportunity"],
                           source_id_column="new_sourceid").mapping


def _decided(mapping: dict) -> dict:
    return apply_decisions(mapping, {"deal_states": {
        "lost": {"statuscode": "Out-Sold"}, "deleted": {"state": "lost",
                                                        "statuscode": "Canceled"}}})


def test_the_proposal_reads_the_deals_own_state_beside_the_stages() -> None:
    mapping = _proposal()
    assert mapping["stage_source"]["state_column"] == "status"
    assert mapping["stage_source"]["stage_column"] == "stage_id"
    states = {s["value"]: s for s in mapping["deal_states"]}
    assert list(states) == ["lost", "open", "deleted", "won"]   # most frequent first
    assert (states["won"]["state"], states["won"]["statuscode"], states["won"]["decided"]) \
        == (1, 3, True)
    assert (states["open"]["state"], states["open"]["decided"]) == (0, True)
    assert (states["lost"]["state"], states["lost"]["statuscode"],
            states["lost"]["decided"]) == (2, None, False)
    assert states["deleted"]["decided"] is False
    entry = table_map(mapping, "opportunity")
    assert entry["unmapped_reasons"]["status"] == DECIDES
    assert any(c["source"] == "__stage_statuscode" for c in entry["columns"])
    # the undecided values block the load, and preflight says so, naming each
    with pytest.raises(StagesUndecided) as err:
        require_stages_decided(mapping)
    assert "'lost'" in str(err.value) and "'deleted'" in str(err.value)
    assert "'won'" not in str(err.value) and "deal_states" in str(err.value)
    assert {f.column for f in check_decisions(mapping)} >= {"statecode"}


def test_decisions_settle_each_value_and_change_the_confirmed_map() -> None:
    mapping = _proposal()
    decided = _decided(mapping)
    require_stages_decided(decided)
    states = {s["value"]: s for s in decided["deal_states"]}
    assert (states["lost"]["state"], states["lost"]["statuscode"]) == (2, 5)
    assert (states["deleted"]["state"], states["deleted"]["statuscode"]) == (2, 4)
    assert content_hash(decided) != content_hash(mapping)
    with pytest.raises(MappingError, match="belongs to state Lost, not Won"):
        apply_decisions(decided, {"deal_states": {"lost": {"state": 1, "statuscode": 5}}})
    with pytest.raises(MappingError, match="no value 'archived'"):
        apply_decisions(decided, {"deal_states": {"archived": {"state": "lost"}}})


def _staged(mapping: dict, deals: pl.DataFrame = DEALS) -> tuple[pl.DataFrame, pl.DataFrame]:
    mapping = confirm(mapping, "analyst")
    tables = {"deals": deals_with_stages(deals, mapping, "deals.csv")}
    result = stage_table(mapping, "opportunity", tables, {"deals": "deals.csv"})
    return result.staged, result.quarantined


def test_a_won_or_lost_deal_in_an_open_stage_closes_as_its_own_state_says() -> None:
    stages = {"1": 0, "2": 2, "3": 3}   # the proposal's sales stages, by name
    extra = pl.DataFrame({"id": ["D7"], "title": ["Odd"], "value": ["1"],
                          "pipeline_id": ["P"], "stage_id": ["1"], "status": ["archived"]})
    staged, quarantined = _staged(_decided(_proposal()), pl.concat([DEALS, extra]))
    rows = {r["__source_id"]: r for r in staged.to_dicts()}
    assert (rows["D1"]["statecode"], rows["D4"]["statecode"]) == (0, 0)
    assert (rows["D2"]["statecode"], rows["D2"]["statuscode"]) == (1, 3)
    assert (rows["D3"]["statecode"], rows["D3"]["statuscode"]) == (2, 5)
    assert (rows["D6"]["statecode"], rows["D6"]["statuscode"]) == (2, 4)
    # the stage still sets the sales stage and step of a closed deal
    assert rows["D2"]["stepname"] == "Negotiations Started"
    assert rows["D3"]["salesstage"] == stages["2"]
    # a value no decision names (a delta export's new one) is held back, saying so
    (reason,) = quarantined.filter(pl.col("source_id") == "D7")["reason"].to_list()
    assert reason == "'archived' in 'status' has no decided state (open, won or lost)"


def test_the_analyst_names_the_state_column_the_proposal_did_not_take() -> None:
    deals = DEALS.rename({"status": "outcome"})
    mapping = _proposal(deals)
    assert not mapping.get("deal_states")
    named = decide_stage_source(mapping, {"state_column": "outcome"}, {"deals": deals})
    assert [s["value"] for s in named["deal_states"]] == ["lost", "open", "deleted", "won"]
    assert named["stages"] == mapping["stages"]   # the stages stay as decided
    assert "outcome" in table_map(named, "opportunity")["unmapped"]
    with pytest.raises(MappingError, match="has no such column"):
        decide_stage_source(mapping, {"state_column": "result"}, {"deals": deals})


def test_won_and_lost_deals_close_in_the_org(tmp_path: Path) -> None:
    staged, _ = _staged(_decided(_proposal()))
    td = table_def("opportunity")
    create, closes = split_states(staged, td)
    assert sorted(closes.rows()) == [("D2", 1, 3), ("D3", 2, 5), ("D5", 2, 5), ("D6", 2, 4)]
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(tmp_path / "org.sqlite"))
    with connect(dest) as client:
        acc = client.create("accounts", {"name": "Buyer"})
        ids = {r["__source_id"]: client.create("opportunities", {
            "name": r["name"], "customerid_account@odata.bind": f"/accounts({acc})"})
            for r in create.filter(pl.col("__source_id").is_in(["D2", "D3"])).to_dicts()}
        out = apply_closes(client, td, closes.filter(pl.col("__source_id").is_in(list(ids))),
                           ids, staged, progress=False)
        assert out["closed"] == 2 and out["close_failed"] == []
        won = client.retrieve("opportunities", ids["D2"], ["statecode", "statuscode"])
        lost = client.retrieve("opportunities", ids["D3"], ["statecode", "statuscode"])
        assert (won["statecode"], won["statuscode"], lost["statecode"],
                lost["statuscode"]) == (1, 3, 2, 5)
