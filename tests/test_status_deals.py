"""Deals without a pipelines file: their stage or status column drives open/won/lost, each
value decided by the analyst in the parameters, a lost one with its status reason (Canceled
or Out-Sold); a deal's own probability is kept (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.closes import apply_closes, split_states
from d365migrate.mapping.decisions import (
    MappingError,
    StagesUndecided,
    apply_decisions,
    apply_stages,
    require_stages_decided,
    stage_source,
)
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import status_stage_map
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def table_def(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


DEALS = pl.DataFrame({
    "deal_ref": ["D1", "D2", "D3", "D4", "D5", "D6"],
    "name": ["Website", "Print run", "Brochure", "Catalogue", "Signage", "Banner"],
    "amount": ["1200", "4500", "800", "3000", "2500", "900"],
    "stage": ["Proposal Sent", "Won", "Lost", "Opportunity", "Lost", "Proposal Sent"],
    "probability": ["60", None, None, "15", None, None],
    "company": ["Acme", "Globex", "Acme", "Initech", "Globex", "Acme"],
})


def by_value(df: pl.DataFrame, value: str) -> dict:
    return df.filter(pl.col("stage_id") == value).row(0, named=True)


def test_each_value_is_a_stage_proposed_from_its_words():
    deals = pl.DataFrame({"status": ["Closed Won", "Closed Lost", "Lost - cancelled",
                                     "Lost to competitor", "Proposal Sent", "Opportunity",
                                     "Gewonnen", "Verloren", "Proposal Sent", " ", None]})
    df = status_stage_map(deals, "status")
    assert df["stage_id"].to_list()[0] == "Proposal Sent"      # most frequent first
    assert len(df) == 8                                         # blanks are no stage
    won = by_value(df, "Closed Won")
    assert (won["salesstage"], won["state"], won["statuscode"], won["decided"]) == (3, 1, 3,
                                                                                    True)
    assert by_value(df, "Gewonnen")["state"] == 1
    lost = by_value(df, "Closed Lost")
    assert (lost["state"], lost["statuscode"], lost["decided"]) == (2, None, False)
    assert "Canceled (4) or Out-Sold (5)" in lost["reason"]
    assert by_value(df, "Verloren")["state"] == 2
    assert (by_value(df, "Lost - cancelled")["statuscode"],
            by_value(df, "Lost to competitor")["statuscode"]) == (4, 5)
    proposal = by_value(df, "Proposal Sent")
    assert (proposal["salesstage"], proposal["state"], proposal["decided"]) == (2, 0, True)
    odd = by_value(df, "Opportunity")
    assert (odd["state"], odd["decided"]) == (0, False)
    assert set(df["pipeline_id"].to_list()) == {""}


def _proposal() -> dict:
    export = Export(Path("."), {"deals": DEALS})
    defs = {"opportunity": table_def("opportunity")}
    return propose_mapping(export, discover(export), defs, ["opportunity"],
                           source_id_column="new_sourceid").mapping


def test_the_proposal_takes_the_stage_column_and_keeps_the_deals_probability():
    mapping = _proposal()
    assert mapping["stage_source"] == {"pipeline_column": None, "stage_column": "stage",
                                       "probability_column": "probability"}
    assert [s["stage_id"] for s in mapping["stages"]] == ["Lost", "Proposal Sent",
                                                          "Opportunity", "Won"]
    entry = table_map(mapping, "opportunity")
    assert "stage" in entry["unmapped"] and "stages" in entry["unmapped_reasons"]["stage"]
    assert "probability" not in entry["unmapped"]
    sources = {c["target"]: c["source"] for c in entry["columns"]}
    assert sources["salesstage"] == "__stage_salesstage"
    assert sources["closeprobability"] == "__stage_closeprobability"
    assert "'probability' where it has one" in next(
        c["reason"] for c in entry["columns"] if c["target"] == "closeprobability")
    # undecided values are listed, as undecided choices are
    with pytest.raises(StagesUndecided) as err:
        require_stages_decided(mapping)
    assert "stage 'Lost'" in str(err.value) and "stage 'Opportunity'" in str(err.value)
    assert "Proposal Sent" not in str(err.value)


def test_decisions_by_value_with_the_lost_status_reason():
    mapping = apply_decisions(_proposal(), {"stages": {
        "Lost": {"salesstage": "Close", "statuscode": "Out-Sold"},
        "Opportunity": {"salesstage": 0, "state": "open"}}})
    require_stages_decided(mapping)
    lost = next(s for s in mapping["stages"] if s["stage_id"] == "Lost")
    assert (lost["state"], lost["statuscode"], lost["decided"]) == (2, 5, True)
    entry = table_map(mapping, "opportunity")
    assert any(c["source"] == "__stage_statuscode" for c in entry["columns"])
    with pytest.raises(MappingError, match="belongs to state Lost, not Won"):
        apply_decisions(mapping, {"stages": {"Lost": {"state": 1, "statuscode": 5}}})
    with pytest.raises(MappingError, match="no stage Closed"):
        apply_decisions(mapping, {"stages": {"Closed": {"state": 1}}})


def _staged(mapping: dict) -> tuple[dict, pl.DataFrame, pl.DataFrame]:
    mapping = confirm(mapping, "analyst")
    deals = pl.concat([DEALS, pl.DataFrame({
        "deal_ref": ["D7"], "name": ["Odd"], "amount": ["1"], "stage": ["On ice"],
        "probability": [None], "company": ["Acme"]})])
    tables = {"deals": apply_stages(deals, mapping["stages"], **stage_source(mapping))}
    result = stage_table(mapping, "opportunity", tables, {"deals": "deals.csv"})
    return mapping, result.staged, result.quarantined


def test_staged_deals_carry_state_status_reason_and_their_own_probability():
    mapping = apply_decisions(_proposal(), {"stages": {
        "Lost": {"statuscode": "Out-Sold"}, "Opportunity": {"salesstage": 0}}})
    _, staged, quarantined = _staged(mapping)
    rows = {r["__source_id"]: r for r in staged.to_dicts()}
    assert (rows["D1"]["statecode"], rows["D1"]["salesstage"], rows["D1"]["stepname"],
            rows["D1"]["closeprobability"]) == (0, 2, "Proposal Sent", 60)   # its own 60
    assert rows["D4"]["closeprobability"] == 15
    assert (rows["D2"]["statecode"], rows["D2"]["statuscode"]) == (1, 3)
    assert (rows["D3"]["statecode"], rows["D3"]["statuscode"]) == (2, 5)
    # a value nobody decided a stage for is held back, saying so
    (reason,) = quarantined.filter(pl.col("source_id") == "D7")["reason"].to_list()
    assert reason == "'On ice' in 'stage' has no decided stage"


def test_lost_deals_close_out_sold_in_the_org(tmp_path: Path):
    mapping = apply_decisions(_proposal(), {"stages": {
        "Lost": {"statuscode": 5}, "Opportunity": {"salesstage": 0}}})
    _, staged, _ = _staged(mapping)
    td = table_def("opportunity")
    create, closes = split_states(staged, td)
    assert sorted(closes.rows()) == [("D2", 1, 3), ("D3", 2, 5), ("D5", 2, 5)]
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
        lost = client.retrieve("opportunities", ids["D3"], ["statecode", "statuscode"])
        assert (lost["statecode"], lost["statuscode"]) == (2, 5)
        won = client.retrieve("opportunities", ids["D2"], ["statecode", "statuscode"])
        assert (won["statecode"], won["statuscode"]) == (1, 3)
