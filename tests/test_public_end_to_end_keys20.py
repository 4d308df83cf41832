"""keys20's public exports run end to end from their parameters files, decisions only
(issue 13): a recruiting system's candidates and interviews. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_greenhouse_candidates_and_interviews_load(tmp_path: Path) -> None:
    run_dir = run_public("greenhouse-fivetran", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (2, 2, 0, 0), "appointment": (2, 2, 0, 0)}
    assert out["contact"]["source_object"] == "candidate"
    assert out["appointment"]["source_object"] == "scheduled_interview"   # an interview
    contacts = {c["__source_id"]: c for c in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    assert {k: (c["firstname"], c["lastname"]) for k, c in contacts.items()} == {
        "21926020003": ("Spongebob", "Squarepants"), "19338492003": ("Patrick", "Star")}
    # Patrick's company ('nowhere') is in no accounts file: the link is left, not invented
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}
    meetings = {a["__source_id"]: a for a in
                pl.read_parquet(run_dir / "staged" / "appointment.parquet").to_dicts()}
    first = meetings["17614337003"]
    assert (first["scheduledstart"], first["scheduledend"]) == (
        "2021-02-05T20:00:00Z", "2021-02-05T20:30:00Z")
    assert first["subject"] == "Interview"          # the team's decision: no title given
    # 'complete' interviews happened: closed as completed, both
    assert {a["statuscode"] for a in meetings.values()} == {3}
    assert out["appointment"]["closed"] == 2
    # the thirty-one other files are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["candidate"]["taken"] == {"contact": 2}
    assert files["scheduled_interview"]["taken"] == {"appointment": 2}
    for name in ("interview", "job", "application", "user", "office"):
        assert not files[name]["taken"], name
        assert files[name]["reason"], name
