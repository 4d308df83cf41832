"""keys419's public export runs end to end from its parameters file, decisions only
(issue 13): Formbricks (formbricks/formbricks at b66c1dd9, AGPL-3.0 outside
apps/web/modules/ee; the open-source survey and experience-management platform), its own
fixed records outside the enterprise folder: the organization-members CSV it ships as the
bulk-invite template (organization-members.csv, 4 members) and the five responses of its
response tests' mock data as its Responses > Download > CSV writes them (responses.csv),
English only (tests/data/exports/formbricks-export-en; SOURCE.md), on the branch-point engine
d4b1bc50 (session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs``, ``runs_once``).

Nothing in this export has a Sales table, so the parameters load no object (``objects:
[]``): the organisation's members are the company's own staff who sign in to Formbricks,
matched to the org's users by e-mail or full name (owners), not created; the responses are
answers to a survey, unrecognised and not moved. What the run does read: both files, their
rows (4 and 5) and columns, each file's record id (the members have no id column: 'Full
Name', unique, is kept as the natural key; the responses' 'Response ID'), the responses'
column types (the timestamp read as a date 'YYYY-MM-DD HH:MM:SS UTC', 'Finished' Yes/No as
a flag, the empty 'User ID' as empty), no problem in either file.

The parameters decide: the members file's kind, user (discovery alone names it unknown,
the held-out measure's file miss: the second test); nothing else.

What is NOT read or not moved:
- no record is staged, loaded or verified: the map's default tables (account, contact) take
  no file, the reconciliation has no object, the owner queue is empty;
- organization-members: matched as users, not created (their role and teams are no column);
- responses: unrecognised, not moved (the survey's answers, tags, meta and the respondents'
  contact attributes); no link is found between the files (the responses' contact id and
  survey id name nothing in the export).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    verified_columns,
)

NAME = "formbricks-export-en"
ROWS = {"organization-members": 4, "responses": 5}
KINDS = {"organization-members": "user", "responses": "unknown"}
USERS_MATCHED = "matched to Dynamics 365 users by email or full name (owners)"
MEMBERS = ["Full Name", "Email Address", "Organization Role", "Teams"]
RESPONSES = ["No.", "Response ID", "Timestamp", "Finished", "Survey ID",
             "Formbricks ID (internal)", "User ID", "Tags", "source", "url",
             "userAgent - browser", "userAgent - os", "userAgent - device",
             "1. What do you do?", "1. What do you do? - Option ID",
             "2. What's important on vacay?", "2. What's important on vacay? - Option ID",
             "person.Plan", "person.Init Attribute 1", "person.Init Attribute 2"]


def test_formbricks_export_runs_and_moves_nothing(runs: Callable[[str], Path]) -> None:
    """Nothing loads (no Sales table): both files read, counted and named; the members
    matched as users, the responses unrecognised; the timestamp read as a date; no record
    staged, loaded or verified."""
    run_dir = runs(NAME)
    assert assert_true_counts(run_dir) == {}      # no object in the reconciliation
    assert not (run_dir / "staged").exists()
    assert verified_columns(run_dir) == {}

    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    assert {f: files[f]["rows"] for f in files} == ROWS
    assert {f: files[f]["not_taken"] for f in files} == ROWS
    assert not any(files[f]["migrated"] or files[f]["taken"] for f in files)
    assert files["organization-members"]["reason"].startswith(USERS_MATCHED)
    assert files["responses"]["reason"].startswith("not migrated: discovery could not tell")

    discovery = json.loads((run_dir / "discovery.json").read_text(encoding="utf-8"))
    objs = {o["source"]: o for o in discovery["objects"]}
    assert {s: o["primary_key"] for s, o in objs.items()} == {
        "organization-members": "Full Name", "responses": "Response ID"}
    assert [c["name"] for c in objs["organization-members"]["columns"]] == MEMBERS
    columns = {c["name"]: c["type"] for c in objs["responses"]["columns"]}
    assert list(columns) == RESPONSES
    assert (columns["Timestamp"], columns["Finished"], columns["User ID"],
            columns["No."]) == ("datetime", "boolean", "empty", "integer")
    assert objs["organization-members"]["columns"][1]["type"] == "email"
    guesses = discovery["guesses"]
    assert {s: g["date_formats"] for s, g in guesses.items() if g["date_formats"]} == {
        "responses": {"Timestamp": ["%Y-%m-%d %H:%M:%S UTC"]}}
    assert not any(g["ambiguous_dates"] for g in guesses.values())
    assert discovery["problems"] == []
    assert discovery["relationships"] == []

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    assert {t["target"]: t["source"] for t in mapping["tables"]} == {"account": None,
                                                                     "contact": None}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    assert "Formbricks" in (run_dir / "report.html").read_text(encoding="utf-8")


def test_formbricks_members_unknown_without_the_decision(tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the members file (Full Name,
    Email Address, Organization Role, Teams) unknown, the held-out measure's miss; the
    responses unknown as with it."""
    objs = discovered_without_intake(NAME, tmp_path,
                                     {"organization-members.csv": {"object": "user"}})
    assert {o["source"]: o["name"] for o in objs} == {"organization-members": "unknown",
                                                     "responses": "unknown"}
