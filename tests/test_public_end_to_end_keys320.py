"""keys320's public exports run end to end from their parameters files, decisions only
(issue 13): Kanboard (kanboard/kanboard at 2cba210d, MIT; open-source Kanban project
management), the records three of its own unit tests make (TaskExportTest: two tasks;
SubtaskModelTest::testDuplicate: four subtasks; TransitionExportTest: one move of a task
between columns) as its project export downloads write tasks, subtasks and task transitions
(files named by the translated download names), headed by its own labels in English,
German, French and Spanish (tests/data/exports/kanboard-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine 1eff826f (session 47, round U). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the file names, the
headers each map entry reads, the owner columns). In every language the 2 tasks and the 4
subtasks load as tasks, nothing held back, read back with no column differing; the subtask
marked done is closed as completed. The parameters decide the subtasks file's kind (tasks:
discovery names it unknown in en, de and es), the subtask statuses the map does not settle
(Done; fr and es also Todo), the task priority 0 (Kanboard's default: Normal) and, in de and
es, the subtask's assignee as its owner (Zuständiger, Persona asignada: the map leaves them
unread).

What the run reads, in every language:
- tasks: the status (Open: statecode Open), category, due date, title, creation date, start
  date (empty) and priority; the completion date (empty) in en and fr; the assignee's
  username (empty in both rows) as the owner in en and es, the assignee's name (empty) in fr
  since session 50;
- subtasks: the title, the status (Todo Not Started, In progress In Progress, Done
  Completed) and the assignee as the owner ('admin', no user of the org: the fallback owner,
  queued for the two subtasks that name it).

What is not read (left unmapped by the engine), in every language:
- tasks: the reference, project, swimlane, board column, position, colour, creator and its
  name, the assignee's name, complexity, modification date, hours estimated and spent, tags;
  the completion date in de and es; the assignee's username in de and fr;
- subtasks: the hours estimated and spent, the parent task's id and title;
- the transitions file: named unknown (moves between board columns: no Sales table), not
  moved.
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

#: the subtasks as staged, in the file's order: title, status (Dataverse), owner named
SUBTASKS = [("subtask #1", 3, None), ("subtask #2", 5, "admin"), ("subtask #1", 2, None),
            ("subtask #2", 2, "admin")]
#: the tasks as staged, in the file's order (the columns every language's map reads)
TASKS = [{"subject": "Task 1", "statecode": 0, "category": "Category #1",
          "scheduledend": None, "overriddencreatedon": "2026-08-01T18:46:00Z",
          "scheduledstart": None, "prioritycode": 1},
         {"subject": "Task 2", "statecode": 0, "category": None,
          "scheduledend": "2026-08-01T18:46:00Z",
          "overriddencreatedon": "2026-08-01T18:46:00Z", "scheduledstart": None,
          "prioritycode": 1}]

# per language: the files (subtasks, tasks, transitions), the headers each map entry reads
# (target: header), the subtask statuses' values, the keys and the owner columns
LANGS: dict[str, dict[str, Any]] = {
    "kanboard-export-en": {
        "files": ("Subtasks", "Tasks", "Transitions"),
        "subtask": {"subject": "Title", "statuscode": "Status"},
        "task": {"statecode": "Status", "category": "Category", "scheduledend": "Due date",
                 "subject": "Title", "overriddencreatedon": "Creation date",
                 "actualend": "Completion date", "scheduledstart": "Start date",
                 "prioritycode": "Priority"},
        "status": {"Todo": 2, "In progress": 3, "Done": 5},
        "keys": ("Subtask Id", "Task Id"), "owners": ("Assignee", "Assignee Username")},
    "kanboard-export-de": {
        "files": ("Teilaufgaben", "Aufgaben", "Übergänge"),
        "subtask": {"subject": "Titel", "statuscode": "Status"},
        "task": {"statecode": "Status", "category": "Kategorie",
                 "scheduledend": "Fälligkeitsdatum", "subject": "Titel",
                 "overriddencreatedon": "Erstellungsdatum", "scheduledstart": "Startdatum",
                 "prioritycode": "Priorität"},
        "status": {"Nicht gestartet": 2, "In Bearbeitung": 3, "Erledigt": 5},
        "keys": ("Teilaufgaben-ID", "Aufgaben-ID"), "owners": ("Zuständiger", None)},
    "kanboard-export-fr": {
        "files": ("Sous-tâches", "Tâches", "Transitions"),
        "subtask": {"subject": "Titre", "statuscode": "État"},
        "task": {"statecode": "État", "category": "Catégorie",
                 "scheduledend": "Date d'échéance", "subject": "Titre",
                 "overriddencreatedon": "Date de création",
                 "actualend": "Date de complétion", "scheduledstart": "Date de début",
                 "prioritycode": "Priorité"},
        "status": {"À faire": 2, "En cours": 3, "Terminé": 5},
        "keys": ("Identifiant de la sous-tâche", "Identifiant de la tâche"),
        # the assignee's name as the tasks' owner since session 50 ('Nom de l'assigné': the
        # assignee's name, empty in both rows)
        "owners": ("Personne assignée", "Nom de l'assigné")},
    "kanboard-export-es": {
        "files": ("Subtareas", "Tareas", "Transiciones"),
        "subtask": {"subject": "Titulo", "statuscode": "Estado"},
        "task": {"statecode": "Estado", "category": "Categoría",
                 "scheduledend": "Fecha Límite", "subject": "Titulo",
                 "overriddencreatedon": "Fecha de creación",
                 "scheduledstart": "Fecha de inicio", "prioritycode": "Prioridad"},
        "status": {"Por hacer": 2, "En progreso": 3, "Hecho": 5},
        "keys": ("ID de Subtareas", "ID de tarea"),
        "owners": ("Persona asignada", "Usuario asignado")},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_kanboard_tasks_and_subtasks_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The tasks and subtasks load as tasks, as counted, nothing held back; records field by
    field; the done subtask closed as completed; the transitions not moved; verification
    finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    subtasks_file, tasks_file, transitions_file = lang["files"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "task": (subtasks_file, 4, 4, 0, 0, 0, 0), "task_2": (tasks_file, 2, 2, 0, 0, 0, 0)}
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (1, {"Completed": 1})
    assert out["task_2"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        subtasks_file: ("task", {"task": 4}), tasks_file: ("task", {"task_2": 2}),
        transitions_file: ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["name"]: t for t in mapping["tables"]}
    assert set(tables) == {"task", "task_2"}
    for entry, reads, key, owner in (
            ("task", lang["subtask"], lang["keys"][0], lang["owners"][0]),
            ("task_2", lang["task"], lang["keys"][1], lang["owners"][1])):
        table = tables[entry]
        assert table["target"] == "task"
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == reads
        assert table["source_key"] == key
        assert (table.get("owner") or {}).get("source") == owner
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    status = next(c for c in tables["task"]["columns"] if c["target"] == "statuscode")
    assert status["values"] == lang["status"]
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        (transitions_file, "unknown")]

    staged = run_dir / "staged"
    subtasks = pl.read_parquet(staged / "task.parquet").sort("__source_row").to_dicts()
    assert [(r["subject"], r["statuscode"], r["__owner_email"]) for r in subtasks] == SUBTASKS
    tasks = pl.read_parquet(staged / "task_2.parquet").sort("__source_row").to_dicts()
    columns = [c for c in TASKS[0] if c in lang["task"]]
    assert [{c: r[c] for c in columns} for r in tasks] == [
        {c: t[c] for c in columns} for t in TASKS]
    if "actualend" in lang["task"]:
        assert {r["actualend"] for r in tasks} == {None}   # neither task is closed
    # the subtasks keep Kanboard's ids; the tasks' ids never meet them
    assert [r["__source_id"] for r in subtasks] == ["1", "2", "3", "4"]
    assert not {r["__source_id"] for r in tasks} & {"1", "2"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        ("admin", "unmatched", "2")]
    verified = verified_columns(run_dir)
    assert set(verified["task"]) == set(lang["subtask"]) | {"ownerid"}
    assert set(verified["task_2"]) == set(lang["task"]) | (
        {"ownerid"} if lang["owners"][1] else set())
    assert not any(n for cols in verified.values() for n in cols.values())
