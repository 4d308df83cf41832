"""Decisions the public exports needed (issue 13), on made-up data: a link bound in the
parameters where discovery found none (``links``), a column mapped to nothing
(``columns: {x: null}``) and a stage for deals the export gives none (``"(no stage)"``)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions, apply_stages, stage_source
from d365migrate.mapping.mapfile import MappingError, confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "opportunity", "incident")}

ACCOUNTS = pl.DataFrame({"acc_ref": ["A1", "A2"], "name": ["Acme", "Globex"],
                         "industry": ["x9f3", "x9f3"]})
#: Deals whose account ids mostly name accounts the export does not carry (a sample).
DEALS = pl.DataFrame({"deal_ref": ["D1", "D2", "D3"], "name": ["Web", "Print", "Audit"],
                      "amount": ["100", "200", "300"], "acct": ["A1", "Z8", "Z9"],
                      "stage": ["Won", None, "Won"]})


def table_def(name: str) -> dict:
    return DEFS[name]


def proposal(objects: list[str]) -> dict:
    ex = Export(Path("."), {"accounts": ACCOUNTS, "deals": DEALS})
    return propose_mapping(ex, discover(ex), DEFS, objects,
                           source_id_column="new_sourceid").mapping


def test_a_link_bound_by_decision_counts_what_it_cannot_resolve():
    mapping = proposal(["account", "opportunity"])
    assert not any(lk["target"] == "customerid"
                   for lk in table_map(mapping, "opportunity")["lookups"])
    bound = apply_decisions(mapping, {
        "links": {"opportunity.customerid": {"to": "account", "source": "acct",
                                             "when_missing": "empty"}},
        "stages": {"(no stage)": {"salesstage": 0, "state": "open"}}}, table_def=table_def)
    (lk,) = [lk for lk in table_map(bound, "opportunity")["lookups"]
             if lk["target"] == "customerid"]
    assert (lk["navigation"], lk["references"], lk.get("required")) == (
        "customerid_account", "accounts.acc_ref", None)
    deals = apply_stages(DEALS, bound["stages"], **stage_source(bound))
    staged = stage_table(confirm(bound, "analyst"), "opportunity",
                         {"accounts": ACCOUNTS, "deals": deals}, {"deals": "deals.csv"})
    assert staged.staged.height == 3
    assert staged.lookup_stats["customerid_account"] == {"by_id": 1, "by_fallback": 0,
                                                         "orphan": 2, "empty": 0}


def test_a_required_link_quarantines_by_default_and_refuses_empty_where_dataverse_does():
    mapping = proposal(["account", "opportunity"])
    bound = apply_decisions(mapping, {"links": {"opportunity.customerid": {
        "to": "account", "source": "acct"}}}, table_def=table_def)
    (lk,) = [lk for lk in table_map(bound, "opportunity")["lookups"]
             if lk["target"] == "customerid"]
    assert lk["required"] is True and "quarantined" in lk["reason"]
    with pytest.raises(MappingError, match="loads no contact"):
        apply_decisions(mapping, {"links": {"opportunity.customerid": "contact"}},
                        table_def=table_def)
    with pytest.raises(MappingError, match="has no column 'nope'"):
        apply_decisions(mapping, {"links": {"opportunity.customerid": {
            "to": "account", "source": "nope"}}}, table_def=table_def)
    with pytest.raises(MappingError, match="needs the org's table definitions"):
        apply_decisions(mapping, {"links": {"opportunity.customerid": "account"}})
    system_required = {**DEFS["opportunity"]}
    attrs = [dict(a, RequiredLevel={"Value": "SystemRequired"})
             if a["LogicalName"] == "customerid" else a
             for a in (system_required.get("value", system_required))["Attributes"]]
    system_required = {**system_required.get("value", system_required), "Attributes": attrs}
    with pytest.raises(MappingError, match="when_missing must be quarantine"):
        apply_decisions(mapping, {"links": {"opportunity.customerid": {
            "to": "account", "source": "acct", "when_missing": "empty"}}},
            table_def=lambda t: system_required)


def test_a_column_mapped_to_nothing_and_deals_without_a_stage():
    mapping = proposal(["account", "opportunity"])
    account = table_map(mapping, "account")
    assert any(c["target"] == "industrycode" for c in account["columns"])
    decided = apply_decisions(mapping, {"columns": {"account.industrycode": None}})
    account = table_map(decided, "account")
    assert not any(c["target"] == "industrycode" for c in account["columns"])
    assert "industry" in account["unmapped"]
    assert "decided in the parameters" in account["unmapped_reasons"]["industry"]

    staged = apply_stages(DEALS, decided["stages"], **stage_source(decided))
    assert staged.filter(pl.col("deal_ref") == "D2")["__reject_reason"].to_list() == [
        "no stage given in 'stage'"]
    decided = apply_decisions(decided, {"stages": {
        "Won": {"salesstage": 3, "state": "won"},
        "(no stage)": {"salesstage": 0, "state": "open"}}})
    staged = apply_stages(DEALS, decided["stages"], **stage_source(decided))
    states = dict(zip(staged["deal_ref"], staged["__stage_state"], strict=True))
    assert states == {"D1": 1, "D2": 0, "D3": 1}
