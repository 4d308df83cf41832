"""keys373's public exports run end to end from their parameters files, decisions only
(issue 13): HumHub (humhub/humhub at 13dc1472, AGPL-3.0-or-later; the open-source social
network / intranet), the eight users of its Codeception test fixtures (user.php, profile.php)
as its admin user export writes them (humhub_user.csv: the account's columns, then a fresh
install's 27 profile fields), headed by its own labels in English, German, French and
Spanish (tests/data/exports/humhub-export-en, -de, -fr, -es; SOURCE.md), on the branch-point
engine 99edcc1e (session 51, round Z). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads). In every language the eight members load as contacts, keyed by HumHub's user id,
nothing held back; the disabled account is closed as Inactive; verification finds no column
differing. The parameters decide the file's kind (contact: discovery reads the accounts as
users in German, French and Spanish), the key, the account status (1 enabled and 2 awaiting
approval Active, 0 disabled Inactive: the held-out measure's miss in every language), the
creation date's day-first format (PhpSpreadsheet prints 'd/m/yy h:mm': '5/8/14 5:36' is 5
August 2014, which the engine alone reads as 8 May), and where the measure missed, the
'about' text as the description, the profile's own e-mail as the second e-mail and (Spanish)
the repeated 'Estado' of the profile as the state.

What the run reads, in every language: e-mail, creation date, first and last name, title
(as the job title), gender, street, zip, city, country, state, birthday, private and work
phone, mobile, fax, website, about, the profile's e-mail, status; all but the names, e-mail,
creation date, status and one title are empty in every row.

What is NOT read (left unmapped), in every language: the id (the key), the guid, the
username, auth mode, tags, language, time zone, created by, updated at and by, last login,
authclient id, visibility, the XMPP address and the nine social-network links.
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

#: the export's rows (id descending): first name, last name, status staged, creation date
MEMBERS = [
    ("AdminNotMember", "User", 1, "2014-08-08T05:36:00Z"),
    ("UnApprovedNoGroup", "User", 1, "2014-08-08T05:36:00Z"),
    ("UnApproved", "User", 1, "2014-08-08T05:36:00Z"),
    ("Disabled", "User", 2, "2014-08-08T05:36:00Z"),
    ("Andreas", "Tester", 1, "2014-08-08T05:36:00Z"),
    ("Sara", "Tester", 1, "2014-08-08T05:36:00Z"),
    ("Peter", "Tester", 1, "2014-08-07T05:36:00Z"),
    ("Admin", "Tester", 1, "2014-08-05T05:36:00Z"),
]

# per language: the headers the map reads (target: header)
LANGS: dict[str, dict[str, str]] = {
    "humhub-export-en": {
        "emailaddress1": "Email", "overriddencreatedon": "Created at",
        "firstname": "First name", "lastname": "Last name", "jobtitle": "Title",
        "gendercode": "Gender", "address1_line1": "Street", "address1_postalcode": "Zip",
        "address1_city": "City", "address1_country": "Country",
        "address1_stateorprovince": "State", "birthdate": "Birthday",
        "telephone2": "Phone Private", "telephone1": "Phone Work", "mobilephone": "Mobile",
        "fax": "Fax", "websiteurl": "Website URL", "description": "About",
        "emailaddress2": "E-Mail", "statuscode": "Status"},
    "humhub-export-de": {
        "emailaddress1": "E-Mail", "overriddencreatedon": "Erstellt am",
        "firstname": "Vorname", "lastname": "Nachname", "jobtitle": "Titel",
        "gendercode": "Geschlecht", "address1_line1": "Straße", "address1_postalcode": "PLZ",
        "address1_city": "Ort", "address1_country": "Land",
        "address1_stateorprovince": "Bundesland/Kanton", "birthdate": "Geburtstag",
        "telephone2": "Telefon privat", "telephone1": "Telefon dienstlich",
        "mobilephone": "Mobil", "fax": "Fax", "websiteurl": "URL",
        "description": "Über mich", "emailaddress2": "E-Mail_2", "statuscode": "Status"},
    "humhub-export-fr": {
        "emailaddress1": "e-mail", "overriddencreatedon": "Créé le",
        "firstname": "Prénom", "lastname": "Nom", "jobtitle": "Titre",
        "gendercode": "Genre", "address1_line1": "Rue", "address1_postalcode": "Code postal",
        "address1_city": "Ville", "address1_country": "Pays",
        "address1_stateorprovince": "Région", "birthdate": "Date de naissance",
        "telephone2": "Tel. privé", "telephone1": "Tel. bureau",
        "mobilephone": "Tel. portable", "fax": "Fax", "websiteurl": "Site web",
        "description": "À propos", "emailaddress2": "E-Mail", "statuscode": "Statut"},
    "humhub-export-es": {
        "emailaddress1": "Correo electrónico", "overriddencreatedon": "Creado el",
        "firstname": "Nombre", "lastname": "Apellido", "jobtitle": "Título",
        "gendercode": "Sexo", "address1_line1": "Calle",
        "address1_postalcode": "Código postal", "address1_city": "Ciudad",
        "address1_country": "País", "address1_stateorprovince": "Estado_2",
        "birthdate": "Cumpleaños", "telephone2": "Teléfono privado",
        "telephone1": "Teléfono del trabajo", "mobilephone": "Móvil", "fax": "Fax",
        "websiteurl": "Web", "description": "Acerca de",
        "emailaddress2": "Correo electrónico_2", "statuscode": "Estado"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_humhub_members_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The eight members load as contacts, nothing held back; the disabled one closed as
    Inactive; creation dates read day first; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("humhub_user", 8, 8, 0, 0, 0, 0)}
    assert (out["contact"]["closed"], out["contact"]["closed_as"]) == (1, {"Inactive": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "humhub_user": ("contact", {"contact": 8})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables: dict[str, Any] = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang
    assert contact["source_key"] == "key(ID)"
    assert not contact.get("owner") and not contact.get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["firstname"], staged["lastname"], staged["statuscode"],
                    staged["overriddencreatedon"], strict=True)) == MEMBERS
    assert staged["jobtitle"].to_list() == [None] * 5 + ["Test Master"] + [None] * 2
    assert staged["emailaddress1"].to_list()[-1] == "admin@example.com"
    for target in ("address1_city", "birthdate", "telephone1", "description",
                   "emailaddress2", "websiteurl"):   # empty in every row
        assert staged[target].is_null().all(), target

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang)
    assert not any(n for cols in verified.values() for n in cols.values())
