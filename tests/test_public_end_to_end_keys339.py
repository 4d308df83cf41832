"""keys339's public exports run end to end from their parameters files, decisions only
(issue 13). First, solidtime (solidtime-io/solidtime at 114a3253, AGPL-3.0; the open-source
time tracker), the organization export its import tests read back (resources/testfiles/
solidtime_import_test_1: ACME Corp's two clients, three projects, two tasks, two time
entries...) as its export.zip writes it, headed by field names (English: solidtime ships no
other language) (tests/data/exports/solidtime-export-en; SOURCE.md), on the branch-point
engine d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

The 2 clients load as accounts and the 2 tasks as tasks, nothing held back; verification
finds no column differing. No file names an owner: every record goes to the fallback owner.
The parameters decide only that a task regards no record (the map read the workspace's
organization_id as a task's regarding record: the measured miss) and that done_at is a
task's actual end (the other measured miss: the map left it unread). The tasks file's two
rows share one id in the fixture: the run keys tasks by their name (unique) instead.

What the run reads: a client's name and created date; a task's name (subject), created date
and done date (actual end: Task 2's).

What is NOT read (left unmapped by the engine): every file's updated_at and organization_id
(the workspace); the clients' archived_at ('Other Company (Archived)' loads active); the
tasks' id (duplicated; the name keys them) and project_id (projects are no Sales records);
and the files discovery names unknown or user, not moved: organizations, members (users),
projects, project_members, tags, time_entries.

Second, solidtime-import-samples: the other time trackers' exports solidtime's importer tests
read (Harvest's clients, projects and time entries, Clockify's projects and time entries,
Toggl's time entries, solidtime's generic projects and time entries files). Harvest's 2
clients load as accounts (name and address, the address empty), keyed by their name (the
export has no id), the special-character name read back unchanged; nothing held back, no
column differing. The parameters decide nothing but the tables (accounts only).

What is NOT read: every projects and time-entries file (discovery names Clockify's and
Toggl's time entries activities, the rest unknown; none is moved).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)
from test_public_exports import _export_dir

NAME = "solidtime-export-en"
KINDS = {"clients": ("account", {"account": 2}), "tasks": ("task", {"task": 2}),
         "members": ("user", {}), "organizations": ("unknown", {}),
         "project_members": ("unknown", {}), "projects": ("unknown", {}),
         "tags": ("unknown", {}), "time_entries": ("unknown", {})}
CLIENTS = {"b4187a44-41f4-46d7-8460-f15a25b3aad6": "Big Company",
           "e5a4d8f5-81ae-4606-8e84-6ab1ffa58b72": "Other Company (Archived)"}


def test_solidtime_clients_and_tasks_load(runs: Callable[[str], Path]) -> None:
    """The clients load as accounts, the tasks as tasks, as counted, nothing held back; the
    done task's date its actual end; nothing else moves; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 2, 2, 0, 0, 0, 0), "task": ("tasks", 2, 2, 0, 0, 0, 0)}
    assert out["task"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "task"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == {
        "name": "name", "overriddencreatedon": "created_at"}
    assert {c["target"]: c["source"] for c in tables["task"]["columns"]} == {
        "subject": "name", "overriddencreatedon": "created_at", "actualend": "done_at"}
    assert tables["account"]["source_key"] == "id"
    assert tables["task"]["source_key"] == "name"   # the fixture's two tasks share one id
    for table in tables.values():
        assert not table.get("owner")
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("members", "user"), ("organizations", "unknown"), ("project_members", "unknown"),
        ("projects", "unknown"), ("tags", "unknown"), ("time_entries", "unknown")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert dict(zip(accounts["__source_id"], accounts["name"], strict=True)) == CLIENTS
    assert "statecode" not in accounts.columns   # archived_at not read: both load active
    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    assert tasks["subject"].to_list() == ["Task 1", "Task 2"]
    assert tasks["actualend"].to_list() == [None, "2024-08-24T10:00:00Z"]
    assert "regardingobjectid" not in tasks.columns

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == {"name", "overriddencreatedon"}
    assert set(verified["task"]) == {"subject", "overriddencreatedon", "actualend"}
    assert not any(n for cols in verified.values() for n in cols.values())


SAMPLES = "solidtime-import-samples"
SAMPLE_KINDS = {"harvest_clients": ("account", {"account": 2}),
                "harvest_projects": ("unknown", {}), "harvest_time_entries": ("unknown", {}),
                "clockify_projects": ("unknown", {}),
                "clockify_time_entries": ("activity", {}),
                "toggl_time_entries": ("activity", {}), "generic_projects": ("unknown", {}),
                "generic_time_entries": ("unknown", {})}


def test_harvest_clients_load_from_the_importer_samples(runs: Callable[[str], Path]) -> None:
    """Harvest's clients load as accounts, keyed by name, names unchanged; the projects and
    time-entry files stay behind; verification finds no column differing."""
    run_dir = runs(SAMPLES)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("harvest_clients", 2, 2, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == SAMPLE_KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert {c["target"]: c["source"] for c in table["columns"]} == {
        "name": "Client Name", "address1_line1": "Address"}
    assert table["source_key"] == "Client Name"
    assert not table.get("owner") and not table.get("lookups")
    assert sorted(u["source"] for u in mapping["unmatched_sources"]) == sorted(
        f for f in SAMPLE_KINDS if f != "harvest_clients")

    with open(_export_dir(SAMPLES) / "harvest_clients.csv", encoding="utf-8", newline="") as f:
        names = [row["Client Name"] for row in csv.DictReader(f)]
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == names and names[0] == "Example Client"
    assert accounts["address1_line1"].is_null().all()
    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == {"name", "address1_line1"}
    assert not any(verified["account"].values())
