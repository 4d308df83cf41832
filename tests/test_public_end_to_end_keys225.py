"""keys225's public export runs end to end from its parameters file, decisions only (issue
13): ChurchCRM's demo people as its CSV export writes them. Same harness as
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


def test_churchcrm_demo_people_load_as_contacts(tmp_path: Path) -> None:
    """Every person of ChurchCRM's demo (221) loads as a contact, read back whole, with two
    decisions besides the fallback owner: the family role is no job title, the work e-mail is
    the second e-mail (empty in every row), and the gender 'Unassigned' is left empty. Title
    (Mr / Mrs / Miss / Ms) is the salutation, the home phone telephone2, the cell phone the
    mobile phone. A birth date loads where the export gives year, month and day (120); 99
    give month and day only, or none, and one a day 0 (1945-4-0): those stay empty. The
    families are not in the export: the person's family id and classification stay
    unmapped."""
    run_dir = run_public("churchcrm-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "contact": ("churchcrm-export-20260207-181935", 221, 221, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    franklin = people.filter(pl.col("__source_id") == "59").to_dicts()[0]
    assert (franklin["lastname"], franklin["firstname"], franklin["salutation"],
            franklin["telephone2"], franklin["mobilephone"], franklin["emailaddress1"],
            franklin["address1_city"], franklin["address1_stateorprovince"],
            franklin["birthdate"], franklin["gendercode"]) \
        == ("Beck", "Franklin", "Mr", "(237)-926-6342", "(742)-524-0575",
            "franklin.beck@example.com", "Buffalo", "ME", "1974-07-30T00:00:00Z", 1)
    assert "jobtitle" not in people.columns
    assert people["birthdate"].null_count() == 101
    assert dict(people.group_by("gendercode").len().iter_rows()) == {1: 81, 2: 42, None: 98}
    assert people["emailaddress2"].null_count() == 221
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert all(f["migrated"] for f in files.values())
