"""keys370's public exports run end to end from their parameters files, decisions only
(issue 13): RosarioSIS (francoisjacquet/rosariosis at b6951427, GPL-2.0 or later; the free
student information system for schools), its install records (rosariosis.sql: one student,
three users; the French and Spanish data updates applied for fr and es) as its list exports
write them in CSV (Students > Advanced Report, the users' expanded list), headed by its own
labels in English, French, Spanish and German (tests/data/exports/rosariosis-export-en, -fr,
-es, -de; SOURCE.md), on the branch-point engine 99edcc1e (session 51, round Z). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages: the student loads as a contact (keyed by
RosarioSIS's own number, the parameters' key), nothing held back, and verification finds no
column differing; the users (administrator, teacher, parent) are the people who sign in:
matched as users, not moved. The parameters decide the key and the held-out misses of the
students file: the middle name (French 'Second prénom', German 'Mittelname'), the nickname
from the English-titled student field 'Common Name' (en, de), the German home phone
('Festnetz-Telefonnummer') and, in French, the enrollment's start date ('Date
d'inscription') left unread (the map alone reads it as the record's created-on date); the
Gender options of the French and Spanish data (Masculin / Féminin, Masculino / Femenino) as
Dataverse's Male and Female. No owner column: the owner queue is empty.

What the run reads, in every language: the student's last, first and middle names, suffix,
street, city, state, zip, home phone, gender, nickname and birth date (empty cells where the
install data sets none).

What is NOT read: the student's number (the key only), grade level, school, username,
enrollment start date and code, last login, ethnicity, identification number, language and
medical fields; the whole users file (users, not moved).
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

KINDS = {"students": ("contact", {"contact": 1}), "users": ("user", {})}
TARGETS = ("lastname", "firstname", "middlename", "suffix", "address1_line1", "address1_city",
           "address1_stateorprovince", "address1_postalcode", "telephone2", "gendercode",
           "nickname", "birthdate")

# per language: the headers the contact reads (in TARGETS' order), the key, the student's
# last name as staged
LANGS: dict[str, dict[str, Any]] = {
    "rosariosis-export-en": {
        "contact": ("Last Name", "First Name", "Middle Name", "Suffix", "Street", "City",
                    "State", "Zip Code", "Home Phone", "Gender", "Common Name", "Birthdate"),
        "key": "RosarioSIS ID", "lastname": "Student"},
    "rosariosis-export-fr": {
        "contact": ("Nom", "Prénom", "Second prénom", "Suffixe", "Rue", "Ville", "Département",
                    "Code postal", "Téléphone fixe", "Sexe", "Surnom", "Date de naissance"),
        "key": "ID RosarioSIS", "lastname": "Élève"},
    "rosariosis-export-es": {
        "contact": ("Apellido", "Nombre", "Segundo Nombre", "Sufijo", "Calle", "Ciudad",
                    "Estado", "Código Postal", "Teléfono de Casa", "Sexo", "Apodo",
                    "Fecha de nacimiento"),
        "key": "ID RosarioSIS", "lastname": "Estudiante"},
    "rosariosis-export-de": {
        "contact": ("Nachname", "Vorname", "Mittelname", "Suffix", "Straße", "Stadt",
                    "Bundesland", "PLZ", "Festnetz-Telefonnummer", "Gender", "Common Name",
                    "Birthdate"),
        "key": "RosarioSIS ID Nummer", "lastname": "Student"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_rosariosis_student_loads_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The student loads as a contact, nothing held back; the users are matched as users and
    not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("students", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"contact": dict(zip(TARGETS, lang["contact"], strict=True))}
    (table,) = mapping["tables"]
    assert table["source_key"] == f"key({lang['key']})"
    assert not table.get("owner") and not table.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    (student,) = contacts.to_dicts()
    assert student["__source_id"]   # RosarioSIS's number 1, as the run keys it
    assert (student["lastname"], student["firstname"], student["middlename"],
            student["nickname"]) == (lang["lastname"], "Student", "S", "Bug")
    assert str(student["birthdate"])[:10] == "2015-12-04"
    assert student["gendercode"] == 1   # Male / Masculin / Masculino: Dataverse 1 Male
    assert all(student[c] is None for c in ("suffix", "address1_line1", "address1_city",
                                            "telephone2"))   # 'No Address', no suffix

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {t: set(cols) for t, cols in verified.items()} == {"contact": set(TARGETS)}
    assert not any(n for cols in verified.values() for n in cols.values())
