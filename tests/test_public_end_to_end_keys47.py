"""keys47's public exports run end to end from their parameters files, decisions only
(issue 13): Salesloft and Outreach, sales-engagement products, as Airbyte's connectors
record them. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_salesloft_people_accounts_and_their_activities(tmp_path: Path) -> None:
    """Salesloft's 3 accounts and 3 people load, the people linked to their account by the
    id inside Salesloft's link object ({"_href": ".../accounts/35092358", "id": ...}: the
    same account on each row, a link, no tenant's id); its calls, e-mails sent, meetings,
    notes and the cadence actions (to-dos: tasks, their type 'email' what to do) load too.
    The activities are about two people the file does not list: links left, counted. The
    CRM activity log (the same calls and e-mails again) is left out by decision, the
    cadences, stages and templates stay in Salesloft with their reasons."""
    run_dir = run_public("salesloft-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("accounts", 3, 3, 0, 0, 0),
                             "contact": ("people", 3, 3, 0, 0, 0),
                             "task": ("actions", 3, 3, 0, 0, 0),
                             "phonecall": ("calls", 2, 2, 0, 0, 0),
                             "appointment": ("meetings", 2, 2, 0, 0, 0),
                             "email": ("emails", 3, 3, 0, 0, 0),
                             "note": ("notes", 3, 3, 0, 0, 0)}
    assert out["phonecall"]["links_left"] == {"regardingobjectid": 2}
    assert out["email"]["links_left"] == {"regardingobjectid": 3}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 3
    assert sorted(people["mobilephone"].to_list()) == ["14246220939", "16205829403",
                                                         "19125901057"]
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert tasks["__ref__regardingobjectid_contact_task"].drop_nulls().len() == 3
    emails = pl.read_parquet(run_dir / "staged" / "email.parquet")
    assert sorted(emails["torecipients"].to_list()) == [
        "karina.kuznietsova@zazmc.com", "karina.kuznietsova@zazmc.com", "kellyirish@google.com"]
    calls = pl.read_parquet(run_dir / "staged" / "phonecall.parquet")
    assert "description" not in calls.columns   # a call's 'note' is a link to a note, no text
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("cadences", "steps", "person_stages", "email_templates", "groups"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "CRM activity log: the same calls and e-mails again" in report


def test_outreach_prospects_opportunity_calls_tasks_and_a_mailing(tmp_path: Path) -> None:
    """Outreach's account, its prospect (a contact by decision: she works at the account and
    is on its opportunity), the opportunity of that account (its link a list of one id:
    "account": [1]), three inbound calls and three tasks load. The one mailing (a failed
    send with no subject) is held back, its reason said: an e-mail needs a subject. Users,
    mailboxes, sequences and their steps stay in Outreach with their reasons."""
    run_dir = run_public("outreach-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("accounts", 1, 1, 0, 0, 0),
                             "contact": ("prospects", 1, 1, 0, 0, 0),
                             "opportunity": ("opportunities", 1, 1, 0, 0, 0),
                             "task": ("tasks", 3, 3, 0, 0, 0),
                             "phonecall": ("calls", 3, 3, 0, 0, 0),
                             "email": ("mailings", 1, 0, 1, 0, 0)}
    held = pl.read_csv(run_dir / "quarantine" / "email.csv")
    assert held["reason"].to_list() == ["an email needs a subject "
                                        "(expect_column_values_to_not_be_null)"]
    person = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (person["firstname"], person["lastname"], person["address1_city"]) == (
        "Karina", "Kuznietsova", "Los Angeles")
    assert person["__ref__parentcustomerid_account"] is not None
    deal = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").to_dicts()[0]
    assert deal["name"] == "Airbyte Testing's Team" and deal["closeprobability"] == 100
    assert deal["__ref__parentaccountid"] is not None
    account = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "customertypecode" not in account.columns   # what it does, no relationship
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("sequences", "sequence_steps", "mailboxes", "call_dispositions"):
        assert not files[name]["migrated"] and files[name]["reason"], name
