"""Session 61's rules, each on made-up data: what round Z32 (ActiveCampaign, SuperOffice,
Zendesk Sell) showed the engine did wrong or could not be told."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.decisions import (
    REJECT_REASON,
    apply_decisions,
    apply_stages,
    require_stages_decided,
    stage_source,
)
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import decide_stage_source
from test_link_decisions import ACCOUNTS, DEFS, table_def

#: Deals with a status and their own probability (SuperOffice's sales: 192 in its examples).
SALES = pl.DataFrame({"deal_ref": ["D1", "D2", "D3"], "name": ["Web", "Print", "Ads"],
                      "status": ["Open", "Open", "Open"], "prob": ["40", "192", ""]})


TABLES = {"deals": SALES, "accounts": ACCOUNTS}


def _sales_map() -> dict:
    ex = Export(Path("."), {"accounts": ACCOUNTS, "deals": SALES})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["account", "opportunity"],
                              source_id_column="new_sourceid").mapping
    mapping = decide_stage_source(mapping, {"stage_column": "status",
                                            "probability_column": "prob"}, TABLES)
    return apply_decisions(mapping, {"stages": {
        "Open": {"salesstage": 0, "state": "open", "closeprobability": 10}}},
        table_def=table_def)


def test_a_probability_outside_0_to_100_holds_the_deal_back_never_clamped() -> None:
    """SuperOffice's 192 was staged as 100, silently. It is no percentage: the deal is held
    back saying so (the analyst leaves the column out, or fixes the export); 40 stays 40;
    an empty cell takes the stage's."""
    bound = _sales_map()
    deals = apply_stages(SALES, bound["stages"], **stage_source(bound))
    assert deals["__stage_closeprobability"].to_list() == [40, 10, 10]
    reasons = deals[REJECT_REASON].to_list()
    assert reasons[0] is None and reasons[2] is None
    assert reasons[1] == ("'192' in 'prob' is no probability (0 to 100): leave the column out "
                          "(stage_source.probability_column: null) and the stage's applies")


def test_a_stage_source_column_decided_null_is_read_no_more_and_listed_unmapped() -> None:
    """'probability_column: null' left SuperOffice's 'Probability' neither mapped nor
    unmapped; 'stage_column: null' was refused as a column named 'None'. Now the column is
    listed unmapped with why, and no stage column means every deal takes '(no stage)'."""
    mapping = decide_stage_source(_sales_map(), {"stage_column": None,
                                                 "probability_column": None}, TABLES)
    bound = apply_decisions(mapping, {"stages": {"(no stage)": {
        "salesstage": 1, "state": "open"}}}, table_def=table_def)
    deals = next(t for t in bound["tables"] if t["target"] == "opportunity")
    assert {"prob", "status"} <= set(deals["unmapped"])
    assert deals["unmapped_reasons"]["prob"] == (
        "not read as the deals' probability: decided in the parameters file "
        "(stage_source.probability_column: null)")
    require_stages_decided(bound)
    staged = apply_stages(SALES, bound["stages"], **stage_source(bound))
    assert staged["__stage_state"].to_list() == [0, 0, 0]
    assert staged[REJECT_REASON].to_list() == [None, None, None]


def test_a_lookup_decided_null_is_dropped_and_its_column_listed_unmapped() -> None:
    """Zendesk Sell's leads: 'creator_id' matched a contact's id by chance and was read as
    the lead's contact. A plain null left the link in place; '{value: null}' dropped it but
    left creator_id neither mapped nor unmapped. Both now drop it and list the column."""
    def leads() -> dict:
        return {"tables": [{"name": "lead", "target": "lead", "source": "leads",
                            "columns": [{"target": "lastname", "source": "name"}],
                            "lookups": [{"target": "parentcontactid", "source": "creator_id",
                                         "table": "contact",
                                         "navigation": "parentcontactid"}],
                            "unmapped": [], "unmapped_reasons": {}}]}
    for fill in (None, {"value": None}):
        (lead,) = decide_column(leads(), "lead.parentcontactid", fill)["tables"]
        assert lead["lookups"] == [] and lead["unmapped"] == ["creator_id"], fill
        assert lead["unmapped_reasons"]["creator_id"] == (
            "not mapped to parentcontactid, decided in the parameters file")
    # a link the parameters' links bind stays (lexoffice: the tenant's column left out, the
    # documents' customer bound by its contact id)
    (lead,) = decide_column(leads(), "lead.parentcontactid", None, linked=True)["tables"]
    assert [lk["source"] for lk in lead["lookups"]] == ["creator_id"]


def test_a_close_date_the_close_set_is_no_difference_where_the_export_had_none() -> None:
    """vtenext's won potential with an empty 'Effective closing date': the close gave it one,
    and verification counted it as differing (the run reported unbalanced). An empty cell
    was sent as nothing; a date the export carried must still arrive as written."""
    from d365migrate.verify.compare import kind_of, same
    attr = {"LogicalName": "actualclosedate", "AttributeType": "DateTime",
            "DateTimeBehavior": {"Value": "DateOnly"}}
    kind = kind_of(attr)
    assert same(None, "2025-05-13", kind)
    assert same("2025-05-13", "2025-05-13", kind)
    assert not same("2025-05-01", "2025-05-13", kind)
    assert not same(None, "2025-05-13", kind_of({**attr, "LogicalName": "estimatedclosedate"}))


def test_a_stage_source_decision_leaves_the_callers_map_as_it_was() -> None:
    mapping = _sales_map()
    before = next(t for t in mapping["tables"] if t["target"] == "opportunity")
    unmapped = list(before["unmapped"])
    decide_stage_source(mapping, {"probability_column": None}, TABLES)
    assert before["unmapped"] == unmapped
