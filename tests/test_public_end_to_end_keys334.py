"""keys334's public exports run end to end from their parameters files, decisions only
(issue 13): ZenTao (easysoft/zentaopms, its 18.8 release as imported in zxiuwu/zentaopms at
76bfea3a; ZPL-1.2 or AGPL-3.0; the open-source project manager), the demo data its installer
loads (db/endemo.sql: 8 tasks, 4 bugs, 9 users) as its task export, bug export and user list
write them, headed by its own labels in English, German and French
(tests/data/exports/zentao-export-en, -de, -fr; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the three languages (``LANGS``: per language, the headers each
map entry reads, the owner's and the reporter's header). In every language the 8 tasks load
as tasks and the 4 bugs as cases, each with the contact made (by decision) from the real name
of the tester who reported it (three reporters) as its customer and primary contact; nothing
is held back and verification finds no column differing; the 3 done tasks are closed as
Completed, the active bugs stay open. The assignee (a real name, no user of the org) owns
each task and case: all go to the fallback owner, the three developers listed in the owner
queue. The users file (staff who log in) is named a user list and not moved. The parameters
decide, in every language, the reporters as contacts and the link to them, the severity left
unread (no option of the org fits), the reproduction steps as the case's description, the
reported date as its created date, a task's actual start and finish, the assignee as the
task's owner, and the priorities, statuses and bug type (the language's names); in German
and French the bugs file's kind (discovery named it a task list in German, unknown in
French).

What the run reads, in every language: name, description, priority, status, created date,
planned start, deadline, progress ('100%', a number since session 49), actual start and
actual finish of tasks; title, reproduction steps, priority, type, status, reported date and
deadline of bugs. Every planned date and bug deadline, and the actual dates of tasks not
started or finished, is MySQL's zero date ('0000-00-00'): cleared, each listed with that
reason (session 49; the branch-point engine left the planned dates and deadlines unread).

What is NOT read (left unmapped), in every language:
- tasks: the iteration, module, story, from-bug, type, estimate, hours spent and left,
  mailto, mode, creator, assigned date, finisher, cancel and close fields, editor and edited
  date, activation date, files;
  in English the estimate ('7H') is read as a link to a record of no file, left;
- bugs: the product, module, project, execution, story, task, tags, severity (by decision),
  OS, browser, activations, confirmed, mailto, build, assigned date,
  resolution fields, closing fields, duplicate and linked bugs, test case, editor, files,
  feedback person and e-mail;
- the users file: named a user list, not moved (the org's users are matched, not created).
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

#: the testers made contacts, in the bug file's order (the demo's real names)
REPORTERS = ["测试甲", "测试乙", "测试丙"]
#: each bug's reporter, bugs 1-4
BUG_REPORTERS = ["测试甲", "测试甲", "测试乙", "测试丙"]
#: statuses and priorities as staged (Dataverse option: records), from the decided choices
TASK_STATUS = [5, 3, 2, 2, 3, 3, 5, 5]   # tasks 10-17: Completed, In Progress, Not Started
INCIDENT_PRIORITY = [1, 2, 1, 1]         # High, Normal
#: the owner queue: each assignee's real name and its records (none is a user of the org)
QUEUE = [("开发丙", 2), ("开发乙", 2), ("开发甲", 8)]
KINDS = {"bugs": ("ticket", {"incident": 4}), "tasks": ("task", {"task": 8}),
         "users": ("user", {})}

LANGS: dict[str, dict[str, Any]] = {
    "zentao-export-en": {
        "incident": {"title": "Title", "prioritycode": "Priority", "casetypecode": "Type",
                     "statuscode": "Status", "description": "Repro Steps",
                     "overriddencreatedon": "ReportedDate", "resolveby": "Deadline"},
        "task": {"subject": "Name", "description": "Description", "prioritycode": "Priority",
                 "statuscode": "Status", "overriddencreatedon": "CreatedDate",
                 "actualstart": "ActualStart", "actualend": "ActualFinished",
                 "percentcomplete": "Progress", "scheduledstart": "StartDate",
                 "scheduledend": "Deadline"},
        "owner": ("AssignTo", "AssignTo"), "reporter": "ReportedBy",
        "left": [("Estimates", "regardingobjectid")]},
    "zentao-export-de": {
        "incident": {"title": "Titel", "prioritycode": "Priorität(P)", "casetypecode": "Typ",
                     "statuscode": "Status", "description": "Reproduktionsschritte",
                     "overriddencreatedon": "Erstellt am", "resolveby": "Fällig am"},
        "task": {"subject": "Name", "description": "Beschreibung",
                 "prioritycode": "Priorität", "statuscode": "Status",
                 "overriddencreatedon": "Erstellt am", "actualstart": "Tatsächlicher Start",
                 "actualend": "Abgeschlossen am", "percentcomplete": "Fortschritt",
                 "scheduledstart": "Startschätzung", "scheduledend": "Fälligkeit"},
        "owner": ("An", "Zuständiger"), "reporter": "Ersteller", "left": []},
    "zentao-export-fr": {
        "incident": {"title": "Titre", "prioritycode": "Priorité", "casetypecode": "Type",
                     "statuscode": "Statut", "description": "Repro Steps",
                     "overriddencreatedon": "Date signalement",
                     "resolveby": "Date Butoir"},
        "task": {"subject": "Nom", "description": "Description", "prioritycode": "Priorité",
                 "statuscode": "Statut", "overriddencreatedon": "Date création",
                 "actualstart": "Départ réel", "actualend": "Date fin réelle",
                 "percentcomplete": "Progression", "scheduledstart": "Date départ",
                 "scheduledend": "Date Butoir"},
        "owner": ("Bugs qui me sont affectés", "Affectée à"), "reporter": "Signalé par",
        "left": []},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_zentao_tasks_and_bugs_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The tasks load as tasks, the bugs as cases of the contacts made from their
    reporters, as counted, nothing held back; statuses as decided; the done tasks closed;
    the users not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("reporters", 3, 3, 0, 0, 0, 0), "incident": ("bugs", 4, 4, 0, 0, 0, 0),
        "task": ("tasks", 8, 8, 0, 0, 0, 0)}
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (3, {"Completed": 3})
    assert out["incident"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident", "task"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": lang["reporter"]}
    assert tables["contact"]["source_key"] == lang["reporter"]
    assert not tables["contact"].get("owner")
    for entry, owner in (("incident", lang["owner"][0]), ("task", lang["owner"][1])):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[entry]
        assert table["source_key"] == "ID"
        assert table["owner"]["source"] == owner
    assert not tables["incident"].get("unresolved_lookups")
    assert [(u["source"], u["target"]) for u in tables["task"].get("unresolved_lookups") or []
            ] == lang["left"]
    assert not tables["task"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["reporter"]),
        "primarycontactid": ("contact", lang["reporter"])}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == REPORTERS
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert cases["__source_id"].to_list() == ["1", "2", "3", "4"]
    assert cases["statuscode"].to_list() == [1, 1, 1, 1]      # Active: In Progress
    assert cases["casetypecode"].to_list() == [2, 2, 2, 2]    # CodeError: Problem
    assert cases["prioritycode"].to_list() == INCIDENT_PRIORITY
    assert cases["__ref__customerid_contact"].to_list() == BUG_REPORTERS
    assert cases["__ref__customerid_contact"].to_list() == (
        cases["__ref__primarycontactid"].to_list())
    assert cases["overriddencreatedon"].to_list() == [
        "2012-06-05T10:56:11Z", "2012-06-05T10:57:11Z", "2012-06-05T10:58:22Z",
        "2012-06-05T11:00:19Z"]
    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    assert tasks["__source_id"].to_list() == [str(n) for n in range(10, 18)]
    assert tasks["statuscode"].to_list() == TASK_STATUS
    assert dict(Counter(tasks["prioritycode"].to_list())) == {2: 8}   # priority 1: High
    # ZenTao's zero dates read as empty: two tasks not started, five not finished
    assert tasks["actualstart"].is_null().sum() == 2
    assert tasks["actualend"].to_list() == [
        "2021-04-01T00:00:00Z", None, None, None, None, None, "2021-04-05T00:00:00Z",
        "2021-04-06T00:00:00Z"]
    # progress read as a number ('100%': session 49); every planned date is MySQL's zero
    # date, cleared with its reason, as the zero actual dates and the bugs' deadlines are
    assert tasks["percentcomplete"].to_list() == [100, 0, 0, 0, 0, 0, 100, 100]
    assert tasks["scheduledstart"].is_null().all() and tasks["scheduledend"].is_null().all()
    assert (out["task"]["cleared_fields"], out["incident"]["cleared_fields"]) == (
        {"scheduledstart": 8, "scheduledend": 8, "actualend": 5, "actualstart": 2},
        {"resolveby": 4})
    for unit in ("task", "incident"):
        cleared = pl.read_csv(run_dir / "cleared" / f"{unit}.csv", infer_schema=False)
        assert cleared["reason"].str.contains("as MySQL writes it").all()

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        (user, "unmatched", n) for user, n in QUEUE]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"lastname"}
    assert set(verified["incident"]) == set(lang["incident"]) | {
        "customerid", "primarycontactid", "ownerid"}
    assert set(verified["task"]) == set(lang["task"]) | {"ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
