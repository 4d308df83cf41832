"""keys46's public export runs end to end from its parameters file, decisions only (issue
13): Close (close.com) as Airbyte's connector records it. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public


def test_close_companies_people_deals_and_activities(tmp_path: Path) -> None:
    """Close's 3 leads (companies with their people inside) load as accounts, its 3
    contacts as contacts, its 3 opportunities as opportunities of their company (value in
    dollars, read from cents by the formatted text beside it; stage from the status label;
    confidence as the probability), its notes, calls, meeting and tasks as activities.
    The subset keeps every record of the streams but not every company they point at: the
    contacts' companies (1 of 3 in the subset, below the link threshold), one deal's
    contact and the follow-ups' and the meeting's companies are links left, counted. The
    deals' due-date reminders are left out by decision, the SMS, status changes, completed-
    task log entries, users, statuses and pipelines stay in Close with their reasons."""
    run_dir = run_public("close-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("leads", 3, 3, 0, 0, 0),
                             "contact": ("contacts", 3, 3, 0, 0, 0),
                             "opportunity": ("opportunities", 3, 3, 0, 0, 0),
                             "task": ("lead_tasks", 3, 3, 0, 0, 0),
                             "task_3": ("email_followup_tasks", 2, 2, 0, 0, 0),
                             "phonecall": ("call_activities", 3, 3, 0, 0, 0),
                             "appointment": ("meeting_activities", 1, 1, 0, 0, 0),
                             "note": ("note_activities", 3, 3, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 3}
    assert out["opportunity"]["links_left"] == {"parentcontactid": 1}
    assert out["task_3"]["links_left"] == {"regardingobjectid": 2}
    assert out["appointment"]["links_left"] == {"regardingobjectid": 1}
    staged = run_dir / "staged"
    companies = pl.read_parquet(staged / "account.parquet")
    assert dict(companies.select("name", "websiteurl").rows())[
        "Close (Example\u00a0Lead)"] == "https://close.com"
    deals = pl.read_parquet(staged / "opportunity.parquet")
    assert sorted(deals["estimatedvalue"].to_list()) == [500.0, 500.0, 3000.0]   # not cents
    assert sorted(deals["stepname"].to_list()) == ["Demo Completed", "Demo Completed",
                                                    "Proposal Sent"]
    assert deals["closeprobability"].to_list() == [75, 75, 75]
    # the meeting's attendees, a JSON list of people, are its parties by their e-mails
    meeting = pl.read_parquet(staged / "appointment.parquet").to_dicts()[0]
    assert [p["address"] for p in meeting["__parties"]] == [
        "irina.grankova@gmail.com", "iryna.grankova@airbyte.io"]
    # the contacts' e-mails, a JSON list of typed addresses, arrive (intake/value_lists.py),
    # none cleared; the two with an empty list have none
    people = pl.read_parquet(staged / "contact.parquet")
    assert sorted(people["emailaddress1"].drop_nulls().to_list()) == ["user2.sample@gmail.com"]
    assert out["contact"]["cleared_fields"] == {}
    notes = pl.read_parquet(staged / "note.parquet")
    assert sorted(notes["notetext"].to_list()) == ["demo note", "test", "test 2"]
    files = inventory_files(run_dir)
    for name in ("sms_activities", "users", "pipelines", "opportunity_due_tasks"):
        assert not files[name]["migrated"] and files[name]["reason"], name
