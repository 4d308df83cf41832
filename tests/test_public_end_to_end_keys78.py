"""keys78's public export runs end to end from its parameters file, decisions only (issue
13): Microsoft's Education accelerator K-12 sample data for Dataverse, one CSV per table
headed with Dataverse's own labels, ids and links as GUIDs, choices as option numbers. Same
harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public


def _refs(run_dir: Path, table: str) -> dict[str, int]:
    staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
    return {c.removeprefix("__ref__"): staged[c].drop_nulls().len() for c in staged.columns
            if c.startswith("__ref__")}


def test_k12_schools_people_and_their_school_activities(tmp_path: Path) -> None:
    """The K-12 sample's 9 accounts (schools, the district, partners; two under a parent
    account), 21 contacts (students, parents, teachers; 13 at their school by GUID), 3
    appointments and 8 tasks load, every record read back; each activity regarding its
    student by GUID, and only so: the appointments' Location ('1000 Washington', a
    company's street) is where they meet, no second regarding record. Each record keeps
    the state its export gives: the appointments Scheduled (3, Busy 5), seven tasks open and
    the one completed closed. The behaviour incidents (a student's conduct, no cases: named
    so by discovery, no decision needed), the other student records, connections and extra
    addresses stay in the source with their reasons."""
    run_dir = run_public("d365-k12-education-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Account", 9, 9, 0, 0, 0, 0),
                                       "contact": ("Contact", 21, 21, 0, 0, 0, 0),
                                       "task": ("Task", 8, 8, 0, 0, 0, 1),
                                       "appointment": ("Appointment", 3, 3, 0, 0, 0, 3)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "account") == {"parentaccountid": 2}
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 13}   # by GUID
    assert _refs(run_dir, "appointment") == {"regardingobjectid_contact_appointment": 3}
    assert _refs(run_dir, "task") == {"regardingobjectid_contact_task": 8}
    meetings = pl.read_parquet(run_dir / "staged" / "appointment.parquet")
    assert set(meetings["statecode"]) == {3} and set(meetings["statuscode"]) == {5}
    assert set(meetings["location"]) == {"1000 Washington"}
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert sorted(tasks["statecode"].to_list()) == [0] * 7 + [1]
    files = inventory_files(run_dir)
    for name in ("Address", "Connection", "School Enrollment", "Test Score",
                 "Behavior Incident", "Previous Education"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "conduct" in files["Behavior Incident"]["reason"]
