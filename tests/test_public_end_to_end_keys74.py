"""keys74's public exports run end to end from their parameters files, decisions only
(issue 13): the CSVs CiviCRM's own import tests upload, and Chatwoot's contact import
samples. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
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
    (the same id, the same e-mail) with a phone number contacts.csv lacks: its phone column
    joins those records (keys77, mapping/merged_files.py), no decision; the three numbers
    arrive on their contacts, are read back, and are compared with existing_contacts.csv's
    own cells by the record's id. Every row of that file is accounted: merged."""
    run_dir = run_public("chatwoot-contact-import", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("contacts", 25, 25, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people.filter(pl.col("gendercode").is_not_null()).height == 5   # 4 Female, 1 Male
    assert "Tina" in set(people["firstname"]) and "O'Lunney" in set(people["lastname"])
    phones = people.filter(pl.col("telephone1").is_not_null())
    assert dict(zip(phones["emailaddress1"], phones["telephone1"], strict=True)) == {
        "cuzzell0@mozilla.org": "+918080808080", "mcreegan1@cornell.edu": "+918080808081",
        "nwindibank2@bluehost.com": "+918080808082"}
    verified = verified_columns(run_dir)
    assert verified["contact"]["telephone1"] == 0  # read back like any mapped column
    assert not any(n for cols in verified.values() for n in cols.values())
    cells = json.loads((run_dir / "verification.json").read_text())["tables"]["contact"][
        "export_cells"]["columns"]["telephone1"]
    assert (cells["export_column"], cells["differ"]) == ("phone_number", 0)
    inventory = json.loads((run_dir / "inventory.json").read_text())
    existing = next(f for f in inventory["files"] if f["file"] == "existing_contacts.csv")
    assert (existing["folded"], existing["not_taken"]) == (
        {"into": "contacts.csv", "rows": 3}, 0)
    assert inventory["rows_not_taken"] == 0
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Merged into the records of contacts.csv" in report
    assert "items need a decision" in report and "second file" not in report
