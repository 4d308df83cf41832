"""Stages, choices and owners are decided by a person; the load refuses until they are."""

from __future__ import annotations

import polars as pl
import pytest

from d365migrate.mapping.decisions import (
    STAGE_SOURCES,
    STAGE_STATE,
    ChoicesUndecided,
    StagesUndecided,
    add_stages_to_mapping,
    apply_stages,
    decide_choice,
    decide_stage,
    require_choices_decided,
    require_stages_decided,
    sales_processes,
    stage_map,
    stages_frame,
    undecided_choices,
)
from d365migrate.mapping.mapfile import confirm
from d365migrate.report.owner_queue import owner_queue_html
from d365migrate.staging.stage import stage_table

PIPELINES = [
    ("1", "Sales", [("New", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75),
                    ("Closed Won", 100), ("Closed Lost", 0)]),
    ("3", "Renewals", [("Renewal Due", 60), ("Quote Sent", 75), ("Verbal Yes", 90),
                       ("Renewed", 100), ("Churned", 0)]),
]


def pipelines_df(pipelines=PIPELINES) -> pl.DataFrame:
    rows = []
    for pid, name, stages in pipelines:
        for order, (stage, prob) in enumerate(stages, start=1):
            rows.append({"pipeline_id": pid, "pipeline_name": name,
                         "stage_id": f"{pid}{order:02d}", "stage_name": stage,
                         "stage_order": str(order), "probability": str(prob),
                         "is_won": "TRUE" if prob == 100 else "FALSE",
                         "is_lost": "TRUE" if prob == 0 else "FALSE"})
    return pl.DataFrame(rows)


def opportunity_map() -> dict:
    return {"status": "proposed", "source_id_column": "new_smartdeskid", "tables": [
        {"target": "opportunity", "source": "deals", "source_key": "deal_id", "columns": [
            {"target": "name", "source": "name", "transform": "text"},
            {"target": "new_dealtype", "source": "cf_deal_type", "transform": "choice",
             "values": {"Upsell": 100000001, "Barter": None}},
        ], "lookups": [], "owner": None}]}


def by_name(df: pl.DataFrame, name: str) -> dict:
    return df.filter(pl.col("stage_name") == name).row(0, named=True)


def test_stage_map_proposes_every_stage():
    df = stage_map(pipelines_df())
    assert df.height == 11
    new, proposal, negotiation = (by_name(df, n) for n in ("New", "Proposal", "Negotiation"))
    assert (new["salesstage"], new["salesstage_label"], new["decided"]) == (0, "Qualify", True)
    assert proposal["salesstage"] == 2 and negotiation["salesstage"] == 3
    assert negotiation["closeprobability"] == 75 and negotiation["stepname"] == "Negotiation"
    won, lost = by_name(df, "Closed Won"), by_name(df, "Churned")
    assert (won["state"], won["state_label"], won["salesstage"]) == (1, "Won", 3)
    assert (lost["state"], lost["state_label"]) == (2, "Lost")
    assert by_name(df, "Quote Sent")["state"] == 0
    due = by_name(df, "Renewal Due")
    assert due["decided"] is False and "no name match" in due["reason"]
    assert [p["name"] for p in sales_processes(df)] == ["Sales", "Renewals"]
    assert sales_processes(df)[1]["steps"][0] == "Renewal Due"


def test_ambiguous_conflicting_and_odd_stages_are_flagged():
    df = stage_map(pipelines_df([("9", "Odd", [
        ("Negotiate contract", 20), ("Demo and proposal", 40), ("Closed - pending", 50),
        ("Qualify", 60), ("x" * 300, 70), ("Signed", 100)])]))
    assert by_name(df, "Negotiate contract")["decided"] is False  # name Close, position first
    assert "ambiguous" in by_name(df, "Demo and proposal")["reason"]
    assert by_name(df, "Closed - pending")["decided"] is False
    assert len(by_name(df, "x" * 300)["stepname"]) == 200


def test_fractional_probabilities_are_scaled_to_percent():
    df = pipelines_df([("5", "P", [("Qualify", 0.1), ("Propose", 0.5), ("Won", 1.0)])])
    df = df.with_columns(is_won=pl.when(pl.col("stage_name") == "Won").then(pl.lit("TRUE"))
                         .otherwise(pl.lit("FALSE")), is_lost=pl.lit("FALSE"))
    assert stage_map(df)["closeprobability"].to_list() == [10, 50, 100]


def test_require_stages_decided_names_each_undecided_stage_then_passes():
    mapping = add_stages_to_mapping(opportunity_map(), stage_map(pipelines_df()))
    with pytest.raises(StagesUndecided) as err:
        require_stages_decided(mapping)
    assert "pipeline 'Renewals' stage 'Renewal Due' (stage_id 301)" in str(err.value)
    assert "Negotiation" not in str(err.value)
    decided = decide_stage(mapping, "3", "301", salesstage=3)
    require_stages_decided(decided)
    row = stages_frame(decided).filter(pl.col("stage_id") == "301").row(0, named=True)
    assert (row["salesstage"], row["salesstage_label"], row["decided"]) == (3, "Close", True)


def test_opportunities_without_stages_are_refused():
    with pytest.raises(StagesUndecided, match="has no 'stages:'"):
        require_stages_decided(opportunity_map())
    no_deals = {"tables": [{"target": "account", "source": "companies", "columns": []}]}
    require_stages_decided(no_deals)


def test_stages_feed_the_opportunity_columns_through_staging():
    mapping = opportunity_map()
    mapping["tables"][0]["columns"].append({"target": "stepname", "source": "stage_id",
                                            "transform": "text"})
    mapping["tables"][0]["columns"][1]["values"]["Barter"] = 100000002
    mapping = add_stages_to_mapping(mapping, stage_map(pipelines_df()))
    targets = [c["target"] for c in mapping["tables"][0]["columns"]]
    assert targets == ["name", "new_dealtype", "salesstage", "stepname", "closeprobability",
                       "statecode"]
    assert mapping["tables"][0]["unmapped"] == ["stage_id"]
    deals = pl.DataFrame({"deal_id": ["d1", "d2", "d3"], "name": ["A", "B", "C"],
                          "cf_deal_type": ["Upsell", None, None],
                          "pipeline_id": ["1", "3", "7"], "stage_id": ["105", "302", "701"]})
    out = apply_stages(deals, mapping["stages"])
    assert out.select(*STAGE_SOURCES.values(), STAGE_STATE).rows() == [
        (3, "Closed Won", 100, 1), (2, "Quote Sent", 75, 0), (None, None, None, None)]
    result = stage_table(confirm(mapping, "Ana"), "opportunity", {"deals": out})
    assert result.staged.select("salesstage", "stepname", "closeprobability",
                                "statecode").rows() == [(3, "Closed Won", 100, 1),
                                                        (2, "Quote Sent", 75, 0)]
    # a deal in a stage the pipelines file lacks is held back, saying so
    (reason,) = result.quarantined.filter(pl.col("source_id") == "d3")["reason"].to_list()
    assert "stage '701' of pipeline '7' is not in the pipelines file" in reason


def test_choices_undecided_then_decided():
    mapping = opportunity_map()
    assert undecided_choices(mapping) == [("opportunity", "new_dealtype", "Barter")]
    with pytest.raises(ChoicesUndecided, match=r"opportunity\.new_dealtype: 'Barter'"):
        require_choices_decided(mapping)
    require_choices_decided(decide_choice(mapping, "opportunity", "new_dealtype", "Barter",
                                          100000003))


def test_owner_queue_html_is_self_contained():
    queue = pl.DataFrame({"email": ["gone@x.com", "off@x.com"], "status": ["unmatched",
                                                                             "disabled"],
                          "records": [12, 3], "resolution": ["blocked", "assigned to fallback"]})
    page = owner_queue_html(queue)
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert "gone@x.com" in page and "1 still blocked" in page and "15 record(s)" in page
    assert "http" not in page and "<script" not in page
    empty = owner_queue_html(queue.clear())
    assert "Every owner matched" in empty
