"""keys528's public export runs end to end from its parameters file, decisions only
(issue 13): Personio, its own records -- the Personio API v1 responses that at-gmbh/personio-py
(an open Python client of Personio's API, Apache-2.0) keeps as its tests' mock data at
a4710d6c: 3 employees (computing pioneers as demo names), 5 time-off periods, 3 time-off
types, 3 attendance periods and 4 time-tracking projects -- employees headed by the labels
Personio's API gives each attribute ('First name', 'Position', 'Hire date'), the other files
by the API's names ('employee.email', 'time_off_type.name'), in English
(tests/data/exports/personio-export-en; SOURCE.md), on the branch-point engine 11ccb0bc
(session 64, round Z38). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

Nothing in a Personio export has a Sales table, so the parameters load no object
(``objects: []``). What the run does read: the five files, their rows and record ids, their
dates (ISO 8601, with an offset where Personio gives one); the links (attendances and time
offs to the employees by id, time offs also by e-mail and to their time-off type: 3 of 5,
the other two name an employee and a type the export does not hold); the
employees as the company's users, matched to Dynamics users by e-mail or name (owners), not
created; the other four files named unknown, not moved.

The parameters decide: no object loaded, the fallback owner. The held-out measure had no
miss (the employees' 20 columns right in both modes), so no column decision is needed.

What is NOT read or moved: no record is staged, loaded or verified (the map's default
tables take no file; the reconciliation has no object; the owner queue is empty); the
employees' HR data (pay, hours, holidays, work schedule, birthday), time off, time-off
types, attendances and projects. People's names and e-mails are never written here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "personio-export-en"
EXPORT = Path(__file__).parent / "data" / "exports" / NAME
ROWS = {"employees": 3, "time-offs": 5, "time-off-types": 3, "attendances": 3, "projects": 4}
KINDS = {"employees": "user", "time-offs": "unknown", "time-off-types": "unknown",
         "attendances": "unknown", "projects": "unknown"}
USERS_MATCHED = "matched to Dynamics 365 users by email or full name (owners)"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone); the org needs no set-up."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def test_personio_export_reads_and_loads_nothing(runs: Callable[[str], Path]) -> None:
    """Nothing loads (no Sales table): every file read, counted and named; the employees
    matched as users; no record staged, loaded or verified."""
    run_dir = runs(NAME)
    assert assert_true_counts(run_dir) == {}      # no object in the reconciliation
    assert not (run_dir / "staged").exists()
    assert verified_columns(run_dir) == {}

    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    assert {f: files[f]["rows"] for f in files} == ROWS
    assert not any(files[f]["migrated"] or files[f]["taken"] for f in files)
    assert files["employees"]["reason"].startswith(USERS_MATCHED)

    discovery = json.loads((run_dir / "discovery.json").read_text(encoding="utf-8"))
    objs = {o["source"]: o for o in discovery["objects"]}
    assert {s: o["primary_key"] for s, o in objs.items()} == {
        "employees": "ID", "time-offs": "id", "time-off-types": "id", "attendances": "id",
        "projects": "id"}
    source = pl.read_csv(EXPORT / "employees.csv", infer_schema=False)
    assert [c["name"] for c in objs["employees"]["columns"]] == source.columns
    assert all("@" in e for e in source["Email"].to_list())
    assert discovery["problems"] == []
    # the links are true: every attendance names an employee in the file; of the five time
    # offs three name one of the three employees (by id and by e-mail) and a time-off type
    # in its file, two an employee (2628890) and a type (243402) the export does not hold
    links = sorted((r["from"], r["to"], r["kind"], r["rows"], r["matched"])
                   for r in discovery["relationships"])
    assert links == [
        ("attendances.employee", "employees.ID", "id", 3, 3),
        ("time-offs.employee.email", "employees.Email", "email", 5, 3),
        ("time-offs.employee.id", "employees.ID", "id", 5, 3),
        ("time-offs.time_off_type.id", "time-off-types.id", "id", 5, 3)]
    guesses = discovery["guesses"]
    iso = ["%Y-%m-%dT%H:%M:%S%:z"]
    assert guesses["employees"]["date_formats"] == {
        "Hire date": iso, "Contract ends": iso, "created_at": iso, "Last modified": iso,
        "Birthday": iso}
    assert guesses["attendances"]["date_formats"] == {"date": ["%Y-%m-%d"]}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    assert {t["target"]: t["source"] for t in mapping["tables"]} == {"account": None,
                                                                     "contact": None}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    assert "Personio" in (run_dir / "report.html").read_text(encoding="utf-8")
