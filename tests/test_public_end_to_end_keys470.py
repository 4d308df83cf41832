"""keys470's public export runs end to end from its parameters file, decisions only
(issue 13): Agile CRM (pnmcosta/agilecrm-mock-api at 48638b35, MIT; a JSON Server mock of
Agile CRM's REST API), the sample records a new Agile CRM account starts with (the person
'Customer Success Team', the company 'Agile CRM', the won deal 'Tesla - Model S - P100D',
the 'Support Note', four getting-started tasks, one calendar event) as Agile CRM labels their
fields, in English (tests/data/exports/agilecrm-export-en; SOURCE.md), on the branch-point
engine 1ff802d6 (session 58, round Z22). Same harness as tests/test_public_end_to_end.py
(the shared runner ``runs_once``, through conftest's ``runs``).

The company loads as an account keyed by its Agile id (name, web site, e-mail, its first
three work phones, city, state, country, created date); the person as a contact of that
account (by the company's name), with the job title; the deal as a won opportunity
(milestone 'Won': closed as Won, at the last stage, its value, probability, expected close
and won dates) whose customer is that account; the note on the person (by the person's
Agile id); the four tasks open, Not Started, their category, priority, due date and
progress; the event as an appointment regarding the deal (by the deal's name), past and so
completed. Every record's owner is Agile's user 'mock', no user of the org: queued, the
fallback owner. Nothing held back, skipped, failed or cleared; no link unresolved;
verification finds no column differing. No engine defect.

The parameters decide: the keys (Agile CRM's ids); the person's 'Title' as the job title,
the deal's customer by 'Related Contacts', the note's contact by 'Contact IDs', a task's
'Completed Date' as its actual end (the measured misses; 'Completed' Yes/No, read as the
date, stays unmapped); a task's status words (Yet To Start: Not Started); the event's deal
by 'Related Deals'.

What is NOT read (left unmapped): tags, lead scores and star values; a company's fourth
phone; the deal's 'Archived' flag and 'Updated Date'; the note's contact names (its ids are
read); a task's 'Completed' flag and (empty) related contacts; the event's related contacts
(people and the company at once, no attendee list the run writes).
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

NAME = "agilecrm-export-en"
KINDS = {"companies": ("account", {"account": 1}), "contacts": ("contact", {"contact": 1}),
         "deals": ("deal", {"opportunity": 1}), "notes": ("note", {"note": 1}),
         "tasks": ("task", {"task": 4}), "events": ("activity", {"appointment": 1})}
ADDRESS = {"address1_line1": "Address", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_country": "Country",
           "address1_postalcode": "Zip"}
ACCOUNT = {"name": "Name", "websiteurl": "URL", "emailaddress1": "Email",
           "telephone1": "Phone", "telephone2": "Phone 2", "telephone3": "Phone 3",
           **ADDRESS, "overriddencreatedon": "Created Date"}
CONTACT = {"firstname": "First Name", "lastname": "Last Name", "emailaddress1": "Email",
           "telephone1": "Phone", "websiteurl": "Website", **ADDRESS,
           "overriddencreatedon": "Created Date", "jobtitle": "Title"}
TASK = {"subject": "Subject", "category": "Category", "prioritycode": "Priority",
        "statuscode": "Status", "scheduledend": "Due Date", "percentcomplete": "Progress",
        "overriddencreatedon": "Created Date", "actualend": "Completed Date"}
APPOINTMENT = {"subject": "Title", "scheduledstart": "Start Date", "scheduledend": "End Date",
               "isalldayevent": "All Day", "description": "Description",
               "overriddencreatedon": "Created Date"}
NOTE = {"subject": "Subject", "notetext": "Description", "overriddencreatedon": "Created Date"}


def _tables(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]} | {
        "_unmatched": {u["source"]: u["kind"] for u in mapping["unmatched_sources"]}}


def _staged(run_dir: Path, target: str) -> list[dict]:
    return pl.read_parquet(run_dir / "staged" / f"{target}.parquet").to_dicts()


def test_agilecrm_sample_account_loads_whole(runs: Callable[[str], Path]) -> None:
    """The company, its person, its won deal, the note, the four tasks and the event load,
    each keyed by Agile CRM's id and linked to one another; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("deals", 1, 1, 0, 0, 0, 0, 1),
        "task": ("tasks", 4, 4, 0, 0, 0, 0, 0),
        "appointment": ("events", 1, 1, 0, 0, 0, 0, 1),
        "note": ("notes", 1, 1, 0, 0, 0, 0, 0)}
    assert out["opportunity"]["closed_as"] == {"Won": 1}
    assert out["appointment"]["closed_as"] == {"Completed": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _tables(run_dir)
    assert tables.pop("_unmatched") == {}
    assert set(tables) == {"account", "contact", "opportunity", "task", "appointment",
                           "annotation"}
    for target, cols, key in (("account", ACCOUNT, "Company ID"),
                              ("contact", CONTACT, "Contact ID"),
                              ("task", TASK, "Task ID"),
                              ("annotation", NOTE, "Note ID")):
        assert {c["target"]: c["source"] for c in tables[target].get("columns", [])} == cols
        assert tables[target]["source_key"] == f"key({key})"
    appt = {c["target"]: c["source"] for c in tables["appointment"]["columns"]}
    assert {k: appt[k] for k in APPOINTMENT} == APPOINTMENT
    assert tables["appointment"]["source_key"] == "key(Event ID)"
    assert tables["opportunity"]["source_key"] == "key(Deal ID)"
    for target in tables:
        assert tables[target]["owner"]["source"] == "Owner", target
    assert [(lk["target"], lk["source"]) for lk in tables["contact"]["lookups"]] == [
        ("parentcustomerid", "Company")]
    assert [(lk["target"], lk["source"]) for lk in tables["opportunity"]["lookups"]] == [
        ("customerid", "Related Contacts")]
    assert [(lk["target"], lk["source"]) for lk in tables["annotation"]["lookups"]] == [
        ("objectid", "Contact IDs")]
    assert [(lk["target"], lk["source"]) for lk in tables["appointment"]["lookups"]] == [
        ("regardingobjectid", "Related Deals")]
    # the done flag is not read as the completion date once that date is decided
    assert "Completed" not in {c["source"] for c in tables["task"]["columns"]}

    for target in ("account", "contact", "opportunity", "task", "appointment", "note"):
        for kind in ("quarantine", "skipped", "cleared", "flags", "unresolved_links"):
            path = run_dir / kind / f"{target}.csv"
            if path.exists():
                assert pl.read_csv(path, infer_schema=False).height == 0, (target, kind)

    [account] = _staged(run_dir, "account")
    assert {k: account[k] for k in ACCOUNT} == {
        "name": "Agile CRM", "websiteurl": "https://www.agilecrm.com",
        "emailaddress1": "sales@agilecrm.com", "telephone1": "+1-800-980-0729",
        "telephone2": "+44 14428 00729", "telephone3": "+61 285990729",
        "address1_line1": None, "address1_city": "Dallas", "address1_stateorprovince": "Texas",
        "address1_country": "United States", "address1_postalcode": None,
        "overriddencreatedon": "2017-04-19T10:50:27Z"}
    [contact] = _staged(run_dir, "contact")
    assert (contact["firstname"], contact["lastname"], contact["jobtitle"],
            contact["emailaddress1"], contact["address1_city"]) == (
        "Customer Success", "Team", "Support", "care@agilecrm.com", "Dallas")
    # the person's company: the account of that name
    assert contact["__ref__parentcustomerid_account"] == account["__source_id"]

    [deal] = _staged(run_dir, "opportunity")
    assert {k: deal[k] for k in ("name", "estimatedvalue", "estimatedclosedate",
                                 "actualclosedate", "stepname", "salesstage",
                                 "closeprobability", "statecode", "statuscode")} == {
        "name": "Tesla - Model S - P100D", "estimatedvalue": 10000.0,
        "estimatedclosedate": "2017-04-21T23:00:00Z", "actualclosedate": "2017-04-18T23:00:00Z",
        "stepname": "Won", "salesstage": 3, "closeprobability": 100,
        "statecode": 1, "statuscode": 3}                 # milestone Won: Won, Won
    assert deal["__ref__customerid_account"] == account["__source_id"]

    [note] = _staged(run_dir, "note")
    assert (note["subject"], note["overriddencreatedon"]) == ("Support Note",
                                                              "2017-04-19T10:50:30Z")
    assert note["notetext"].startswith("This is a sample note.")
    assert note["__ref__objectid_contact"] == contact["__source_id"]

    tasks = _staged(run_dir, "task")
    assert [(t["subject"], t["category"], t["prioritycode"], t["statuscode"],
             t["scheduledend"], t["percentcomplete"], t["actualend"]) for t in tasks] == [
        ("Tweet about Agile", "Tweet", 2, 2, "2017-04-19T11:00:00Z", 0, None),
        ("Like Agile on Facebook", "Other", 1, 2, "2017-04-19T11:00:00Z", 0, None),
        ("Import Contacts", "Other", 2, 2, "2017-04-20T11:00:00Z", 0, None),
        ("Download Mobile App", "Other", 1, 2, "2017-04-20T11:00:00Z", 0, None)]

    [event] = _staged(run_dir, "appointment")
    assert {k: event[k] for k in APPOINTMENT} == {
        "subject": "Test event", "scheduledstart": "2017-05-26T13:45:00Z",
        "scheduledend": "2017-05-26T14:15:00Z", "isalldayevent": False, "description": None,
        "overriddencreatedon": "2017-05-26T13:53:54Z"}
    assert event["statuscode"] == 3                      # past: Completed
    assert event["__ref__regardingobjectid_opportunity_appointment"] == deal["__source_id"]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [("mock", "unmatched", "9")]
    assert queue["resolution"][0] == "assigned to fallback owner avery.admin@contoso.example"
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "opportunity", "task", "appointment", "note"}
    assert set(verified["account"]) == set(ACCOUNT) | {"ownerid"}
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid", "ownerid"}
    assert set(verified["task"]) == set(TASK) | {"ownerid"}
    assert set(verified["note"]) == set(NOTE) | {"objectid", "ownerid"}
    assert {"customerid", "statecode", "estimatedvalue"} <= set(verified["opportunity"])
    assert {"regardingobjectid", "scheduledstart"} <= set(verified["appointment"])
    assert not any(v for cols in verified.values() for v in cols.values())
