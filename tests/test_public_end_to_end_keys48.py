"""keys48's public exports run end to end from their parameters files, decisions only
(issue 13): Freshdesk as Airbyte's connector recorded a test account, and Volunteers for
Salesforce's sample data set. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, issues, outcomes, run_public


def test_freshdesk_companies_contacts_and_tickets_with_their_requester(tmp_path: Path) -> None:
    """The 13 companies load as accounts, the 10 contacts as contacts (5 name a company the
    export does not hold: the link is left, counted), and of the 6 tickets the 4 whose
    requester is a contact of the export load as cases of that contact (read back); the 2
    raised by people the export's contacts do not hold are held back, each with its value
    and reason (a case needs its customer). Freshdesk's own codes are decided into
    Dataverse's options (priority 1 Low is Dataverse's 3, not its 1 High); the plain text
    of the HTML description moves; the responder, an agent, is named in the owner queue by
    the e-mail and name the agents file nests in its 'contact' object. Everything else is
    the help desk's set-up, its knowledge base or its forum: listed, with reasons."""
    run_dir = run_public("freshdesk-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("companies", 13, 13, 0, 0, 0),
                             "contact": ("contacts", 10, 10, 0, 0, 0),
                             "incident": ("tickets", 6, 4, 2, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 5}
    assert out["incident"]["links_left"] == {"customerid": 3}   # the company: not exported
    assert issues(run_dir, "quarantine", "incident") == [
        "no customerid: '67038833126' is not a contact of the export",
        "no customerid: '67038833129' is not a contact of the export"]
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("__source_id")
    assert cases.select("__source_id", "title", "statuscode", "prioritycode",
                        "caseorigincode", "casetypecode").rows() == [
        ("20", "Test", 1, 3, 1, 1),       # Open, Low, by phone, a question
        ("21", "Test", 5, 3, 2, None),    # Closed, outbound e-mail
        ("22", "Test 1", 3, 3, 1, 2),     # Pending (awaiting the customer), a problem
        ("23", "Test", 5, 3, 2, None)]
    assert cases["description"].to_list() == ["Test", "Test", "Test 1", "Test"]   # no HTML
    assert cases["__ref__customerid_contact"].to_list() == [
        "67042965499", "67042965499", "67032849498", "67042965499"]
    verified = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verified["incident"]["columns"]["customerid"] == 0
    assert not any(n for t in verified.values() for n in t["columns"].values())
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "records", "person").rows() == [
        ("67013469919", "3", "Team Airbyte <integration-test@airbyte.io>")]
    files = {f["source"]: f for f in
             json.loads((run_dir / "inventory.json").read_text())["files"]}
    assert {s for s, f in files.items() if f["migrated"]} == {"companies", "contacts",
                                                              "tickets"}
    assert all(f["reason"] for f in files.values() if not f["migrated"])
    assert "forum" in files["discussion_comments"]["reason"]
    assert "mailboxes" in files["email_mailboxes"]["reason"]


def test_volunteers_for_salesforce_households_volunteers_and_campaigns(tmp_path: Path) -> None:
    """The 5 households load as accounts, the 7 volunteers as contacts of their household
    (read back), the 6 campaigns as campaigns with their dates; Salesforce's campaign
    statuses are placed without a decision (Planned is Dynamics 365's Proposed, Completed
    its Completed). V4S's jobs, their recurrence schedules, 515 shifts and the volunteers'
    hours have no Sales table: listed with their reasons."""
    run_dir = run_public("salesforce-v4s-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("Account", 5, 5, 0, 0, 0),
                             "contact": ("Contact", 7, 7, 0, 0, 0),
                             "campaign": ("Campaign", 6, 6, 0, 0, 0)}
    assert not any(o["links_left"] for o in out.values())
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 7
    campaigns = pl.read_parquet(run_dir / "staged" / "campaign.parquet").sort("__source_id")
    assert campaigns["statuscode"].to_list() == [0, 3, 0, 3, 0, 0]   # Proposed / Completed
    assert campaigns.filter(pl.col("name") == "GC Product Webinar - Jan 7, 2002")[
        "actualstart"].to_list() == ["2018-12-25T00:00:00Z"]
    verified = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verified["contact"]["columns"]["parentcustomerid"] == 0
    assert not any(n for t in verified.values() for n in t["columns"].values())
    files = {f["source"]: f for f in
             json.loads((run_dir / "inventory.json").read_text())["files"]}
    for name in ("Volunteer_Job__c", "Job_Recurrence_Schedule__c", "Volunteer_Shift__c",
                 "Volunteer_Hours__c"):
        assert not files[name]["migrated"] and files[name]["reason"], name
