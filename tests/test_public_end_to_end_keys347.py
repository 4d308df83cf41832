"""keys347's public exports run end to end from their parameters files, decisions only
(issue 13): Gibbon (GibbonEdu/core at c153137f, GPL-3.0; the open school platform), the demo
data its installer offers (gibbon_demo.sql: 1178 people, 738 families, 165 staff records) as
System Admin's "Export Data" writes the import types usersBasic, family and staff, headed by
Gibbon's own labels in English, German, French and Spanish (tests/data/exports/gibbon-export-en,
-de, -fr, -es; SOURCE.md), on the branch-point engine d7bd4b3a (session 50, round X). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and the keys). In every language the 1178 people load as contacts and the 738
families as accounts; nothing is held back and verification finds no column differing; the
23 people who left the school are closed as Inactive. The parameters decide the family
file's kind (account: discovery names it no kind, the measured miss), the staff file left in
Gibbon (unknown: staff details of people the users file holds), the keys (the username, the
family's name), the preferred name as the nickname (the measured miss in en, de, es), the
family's four home-address fields (the map took the address's name as the street in de, fr,
es, and a second address in fr), the genders and the statuses.

What the run reads, in every language: title, surname, first name, preferred name, gender,
date of birth (empty), status and e-mail of people; the family's name and its home address's
name, street, district and country (all four empty in the demo).

What is NOT read (left unmapped by the engine), in every language:
- users: the official name, the name in characters, the primary and all roles, the username
  (the key only), the password hash, the force-reset and can-login flags, the student ID,
  the photo;
- families: the marital status, the two home languages, the family sync key;
- the staff file: not moved (by decision).
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

KINDS = {"DataExport-family": ("account", {"account": 738}),
         "DataExport-staff": ("unknown", {}),
         "DataExport-usersBasic": ("contact", {"contact": 1178})}
GENDERS = {1: 596, 2: 582}          # M Male, F Female
STATUSES = {1: 1155, 2: 23}         # Full Active, Left Inactive

# per language: the headers each map entry reads (target: header) and the keys
LANGS: dict[str, dict[str, Any]] = {
    "gibbon-export-en": {
        "contact": {"salutation": "Title", "lastname": "Surname", "firstname": "First Name",
                    "nickname": "Preferred Name", "gendercode": "Gender",
                    "birthdate": "Date of Birth", "statuscode": "Status",
                    "emailaddress1": "Email"},
        "account": {"name": "Family Name", "address1_name": "Address Name",
                    "address1_line1": "Home Address",
                    "address1_stateorprovince": "Home Address (District)",
                    "address1_country": "Home Address (Country)"},
        "keys": ("Username", "Family Name")},
    "gibbon-export-de": {
        "contact": {"salutation": "Titel", "lastname": "Nachname", "firstname": "Vorname",
                    "nickname": "Bevorzugter Name", "gendercode": "Geschlecht",
                    "birthdate": "Geburtstag", "statuscode": "Status",
                    "emailaddress1": "Email"},
        "account": {"name": "Familienname", "address1_name": "Adresse Name",
                    "address1_line1": "Privatadresse",
                    "address1_stateorprovince": "Privatanschrift (Bezirk)",
                    "address1_country": "Privatadresse (Land)"},
        "keys": ("Benutzername", "Familienname")},
    "gibbon-export-fr": {
        "contact": {"salutation": "Titre", "lastname": "Nom", "firstname": "Prénom",
                    "nickname": "Surnom", "gendercode": "Sexe",
                    "birthdate": "Date de naissance", "statuscode": "Statut",
                    "emailaddress1": "Courriel"},
        "account": {"name": "Nom de famille", "address1_name": "Intitulé de l'adresse",
                    "address1_line1": "Adresse de domicile",
                    "address1_stateorprovince": "Adresse de domicile (District)",
                    "address1_country": "Adresse de domicile (Pays)"},
        "keys": ("Nom d'utilisateur", "Nom de famille")},
    "gibbon-export-es": {
        "contact": {"salutation": "Título", "lastname": "Apellido", "firstname": "Primer Nombre",
                    "nickname": "Nombre preferido", "gendercode": "Género",
                    "birthdate": "Fecha de Nacimiento", "statuscode": "Estado",
                    "emailaddress1": "Email"},
        "account": {"name": "Apellido", "address1_name": "Nombre de la Dirección",
                    "address1_line1": "Domicilio Particular",
                    "address1_stateorprovince": "Domicilio (Distrito)",
                    "address1_country": "Domicilio (País)"},
        "keys": ("Nombre de Usuario", "Apellido")},
}


def _column(name: str, file: str, index: int) -> list[str]:
    with open(PUBLIC / name / file, encoding="utf-8", newline="") as f:
        return [row[index] for row in list(csv.reader(f))[1:]]


@pytest.mark.parametrize("name", list(LANGS))
def test_gibbon_people_and_families_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The people load as contacts, the families as accounts, as counted, nothing held back;
    genders and statuses as decided, the 23 who left closed; the staff file not moved;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed", "closed_as") == {
        "account": ("DataExport-family", 738, 738, 0, 0, 0, 0, {}),
        "contact": ("DataExport-usersBasic", 1178, 1178, 0, 0, 0, 23, {"Inactive": 23})}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account"}
    for entry, key in zip(("contact", "account"), lang["keys"], strict=True):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == lang[entry]
        assert table["source_key"] == f"key({key})"
        assert not table.get("owner") and not table.get("lookups")
        assert not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("DataExport-staff", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert dict(Counter(contacts["gendercode"].to_list())) == GENDERS
    assert dict(Counter(contacts["statuscode"].to_list())) == STATUSES
    assert contacts["__source_id"].n_unique() == 1178     # one per username
    assert contacts["lastname"].to_list() == _column(name, "DataExport-usersBasic.csv", 1)
    assert contacts["nickname"].to_list() == _column(name, "DataExport-usersBasic.csv", 3)
    assert contacts["birthdate"].is_null().all()     # no date of birth in the demo
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == _column(name, "DataExport-family.csv", 0)
    for column in ("address1_name", "address1_line1", "address1_stateorprovince",
                   "address1_country"):   # no family address in the demo
        assert accounts[column].is_null().all(), column

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["account"]) == set(lang["account"])
    assert not any(n for cols in verified.values() for n in cols.values())
