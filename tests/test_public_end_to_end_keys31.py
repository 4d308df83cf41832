"""keys31's public exports run end to end from their parameters files, decisions only
(issue 13): Outlook calendar exports kept by Horde's CSV reader. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_outlook_calendar_written_with_tildes_loads_its_meeting(tmp_path: Path) -> None:
    """The '~'-separated Outlook calendar (bug 3839) is read, found to be a calendar and its
    one training session loads as an appointment, its day and its 12-hour times together
    (10:30 AM - 11:30 AM), its many-line HTML description whole; the German one (bug 4025)
    is the meetings' second file (session 16), its 'Beginnt am'/'Beginnt um' read together."""
    run_dir = run_public("horde-outlook-calendar", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"appointment": (1, 1, 0, 0, 0),
                                         "appointment_2": (1, 1, 0, 0, 0)}
    assert out["appointment"]["source_object"] == "bug_3839"
    row = pl.read_parquet(run_dir / "staged" / "appointment.parquet").to_dicts()[0]
    assert (row["subject"], row["scheduledstart"], row["scheduledend"], row["isalldayevent"],
            row["prioritycode"]) == ('Inservice on new resource: "CPNP Toolkit"',
                                     "2004-11-08T10:30:00Z", "2004-11-08T11:30:00Z", False, 1)
    assert row["description"].startswith("CPN Program ...\nInservice on new resource")
    assert row["description"].endswith("Come check out the new resource!")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["bug_4025"]["taken"] == {"appointment_2": 1}
    german = pl.read_parquet(run_dir / "staged" / "appointment_2.parquet").to_dicts()[0]
    assert (german["subject"], german["scheduledstart"], german["scheduledend"],
            german["location"], german["__source_id"]) == (
        "Burger Download Session", "2006-05-02T11:50:00Z", "2006-05-02T13:00:00Z",
        "Burger Upload Station (Burger King)", "bug-4025:Burger Download Session")


def test_address_book_person_without_a_surname_is_held_back_with_its_reason(
        tmp_path: Path) -> None:
    """KMail wrote the person's name parts shifted (no family name): Dataverse requires a
    contact's last name, so the row is held back with that reason, nothing loaded and
    nothing claimed. Bug 6311's Outlook export (another person) is the contacts' second file
    and loads (session 16); the other three books hold KMail's person again: each listed
    with that reason, not moved twice."""
    run_dir = run_public("horde-addressbook-examples", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"contact": (1, 0, 1, 0, 0),
                                         "contact_2": (1, 1, 0, 0, 0)}
    assert out["contact"]["source_object"] == "KMail"
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held["column"].to_list() == ["lastname"]
    assert "last name is required" in held["reason"][0]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Outlook", "WAB", "Yahoo"):
        assert not files[name]["taken"] and files[name]["reason"].startswith(
            "not migrated: its rows are the records of 'KMail' again"), name
    assert files["bug_6311"]["taken"] == {"contact_2": 1}
