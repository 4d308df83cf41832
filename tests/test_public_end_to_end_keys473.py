"""keys473's public export runs end to end from its parameters file, decisions only
(issue 13): Less Annoying CRM (through its R client ixpantia/lacrmr at a299a51d, GPL-3; a
small-business CRM of contacts and companies, pipelines, tasks and notes), the SDK's
recorded API responses (GetPipelineReport: seven pipeline items of seven companies;
GetContact: one company, 'ejemplo') as the SDK's get_pipeline_report() and
get_contact_information() shape them and R's write.csv writes them, in English
(tests/data/exports/lacrm-export-en; SOURCE.md), on the branch-point engine 1aafcdbf
(session 58, round Z23). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The company loads as an account keyed by its ContactId: name, web site, work address,
background text, industry ('Finance' decided as Financial) and creation date as the map
reads them; its e-mail and phone (the SDK's 0 for an empty list) and head count (R's NA)
are cleared, each with its reason; verification finds no column differing. The seven
pipeline items are staged as opportunities and all held back: each names, by its
ContactId, a company the export does not hold (the SDK recorded one other company), so
none has its required customer; each is quarantined with that reason.

The parameters decide: the pipeline report as deals (discovery named it a pipeline's
stages: a measured file miss) and the contact record as an account (discovery named it a
contact, which left propose with none of its columns); the keys (ContactId, the pipeline
item's id); no owner column (the user ids are Less Annoying CRM's users); the deal's name
(its custom 'Descripción oportunidad'), value ('Valor $'), status as the pipeline phase,
start date as its creation, rating (custom 'Priority': High hot, Medium warm; Dynamics'
priority left unset) and description (the last note); the customer link by ContactId;
the industry's option; the three statuses' stages ('Contrato aprobado' won); the gate
(every item held back).

What is NOT read (left unmapped): the company fields the report repeats beside each deal
(background, industry, creation and edit dates), the pipeline and status ids, the item's
priority number, update counts, sort order, the raw custom-field JSON, the API's Success
flag; the company's custom fields (data scientists, decision role, legal id: all empty),
birthday, address type and Google id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "lacrm-export-en"
ACCOUNT = {"emailaddress1": "contact_email", "telephone1": "contact_phone",
           "websiteurl": "contact_website_text", "address1_line1": "contact_address_street",
           "address1_city": "contact_address_city",
           "address1_country": "contact_address_country",
           "description": "contact_background_info", "name": "contact_company_name",
           "industrycode": "contact_industry", "numberofemployees": "contact_num_employees",
           "overriddencreatedon": "contact_creation_date"}
OPPORTUNITY = {"salesstage": "__stage_salesstage", "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state", "description": "result_last_note",
               "estimatedvalue": "result_custom_fields_valor",
               "name": "result_custom_fields_descripcion_oportunidad",
               "opportunityratingcode": "result_custom_fields_priority",
               "overriddencreatedon": "result_start_date", "stepname": "result_status_name"}
ITEMS_CONTACT_IDS = [
    "3504190907603346673161578349030", "3636023440612231588869155734587",
    "3502345895413033298285951918524", "3652568564778397960334535126459",
    "3617749234617440617391963220189", "3636029914354101990665046925086",
    "3590425743328830356401989380772"]


def test_lacrm_company_loads_and_deals_of_absent_companies_are_held_back(
        runs: Callable[[str], Path]) -> None:
    """The company loads as an account (three empty fields cleared with their reasons);
    the seven pipeline items are held back, each naming a company the export lacks;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("contact_information", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("pipeline_report", 7, 0, 7, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "contact_information": ("account", {"account": 1}),
        "pipeline_report": ("deal", {"opportunity": 7})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "opportunity"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["opportunity"]["columns"]} == OPPORTUNITY
    assert tables["account"]["source_key"] == "key(contact_contact_id)"
    assert tables["opportunity"]["source_key"] == "key(result_pipeline_item_id)"
    assert not tables["account"].get("owner") and not tables["opportunity"].get("owner")
    assert not tables["account"].get("lookups")
    (link,) = tables["opportunity"]["lookups"]
    assert (link["target"], link["table"], link["source"], link["by"]) == (
        "customerid", "account", "result_contact_id", "contact_contact_id")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    (row,) = staged.select(list(ACCOUNT)).to_dicts()
    assert {k: v for k, v in row.items() if k != "description"} == {
        "emailaddress1": None, "telephone1": None, "websiteurl": "www.ejemplo.com",
        "address1_line1": "direccion de ejemplo", "address1_city": "Pozos, Santa Ana",
        "address1_country": "Costa Rica", "name": "ejemplo", "industrycode": 16,
        "numberofemployees": None, "overriddencreatedon": "2019-03-13T15:58:44Z"}
    assert row["description"].startswith("ixpantia agrega valor a sus proyectos de datos")
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert sorted(zip(cleared["column"], cleared["value"], strict=True)) == [
        ("contact_email", "0"), ("contact_num_employees", "NA"), ("contact_phone", "0")]
    assert all(r for r in cleared["reason"])
    for kind in ("quarantine", "skipped", "flags"):
        issues = pl.read_csv(run_dir / kind / "account.csv", infer_schema=False)
        assert issues.height == 0, kind

    held = pl.read_csv(run_dir / "quarantine" / "opportunity.csv",
                       infer_schema=False).sort("row", descending=False)
    assert held["column"].to_list() == ["result_contact_id"] * 7
    assert sorted(held["value"].to_list()) == sorted(ITEMS_CONTACT_IDS)
    assert all(r == f"no customerid: '{v}' is not an account of the export"
               for r, v in zip(held["reason"], held["value"], strict=True))
    for kind in ("skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "opportunity.csv", infer_schema=False)
        assert issues.height == 0, kind

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(verified["account"].values())
    assert not any(verified.get("opportunity", {}).values())
