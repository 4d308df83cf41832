"""keys70's public export runs end to end from its parameters file, decisions only (issue
13): Relaticle's demo workspaces as its CSV export writes them. Same harness as
tests/test_public_end_to_end.py."""

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


def test_relaticle_companies_people_opportunities_tasks_and_notes_all_load(
        tmp_path: Path) -> None:
    """Every record of the five demo workspaces loads, with no decision but the fallback
    owner (the demo user is no Dynamics 365 user): companies as accounts (website from
    "Domains"), people as contacts of their company by its name, opportunities with their
    company, amount, close date and stage (Relaticle's stage names kept as the step, each
    read as its sales stage), tasks with their status ('To do' Not Started, 'In progress'),
    priority ('Medium' Normal) and due date, notes with their title and HTML body. The
    export keeps no link from a task or a note to its record, so they load alone."""
    run_dir = run_public("relaticle-onboard-seed", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("export-1-companies", 20, 20, 0, 0, 0),
                             "contact": ("export-2-people", 20, 20, 0, 0, 0),
                             "opportunity": ("export-3-opportunities", 20, 20, 0, 0, 0),
                             "task": ("export-4-tasks", 20, 20, 0, 0, 0),
                             "note": ("export-5-notes", 25, 25, 0, 0, 0)}
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    apple = accounts.filter(pl.col("name") == "Apple").to_dicts()[0]
    assert apple["websiteurl"] == "www.apple.com"
    people = pl.read_parquet(staged / "contact.parquet")
    tim = people.filter(pl.col("lastname") == "Tim Cook").to_dicts()[0]
    assert (tim["emailaddress1"], tim["telephone1"], tim["jobtitle"]) \
        == ("tim@apple.com", "+14155550103", "CEO")
    assert tim["__ref__parentcustomerid_account"] == apple["__source_id"]
    assert people["__ref__parentcustomerid_account"].null_count() == 0
    deals = pl.read_parquet(staged / "opportunity.parquet")
    deal = deals.filter(pl.col("name") == "Apple Developer Partnership").to_dicts()[0]
    assert (deal["estimatedvalue"], deal["estimatedclosedate"], deal["stepname"],
            deal["salesstage"], deal["__ref__customerid_account"]) \
        == (25000.0, "2026-09-21T00:00:00Z", "Needs Analysis", 1, apple["__source_id"])
    assert set(deals["statecode"].to_list()) == {0}          # every deal still open
    tasks = pl.read_parquet(staged / "task.parquet")
    assert dict(tasks.group_by("statuscode").len().iter_rows()) == {2: 19, 3: 1}
    assert dict(tasks.group_by("prioritycode").len().iter_rows()) == {2: 12, 1: 7, 0: 1}
    brian = tasks.filter(pl.col("subject") == "Discovery call with Brian").to_dicts()[0]
    assert brian["scheduledend"] == "2026-08-28T09:00:00Z"
    notes = pl.read_parquet(staged / "note.parquet")
    assert notes["notetext"].str.starts_with("<p>").all()
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert all(f["migrated"] for f in files.values())
