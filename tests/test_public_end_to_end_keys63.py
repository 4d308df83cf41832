"""keys63's public exports run end to end from their parameters files, decisions only
(issue 13): Help Scout through python-helpscout's recorded API lists and Capsule CRM through
the capsule_crm gem's API bodies, each record's JSON flattened (``parent.child`` columns).
Same harness as tests/test_public_end_to_end.py."""

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


def test_help_scout_conversations_are_cases_of_their_customers(tmp_path: Path) -> None:
    """The 22 conversations load as cases of their customer (``customer.id``, read back),
    by the channel their type names (email 20, phone 2) and their status (active, pending,
    closed decided); of the 19 customers the 8 with a last name load as contacts, the 11
    with none (8 nameless, 3 one word or an address typed as the name) are held back, each
    with its reason. The customers' company is a name no record of the export holds: 5
    contacts move without it, said. Help Scout's team (a user of type "team", read as people
    too) is left out by the analyst, said; users, the mailbox and the tags stay in Help
    Scout with their reasons."""
    run_dir = run_public("help-scout-python", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("customers", 19, 8, 11, 0, 0),
                             "incident": ("conversations", 22, 22, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 5}
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases["__ref__customerid_contact"].drop_nulls().len() == 22
    assert cases.group_by("caseorigincode", "statuscode").len().sort(
        "caseorigincode", "statuscode").rows() == [(1, 1, 1), (1, 5, 1), (2, 1, 19), (2, 3, 1)]
    first = cases.filter(pl.col("ticketnumber") == "183").to_dicts()[0]
    assert (first["title"], first["overriddencreatedon"], first["__ref__customerid_contact"]) \
        == ("Celebrate successful conversation.", "2017-12-07T21:08:20Z", "144228647")
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people["lastname"]) == ["Bunny", "Hughes", "Scout", "Testerson", "User",
                                          "User", "User", "User"]
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.height == 11 and set(held["column"]) == {"lastname"}
    verified = verified_columns(run_dir)
    assert verified["incident"]["customerid"] == 0
    assert verified["incident"]["caseorigincode"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("users", "mailboxes", "tags"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert not files["teams"]["migrated"] and "a group of agents" in files["teams"]["reason"]
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "5 records moved without it" in report


def test_capsule_people_organisations_tasks_load_records_of_absent_parties_are_held(
        tmp_path: Path) -> None:
    """Capsule's 2 people load as contacts, its organisation as an account, its 4 tasks
    as tasks (their one line the subject, their detail the text, decided), due dates read
    back. The opportunity and the case name party 2, which the export does not hold (its
    parties are 100, 101 and 50: hand-made examples): both need a customer, so both are
    held back with their reason. The users are matched, not created; the history note
    (discovery names its file unknown) and the milestones stay in Capsule, listed."""
    run_dir = run_public("capsule-crm-ruby", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("organisations", 1, 1, 0, 0, 0),
                             "contact": ("people", 2, 2, 0, 0, 0),
                             "opportunity": ("opportunities", 1, 0, 1, 0, 0),
                             "incident": ("cases", 1, 0, 1, 0, 0),
                             "task": ("tasks", 4, 4, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people["lastname"]) == ["Page", "Schmidt"]
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    meet = tasks.filter(pl.col("subject") == "Meet with customer").to_dicts()[0]
    assert (meet["description"], meet["scheduledend"]) == (
        "Meeting at Coffee shop", "2012-02-24T00:00:00Z")
    for name in ("opportunity", "incident"):
        held = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        assert held["column"].to_list() == ["partyId"], name   # its reason beside it
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("users", "history", "milestones"):
        assert not files[name]["migrated"] and files[name]["reason"], name
