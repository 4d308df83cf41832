"""keys313's public exports run end to end from their parameters files, decisions only
(issue 13): Jorani (bbalet/jorani at 446f8f5a98, AGPL-3.0; open-source leave management),
its install script's rows and its load-test data set's cached values (users 1000-1009, their
70 leave and 10 overtime requests) as its spreadsheet exports write users, employees,
requests, overtime, contracts, positions and leave types, headed by its own labels in
English, German and French (tests/data/exports/jorani-export-en, -de, -fr; SOURCE.md), on
the branch-point engine e47e9bef (session 45, round T). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs``, ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers the run
reads, the kind it names the leave requests, the date format it reads and the link it
finds). Nothing in a Jorani export has a Sales table, so the parameters load no object
(``objects: []``) and name the Admin > Users export the staff (``intake: users.csv: user``;
discovery alone names it contact, the second test). What the run does read, in every
language: the seven files, their rows and their record ids (the ID / N° column), the requests'
and overtime's dates in the language's format (m/d/Y, d.m.Y, d/m/Y), the requests' two
half-day columns headed alike (the second read as ``<label>_2``, a warning); the employees
and users as Dynamics users matched by e-mail or name (owners), not created.

What is not read or not moved, in every language:
- no record is staged, loaded or verified: the map's default tables (account, contact) take
  no file, the reconciliation has no object, the owner queue is empty;
- the leave requests: named activities in en and de (the inventory says which activity
  tables would take them if the parameters named them), unrecognised in fr; not moved;
- overtime, contracts (read as the service contracts no Sales table holds), positions and
  leave types: unrecognised, not moved;
- links: in en and de the requests' full name is linked to the employees' manager column (by
  name, all 70 rows: every load-test user is his own manager); in fr no link is found; the
  users' manager id is not linked to the users' ids in any language.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    verified_columns,
)

#: rows per file, every language
ROWS = {"users": 11, "employees": 11, "requests": 70, "overtime": 10, "contracts": 1,
        "positions": 1, "leave_types": 6}
#: what the run names each file, but the requests (per language)
KINDS = {"users": "user", "employees": "user", "overtime": "unknown", "contracts": "unknown",
         "positions": "unknown", "leave_types": "unknown"}
USERS_MATCHED = "matched to Dynamics 365 users by email or full name (owners)"

LANGS: dict[str, dict[str, Any]] = {
    "jorani-export-en": {
        "id": {f: "ID" for f in ROWS},
        "users": ["ID", "Firstname", "Lastname", "E-mail", "Manager"],
        "requests": ["ID", "Fullname", "Start Date", "Morning/Afternoon", "End Date",
                     "Morning/Afternoon_2", "Duration", "Type", "Reason", "Status"],
        "requests_kind": "activity",
        "dates": {"requests": {"Start Date": ["%m/%d/%Y"], "End Date": ["%m/%d/%Y"]},
                  "overtime": {"Date": ["%m/%d/%Y"]}},
        "link": ("requests.Fullname", "employees.Manager"),
    },
    "jorani-export-de": {
        "id": {f: "ID" for f in ROWS},
        "users": ["ID", "Vorname", "Nachname", "E-Mail", "Vorgesetzter"],
        "requests": ["ID", "Voller Name", "Anfangsdatum", "Vormittag/Nachmittag", "Enddatum",
                     "Vormittag/Nachmittag_2", "Dauer", "Typ", "Grund", "Status"],
        "requests_kind": "activity",
        "dates": {"requests": {"Anfangsdatum": ["%d.%m.%Y"], "Enddatum": ["%d.%m.%Y"]},
                  "overtime": {"Datum": ["%d.%m.%Y"]}},
        "link": ("requests.Voller Name", "employees.Vorgesetzter"),
    },
    "jorani-export-fr": {
        # the French files head the id "N°", but the requests export's (its own key) "ID"
        "id": {**{f: "N°" for f in ROWS}, "users": "ID", "requests": "ID"},
        "users": ["ID", "Prénom", "Nom", "E-mail", "Manager"],
        "requests": ["ID", "Nom complet", "Date début", "Matin/Après-midi", "Date fin",
                     "Matin/Après-midi_2", "Durée", "Type", "Cause", "Statut"],
        "requests_kind": "unknown",
        "dates": {"requests": {"Date début": ["%d/%m/%Y"], "Date fin": ["%d/%m/%Y"]},
                  "overtime": {"Date": ["%d/%m/%Y"]}},
        "link": None,
    },
}


@pytest.mark.parametrize("name", list(LANGS))
def test_jorani_export_runs_in_three_languages(name: str,
                                               runs: Callable[[str], Path]) -> None:
    """Nothing loads (no Sales table): every file read, counted and named; the staff matched
    as users; dates read in the language's format; the duplicate header warned; no record
    staged, loaded or verified."""
    run_dir = runs(name)
    lang = LANGS[name]
    assert assert_true_counts(run_dir) == {}      # no object in the reconciliation
    assert not (run_dir / "staged").exists()
    assert verified_columns(run_dir) == {}

    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == {**KINDS, "requests": lang["requests_kind"]}
    assert {f: files[f]["rows"] for f in files} == ROWS
    assert not any(files[f]["migrated"] or files[f]["taken"] for f in files)
    assert all(files[f]["reason"].startswith(USERS_MATCHED) for f in ("users", "employees"))
    if lang["requests_kind"] == "activity":
        assert files["requests"]["loads_when_asked"] == ["task", "phonecall", "appointment",
                                                         "email"]

    discovery = json.loads((run_dir / "discovery.json").read_text(encoding="utf-8"))
    objs = {o["source"]: o for o in discovery["objects"]}
    assert {s: o["primary_key"] for s, o in objs.items()} == lang["id"]
    assert [c["name"] for c in objs["users"]["columns"]] == lang["users"]
    assert [c["name"] for c in objs["requests"]["columns"]] == lang["requests"]
    guesses = discovery["guesses"]
    assert {s: g["date_formats"] for s, g in guesses.items() if g["date_formats"]} \
        == lang["dates"]
    assert not any(g["ambiguous_dates"] for g in guesses.values())
    half_day = lang["requests"][3]
    assert discovery["problems"] == [{
        "file": "requests.csv", "line": 1, "severity": "warning",
        "problem": f"the header on line 1 has columns 4 and 6 both named '{half_day}'; "
                   f"column 6 is read as '{half_day}_2'"}]
    links = [(r["from"], r["to"], r["kind"], r["matched"]) for r in discovery["relationships"]]
    assert links == ([(*lang["link"], "name", 70)] if lang["link"] else [])

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    assert {t["target"]: t["source"] for t in mapping["tables"]} == {"account": None,
                                                                     "contact": None}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    assert "Jorani" in (run_dir / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(LANGS))
def test_jorani_users_named_contacts_without_the_decision(name: str, tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the Admin > Users export (ID,
    names, e-mail, the manager's id) contacts, while the HR export of the same people is
    named users; the other files as the run names them."""
    objs = discovered_without_intake(name, tmp_path, {"users.csv": {"object": "user"}})
    assert {o["source"]: o["name"] for o in objs} == {
        **KINDS, "users": "contact", "requests": LANGS[name]["requests_kind"]}
