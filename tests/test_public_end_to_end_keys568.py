"""keys568's public export runs end to end from its parameters file, decisions only
(issue 13): ClickUp, its own records -- the ClickUp API v2 records the MIT Go client for
ClickUp (raksul/go-clickup at 60c057c1) fixes for its tests: 7 members (John Doe, Jane Doe,
Test User and others), 3 tasks ('Task Name' in progress, 'Test' in progress, 'test'
Closed), 1 comment ('Task comment content' on the task 9hz, 'Test') and 2 time entries --
headed by the API's field names ('status.status', 'comment_text', 'task.id'), in English
(tests/data/exports/clickup-export-en; SOURCE.md), on the branch-point engine df5dbcc6
(session 66, round Z44). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The tasks load as tasks keyed by ClickUp's id: name as subject, description, creation date
(Unix milliseconds as UTC), the status by its words ('in progress' In Progress, 'Closed'
Completed: one task closed as Completed). The comment loads as a note keyed by its id, its
text, when it was written (Unix milliseconds), on the task its 'task.id' names. Nothing held
back, skipped, failed or cleared; no owner queued (the fallback owner); verification finds
no column differing.

The parameters decide: the keys (id), no owner column (the members' e-mails name no user of
the rehearsal org: the fallback owner), the comment's 'date' as its creation date (a
measured miss in both modes), the status words, the note's task by 'task.id', and a
quarantine gate of 0%.

What is NOT read (left unmapped): a task's plain-text and markdown copies of its
description, the status's colour, order and type, its order in the list, its last change,
its creator (no owner column decided), the custom field 'My Number field', its list, folder
and space ids and its URL; a comment's author, assignee and assigner (user.*, assignee.*,
assigned_by.*) and 'resolved'; members.csv (the workspace's users, matched to Dynamics
users, not created) and time_entries.csv (no Sales table; discovery calls it unknown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "clickup-export-en"
TASK = {"subject": "name", "description": "description", "statuscode": "status.status",
        "overriddencreatedon": "date_created"}
NOTE = {"notetext": "comment_text", "overriddencreatedon": "date"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_clickup_tasks_and_comment_load(runs: Callable[[str], Path]) -> None:
    """The tasks load as tasks (the closed one Completed), the comment as a note on its
    task; the members and time entries stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "task": ("tasks", 3, 3, 0, 0, 0, 0, 0),
        "note": ("comments", 1, 1, 0, 0, 0, 0, 0)}
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (1, {"Completed": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "tasks": ("task", {"task": 3}, True),
        "comments": ("note", {"note": 1}, True),
        "members": ("user", {}, False),
        "time_entries": ("unknown", {}, False)}
    assert files["members"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"task", "annotation"}
    task, note = tables["task"], tables["annotation"]
    assert (task["source"], task["source_key"]) == ("tasks", "key(id)")
    assert {c["target"]: c["source"] for c in task["columns"]} == TASK
    assert {"text_content", "markdown_description", "status.type", "creator.id",
            "My Number field", "list.id", "url"} <= set(task["unmapped"])
    assert (note["source"], note["source_key"]) == ("comments", "key(id)")
    assert {c["target"]: c["source"] for c in note["columns"]} == NOTE
    # the comment's assignee is not taken as its owner (the measured miss; no owner column)
    assert {"user.id", "user.email", "assignee.id", "assignee.email", "assigned_by.id",
            "resolved"} <= set(note["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in note["lookups"]] == [
        ("objectid", "task.id", "task")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("members", "user"), ("time_entries", "unknown")]

    for table in ("task", "note"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    tasks = _staged(run_dir, "task")
    assert tasks.select(list(TASK)).rows() == [
        ("Task Name", "New Task Description", 3, "2019-09-06T14:34:10Z"),
        ("Test", None, 3, None),
        ("test", None, 5, None)]
    [comment] = _staged(run_dir, "note").to_dicts()
    assert (comment["notetext"], comment["overriddencreatedon"]) == (
        "Task comment content", "2019-09-09T13:49:24Z")
    # on the task 9hz ('Test'), by ClickUp's id
    assert comment["__via__objectid_task"] == "id"
    assert comment["__ref__objectid_task"] == tasks["__source_id"][1]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["task"]) == set(TASK)
    assert set(verified["note"]) == set(NOTE) | {"objectid"}
    assert not any(v for table in verified.values() for v in table.values())
