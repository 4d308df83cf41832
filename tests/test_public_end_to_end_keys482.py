"""keys482's public export runs end to end from its parameters file, decisions only
(issue 13): Pipeline CRM (formerly PipelineDeals), its own records -- the recorded responses
of its API v3 that PipelineDeals' own MIT-licensed Ruby client replays in its specs
(PipelineDeals/pipelinedeals_api at 91e4c352, spec/cassettes/): 108 companies, 27 people, 81
deals, 6 notes, 2 calendar tasks, 6 deal stages -- headed by the API's field names
('value_in_cents', 'deal_stage_id', 'closed_time', 'work_address_1', 'home_phone',
'company_id'), in English (tests/data/exports/pipelinedeals-export-en; SOURCE.md), on the
branch-point engine 3786b1cd (session 59, round Z26). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The 108 companies load as accounts keyed by PipelineDeals' id, with their creation time
('2013/05/31 13:09:23 -0400' -> 2013-05-31T17:09:23Z). The 27 people load as contacts keyed
by id, with their work and home address columns and creation time, and without a company:
the people list was recorded on another day than the company list (person 1's company 1 is
'Roob Group', the list's company 1 'Greenfelder and Sons') and none of their company names is
exported. The 81 deals load as opportunities keyed by id: the value from cents (45600 ->
456.00), the deal's own probability, its close time and creation time; deal 1 in stage 2
('Qualified Lead') and the 80 without a stage open at Qualify; deal 81 linked to company 3
('Tillman Inc') by company_id, the others without a company. Nothing is held back, cleared,
failed or unresolved; no owner is named: none queued.

The parameters decide: the date format of the times loaded ('%Y/%m/%d %H:%M:%S %z': the
engine cleared every one without it); the notes, the calendar tasks and the deal stages not
loaded; the keys; no owner column (PipelineDeals user ids); creation times, close time,
summary, the first work and home street lines and the home e-mail (the measured misses); the
value in cents divided by 100; the contact's lead source and the deal's status code not
written (no option fits); no parent account from 'source_id' (the lead source: propose's
miss), no primary contact (the deals' person 27 is not the people list's) and no contact
company (names of another recording); the deal's customer by company_id; the stages.

What is NOT read (left unmapped): the ids (keys only), updated_at, image URLs, import_id,
computed totals (total_pipeline, won_deals_total), phone labels and phone4, notify lists; a
person's company_id, company_name, company.name, full_name, type, social handles, tags,
deal_ids, lead source and status, user_id, viewed_at; a deal's deal_stage.name, status,
is_archived, is_example, collaborators, person_ids, source, user_id, company.name, the five
custom fields; notes.csv, calendar_entries.csv and deal_stages.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "pipelinedeals-export-en"
ACCOUNT = {"name": "name", "description": "description", "emailaddress1": "email",
           "telephone1": "phone1", "telephone2": "phone2", "telephone3": "phone3",
           "fax": "fax", "websiteurl": "web", "address1_line1": "address_1",
           "address1_line2": "address_2", "address1_city": "city",
           "address1_stateorprovince": "state", "address1_postalcode": "postal_code",
           "address1_country": "country", "overriddencreatedon": "created_at"}
CONTACT = {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
           "emailaddress2": "email2", "emailaddress3": "home_email", "fax": "fax",
           "telephone1": "phone", "telephone2": "home_phone", "mobilephone": "mobile",
           "jobtitle": "position", "websiteurl": "website",
           "address1_line1": "work_address_1", "address1_line2": "work_address_2",
           "address1_city": "work_city", "address1_stateorprovince": "work_state",
           "address1_postalcode": "work_postal_code", "address1_country": "work_country",
           "address2_line1": "home_address_1", "address2_line2": "home_address_2",
           "address2_city": "home_city", "address2_stateorprovince": "home_state",
           "address2_postalcode": "home_postal_code", "address2_country": "home_country",
           "overriddencreatedon": "created_at"}
OPPORTUNITY = {"name": "name", "estimatedvalue": "value_in_cents",
               "estimatedclosedate": "expected_close_date", "actualclosedate": "closed_time",
               "description": "summary", "overriddencreatedon": "created_at",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state"}


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def test_pipelinedeals_companies_people_and_deals_load(runs: Callable[[str], Path]) -> None:
    """108 companies load as accounts, 27 people as contacts, 81 deals as opportunities
    (one linked to its company); notes, calendar tasks and deal stages stay in Pipeline CRM;
    nothing is held back, fails or differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 108, 108, 0, 0, 0, 0, 0),
        "contact": ("people", 27, 27, 0, 0, 0, 0, 0),
        "opportunity": ("deals", 81, 81, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 108}, True),
        "people": ("contact", {"contact": 27}, True),
        "deals": ("deal", {"opportunity": 81}, True),
        "notes": ("unknown", {}, False),
        "calendar_entries": ("unknown", {}, False),
        "deal_stages": ("unknown", {}, False)}
    for left in ("notes", "calendar_entries", "deal_stages"):
        assert "set to unknown in the parameters file" in files[left]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity"}
    account, contact, deal = tables["account"], tables["contact"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("companies", "key(id)")
    assert (contact["source"], contact["source_key"]) == ("people", "key(id)")
    assert (deal["source"], deal["source_key"]) == ("deals", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in deal["columns"]} == OPPORTUNITY
    assert account.get("lookups", []) == [] and contact.get("lookups", []) == []
    assert [(u["target"], u["source"], u["references"]) for u in deal["lookups"]] == [
        ("customerid", "company_id", "companies.key(id)")]
    assert {"company_name", "company.name", "type", "user_id"} <= set(
        contact["unmapped"])
    assert {"status", "deal_stage.name",
            "custom_fields.custom_label_25", "user_id"} <= set(deal["unmapped"])
    assert not any(t.get("owner") for t in tables.values())

    for table in ("account", "contact", "opportunity"):
        for kind in ("quarantine", "cleared", "skipped", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.height == 108
    assert accounts.head(3).select("name", "overriddencreatedon").rows() == [
        ("Greenfelder and Sons", "2013-05-31T17:09:23Z"),
        ("Huels and Sons", "2013-05-31T17:09:24Z"),
        ("Tillman Inc", "2013-05-31T17:09:24Z")]
    assert accounts["__source_id"].to_list()[:3] == [surrogate_key([i]) for i in "123"]

    contacts = _staged(run_dir, "contact")
    assert contacts.height == 27
    assert contacts.head(2).select("firstname", "lastname", "overriddencreatedon").rows() == [
        ("Leonard", "Jakubowski", "2014-05-19T12:54:59Z"),
        ("Kendrick", "Rolfson", "2014-05-19T12:55:01Z")]
    assert "parentcustomerid" not in contacts.columns
    assert not any(c.startswith("__ref__") for c in contacts.columns)

    deals = _staged(run_dir, "opportunity")
    assert deals.height == 81
    picked = deals.filter(pl.col("__source_row").is_in([1, 2, 81]))
    assert picked.select("name", "estimatedvalue", "closeprobability", "salesstage",
                         "stepname", "statecode", "actualclosedate",
                         "overriddencreatedon").rows() == [
        ("architect open-source bandwidth", 456.0, 0, 0, "2", 0, "2013-06-03T19:25:21Z",
         "2013-05-31T17:10:26Z"),
        ("deploy mission-critical infomediaries", 82837.0, 77, 0, None, 0, None,
         "2013-05-31T17:10:27Z"),
        ("disintermediate value-added technologies", 67598.0, 6, 0, None, 0, None,
         "2013-05-31T17:11:17Z")]
    assert round(deals["estimatedvalue"].sum(), 2) == 4443255.72
    assert deals["statecode"].unique().to_list() == [0]
    assert deals["__ref__customerid_account"].to_list() == [None] * 80 + [surrogate_key(["3"])]
    assert not {"parentaccountid", "parentcontactid"} & {
        c.removeprefix("__ref__").split("_")[0] for c in deals.columns}

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "opportunity"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
