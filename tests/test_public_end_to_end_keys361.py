"""keys361's public exports run end to end from their parameters files, decisions only
(issue 13): Zimbra Collaboration (Zimbra/zm-mailbox at 2b7f9787c6, GPL-2.0; the mail suite's
mailbox server and address book), the contacts its own SOAP test-harness scripts create
(samplecontacts.xml: 26 people; nps-contacts.xml: 120 National Park Service sites kept as
contacts) as its address-book CSV export writes them in its "thunderbird-csv" format,
headed by that format's column names in English, German, French and Spanish
(tests/data/exports/zimbra-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine
c8310d3c (session 50, round Y). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the
people's map entry reads, the ones the sites' entry leaves (empty in every site), the last-
and first-name headers). In every language both files load as contacts (two map entries of
one table: 'contact' the sites, 'contact_2' the people, whose ids are prefixed so they never
meet the sites'); the 26 people all load, keyed by first and last name; 119 of the 120 sites
load, keyed by name, and one is held back: "Alcatraz Island, Golden Gate National Recreation
Area" is longer than the 50 characters of a contact's last name. Verification finds no column
differing. The parameters decide the keys (the map's pick, the primary e-mail, is empty in
five rows and repeated in five) and, where the held-out measure missed, the columns: in
German the mobile phone and the job title; in French the home street and the repeated
'Ville', 'Pays/État', 'Code postal', 'Région' (home first, work second; 'Pays/État' is the
state, 'Région' the country); in Spanish the second e-mail, the home street, city, state,
postal code and country and the work postal code.

What the run reads, in every language: first and last name, nickname, primary and secondary
e-mail, work and home phones, fax, mobile phone, pager (since session 56, when the emulator's
contact table came to serve Dataverse's pager column; Ross Davidson's is 111-222-2222), the
home and the work street, city, state, postal code and country, job title, department,
notes, and (the people, and the sites in English, where it is empty) the first web page.

What is NOT read (left unmapped by the engine), in every language: the display name (empty),
the screen name, the employer ('Organization': text, no companies file; not linked), the
second web page, the birthday (empty), the four custom fields.
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

KINDS = {"contacts": ("contact", {"contact_2": 26}),
         "nps-contacts": ("contact", {"contact": 120})}
TOO_LONG = "Alcatraz Island, Golden Gate National Recreation Area"

# per language: the headers the people's entry reads (target: header), the targets the
# sites' entry leaves (empty in every site), the last- and first-name headers
LANGS: dict[str, dict[str, Any]] = {
    "zimbra-export-en": {
        "people": {
            "address1_city": "Work City",
            "address1_country": "Work Country",
            "address1_line1": "Work Address",
            "address1_postalcode": "Work ZipCode",
            "address1_stateorprovince": "Work State",
            "address2_city": "Home City",
            "address2_country": "Home Country",
            "address2_line1": "Home Address",
            "address2_postalcode": "Home ZipCode",
            "address2_stateorprovince": "Home State",
            "department": "Department",
            "description": "Notes",
            "emailaddress1": "Primary Email",
            "emailaddress2": "Secondary Email",
            "fax": "Fax Number",
            "firstname": "First Name",
            "jobtitle": "Job Title",
            "lastname": "Last Name",
            "mobilephone": "Mobile Number",
            "nickname": "Nickname",
            "pager": "Pager Number",   # session 56: the emulator serves the pager
            "telephone1": "Work Phone",
            "telephone2": "Home Phone",
            "websiteurl": "Web Page 1"},
        "sites_without": set(),
        "last": "Last Name", "first": "First Name"},
    "zimbra-export-de": {
        "people": {
            "address1_city": "Dienstlich: Ort",
            "address1_country": "Dienstlich: Land",
            "address1_line1": "Dienstlich: Adresse",
            "address1_postalcode": "Dienstlich: PLZ",
            "address1_stateorprovince": "Dienstlich: Bundesland",
            "address2_city": "Privat: Ort",
            "address2_country": "Privat: Land",
            "address2_line1": "Privat: Adresse",
            "address2_postalcode": "Privat: PLZ",
            "address2_stateorprovince": "Privat: Bundesland",
            "department": "Abteilung",
            "description": "Notizen",
            "emailaddress1": "Primäre E-Mail-Adresse",
            "emailaddress2": "Sekundäre E-Mail-Adresse",
            "fax": "Fax-Nummer",
            "firstname": "Vorname",
            "jobtitle": "Arbeitstitel",
            "lastname": "Nachname",
            "mobilephone": "Mobil-Tel.-Nr.",
            "nickname": "Spitzname",
            "pager": "Pager-Nummer",   # session 56: the emulator serves the pager
            "telephone1": "Tel. dienstlich",
            "telephone2": "Tel. privat",
            "websiteurl": "Webseite 1"},
        "sites_without": {"websiteurl"},
        "last": "Nachname", "first": "Vorname"},
    "zimbra-export-fr": {
        "people": {
            "address1_city": "Ville_2",
            "address1_country": "Région_2",
            "address1_line1": "Adresse professionnelle",
            "address1_postalcode": "Code postal_2",
            "address1_stateorprovince": "Pays/État_2",
            "address2_city": "Ville",
            "address2_country": "Région",
            "address2_line1": "Adresse privée",
            "address2_postalcode": "Code postal",
            "address2_stateorprovince": "Pays/État",
            "department": "Service",
            "description": "Notes",
            "emailaddress1": "Adresse électronique principale",
            "emailaddress2": "Adresse électronique secondaire",
            "fax": "Fax",
            "firstname": "Prénom",
            "jobtitle": "Profession",
            "lastname": "Nom de famille",
            "mobilephone": "Portable",
            "nickname": "Surnom",
            "pager": "Pager",   # session 56: the emulator serves the pager
            "telephone1": "Tél. professionnel",
            "telephone2": "Tél. personnel",
            "websiteurl": "Site Web 1"},
        "sites_without": {"websiteurl"},
        "last": "Nom de famille", "first": "Prénom"},
    "zimbra-export-es": {
        "people": {
            "address1_city": "Ciudad (Trabajo)",
            "address1_country": "País (Trabajo)",
            "address1_line1": "Dirección de trabajo",
            "address1_postalcode": "Código postal (Trabajo)",
            "address1_stateorprovince": "Provincia (Trabajo)",
            "address2_city": "Ciudad donde vive",
            "address2_country": "País de residencia",
            "address2_line1": "Dirección personal",
            "address2_postalcode": "Código postal",
            "address2_stateorprovince": "Provincia",
            "department": "Departamento",
            "description": "Notas",
            "emailaddress1": "Dirección de correo electrónico principal",
            "emailaddress2": "Dirección de correo electrónico secundaria",
            "fax": "Fax",
            "firstname": "Nombre",
            "jobtitle": "Puesto",
            "lastname": "Apellidos",
            "mobilephone": "Teléfono móvil",
            "nickname": "Apodo",
            "pager": "Buscapersonas",   # session 56: the emulator serves the pager
            "telephone1": "Teléfono (Trabajo)",
            "telephone2": "Teléfono particular",
            "websiteurl": "Página web 1"},
        "sites_without": {"websiteurl"},
        "last": "Apellidos", "first": "Nombre"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_zimbra_people_and_park_sites_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The people and the park sites load as contacts, as counted; the one site whose name
    is too long for a last name held back; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("nps-contacts", 120, 119, 1, 0, 0, 0),
        "contact_2": ("contacts", 26, 26, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "contact_2"}
    assert tables["contact"]["source_key"] == f"key({lang['last']})"
    assert tables["contact_2"]["source_key"] == f"key({lang['first']}+{lang['last']})"
    people = {c["target"]: c["source"] for c in tables["contact_2"]["columns"]}
    sites = {c["target"]: c["source"] for c in tables["contact"]["columns"]}
    assert people == lang["people"]
    assert sites == {t: h for t, h in lang["people"].items() if t not in lang["sites_without"]}
    for table in tables.values():
        assert not table.get("owner") and not table.get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    persons = pl.read_parquet(staged / "contact_2.parquet").sort("__source_row")
    parks = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert persons.height == 26 and parks.height == 119
    ross = persons.row(0, named=True)
    assert (ross["firstname"], ross["lastname"], ross["emailaddress1"]) == (
        "Ross", "Davidson", "rossd@example.zimbra.com")
    assert (ross["address1_city"], ross["address2_city"]) == ("San Mateo", "San Francisco")
    assert (ross["address1_postalcode"], ross["address2_postalcode"]) == ("94404", "94110")
    assert ross["pager"] == "111-222-2222"
    assert persons["__source_id"].str.starts_with("contacts:").all()
    acadia = parks.row(1, named=True)
    assert (acadia["lastname"], acadia["address1_city"], acadia["address1_stateorprovince"],
            acadia["address1_postalcode"]) == ("Acadia National Park", "Bar Harbor", "ME",
                                               "04609")
    assert TOO_LONG not in parks["lastname"].to_list()
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.select("column", "value").rows() == [("lastname", TOO_LONG)]

    verified = verified_columns(run_dir)
    assert set(verified["contact_2"]) == set(people)
    assert set(verified["contact"]) == set(sites)
    assert not any(n for cols in verified.values() for n in cols.values())
