"""keys50's public export runs end to end from its parameters file, decisions only (issue
13): Microsoft's Higher Education Accelerator 1.0 sample data for Dataverse, one CSV per
table headed with Dataverse's own labels, ids and links as GUIDs, choices as option numbers,
dates as the 2019 migration tool wrote them ('6/23/2000 12:00:00 AM'). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

ACCELERATOR_TABLES = (
    "Academic Period", "Academic Period Detail", "Area of Interest", "Area of Study", "Course",
    "Course History", "Course Section", "Education Level", "Extra Curricular Activity",
    "Extra Curricular Participant", "Previous Education", "Program", "Program Level",
    "Program Version", "Registration Status", "Student Program Type", "Student Status",
    "Test Score", "Test Type")


def test_education_accelerator_schools_and_students(tmp_path: Path) -> None:
    """The 101 accounts (high schools, colleges, partners) and 253 contacts (students and
    staff) load and are read back whole. The 15 accounts' primary contacts are bound once the
    contacts have loaded, the 3 staff members' company by GUID. 'Do not allow Emails' is
    donotemail by its label, not the bulk-email flag beside it; Business Type and Customer
    Size load into Dataverse's own columns of those names, no decision needed. Birthdays in the 2019
    tool's form load as dates. The extra addresses and the accelerator's twenty tables stay
    in the source, each with its reason."""
    run_dir = run_public("d365-education-accelerator", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("Account", 101, 101, 0, 0, 0, 0),
        "contact": ("Contact", 253, 253, 0, 0, 0, 0)}
    bound = {p.stem: json.loads(p.read_text()).get("bound_later")
             for p in (run_dir / "load").glob("*.json")}
    assert bound == {"account": {"primarycontactid": 15}, "contact": None}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts["__ref__parentcustomerid_account"].drop_nulls().len() == 3
    assert contacts["birthdate"].drop_nulls().len() == 251
    assert contacts.filter(pl.col("lastname") == "Acevedo").sort("firstname").select(
        "firstname", "birthdate").row(2) == ("Laith", "2000-06-23T00:00:00Z")
    mapping = run_dir / "mapping.yml"
    assert "source: Do not allow Emails" in mapping.read_text()
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"donotemail", "primarycontactid", "overriddencreatedon"} <= set(columns["account"])
    assert not {"customertypecode", "numberofemployees"} & set(columns["account"])
    assert {"businesstypecode", "customersizecode"} <= set(columns["account"])
    assert {"birthdate", "gendercode", "emailaddress1", "parentcustomerid"} <= set(
        columns["contact"])
    files = inventory_files(run_dir)
    for name in ("Address", *ACCELERATOR_TABLES):
        assert not files[name]["migrated"] and files[name]["reason"], name
