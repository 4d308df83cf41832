"""keys332's public exports run end to end from their parameters files, decisions only
(issue 13): Taiga (taigaio/taiga-back at 3bea7114, MPL-2.0; the open-source agile
project-management platform), the records its own sample_data command creates (the project
'Project Example 1': 36 user stories, 49 tasks, 17 issues, 4 epics) as its CSV exports write
them, headed as Taiga heads them (the field names, en) and by its own labels in German,
French and Spanish (tests/data/exports/taiga-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine 54005a21 (session 48, round V). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads, the key, the owner's and the reporter's header). In every language the 49 tasks
and the 36 user stories load as tasks (two map entries of one table; the stories' ids
prefixed so they never meet the tasks'), the 17 issues as cases, each with the contact made
(by decision) from the full name of the user who reported it (seven reporters) as its
customer and primary contact; nothing is held back and verification finds no column
differing; the 7 closed tasks are closed as Completed, the 2 closed issues as Resolved. The
assignee (a username, no user of the org) owns each record: all go to the fallback owner,
the ten usernames listed in the owner queue. The parameters decide the epics file's kind
(unknown: discovery names it a ticket list), the reporters as contacts and the link to them,
the severity left unread (no option of the org fits), no regarding record for tasks and
stories (the map bound stories to cases by their sprint's number), the statuses and issue
types (the template's English names, in every language), in German and French the assignee
as the owner (the map picks Taiga's 'owner', the creator: the measured miss), and where the
map reads the finish date as the due date (de stories; fr and es tasks and stories) the due
date as the due date and the finish date as the actual end.

What the run reads, in every language: subject, description, status, created date and due
date (empty) of tasks and stories; the finish date as the actual end in de (stories), fr and
es (tasks and stories); title, description, status, priority, type, created date and due date
(as resolve-by, empty) of issues.

What is NOT read (left unmapped by the engine), in every language:
- every file: the ref, the sprint (id, name, dates), the creator and its full name, the
  assignee's full name, is_closed, the orders, attachments, external reference, tags,
  watchers, votes, modified date, due date reason, the five custom attributes; tasks' user
  story and iocaine flag and (en, de) finished date; stories' further assignees, swimlane,
  role points, total points, requirement flags, generated-from refs, tasks, epics and (en)
  finish date; the issues' finished date and severity (by decision);
- the epics file: named unknown (by decision), not moved.
"""

from __future__ import annotations

from collections import Counter
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

#: the reporters made contacts, in the issue file's order
REPORTERS = ["German Benitez", "Silvia Soto", "Marta Carmona", "Administrator",
             "Catalina Roman", "Alba Leon", "Esther Ferrer"]
#: statuses as staged (Dataverse option: records), from the decided choices
INCIDENT_STATUS = {1: 9, 2: 2, 3: 4, 5: 2}     # In Progress, On Hold, Waiting, Solved
INCIDENT_TYPE = {1: 8, 2: 4, 3: 5}             # Question, Problem (Bug), Request
INCIDENT_PRIORITY = {1: 5, 2: 6, 3: 6}         # High, Normal, Low (read by the engine)
TASK_STATUS = {2: 6, 3: 23, 4: 13, 5: 7}       # Not Started, In Progress, Waiting, Completed
STORY_STATUS = {2: 20, 3: 16}                  # Not Started, In Progress
#: the owner queue: each assignee's username and its records (none is a user of the org)
QUEUE = [("admin", 8), ("user1", 12), ("user2", 10), ("user3", 10), ("user4", 7),
         ("user5", 5), ("user6532909695705815086", 15), ("user7", 9), ("user8", 10),
         ("user9", 9)]
KINDS = {"epics": ("unknown", {}), "issues": ("ticket", {"incident": 17}),
         "tasks": ("task", {"task": 49}), "userstories": ("task", {"task_2": 36})}

# per language: the headers each map entry reads (target: header), the key, the owner's and
# the reporter's header
LANGS: dict[str, dict[str, Any]] = {
    "taiga-export-en": {
        "incident": {"title": "subject", "description": "description", "statuscode": "status",
                     "prioritycode": "priority", "casetypecode": "type",
                     "overriddencreatedon": "created_date", "resolveby": "due_date"},
        "task": {"subject": "subject", "description": "description", "statuscode": "status",
                 "overriddencreatedon": "created_date", "scheduledend": "due_date"},
        "task_2": {"subject": "subject", "description": "description", "statuscode": "status",
                   "overriddencreatedon": "created_date", "scheduledend": "due_date"},
        "id": "id", "owner": "assigned_to", "reporter": "owner_full_name"},
    "taiga-export-de": {
        "incident": {"title": "Betreff", "description": "Beschreibung", "statuscode": "Status",
                     "prioritycode": "Priorität", "casetypecode": "Art",
                     "overriddencreatedon": "Erstellungsdatum",
                     "resolveby": "Fälligkeitsdatum"},
        "task": {"subject": "Betreff", "description": "Beschreibung", "statuscode": "Status",
                 "overriddencreatedon": "Erstellungsdatum", "scheduledend": "Fälligkeitsdatum"},
        "task_2": {"subject": "Betreff", "description": "Beschreibung", "statuscode": "Status",
                   "overriddencreatedon": "Erstellungsdatum",
                   "scheduledend": "Fälligkeitsdatum", "actualend": "Endtermin"},
        "id": "Id", "owner": "zugewiesen an", "reporter": "Besitzer (vollständiger Name)"},
    "taiga-export-fr": {
        "incident": {"title": "sujet", "description": "description", "statuscode": "état",
                     "prioritycode": "priorité", "casetypecode": "type",
                     "overriddencreatedon": "Date de création",
                     "resolveby": "Date d'échéance"},
        "task": {"subject": "sujet", "description": "description", "statuscode": "état",
                 "overriddencreatedon": "Date de création", "scheduledend": "Date d'échéance",
                 "actualend": "date de fin"},
        "task_2": {"subject": "sujet", "description": "description", "statuscode": "état",
                   "overriddencreatedon": "Date de création",
                   "scheduledend": "Date d'échéance", "actualend": "date de fin"},
        "id": "id", "owner": "assigné à", "reporter": "propriétaire (Nom complet)"},
    "taiga-export-es": {
        "incident": {"title": "asunto", "description": "descripción", "statuscode": "estado",
                     "prioritycode": "prioridad", "casetypecode": "tipo",
                     "overriddencreatedon": "fecha de creación",
                     "resolveby": "fecha de vencimiento"},
        "task": {"subject": "asunto", "description": "descripción", "statuscode": "estado",
                 "overriddencreatedon": "fecha de creación",
                 "scheduledend": "fecha de vencimiento", "actualend": "fecha de finalización"},
        "task_2": {"subject": "asunto", "description": "descripción", "statuscode": "estado",
                   "overriddencreatedon": "fecha de creación",
                   "scheduledend": "fecha de vencimiento",
                   "actualend": "fecha de finalización"},
        "id": "Id", "owner": "asignado a", "reporter": "Dueño (nombre completo)"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_taiga_stories_tasks_and_issues_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The tasks and user stories load as tasks, the issues as cases of the contacts made
    from their reporters, as counted, nothing held back; statuses as decided; the closed
    tasks and issues closed; the epics not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("reporters", 7, 7, 0, 0, 0, 0), "incident": ("issues", 17, 17, 0, 0, 0, 0),
        "task": ("tasks", 49, 49, 0, 0, 0, 0), "task_2": ("userstories", 36, 36, 0, 0, 0, 0)}
    assert (out["incident"]["closed"], out["incident"]["closed_as"]) == (2, {"Resolved": 2})
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (7, {"Completed": 7})
    assert out["task_2"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident", "task", "task_2"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": lang["reporter"]}
    assert tables["contact"]["source_key"] == lang["reporter"]
    assert not tables["contact"].get("owner")
    for entry in ("incident", "task", "task_2"):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[entry]
        assert table["source_key"] == lang["id"]
        assert table["owner"]["source"] == lang["owner"]
        assert not table.get("unresolved_lookups")
    assert not tables["task"].get("lookups") and not tables["task_2"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["reporter"]),
        "primarycontactid": ("contact", lang["reporter"])}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("epics", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == REPORTERS
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert dict(Counter(cases["statuscode"].to_list())) == INCIDENT_STATUS
    assert dict(Counter(cases["casetypecode"].to_list())) == INCIDENT_TYPE
    assert dict(Counter(cases["prioritycode"].to_list())) == INCIDENT_PRIORITY
    assert cases["__ref__customerid_contact"].to_list() == (
        cases["__ref__primarycontactid"].to_list())
    assert set(cases["__ref__customerid_contact"].to_list()) == set(REPORTERS)
    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    stories = pl.read_parquet(staged / "task_2.parquet").sort("__source_row")
    assert dict(Counter(tasks["statuscode"].to_list())) == TASK_STATUS
    assert dict(Counter(stories["statuscode"].to_list())) == STORY_STATUS
    # Taiga's ids: the tasks keep theirs, the stories' are prefixed (never meet the tasks')
    assert tasks["__source_id"].to_list() == [str(n) for n in range(1, 50)]
    assert stories["__source_id"].to_list() == [f"userstories:{n}" for n in range(1, 37)]
    for frame in (tasks, stories, cases):   # no due date set in the project
        assert frame["scheduledend" if "scheduledend" in frame.columns
                     else "resolveby"].is_null().all()
    if "actualend" in lang["task"]:        # the seven closed tasks' finish dates
        assert tasks["actualend"].is_not_null().sum() == 7
    if "actualend" in lang["task_2"]:      # one story is finished
        assert stories["actualend"].is_not_null().sum() == 1

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        (user, "unmatched", n) for user, n in QUEUE]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"lastname"}
    assert set(verified["incident"]) == set(lang["incident"]) | {
        "customerid", "primarycontactid", "ownerid"}
    assert set(verified["task"]) == set(lang["task"]) | {"ownerid"}
    assert set(verified["task_2"]) == set(lang["task_2"]) | {"ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
