"""keys516's public export runs end to end from its parameters file, decisions only
(issue 13): ConnectWise Manage, its own records -- the ConnectWise Manage REST API 3.0
records the MIT Django client KerkhoffTechnologies/django-connectwise fixes for its tests at
fb44d780: 1 member ('User1'), 1 company ('TestCompany', identifier 'YourCompany'), 1 contact
of it, 1 opportunity ('Develop Executive Reporting System'), 1 opportunity note, 1 sales
activity, 1 service ticket ('Schedule and Execute Conversion'), 1 ticket note, 1 agreement
('Gold Rate'), 1 project -- headed by the API's field names ('company.id', 'stage.name',
'_info.dateEntered'), in English (tests/data/exports/connectwise-manage-export-en;
SOURCE.md), on the branch-point engine 3e7d83b2 (session 63, round Z36). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up.

The company loads as an account keyed by ConnectWise's id: name, status Active, company type
Partner as the relationship type, phone, website, revenue. The contact loads as a contact on
that account (first and last name, title, e-mail, default phone). The opportunity loads on
the account and the contact: name, expected and closed dates, rating Hot, stage '3.Quote' (a
proposal, open) with its probability 50. The service ticket loads as a case: summary,
status New as In Progress, priority Normal, origin Phone, its entry date and its required
date as the resolve-by date, its contact as primary contact. Nothing held back, skipped,
failed or cleared; no owner queued (the fallback owner); verification finds no column
differing.

The parameters decide: the keys (id), no owner columns (the member 'User1' is ConnectWise's
training login, no user of the rehearsal org), the measured misses (the default phone as the
contact's phone, the site not a web site, the opportunity type's description not the
opportunity's, the ticket's required and entry dates), options with no Dynamics match left
out (payment terms 'Net 10 days', the opportunity's flag, the ticket's type and severity),
the account's default contact and bill-to company left out (not records of the export), the
stage column and its stage, the probability column, the choices (Partner, Hot, the ticket's
priority, origin and status), the links to the company and the contact by ConnectWise's
ids, and a quarantine gate of 0%.

The case's customer: the parameters link it to the company (company.id), and the engine
keeps its own proposal behind it (contact.id as the customer, the measured propose miss),
read only where a ticket's company names no record; the loader binds the first that
resolves, so the case is the company's, read back from the org. (On the held-out engine
the proposal stayed first and the case was filed under the contact: fixed in session 63,
see MEASUREMENTS.md, keys516's ConnectWise Manage exports end to end.)

What is NOT read (left unmapped): identifiers and names repeated from the linked records
(company.identifier, contact.name), members' and owners' login ids, a ticket's site address
copied from the company, board, team, subtype and item, custom fields ('Story Points'),
system-kept dates; members.csv (matched to Dynamics users, not created), the two note files,
activities.csv, agreements.csv and projects.csv (not loaded by these parameters).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "connectwise-manage-export-en"
ACCOUNT = {"name": "name", "statuscode": "status.name", "customertypecode": "types.name",
           "telephone1": "phoneNumber", "websiteurl": "website", "revenue": "annualRevenue"}
CONTACT = {"firstname": "firstName", "lastname": "lastName", "statecode": "inactiveFlag",
           "jobtitle": "title", "emailaddress1": "communicationItems.Email",
           "telephone1": "defaultPhoneNbr"}
OPPORTUNITY = {"name": "name", "estimatedclosedate": "expectedCloseDate",
               "opportunityratingcode": "rating.name", "actualclosedate": "closedDate",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state"}
INCIDENT = {"title": "summary", "statuscode": "status.name", "prioritycode": "priority.name",
            "caseorigincode": "source.name", "overriddencreatedon": "_info.dateEntered",
            "resolveby": "requiredDate"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_connectwise_company_contact_opportunity_and_ticket_load(
        runs: Callable[[str], Path]) -> None:
    """The company, contact, opportunity and service ticket load, linked by ConnectWise's
    ids; the member, notes, activity, agreement and project stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("opportunities", 1, 1, 0, 0, 0, 0, 0),
        "incident": ("service_tickets", 1, 1, 0, 0, 0, 0, 0)}
    assert out["opportunity"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 1}, True),
        "contacts": ("contact", {"contact": 1}, True),
        "opportunities": ("deal", {"opportunity": 1}, True),
        "service_tickets": ("ticket", {"incident": 1}, True),
        "members": ("user", {}, False),
        "opportunity_notes": ("note", {}, False),
        "service_ticket_notes": ("note", {}, False),
        "activities": ("activity", {}, False),
        "agreements": ("unknown", {}, False),
        "projects": ("unknown", {}, False)}
    assert files["members"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity", "incident"}
    for target, source, columns in (("account", "companies", ACCOUNT),
                                    ("contact", "contacts", CONTACT),
                                    ("opportunity", "opportunities", OPPORTUNITY),
                                    ("incident", "service_tickets", INCIDENT)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
        assert not t.get("owner"), target
    assert {"site.name", "communicationItems.Direct"} <= set(tables["contact"]["unmapped"])
    assert {"type.description", "primarySalesRep.identifier", "priority.name"} <= set(
        tables["opportunity"]["unmapped"])
    assert {"owner.identifier", "type.name", "severity", "customFields.Story Points"} <= set(
        tables["incident"]["unmapped"])
    lookups = {t: [(lk["target"], lk["source"], lk["table"]) for lk in tables[t]["lookups"]]
               for t in tables}
    assert lookups["contact"] == [("parentcustomerid", "company.id", "account")]
    assert lookups["opportunity"] == [("customerid", "company.id", "account"),
                                      ("parentcontactid", "contact.id", "contact")]
    # the decided customer first; the engine's own proposal (contact.id) stays behind it
    assert lookups["incident"] == [("customerid", "company.id", "account"),
                                   ("customerid", "contact.id", "contact"),
                                   ("primarycontactid", "contact.id", "contact")]
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("activities", "activity"), ("agreements", "unknown"), ("members", "user"),
        ("opportunity_notes", "note"), ("projects", "unknown"),
        ("service_ticket_notes", "note")]

    for table in tables:
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    account = _staged(run_dir, "account").to_dicts()[0]
    assert {c: account[c] for c in ACCOUNT} == {
        "name": "TestCompany", "statuscode": 1, "customertypecode": 5,
        "telephone1": "1450994900", "websiteurl": "www.YourCompany.com", "revenue": 0.0}
    contact = _staged(run_dir, "contact").to_dicts()[0]
    assert (contact["statecode"], contact["jobtitle"], contact["telephone1"]) == (
        0, "CPA, MBA", "8139357100")
    assert contact["firstname"] and contact["lastname"]
    assert "@" in contact["emailaddress1"]
    assert contact["__via__parentcustomerid_account"] == "id"
    opp = _staged(run_dir, "opportunity").to_dicts()[0]
    assert {c: opp[c] for c in OPPORTUNITY} == {
        "name": "Develop Executive Reporting System",
        "estimatedclosedate": "2006-01-06T00:00:00Z", "opportunityratingcode": 1,
        "actualclosedate": "2005-09-09T19:53:52Z", "salesstage": 2, "stepname": "3.Quote",
        "closeprobability": 50, "statecode": 0}
    assert (opp["__via__customerid_account"], opp["__via__parentcontactid"]) == ("id", "id")
    case = _staged(run_dir, "incident").to_dicts()[0]
    assert {c: case[c] for c in INCIDENT} == {
        "title": "Schedule and Execute Conversion", "statuscode": 1, "prioritycode": 2,
        "caseorigincode": 1, "overriddencreatedon": "2005-05-27T17:30:19Z",
        "resolveby": "2017-03-03T00:00:00Z"}
    # both customers staged; the loader binds the first that resolves, the company
    assert (case["__via__customerid_contact"], case["__via__customerid_account"],
            case["__via__primarycontactid"]) == ("id", "id", "id")
    assert case["__ref__customerid_contact"] == contact["__source_id"]
    # read back from the org: the case is filed under the company the parameters chose
    [store] = list(run_dir.parent.glob("runs/*/org.sqlite"))
    with sqlite3.connect(store) as db:
        org = {e: [json.loads(r[0]) for r in db.execute(
            "SELECT data FROM records WHERE entity = ?", (e,))] for e in ("account", "incident")}
    [org_account], [org_case] = org["account"], org["incident"]
    assert org_case["_customerid_value"] == org_account["accountid"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid", "parentcontactid"}
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert not any(v for table in verified.values() for v in table.values())
