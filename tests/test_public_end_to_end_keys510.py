"""keys510's public export runs end to end from its parameters file, decisions only
(issue 13): Bullhorn, its own sample records -- the load examples Bullhorn ships with its
open-source Data Loader (bullhorn/dataloader at cf0e6b15, AGPL-3.0): 1 client corporation
('DataLoader Example Company'), 1 client contact on it, 1 lead, 1 opportunity
('DataLoader ExampleOpportunity', open) on the company, its contact and the lead, 3 notes,
1 task (completed) and 1 appointment -- headed by Bullhorn REST API field names
('clientCorporation.externalID', 'owner.name', 'winProbabilityPercent'), in English
(tests/data/exports/bullhorn-export-en; SOURCE.md), on the branch-point engine 8f7d9ee4
(session 62, round Z35). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The client corporation loads as an account (main and billing addresses, phones, website,
revenue, employees, ownership Public, description), the client contact as a contact on it
(names, three e-mails, phones, both addresses, department, job title), the lead as a lead
on the company (its job title the placeholder 'occupation' as written, source Other, status
New), the opportunity as an open opportunity (stage 'Open' qualifying, value 1000,
probability 20, the m/d/yy close dates read as 2017-01-01) on the account, its contact and
the lead it came from, the task (completed, High) and the appointment (past: Completed) on
the opportunity, the notes as notes, two of them on the opportunity (the second names
none), each keyed by Bullhorn's external id. Nothing held back, skipped, failed or cleared;
no owner queued (the fallback owner); verification finds no column differing.

The parameters decide: the keys (externalID; the lead's customText1; taskUUID,
appointmentUUID), no owner column (Bullhorn's users are named, not addressed: the fallback
owner), the billing address as the account's second address and billingPhone its phone,
companyDescription, the contact's division as department, the lead's description and job
title ('occupation', not 'role'), the win probability (all measured misses), no lead source
for the contact's placeholder 'source', the choices (lead source, lead status, priorities),
the stage column (status) and its one stage, the links (company, contact, lead, the
opportunity regarded; the opportunity's contact by id, not its street: a measured miss),
and a quarantine gate of 0%.

What is NOT read (left unmapped): the recruiting fields (skills, specialties, categories,
certifications, salaries, job orders, candidates, placements, branches), the recurrence and
time-zone columns, the migration GUIDs and soft-delete flags, users by name (owner.name,
assignedUsers.name, commentingPerson.name ...), a note's action ('Call 1'), the company's
notes, socials and billing terms, the opportunity's work-site address.
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

NAME = "bullhorn-export-en"
ACCOUNT = {
    "address1_line1": "address.address1", "address1_line2": "address.address2",
    "address1_city": "address.city", "address1_stateorprovince": "address.state",
    "address1_postalcode": "address.zip", "address1_country": "address.countryName",
    "revenue": "annualRevenue", "websiteurl": "companyURL", "fax": "fax", "name": "name",
    "numberofemployees": "numEmployees", "ownershipcode": "ownership", "telephone1": "phone",
    "statuscode": "status", "tickersymbol": "tickerSymbol",
    "address2_city": "billingAddress.city", "address2_country": "billingAddress.countryName",
    "address2_line1": "billingAddress.address1", "address2_line2": "billingAddress.address2",
    "address2_postalcode": "billingAddress.zip",
    "address2_stateorprovince": "billingAddress.state", "address2_telephone1": "billingPhone",
    "description": "companyDescription"}
OPPORTUNITY = {
    "actualclosedate": "actualCloseDate", "estimatedvalue": "dealValue",
    "description": "description", "estimatedclosedate": "expectedCloseDate",
    "prioritycode": "priority", "name": "title", "salesstage": "__stage_salesstage",
    "stepname": "__stage_stepname", "statecode": "__stage_state",
    "closeprobability": "winProbabilityPercent"}
TASK = {"overriddencreatedon": "dateAdded", "scheduledstart": "dateBegin",
        "actualend": "dateCompleted", "scheduledend": "dateEnd", "description": "description",
        "statecode": "isCompleted", "prioritycode": "priority", "subject": "subject"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_bullhorn_records_load(runs: Callable[[str], Path]) -> None:
    """Every file loads whole, linked by Bullhorn's external ids; nothing held back,
    queued or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("ClientCorporation", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("ClientContact", 1, 1, 0, 0, 0, 0, 0),
        "lead": ("Lead", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("Opportunity", 1, 1, 0, 0, 0, 0, 0),
        "task": ("Task", 1, 1, 0, 0, 0, 0, 0),
        "appointment": ("Appointment", 1, 1, 0, 0, 0, 0, 0),
        "note": ("Note", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "ClientCorporation": ("account", {"account": 1}, True),
        "ClientContact": ("contact", {"contact": 1}, True),
        "Lead": ("lead", {"lead": 1}, True),
        "Opportunity": ("deal", {"opportunity": 1}, True),
        "Task": ("task", {"task": 1}, True),
        "Appointment": ("activity", {"appointment": 1}, True),
        "Note": ("note", {"note": 3}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "lead", "opportunity", "task",
                           "appointment", "annotation"}
    assert {t: tables[t]["source_key"] for t in tables} == {
        "account": "key(externalID)", "contact": "key(externalID)",
        "lead": "key(customText1)", "opportunity": "key(externalID)",
        "task": "key(taskUUID)", "appointment": "key(appointmentUUID)",
        "annotation": "key(externalID)"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["opportunity"]["columns"]} == OPPORTUNITY
    assert {c["target"]: c["source"] for c in tables["task"]["columns"]} == TASK
    contact_cols = {c["target"]: c["source"] for c in tables["contact"]["columns"]}
    assert (contact_cols["department"], contact_cols["jobtitle"]) == ("division", "occupation")
    assert "leadsourcecode" not in contact_cols
    lead_cols = {c["target"]: c["source"] for c in tables["lead"]["columns"]}
    assert (lead_cols["description"], lead_cols["jobtitle"]) == ("description", "occupation")
    # a logged meeting took place: the engine's own Completed, from no column
    assert [(c["source"], c.get("value")) for c in tables["appointment"]["columns"]
            if c["target"] == "statuscode"] == [(None, 3)]
    assert {c["target"]: c["source"] for c in tables["annotation"]["columns"]} == {
        "notetext": "comments"}
    lookups = {t: sorted((lk["target"], lk["source"], lk["table"])
                         for lk in tables[t].get("lookups", [])) for t in tables}
    assert lookups == {
        "account": [],
        "contact": [("parentcustomerid", "clientCorporation.externalID", "account")],
        "lead": [("parentaccountid", "clientCorporation.externalID", "account")],
        "opportunity": [("customerid", "clientCorporation.externalID", "account"),
                        ("originatingleadid", "lead.customText1", "lead"),
                        ("parentcontactid", "clientContact.externalID", "contact")],
        "task": [("regardingobjectid", "opportunity.externalID", "opportunity")],
        "appointment": [("regardingobjectid", "opportunity.externalID", "opportunity")],
        "annotation": [("objectid", "opportunities.externalID", "opportunity")]}
    assert not any(t.get("owner") for t in tables.values())
    assert {"commentingPerson.name", "candidates.externalID", "action"} <= set(
        tables["annotation"]["unmapped"])
    assert not mapping["unmatched_sources"]

    for table in ("account", "contact", "lead", "opportunity", "task", "appointment", "note"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    account = _staged(run_dir, "account").to_dicts()[0]
    assert {k: account[k] for k in ("name", "revenue", "numberofemployees", "ownershipcode",
                                    "statuscode", "address2_line1", "address2_telephone1",
                                    "telephone1", "description")} == {
        "name": "DataLoader Example Company", "revenue": 10000000.0,
        "numberofemployees": 500, "ownershipcode": 1, "statuscode": 1,
        "address2_line1": "100 Summer St.", "address2_telephone1": "245-555-0131",
        "telephone1": "747-555-0131", "description": "This is a company description."}
    company = account["__source_id"]
    contact = _staged(run_dir, "contact").to_dicts()[0]
    assert (contact["firstname"], contact["lastname"], contact["department"],
            contact["emailaddress3"], contact["address2_city"], contact["suffix"]) == (
        "DataLoader", "ExampleClientContact", "Accounting", "test.contact@company.com",
        "Clayton", "III")
    assert contact["__ref__parentcustomerid_account"] == company
    lead = _staged(run_dir, "lead").to_dicts()[0]
    assert (lead["lastname"], lead["subject"], lead["jobtitle"], lead["leadsourcecode"],
            lead["statuscode"], lead["description"], lead["__ref__parentaccountid"]) == (
        "ExampleLead", "DataLoader Example Company", "occupation", 10, 1,
        "This is a Lead description", company)
    opp = _staged(run_dir, "opportunity").to_dicts()[0]
    assert {k: opp[k] for k in ("name", "estimatedvalue", "closeprobability", "salesstage",
                                "stepname", "statecode", "prioritycode", "actualclosedate",
                                "estimatedclosedate")} == {
        "name": "DataLoader ExampleOpportunity", "estimatedvalue": 1000.0,
        "closeprobability": 20, "salesstage": 0, "stepname": "Open", "statecode": 0,
        "prioritycode": 1, "actualclosedate": "2017-01-01T00:00:00Z",
        "estimatedclosedate": "2017-01-01T00:00:00Z"}
    assert (opp["__ref__customerid_account"], opp["__ref__parentcontactid"],
            opp["__ref__originatingleadid"]) == (
        company, contact["__source_id"], lead["__source_id"])
    task = _staged(run_dir, "task").to_dicts()[0]
    assert (task["subject"], task["statecode"], task["prioritycode"], task["scheduledend"],
            task["actualend"]) == ("This is a Task subject.", 1, 2, "2016-09-08T12:00:00Z",
                                   "2016-09-08T14:00:00Z")
    assert task["__ref__regardingobjectid_opportunity_task"] == opp["__source_id"]
    appt = _staged(run_dir, "appointment").to_dicts()[0]
    assert (appt["subject"], appt["location"], appt["scheduledstart"], appt["scheduledend"],
            appt["isalldayevent"], appt["statuscode"]) == (
        "Example Appointment", "In Person", "2016-02-02T00:00:00Z", "2016-03-03T00:00:00Z",
        False, 3)
    assert appt["__ref__regardingobjectid_opportunity_appointment"] == opp["__source_id"]
    notes = _staged(run_dir, "note")
    assert notes.select(["notetext", "__ref__objectid_opportunity"]).rows() == [
        ("DataLoader Example Comment 1", opp["__source_id"]),
        ("DataLoader Example Comment 2", None),   # names no opportunity
        ("DataLoader Example Comment 3", opp["__source_id"])]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {
        "customerid", "parentcontactid", "originatingleadid"}
    assert not any(v for table in verified.values() for v in table.values())
