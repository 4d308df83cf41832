"""Autotask PSA export (en) from the fixed Autotask REST API (v1.0) records that
KerkhoffTechnologies/django-autotask's tests use as mock responses (MIT), at c85173cf.

Usage: python3 convert.py GITDIR OUT

Reads djautotask/tests/fixtures.py with `git show` and evaluates only its literal
assignments (dicts, lists, strings, numbers, True/False/None, names of earlier literals,
subscripts), with Python's ast: no repository code runs. Writes one file per Autotask
entity, from the fixture that holds that entity's query items: resources.csv (Resources),
companies.csv (Companies), contacts.csv (Contacts), tickets.csv (Tickets), ticket_notes.csv
(TicketNotes), projects.csv (Projects), phases.csv (Phases), tasks.csv (Tasks),
task_notes.csv (TaskNotes), time_entries.csv (TimeEntries), contracts.csv (Contracts),
service_calls.csv (ServiceCalls). Each is headed by the API's field names in the record's
order; userDefinedFields (empty in every record) and columns no record fills are left out.
Values as the API gives them: ISO 8601 timestamps, true/false, picklist and reference
fields as Autotask's integer ids, numbers as written, null and '' empty. UTF-8, comma, LF.
"""
import ast
import csv
import os
import subprocess
import sys

COMMIT = "c85173cf09816b5828a1d4c77c456d0d1061f849"
FIXTURES = "djautotask/tests/fixtures.py"

# file -> the fixture holding that entity's items
FILES = [
    ("resources", "API_RESOURCE_ITEMS"),
    ("companies", "API_ACCOUNT_ITEMS"),
    ("contacts", "API_CONTACT_ITEMS"),
    ("tickets", "API_TICKET_ITEMS"),
    ("ticket_notes", "API_TICKET_NOTE_ITEMS"),
    ("projects", "API_PROJECT_ITEMS"),
    ("phases", "API_PHASE_ITEMS"),
    ("tasks", "API_TASK_ITEMS"),
    ("task_notes", "API_TASK_NOTE_ITEMS"),
    ("time_entries", "API_TIME_ENTRY_ITEMS"),
    ("contracts", "API_CONTRACT_ITEMS"),
    ("service_calls", "API_SERVICE_CALL_ITEMS"),
]
LEFT_OUT = {"userDefinedFields"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


class Unsupported(Exception):
    pass


def evaluate(node, env):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        pairs = zip(node.keys, node.values, strict=True)
        return {evaluate(k, env): evaluate(v, env) for k, v in pairs}
    if isinstance(node, (ast.List, ast.Tuple)):
        return [evaluate(e, env) for e in node.elts]
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise Unsupported(node.id)
        return env[node.id]
    if isinstance(node, ast.Subscript):
        return evaluate(node.value, env)[evaluate(node.slice, env)]
    raise Unsupported(type(node).__name__)


def literals(source):
    env = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            try:
                env[stmt.targets[0].id] = evaluate(stmt.value, env)
            except (Unsupported, KeyError, TypeError):
                pass
    return env


def text(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(gitdir, out):
    env = literals(show(gitdir, FIXTURES))
    os.makedirs(out, exist_ok=True)
    for name, fixture in FILES:
        records = env[fixture]
        columns = []
        for r in records:
            columns += [c for c in r if c not in columns and c not in LEFT_OUT]
        rows = [[text(r.get(c)) for c in columns] for r in records]
        keep = [i for i in range(len(columns)) if any(row[i] != "" for row in rows)]
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([columns[i] for i in keep])
            for row in rows:
                w.writerow([row[i] for i in keep])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
