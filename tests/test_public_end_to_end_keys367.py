"""keys367's public exports run end to end from their parameters files, decisions only
(issue 13): Tuleap (Enalean/tuleap at f379e21e6b, GPL-2.0; the open-source application
lifecycle management platform), the artifacts of two of its own test project fixtures (the 8
tasks of the "Tasks" tracker of tests/rest/_fixtures/01-private-member, the 2 bugs of the
"Bugs" tracker of the taskboard e2e fixture) as its cross-tracker search's "Export XLSX"
writes them, headed by the widget's own column names in English, French and Brazilian
Portuguese (tests/data/exports/tuleap-export-en, -fr, -pt-br; SOURCE.md), on the
branch-point engine 99edcc1e (session 51, round Z). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the three languages (``LANGS``: per language, the headers each
map entry reads, the key, the owner's and the submitter's header). In every language the 8
tasks load as tasks and the 2 bugs as cases, each with the contact made (by decision) from
the display name of the user who submitted it (one submitter, 'ProjectMember
(ProjectMember)') as its customer and primary contact; nothing is held back and verification
finds no column differing; the one Done task is closed as Completed, the one Fixed bug as
Resolved. The assignee (empty in every row) would own each record: all go to the fallback
owner, the owner queue is empty. The parameters decide the submitters as contacts and the
links to them (the map linked only the customer in French), no regarding record for tasks,
and the trackers' statuses (tracker data: English in every language).

What the run reads, in every language: title (as subject or title), description (empty),
status and submitted-on date (as the record's created date) of tasks and bugs; the bugs'
submitter (as the contact's last name and the case's customer and primary contact).

What is NOT read (left unmapped by the engine), in every language: the artifact id (the
source key, not a column), the tasks' submitter, the last update date and the last updater
of both files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

SUBMITTER = "ProjectMember (ProjectMember)"
TASK_IDS = ["80", "83", "84", "87", "88", "89", "91", "92"]
TASK_STATUS = [2, 5, 3, 3, 3, 3, 3, 3]   # To be done, Done, then six On going
BUG_IDS = ["4345", "4346"]
BUG_STATUS = [5, 1]                       # Fixed Problem Solved, On going In Progress
KINDS = {"tasks": ("task", {"task": 8}), "bugs": ("ticket", {"incident": 2})}

# per language: the headers each map entry reads (target: header), the key, the owner's and
# the submitter's header
LANGS: dict[str, dict[str, Any]] = {
    "tuleap-export-en": {
        "incident": {"title": "Title", "description": "Description", "statuscode": "Status",
                     "overriddencreatedon": "Submitted on"},
        "task": {"subject": "Title", "description": "Description", "statuscode": "Status",
                 "overriddencreatedon": "Submitted on"},
        "id": "Id", "owner": "Assigned to", "submitter": "Submitted by"},
    "tuleap-export-fr": {
        "incident": {"title": "Titre", "description": "Description", "statuscode": "État",
                     "overriddencreatedon": "Date de soumission"},
        "task": {"subject": "Titre", "description": "Description", "statuscode": "État",
                 "overriddencreatedon": "Date de soumission"},
        "id": "Id", "owner": "Assigné à", "submitter": "Auteur"},
    "tuleap-export-pt-br": {
        "incident": {"title": "Título", "description": "Descrição", "statuscode": "Estado",
                     "overriddencreatedon": "Submitted on"},
        "task": {"subject": "Título", "description": "Descrição", "statuscode": "Estado",
                 "overriddencreatedon": "Submitted on"},
        "id": "Id", "owner": "Assigned to", "submitter": "Enviado por"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_tuleap_tasks_and_bugs_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The tasks load as tasks, the bugs as cases of the contact made from their submitter,
    as counted, nothing held back; statuses as decided; the Done task and the Fixed bug
    closed; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("submitters", 1, 1, 0, 0, 0, 0), "incident": ("bugs", 2, 2, 0, 0, 0, 0),
        "task": ("tasks", 8, 8, 0, 0, 0, 0)}
    assert (out["incident"]["closed"], out["incident"]["closed_as"]) == (1, {"Resolved": 1})
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (1, {"Completed": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident", "task"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": lang["submitter"]}
    assert tables["contact"]["source_key"] == lang["submitter"]
    assert not tables["contact"].get("owner")
    for entry in ("incident", "task"):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[entry]
        assert table["source_key"] == lang["id"]
        assert table["owner"]["source"] == lang["owner"]
        assert not table.get("unresolved_lookups")
    assert not tables["task"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["submitter"]),
        "primarycontactid": ("contact", lang["submitter"])}
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == [SUBMITTER]
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert cases["__source_id"].to_list() == BUG_IDS
    assert cases["title"].to_list() == ["Elastic Notorious", "Navy Morning"]
    assert cases["statuscode"].to_list() == BUG_STATUS
    assert cases["__ref__customerid_contact"].to_list() == [SUBMITTER] * 2
    assert cases["__ref__primarycontactid"].to_list() == [SUBMITTER] * 2
    assert cases["overriddencreatedon"].to_list() == [
        "2020-02-04T12:54:04Z", "2020-02-04T12:54:25Z"]
    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    assert tasks["__source_id"].to_list() == TASK_IDS
    assert tasks["subject"].to_list()[:3] == ["Task 1", "Implement the feature", "Write tests"]
    assert tasks["statuscode"].to_list() == TASK_STATUS
    for frame in (tasks, cases):   # no description set in the fixtures
        assert frame["description"].is_null().all()

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0       # no assignee: every record to the fallback owner
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"lastname"}
    assert set(verified["incident"]) == set(lang["incident"]) | {
        "customerid", "primarycontactid", "ownerid"}
    assert set(verified["task"]) == set(lang["task"]) | {"ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
