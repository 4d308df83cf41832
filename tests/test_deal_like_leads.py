"""A "leads" file that carries a value, a pipeline stage and a won/lost outcome (Krayin's
leads are its pipeline items) is recognised as the CRM's deals, which Dynamics 365 calls
opportunities, with the reason stated; a lead file without them stays leads (issue 13).
Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.lead_deals import deal_columns_of_lead
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions, apply_stages, stage_source
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.propose import propose_mapping

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

LEADS = pl.DataFrame({
    "id": ["1", "2", "3", "4"],
    "title": ["Website revamp", "Print run", "Support plan", "Data audit"],
    "description": ["Full redesign", "10k flyers", "Yearly", "GDPR"],
    "lead_value": ["12000", "4500", "8000", "3000"],
    "status": ["1", "1", "0", "0"],
    "lost_reason": [None, None, None, "Went with a competitor"],
    "closed_at": [None, None, "2024-05-02 10:00:00", "2024-05-09 15:00:00"],
    "user_id": ["1", "2", "1", "2"],
    "lead_pipeline_stage_id": ["Prospect", "Negotiation", "Won", "Lost"],
    "expected_close_date": ["2024-06-30", "2024-07-15", "2024-05-01", "2024-05-10"],
})
#: A Pipedrive-like leads inbox: a value, but no stage and no outcome.
INBOX = pl.DataFrame({
    "id": ["l1", "l2"], "title": ["Inbound: Acme", "Inbound: Globex"],
    "first_name": ["Ann", "Bo"], "last_name": ["Lee", "Smith"],
    "email": ["ann@acme.example", "bo@globex.example"], "value": ["1000", "2500"],
    "source": ["Web", "Referral"],
})


def test_the_three_columns_that_make_leads_deals():
    assert deal_columns_of_lead(LEADS.columns) == ["lead_value", "lead_pipeline_stage_id",
                                                   "lost_reason"]
    assert deal_columns_of_lead(INBOX.columns) is None          # a value alone
    assert deal_columns_of_lead(LEADS.drop("lost_reason", "closed_at").columns) is None
    assert deal_columns_of_lead(["Id", "Amount", "StageName", "IsWon"]) == [
        "Amount", "StageName", "IsWon"]


def test_discovery_names_deal_like_leads_deals_with_the_reason():
    found = {o.source: o for o in discover(Export(Path("."), {"leads": LEADS,
                                                             "inbox_leads": INBOX})).objects}
    assert found["leads"].name == "deal"
    assert any("the CRM's deals, which Dynamics 365 calls opportunities" in e
               and "lead_value" in e for e in found["leads"].evidence)
    assert found["inbox_leads"].name == "lead"


def test_deal_like_leads_load_as_opportunities_their_stage_column_deciding_the_state():
    ex = Export(Path("."), {"leads": LEADS})
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    mapping = propose_mapping(ex, discover(ex), defs, ["opportunity"],
                              source_id_column="new_sourceid").mapping
    entry = table_map(mapping, "opportunity")
    assert entry["source"] == "leads"
    assert "deal records go to opportunity" in entry["reason"]
    targets = {c["source"]: c["target"] for c in entry["columns"]}
    assert targets["title"] == "name" and targets["lead_value"] == "estimatedvalue"
    assert mapping["stage_source"]["stage_column"] == "lead_pipeline_stage_id"
    mapping = apply_decisions(mapping, {"stages": {
        "Prospect": {"salesstage": 1, "state": "open"},
        "Negotiation": {"salesstage": 2, "state": "open"},
        "Lost": {"statuscode": "Out-Sold"}}})
    staged = apply_stages(LEADS, mapping["stages"], **stage_source(mapping))
    states = dict(zip(staged["id"], staged["__stage_state"], strict=True))
    assert states == {"1": 0, "2": 0, "3": 1, "4": 2}


#: Krayin's grid export in Spanish: no outcome column, the stage's values say won.
SPANISH = pl.DataFrame({
    "ID": ["1", "2", "3"], "Asunto": ["Renovación web", "Folletos", "Auditoría"],
    "Valor del Lead": ["12000.0000", "4500.0000", "3000.0000"],
    "Etapa": ["Prospecto", "Ganado", "Negociación"],
    "Fecha Hasta": ["2024-06-30", "2024-07-15", "2024-05-10"],
})


def test_a_stage_value_that_says_won_or_lost_is_the_outcome_in_any_language():
    found = {o.source: o for o in discover(Export(Path("."), {"leads": SPANISH})).objects}
    assert found["leads"].name == "deal"
    assert any("(Valor del Lead, Etapa, a stage value that says won or lost)" in e
               for e in found["leads"].evidence)
    # Turkish headers and values: 'Lead Değeri', 'Aşama', 'Kazanıldı'
    turkish = SPANISH.rename({"Valor del Lead": "Lead Değeri", "Etapa": "Aşama"}).with_columns(
        pl.Series("Aşama", ["Potansiyel", "Kazanıldı", "Müzakere"]))
    found = {o.source: o for o in discover(Export(Path("."), {"leads": turkish})).objects}
    assert found["leads"].name == "deal"
    # stages that never close (a lead's qualifying steps) leave the file leads
    open_only = SPANISH.with_columns(pl.Series("Etapa", ["Nuevo", "Prospecto", "Contactado"]))
    found = {o.source: o for o in discover(Export(Path("."), {"leads": open_only})).objects}
    assert found["leads"].name == "lead"
    assert deal_columns_of_lead(list(SPANISH.columns)) is None   # no values read: no outcome
    # the person's own e-mail makes it a lead's list whatever its stages (Odoo's crm.lead)
    with_email = SPANISH.with_columns(pl.Series("Email", ["a@x.example", None, None]))
    found = {o.source: o for o in discover(Export(Path("."), {"leads": with_email})).objects}
    assert found["leads"].name == "lead"
