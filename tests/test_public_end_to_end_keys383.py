"""keys383's public exports run end to end from their parameters files, decisions only
(issue 13): Moodle (moodle/moodle at 6374475d, GPL-3.0-or-later; the open-source learning
platform), the six users of its Behat feature
grade/report/grader/tests/behat/tertiary_navigation_searching.feature as its bulk user
download writes them (users.csv: id, username, e-mail, names, id number, institution,
department, two phones, town, country), headed by its own strings in English, German, French
and Spanish (tests/data/exports/moodle-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine 549b7ff6 (session 51, round Z3). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads). In every language the six users load as contacts, keyed by Moodle's user id, nothing
held back, nothing cleared; verification finds no column differing. The parameters decide the
file's kind (contact: discovery reads the file as Dynamics users, so the proposed map loads
nothing: the held-out measure's propose figure), the key, the id number as the external user
identifier (missed by the measure in every language), and where the measure missed, German
'Smartphone' and French 'Téléphone mobile' as the mobile phone (German 'Smartphone' no
postal code) and French 'Département' as the department (no state or province).

What the run reads, in every language: e-mail, first and last name, id number, department,
phone, mobile phone, town and country.

What is NOT read (left unmapped), in every language: the id (the key), the username (the
sign-in name: no contact column) and the institution (an organisation's name as text, no
organisations file to link; Dataverse's contact 'company' is the Company Phone).
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
    inventory_files,
    outcomes,
    verified_columns,
)

#: the feature's users in order: first name, last name, e-mail, id number, department,
#: phone, mobile phone, town
USERS = [
    ("Teacher", "1", "teacher1@example.com", "t1", "ABC1", "1234567892", "1234567893", "Perth"),
    ("Student", "1", "student1@example.com", "s1", "ABC1", "3213078612", "8974325612", "Hanoi"),
    ("Dummy", "User", "student2@example.com", "s2", "ABC2", "4365899871", "7654789012", "Tokyo"),
    ("User", "Example", "student3@example.com", "s3", "ABC2", "3243249087", "0875421745",
     "Olney"),
    ("User", "Test", "student4@example.com", "s4", "ABC3", "0987532523", "2149871323", "Tokyo"),
    ("Turtle", "Manatee", "student5@example.com", "s5", "ABC3", "1239087780", "9873623589",
     "Perth"),
]
COLUMNS = ["firstname", "lastname", "emailaddress1", "externaluseridentifier", "department",
           "telephone1", "mobilephone", "address1_city"]

# per language: the headers the map reads (target: header)
LANGS: dict[str, dict[str, str]] = {
    "moodle-export-en": {
        "emailaddress1": "Email address", "firstname": "First name", "lastname": "Last name",
        "externaluseridentifier": "ID number", "department": "Department",
        "telephone1": "Phone", "mobilephone": "Mobile phone", "address1_city": "City/town",
        "address1_country": "Country"},
    "moodle-export-de": {
        "emailaddress1": "E-Mail-Adresse", "firstname": "Vorname", "lastname": "Nachname",
        "externaluseridentifier": "ID-Nummer", "department": "Abteilung",
        "telephone1": "Telefon", "mobilephone": "Smartphone", "address1_city": "Stadt",
        "address1_country": "Land"},
    "moodle-export-fr": {
        "emailaddress1": "Adresse de courriel", "firstname": "Prénom",
        "lastname": "Nom de famille", "externaluseridentifier": "Numéro d’identification",
        "department": "Département", "telephone1": "Téléphone",
        "mobilephone": "Téléphone mobile", "address1_city": "Ville",
        "address1_country": "Pays"},
    "moodle-export-es": {
        "emailaddress1": "Dirección de correo", "firstname": "Nombre",
        "lastname": "Apellido(s)", "externaluseridentifier": "Número de ID",
        "department": "Departamento", "telephone1": "Teléfono",
        "mobilephone": "Teléfono móvil", "address1_city": "Ciudad", "address1_country": "País"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_moodle_users_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The six users load as contacts, nothing held back or cleared; the id number as the
    external user identifier; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("users", 6, 6, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "users": ("contact", {"contact": 6})}
    summary = json.loads((run_dir / "stage_summary.json").read_text(encoding="utf-8"))
    assert summary["contact"]["cleared"] == 0

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables: dict[str, Any] = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang
    assert contact["source_key"] == "key(id)"
    assert not contact.get("owner") and not contact.get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(*(staged[c] for c in COLUMNS), strict=True)) == USERS
    assert staged["address1_country"].to_list() == ["AU", "VN", "JP", "GB", "JP", "AU"]

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang)
    assert not any(n for cols in verified.values() for n in cols.values())
