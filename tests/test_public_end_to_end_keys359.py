"""keys359's public exports run end to end from their parameters files, decisions only
(issue 13): Trac (edgewall/trac at 25c4b3a8, BSD-3-Clause; the open-source issue tracker and
wiki), the ten tickets its own unit test QueryTestCase creates as its custom query's CSV
export writes them (every column, ordered by id), headed in English and, as its query page
heads them, in German, French and Spanish (tests/data/exports/trac-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine c8310d3c (session 50, round Y). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the
case's map reads, the key, the owner's and the reporter's header, the columns left). In
every language the ten tickets load as cases (title, type, status, priority, the creation
date), each of the contact made (by decision) from its reporter's user name (every ticket:
'anonymous') as the case's customer and primary contact; the owners (someone, someone_else,
none) are no users of the org: their six cases go to the fallback owner, listed in the owner
queue; nothing is held back and verification finds no column differing; the one closed
ticket is closed as Resolved. The parameters decide the reporters as contacts and the link
to them, the creation date's format and its column (the engine leaves it unread: it reads
no format in Trac's medium date-time cells), the severity left unread (empty; no option of
the org fits) and the statuses, priorities and types (Trac's stored names, never
translated). Where a ticket's type, status or priority is empty, the case's is empty.

What is NOT read (left unmapped), in every language:
- milestone, component, version, resolution, modified, keywords and cc ("no column of
  incident fits"; cc in English and Spanish: "an address that receives copies of mail");
  the severity (by decision); in English the id (the key only; de, fr and es read their
  'Ticket'/'Incidencia' column as the case number too).
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

#: the tickets as staged, in id order: title, casetypecode (defect: Problem 2; enhancement,
#: task: Request 3), statuscode (new, assigned, reopened: In Progress 1; closed: Problem
#: Solved 5), prioritycode (blocker, critical: High 1; major: Normal 2; minor, trivial: Low
#: 3), the creation date, the owner (by name; None where the ticket has none)
TICKETS = [
    ("Summary 0", None, None, None, "2008-07-01T12:34:56Z", None),
    ("Summary 1", None, None, None, "2008-07-11T12:34:56Z", None),
    ("Summary 2", 3, 1, 1, "2008-07-21T12:34:56Z", "someone"),
    ("Summary 3", 2, 1, 1, "2008-07-31T12:34:56Z", "someone_else"),
    ("Summary 4", 3, 1, 2, "2008-08-10T12:34:56Z", "none"),
    ("Summary 5", None, 5, 3, "2008-08-20T12:34:56Z", None),
    ("Summary 6", None, None, 3, "2008-08-30T12:34:56Z", None),
    ("Summary 7", 3, None, None, "2008-09-09T12:34:56Z", "someone"),
    ("Summary 8", 2, 1, None, "2008-09-19T12:34:56Z", "someone_else"),
    ("Summary 9", 3, 1, 1, "2008-09-29T12:34:56Z", "none"),
]
FALLBACK = "assigned to fallback owner avery.admin@contoso.example"
QUEUE = [("none", "2", FALLBACK), ("someone", "2", FALLBACK), ("someone_else", "2", FALLBACK)]

# per language: the columns the case's map reads (target: header), the key's header, the
# owner's and the reporter's header, the headers left unmapped
LANGS: dict[str, dict[str, Any]] = {
    "trac-export-en": {
        "incident": {"title": "Summary", "casetypecode": "Type", "statuscode": "Status",
                     "prioritycode": "Priority", "overriddencreatedon": "Created"},
        "key": "id", "owner": "Owner", "reporter": "Reporter",
        "unmapped": ["Milestone", "Component", "Version", "Resolution", "Modified",
                     "Keywords", "Cc", "Severity"]},
    "trac-export-de": {
        "incident": {"ticketnumber": "Ticket", "title": "Zusammenfassung",
                     "casetypecode": "Typ", "statuscode": "Status",
                     "prioritycode": "Priorität", "overriddencreatedon": "Erstellt"},
        "key": "Ticket", "owner": "Verantwortlicher", "reporter": "Ersteller",
        "unmapped": ["Meilenstein", "Komponente", "Version", "Lösung", "Geändert",
                     "Stichworte", "Beobachter", "Schweregrad"]},
    "trac-export-fr": {
        "incident": {"ticketnumber": "Ticket", "title": "Résumé", "casetypecode": "Type",
                     "statuscode": "Status", "prioritycode": "Priorité",
                     "overriddencreatedon": "Créé"},
        "key": "Ticket", "owner": "Propriétaire", "reporter": "Rapporteur",
        "unmapped": ["Jalon", "Composant", "Version", "Résolution", "Modifié", "Mots-clés",
                     "Copie à", "Sévérité"]},
    "trac-export-es": {
        "incident": {"ticketnumber": "Incidencia", "title": "Resumen", "casetypecode": "Tipo",
                     "statuscode": "Estado", "prioritycode": "Prioridad",
                     "overriddencreatedon": "Creado"},
        "key": "Incidencia", "owner": "Propietario", "reporter": "Informador",
        "unmapped": ["Hito", "Componente", "Versión", "Resolución", "Modificado",
                     "Palabras clave", "Cc", "Gravedad"]},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_trac_tickets_load_as_cases_of_their_reporter_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The ten tickets load as cases of the contact made from their reporter, as counted,
    nothing held back; records field by field; the owners to the fallback owner, queued;
    the closed ticket closed as Resolved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("reporters", 1, 1, 0, 0, 0, 0), "incident": ("tickets", 10, 10, 0, 0, 0, 0)}
    assert (out["incident"]["closed"], out["incident"]["closed_as"]) == (1, {"Resolved": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "tickets": ("ticket", {"incident": 10})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": lang["reporter"]}
    incident = tables["incident"]
    assert {c["target"]: c["source"] for c in incident["columns"]} == lang["incident"]
    assert incident["source_key"] == lang["key"]
    assert incident["owner"]["source"] == lang["owner"]
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in incident["lookups"]} == {
        "customerid": ("contact", lang["reporter"]),
        "primarycontactid": ("contact", lang["reporter"])}
    assert not incident.get("unresolved_lookups")
    # not read: the severity by decision, the rest as no column fits
    assert incident["unmapped"] == lang["unmapped"]
    assert "decided in the parameters file" in incident["unmapped_reasons"][lang["unmapped"][-1]]
    assert not mapping["unmatched_sources"]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [c["lastname"] for c in contacts] == ["anonymous"]
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row").to_dicts()
    assert [(r["title"], r["casetypecode"], r["statuscode"], r["prioritycode"],
             r["overriddencreatedon"], r["__owner_email"]) for r in cases] == TICKETS
    assert {r["__ref__customerid_contact"] for r in cases} == {"anonymous"}
    assert {r["__ref__primarycontactid"] for r in cases} == {"anonymous"}
    assert [r["__source_id"] for r in cases] == [str(n) for n in range(1, 11)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["records"], q["resolution"]) for q in queue] == QUEUE
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"lastname"}
    assert set(verified["incident"]) == set(lang["incident"]) | {
        "customerid", "primarycontactid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
