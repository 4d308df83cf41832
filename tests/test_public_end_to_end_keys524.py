"""keys524's public export runs end to end from its parameters file, decisions only
(issue 13): Autotask PSA, its own records -- the Autotask REST API records the MIT Django
client KerkhoffTechnologies/django-autotask fixes for its tests at c85173cf: 1 resource
('administrator'), 1 company ('Autotask Corporation'), 1 contact of it, 1 ticket
('T20120604.0002.005'), 1 ticket note, 1 project, 1 phase, 1 task, 1 task note, 2 time
entries, 1 contract, 1 service call -- headed by the API's field names ('companyID',
'billToAddress1', 'dueDateTime'), picklists as Autotask's integer ids, in English
(tests/data/exports/autotask-export-en; SOURCE.md), on the branch-point engine a9704f9a
(session 63, round Z37). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The company loads as an account keyed by Autotask's id: name, number, main and bill-to
addresses, phone, fax, web address, creation date, active. The contact loads as a contact on
that account (first and last name, three e-mails, phone, alternate and mobile phones,
active). The ticket loads as a case on the account: title, description, ticket number,
status 10 'Scheduled' as In Progress, priority 3 as Low, its creation date and its due date
as the resolve-by date. Nothing held back, skipped, failed or cleared; no owner queued (the
fallback owner); verification finds no column differing.

The parameters decide: the keys (id), no owner columns (the company's owner 29682885 is no
resource of the export; the resource 'administrator' is no user of the rehearsal org), the
measured misses (the bill-to street lines as the second address, the company's isActive as
its state, true active / false inactive; the ticket's issue type not its case type), Autotask
ids that are no Dynamics values left out (market segment, countries, currency, company type
7, ticket type, source), the ticket's contact left out (29683586 is not a record of the
export: the run reports it as a link left), the choices (priority, status) and the links to
the company by Autotask's id, and a quarantine gate of 0%.

What is NOT read (left unmapped): Autotask's ids of market segment, territory, country,
currency, templates, location, billing code, queue, role, contract, issue and sub-issue
types, ticket type and source; the resource ids (owners, creators, completer, assignee);
system-kept dates; resources.csv (matched to Dynamics users, not created), the two note
files, projects.csv, phases.csv, tasks.csv, time_entries.csv, contracts.csv and
service_calls.csv (not loaded by these parameters).
"""

from __future__ import annotations

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

NAME = "autotask-export-en"
ACCOUNT = {"address1_line1": "address1", "address1_line2": "address2",
           "address1_city": "city", "overriddencreatedon": "createDate", "fax": "fax",
           "name": "companyName", "accountnumber": "companyNumber", "telephone1": "phone",
           "address1_postalcode": "postalCode", "address1_stateorprovince": "state",
           "websiteurl": "webAddress", "address2_city": "billToCity",
           "address2_stateorprovince": "billToState", "address2_postalcode": "billToZipCode",
           "address2_line1": "billToAddress1", "address2_line2": "billToAddress2",
           "statecode": "isActive"}
CONTACT = {"emailaddress1": "emailAddress", "emailaddress2": "emailAddress2",
           "emailaddress3": "emailAddress3", "firstname": "firstName", "statecode": "isActive",
           "lastname": "lastName", "telephone1": "phone", "telephone2": "alternatePhone",
           "mobilephone": "mobilePhone"}
INCIDENT = {"overriddencreatedon": "createDate", "description": "description",
            "resolveby": "dueDateTime", "prioritycode": "priority", "statuscode": "status",
            "ticketnumber": "ticketNumber", "title": "title"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_autotask_company_contact_and_ticket_load(runs: Callable[[str], Path]) -> None:
    """The company, contact and ticket load, linked by Autotask's company id; the resource,
    notes, project, phase, task, time entries, contract and service call stay out; nothing
    held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "incident": ("tickets", 1, 1, 0, 0, 0, 0, 0)}
    # the ticket's contact, decided out (not a record of the export), is reported as left
    assert out["incident"]["links_left"] == {"primarycontactid": 1}
    assert not out["account"]["links_left"] and not out["contact"]["links_left"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 1}, True),
        "contacts": ("contact", {"contact": 1}, True),
        "tickets": ("ticket", {"incident": 1}, True),
        "resources": ("user", {}, False),
        "ticket_notes": ("note", {}, False),
        "task_notes": ("note", {}, False),
        "tasks": ("task", {}, False),
        "service_calls": ("activity", {}, False),
        "projects": ("unknown", {}, False),
        "phases": ("unknown", {}, False),
        "time_entries": ("unknown", {}, False),
        "contracts": ("unknown", {}, False)}
    assert files["resources"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "incident"}
    for target, source, columns in (("account", "companies", ACCOUNT),
                                    ("contact", "contacts", CONTACT),
                                    ("incident", "tickets", INCIDENT)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
        assert not t.get("owner"), target
    assert {"marketSegmentID", "countryID", "billToCountryID", "currencyID", "companyType",
            "ownerResourceID", "territoryID"} <= set(tables["account"]["unmapped"])
    assert {"issueType", "ticketType", "source", "contactID", "assignedResourceID",
            "queueID", "contractID"} <= set(tables["incident"]["unmapped"])
    lookups = {t: [(lk["target"], lk["source"], lk["table"]) for lk in tables[t]["lookups"]]
               for t in tables}
    assert lookups == {"account": [],
                       "contact": [("parentcustomerid", "companyID", "account")],
                       "incident": [("customerid", "companyID", "account")]}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("contracts", "unknown"), ("phases", "unknown"), ("projects", "unknown"),
        ("resources", "user"), ("service_calls", "activity"), ("task_notes", "note"),
        ("tasks", "task"), ("ticket_notes", "note"), ("time_entries", "unknown")]

    for table in tables:
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    account = _staged(run_dir, "account").to_dicts()[0]
    assert {c: account[c] for c in ACCOUNT} == {
        "address1_line1": "26 Tech Valley Drive", "address1_line2": "Suite 2",
        "address1_city": "East Greenbush", "overriddencreatedon": "2012-10-24T05:00:00Z",
        "fax": "555-555-6677", "name": "Autotask Corporation", "accountnumber": "289843",
        "telephone1": "555-555-5566", "address1_postalcode": "12061",
        "address1_stateorprovince": "NY", "websiteurl": "www.autotask.com",
        "address2_city": "East Greenbush", "address2_stateorprovince": "NY",
        "address2_postalcode": "12061", "address2_line1": "26 Tech Valley Drive",
        "address2_line2": "Suite 2", "statecode": 0}
    contact = _staged(run_dir, "contact").to_dicts()[0]
    assert contact["statecode"] == 0
    assert contact["firstname"] and contact["lastname"]
    assert all("@" in contact[c] for c in ("emailaddress1", "emailaddress2", "emailaddress3"))
    assert all(contact[c] for c in ("telephone1", "telephone2", "mobilephone"))
    assert contact["__via__parentcustomerid_account"] == "id"
    assert contact["__ref__parentcustomerid_account"] == account["__source_id"]
    case = _staged(run_dir, "incident").to_dicts()[0]
    assert {c: case[c] for c in INCIDENT} == {
        "overriddencreatedon": "2019-08-18T01:00:00Z", "description": "Monthy Services Checkup",
        "resolveby": "2012-09-07T01:00:00Z", "prioritycode": 3, "statuscode": 1,
        "ticketnumber": "T20120604.0002.005", "title": "Monthy Services Checkup*"}
    assert case["__via__customerid_account"] == "id"
    assert case["__ref__customerid_account"] == account["__source_id"]
    assert case["__via__left__primarycontactid"] is True

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
