"""keys38's public exports run end to end from their parameters files, decisions only
(issue 13): Baserow's Lead Management template, a hand-kept spreadsheet CRM whose touch log
names each activity's lead by name. Same harness as tests/test_public_end_to_end.py (that
module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public


def test_baserow_leads_campaigns_and_their_interactions_by_channel(tmp_path: Path) -> None:
    """The 20 leads load under their own names (the whole name in 'Name' beside the
    company), the 10 campaigns with their dates and budgets, and the 40 interactions split
    by their Channel into 16 calls, 20 e-mails and 4 meetings, each regarding the lead it
    names by name; every record read back. Target groups, sources and the account managers
    stay in Baserow with their reasons; the managers own nothing in the org and their
    records go to the fallback owner, listed in the owner queue."""
    run_dir = run_public("baserow-lead-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "lead": ("Leads", 20, 20, 0, 0, 0, 0),
        "campaign": ("Campaigns", 10, 10, 0, 0, 0, 0),
        "phonecall": ("Interactions", 16, 16, 0, 0, 0, 0),
        "email": ("Interactions", 20, 20, 0, 0, 0, 0),
        "appointment": ("Interactions", 4, 4, 0, 0, 0, 0)}
    lead = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()[0]
    assert (lead["lastname"], lead["companyname"], lead["jobtitle"], lead["leadsourcecode"]) \
        == ("Amina Nguyen", "StellarWave Solutions", "Marketing Manager", 8)
    campaign = pl.read_parquet(run_dir / "staged" / "campaign.parquet").to_dicts()[0]
    assert (campaign["name"], campaign["actualstart"], campaign["actualend"],
            campaign["budgetedcost"]) == ("Summer Sale 2025", "2025-06-01T00:00:00Z",
                                          "2025-06-30T00:00:00Z", 50000.0)
    for table, first in (("email", "1"), ("phonecall", "1"), ("appointment", "2")):
        staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
        refs = staged[f"__ref__regardingobjectid_lead_{table}"]
        assert refs.null_count() == 0 and refs[0] == first, table   # the lead's id, by name
        assert staged["scheduledstart"].null_count() == 0, table
    calls = pl.read_parquet(run_dir / "staged" / "phonecall.parquet").to_dicts()[0]
    assert (calls["subject"], calls["scheduledstart"]) == (
        "Had a short call, interested in pricing", "2025-04-05T00:00:00Z")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Target groups", "Sources", "Account managers"):
        assert not files[name]["taken"] and files[name]["reason"], name
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert set(queue["status"]) == {"unmatched"} and queue["records"].cast(int).sum() > 0


def test_baserow_events_with_their_speakers_and_attendees(tmp_path: Path) -> None:
    """The 10 events load as campaigns (people register for them: no meetings), their 20
    attendees and 20 speakers as contacts from two files of one kind, the speakers with
    their jobs ('Role': Founder & CEO) and biographies; vendors (suppliers), venues, rooms,
    schedules and registrations stay in Baserow, each listed with its reason."""
    run_dir = run_public("baserow-event-planning", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "campaign": ("Events", 10, 10, 0, 0, 0),
        "contact": ("Attendees", 20, 20, 0, 0, 0),
        "contact_2": ("Speakers", 20, 20, 0, 0, 0)}
    event = pl.read_parquet(run_dir / "staged" / "campaign.parquet").to_dicts()[0]
    assert (event["name"], event["codename"], event["actualstart"], event["statuscode"]) == (
        "Tech Summit 2024", "TS24", "2024-09-15T00:00:00Z", 2)
    speaker = pl.read_parquet(run_dir / "staged" / "contact_2.parquet").to_dicts()[0]
    assert (speaker["lastname"], speaker["jobtitle"], speaker["telephone1"]) == (
        "Jane Smith", "Founder & CEO", "+1234567890")
    assert speaker["description"].startswith("An experienced entrepreneur")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Vendors", "Venues", "Venue rooms", "Schedules", "Registrations"):
        assert not files[name]["taken"] and files[name]["reason"], name
    assert "suppliers" in files["Vendors"]["reason"]


def test_odoo_mailing_contacts_and_their_campaign(tmp_path: Path) -> None:
    """Odoo's 6 named mailing contacts load as contacts and its UTM campaign as a campaign;
    the admin's mailing contact, whose name and e-mail the demo copies from a record of
    another module (empty in the export), is held back with its reason, nothing claimed;
    lists, subscriptions, the blocklist, the newsletter and its statistics stay in Odoo."""
    run_dir = run_public("odoo-mass-mailing-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"contact": (7, 6, 1, 0, 0),
                                         "campaign": (1, 1, 0, 0, 0)}
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held["source_id"].to_list() == ["mass_mailing.mass_mail_contact_0"]
    assert "last name is required" in held["reason"][0]
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["lastname"][0] == "Aristide Antario"
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Mailing List (mailing.list)", "Mailing List Subscription "
                 "(mailing.subscription)", "Mass Mailing (mailing.mailing)",
                 "Mailing Statistics (mailing.trace)"):
        assert not files[name]["taken"] and files[name]["reason"], name


def test_odoo_employees_work_contacts_load_the_staff_is_matched(tmp_path: Path) -> None:
    """The employees' 19 work contacts load as contacts; the employees are the company's
    staff, matched to users and never created; departments, job positions, tags, work
    locations and contract types stay in Odoo with their reasons."""
    run_dir = run_public("odoo-hr-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "contact": (19, 19, 0)}
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert "users are not created" in files["Employee (hr.employee)"]["reason"]
    for name in ("Department (hr.department)", "Job Position (hr.job)",
                 "Work Location (hr.work.location)", "Contract Type (hr.contract.type)"):
        assert not files[name]["taken"] and files[name]["reason"], name
