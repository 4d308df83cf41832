"""keys89's public export runs end to end from its parameters file, decisions only (issue
13): the volunteer-management sample data of Microsoft's Nonprofit Accelerator for
Dataverse, one CSV per table headed with Dataverse's own labels, ids and links as GUIDs,
choices as option numbers. Same harness as tests/test_public_end_to_end.py."""

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

SCHEDULING = ("Bookable Resource", "Bookable Resource Category",
              "Bookable Resource Category Assn", "Characteristic",
              "Bookable Resource Characteristic", "Project Team Member")


def _refs(run_dir: Path, table: str) -> dict[str, int]:
    staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
    return {c.removeprefix("__ref__"): staged[c].drop_nulls().len() for c in staged.columns
            if c.startswith("__ref__")}


def _bound_later(run_dir: Path) -> dict[str, dict[str, int]]:
    """Per object, the links bound once the table they name had loaded (load/<object>.json)."""
    return {p.stem: b for p in sorted((run_dir / "load").glob("*.json"))
            if (b := json.loads(p.read_text()).get("bound_later"))}


def test_volunteer_package_people_load_and_scheduling_stays(tmp_path: Path) -> None:
    """The volunteer package's 36 accounts (organisations and households) and 83 contacts
    (constituents, 79 under their account by its GUID) load, every record read back, with
    no lookup left unresolved; the 28 accounts' Primary Contact is bound once the contacts
    have loaded; every column reads back from the org as it was sent. Each record keeps its
    export's state (all active). The bookable resources, their roles and skills, the
    volunteer projects and their team members stay in the source, each with its reason:
    the projects because their name says projects, the scheduling files because discovery
    recognises no Sales records in them."""
    run_dir = run_public("d365-volunteer-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Account", 36, 36, 0, 0, 0, 0),
                                       "contact": ("Contact", 83, 83, 0, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "account") == {"primarycontactid": 28}
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 79}   # by GUID
    assert _bound_later(run_dir) == {"account": {"primarycontactid": 28}}
    verified = verified_columns(run_dir)   # every column read back as it was sent
    assert verified["contact"]["parentcustomerid"] == 0
    assert verified["account"]["primarycontactid"] == 0
    assert all(n == 0 for cols in verified.values() for n in cols.values()), verified
    for table in ("account", "contact"):
        staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
        assert set(staged["statecode"]) == {0}, table
    files = inventory_files(run_dir)
    assert files["Account"]["migrated"] and files["Contact"]["migrated"]
    assert not files["Project"]["migrated"] and "projects" in files["Project"]["reason"]
    for name in SCHEDULING:
        assert not files[name]["migrated"] and files[name]["reason"], name
