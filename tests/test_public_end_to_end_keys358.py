"""keys358's public exports run end to end from their parameters files, decisions only
(issue 13): OpenEduCat (openeducat/openeducat_erp at 4055f6bf, LGPL-3; an education ERP made
of Odoo 17 modules), its own demo records (25 students, 15 faculties, 29 admissions, one
parent) as Odoo's list-view export writes them, headed by OpenEduCat's own labels in English,
German, French and Spanish (tests/data/exports/openeducat-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine c8310d3c (session 50, round Y). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and the keys). In every language the 25 students load as contacts and the 29
admissions as leads; nothing is held back and verification finds no column differing; the
27 admissions Done are closed as Qualified. The parameters decide the files' kinds (the
students a contact list and the admissions a lead list: discovery names them no kind, or in
Spanish both contacts, the measured misses; faculties and the parent left in OpenEduCat), the
keys (the student's e-mail, the application number), every column each entry reads (propose
maps nothing on the files discovery does not name), the nationality and the application's
'State' read as no address column, the course as the lead's topic, the genders and the
application statuses.

What the run reads, in every language: title, name (as the last name: one cell), gender,
birth date, mobile and e-mail of students; the application date, title, name, course,
status and e-mail of admissions.

What is NOT read (left unmapped by the engine), in every language:
- students: the registration number (empty), blood group, emergency contact (empty),
  nationality, language;
- admissions: the admission date, batch, gender and birth date (a lead has no column for
  them);
- the faculty and parent files: not moved (by decision).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    PUBLIC,
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

GENDERS = {1: 16, 2: 9}            # students: Male, Female
LEAD_STATUSES = {1: 2, 3: 27}      # Draft New, Done Qualified

# per language: the four files (student, admission, faculty, parent) and the headers each
# map entry reads (target: header), the keys
LANGS: dict[str, dict[str, Any]] = {
    "openeducat-export-en": {
        "files": ("Student (op.student)", "Admission (op.admission)",
                  "OpenEduCat Faculty (op.faculty)", "Parent (op.parent)"),
        "contact": {"salutation": "Title", "lastname": "Name", "gendercode": "Gender",
                    "birthdate": "Birth Date", "mobilephone": "Mobile",
                    "emailaddress1": "Email"},
        "lead": {"salutation": "Title", "lastname": "Name", "subject": "Course",
                 "overriddencreatedon": "Application Date", "statuscode": "State",
                 "emailaddress1": "Email"},
        "keys": ("Email", "Application Number")},
    "openeducat-export-de": {
        "files": ("Student (op.student)", "Zulassung (op.admission)",
                  "OpenEduCat-Fakultät (op.faculty)", "Elternteil (op.parent)"),
        "contact": {"salutation": "Titel", "lastname": "Name", "gendercode": "Geschlecht",
                    "birthdate": "Geburtsdatum", "mobilephone": "Handy, Mobiltelefon",
                    "emailaddress1": "Email"},
        "lead": {"salutation": "Titel", "lastname": "Name", "subject": "Kurs",
                 "overriddencreatedon": "Antragsdatum", "statuscode": "Zustand",
                 "emailaddress1": "Email"},
        "keys": ("Email", "Anmeldenummer")},
    "openeducat-export-fr": {
        "files": ("Étudiant (op.student)", "Admission (op.admission)",
                  "Faculté OpenEduCat (op.faculty)", "Parent (op.parent)"),
        "contact": {"salutation": "Titre", "lastname": "Nom", "gendercode": "Genre",
                    "birthdate": "Date de naissance", "mobilephone": "Mobile",
                    "emailaddress1": "E-mail"},
        "lead": {"salutation": "Titre", "lastname": "Nom", "subject": "Cours",
                 "overriddencreatedon": "Date de la demande", "statuscode": "État",
                 "emailaddress1": "E-mail"},
        "keys": ("E-mail", "Numéro d'application")},
    "openeducat-export-es": {
        "files": ("Alumno (op.student)", "Admisión (op.admission)",
                  "Facultad OpenEduCat (op.faculty)", "Padre (op.parent)"),
        "contact": {"salutation": "Título", "lastname": "Nombre", "gendercode": "Género",
                    "birthdate": "Fecha de nacimiento", "mobilephone": "Móvil",
                    "emailaddress1": "Correo electrónico"},
        "lead": {"salutation": "Título", "lastname": "Nombre", "subject": "Curso",
                 "overriddencreatedon": "Fecha de aplicacion", "statuscode": "Estado",
                 "emailaddress1": "Correo electrónico"},
        "keys": ("Correo electrónico", "Numero de aplicacion")},
}


def _column(name: str, file: str, index: int) -> list[str]:
    with open(PUBLIC / name / f"{file}.csv", encoding="utf-8", newline="") as f:
        return [row[index] for row in list(csv.reader(f))[1:]]


@pytest.mark.parametrize("name", list(LANGS))
def test_openeducat_students_and_admissions_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The students load as contacts, the admissions as leads, as counted, nothing held
    back; genders and statuses as decided, the 27 admitted closed as Qualified; faculties
    and the parent not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    student, admission, faculty, parent = lang["files"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed", "closed_as") == {
        "contact": (student, 25, 25, 0, 0, 0, 0, {}),
        "lead": (admission, 29, 29, 0, 0, 0, 27, {"Qualified": 27})}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        student: ("contact", {"contact": 25}), admission: ("lead", {"lead": 29}),
        faculty: ("unknown", {}), parent: ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "lead"}
    for entry, key in zip(("contact", "lead"), lang["keys"], strict=True):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == lang[entry]
        assert table["source_key"] == f"key({key})"
        assert not table.get("owner") and not table.get("lookups")
        assert not table.get("unresolved_lookups")
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == sorted(
        [(faculty, "unknown"), (parent, "unknown")])

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert dict(Counter(contacts["gendercode"].to_list())) == GENDERS
    assert contacts["__source_id"].n_unique() == 25      # one per e-mail
    assert contacts["lastname"].to_list() == _column(name, student, 1)
    assert contacts["emailaddress1"].to_list() == _column(name, student, 6)
    leads = pl.read_parquet(staged / "lead.parquet").sort("__source_row")
    assert dict(Counter(leads["statuscode"].to_list())) == LEAD_STATUSES
    assert leads["__source_id"].n_unique() == 29         # one per application number
    assert leads["subject"].to_list() == _column(name, admission, 5)
    assert leads["lastname"].to_list() == _column(name, admission, 2)

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["lead"]) == set(lang["lead"])
    assert not any(n for cols in verified.values() for n in cols.values())
