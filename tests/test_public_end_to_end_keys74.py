"""keys74's public exports run end to end from their parameters files, decisions only
(issue 13): the CSVs CiviCRM's own import tests upload, and Chatwoot's contact import
samples. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def test_civicrm_import_tests_contact_and_activity(tmp_path: Path) -> None:
    """CiviCRM's contact import file (named contacts by its folder and a person's word, no
    decision) loads its one person (her own address, e-mail, web site and phone; her
    mother's, sister's and team's columns are other records, left out) and its activity
    import file its one activity (tasks by decision), an 'Urgent' one High by decision.
    The activity names its contact by e-mail, mum@example.com: the decided link finds no
    such contact in the export (the mother is only columns of Susie's row), so the task
    moves without it, said so. The donations, pledge payment, registration and membership
    files are not among the run's objects."""
    run_dir = run_public("civicrm-import-tests", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Contact-individual_locations_with_related", 1, 1, 0, 0, 0, 0),
        "task": ("Activity-activity", 1, 1, 0, 0, 0, 1)}
    assert ["names no contact of the export" in r
            for r in issues(run_dir, "unresolved_links", "task")] == [True]
    susie = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (susie["firstname"], susie["lastname"], susie["emailaddress1"]) == (
        "Susie", "Jones", "susie@example.com")
    assert (susie["address1_city"], susie["telephone1"]) == ("Sydney", "999-4445")
    # her mother's and team's columns moved nowhere: no second e-mail, no company
    assert not {"emailaddress2", "parentcustomerid"} & set(susie)
    task = pl.read_parquet(run_dir / "staged" / "task.parquet").to_dicts()[0]
    assert (task["subject"], task["actualdurationminutes"], task["prioritycode"]) == (
        "Long chat", 77, 2)
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())


def test_chatwoot_contact_import_samples(tmp_path: Path) -> None:
    """Chatwoot's 25 contacts load, gender Male / Female where Dataverse has the option
    (the others left empty by decision). existing_contacts.csv holds three of them again
    (alike by e-mail) with a phone number: left out as a copy of contacts.csv, and the
    report says it did not move and why."""
    run_dir = run_public("chatwoot-contact-import", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("contacts", 25, 25, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people.filter(pl.col("gendercode").is_not_null()).height == 5   # 4 Female, 1 Male
    assert "Tina" in set(people["firstname"]) and "O'Lunney" in set(people["lastname"])
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "existing_contacts.csv" in report and "second file" in report
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
