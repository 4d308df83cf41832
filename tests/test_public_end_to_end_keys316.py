"""keys316's public exports run end to end from their parameters files, decisions only
(issue 13): InvoicePlane (InvoicePlane/InvoicePlane at c507a0b9, MIT; open-source invoicing),
the 34 clients of its client seed (test/data.json as test/d.py inserts them) as its client
form shows them, headed by its own labels in English, German, Spanish and Italian
(tests/data/exports/invoiceplane-export-en, -de, -es, -it; SOURCE.md), written on the
branch-point engine 1eff826f (session 47, round U). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each contact column, and the e-mail header that keys the clients). In every
language the clients load as contacts (the parameters' intake says so: on the branch point
discovery alone read the file 'clients' as accounts; since session 47 it reads them as
contacts too, by their gender and birth date, checked below), keyed by their e-mail: 33 of
the 34 rows load, the seed's second "Christina Vaughan" (the same e-mail again) skipped as a
duplicate source id, the first (row 8) kept; each contact's whole name as its last name,
street, city, postal code, country (its name in the language), phone and gender (female) as
the file gives them, the e-mail in lower case (two are capitalised in the seed);
verification finds no column differing; nothing held back, no owner queued. The parameters
decide the file's object (contact), the genders' options (the language's words for male and
female) and, in German, the name column ('Name des Kunden', left unread by the engine, which
would fill the last name with the e-mail).

What is NOT read (left unmapped by the engine), in every language:
- Active (Yes in every row: every client is active), the surname (empty), the client's
  document language ('Use System language'), the VAT id and tax code (empty);
- in English the second street line (empty); in Italian the fax (empty; Spanish's is read
  since session 49); in German, Spanish and Italian the web address (empty).
"""

from __future__ import annotations

import csv
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
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_exports import _export_dir

# per language: the columns the map reads (target: header), the e-mail header keying the
# clients, the gender words decided (male, female)
LANGS: dict[str, dict[str, Any]] = {
    "invoiceplane-export-en": {
        "contact": {"lastname": "Client Name", "address1_line1": "Street Address",
                    "address1_city": "City", "address1_stateorprovince": "State",
                    "address1_postalcode": "Zip Code", "address1_country": "Country",
                    "telephone1": "Phone Number", "fax": "Fax Number",
                    "mobilephone": "Mobile Number", "emailaddress1": "Email Address",
                    "websiteurl": "Web Address", "gendercode": "Gender",
                    "birthdate": "Birthdate"},
        "key": "Email Address", "genders": {"Male": 1, "Female": 2}},
    "invoiceplane-export-de": {
        "contact": {"lastname": "Name des Kunden", "address1_line1": "Adresse",
                    "address1_line2": "Adresse 2", "address1_city": "Ort",
                    "address1_stateorprovince": "Bundesland", "address1_postalcode": "PLZ",
                    "address1_country": "Land", "telephone1": "Telefonnummer",
                    "fax": "Fax-Nummer", "mobilephone": "Mobilnummer",
                    "emailaddress1": "E-Mail-Adresse", "gendercode": "Geschlecht",
                    "birthdate": "Geburtstag"},
        "key": "E-Mail-Adresse", "genders": {"Männlich": 1, "Weiblich": 2}},
    "invoiceplane-export-es": {
        "contact": {"lastname": "Nombre del cliente", "address1_line1": "Dirección Calle",
                    "address1_line2": "Dirección Calle 2", "address1_city": "Ciudad",
                    "address1_stateorprovince": "Estado",
                    "address1_postalcode": "Código postal", "address1_country": "País",
                    "telephone1": "Numero Telefónico", "mobilephone": "Número de móvil",
                    "emailaddress1": "Dirección de correo electrónico",
                    "gendercode": "Genero", "birthdate": "Fecha de nacimiento",
                    "fax": "Número de fax"},   # read 'fax number' since session 49 (empty)
        "key": "Dirección de correo electrónico", "genders": {"Varón": 1, "Mujer": 2}},
    "invoiceplane-export-it": {
        "contact": {"lastname": "Nome cliente", "address1_line1": "Indirizzo",
                    "address1_line2": "Indirizzo 2", "address1_city": "Città",
                    "address1_stateorprovince": "Provincia", "address1_postalcode": "CAP",
                    "address1_country": "Paese", "telephone1": "Numero di telefono",
                    "mobilephone": "Numero di cellulare", "emailaddress1": "Indirizzo email",
                    "gendercode": "Sesso", "birthdate": "Data di nascita"},
        "key": "Indirizzo email", "genders": {"Maschio": 1, "Femmina": 2}},
}


def _rows(name: str) -> list[dict[str, str]]:
    """The export's client rows as the file has them."""
    folder = _export_dir(name)
    assert folder is not None
    with (folder / "clients.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


@pytest.mark.parametrize("name", list(LANGS))
def test_invoiceplane_clients_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """33 of the 34 clients load as contacts keyed by e-mail (the seed's repeated client
    skipped), field by field as the file gives them; nothing held back, no owner queued;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("clients", 34, 33, 0, 1, 0, 0)}
    assert out["contact"]["skipped_reasons"] == [
        {"reason": "duplicate source id; first row kept", "rows": 1}]
    assert issues(run_dir, "skipped", "contact") == ["duplicate source id; row 8 kept"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "clients": ("contact", {"contact": 34})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    # the clients' active flag ('Yes', 'Ja', 'Sí', 'Sì' on every row) is the contact's
    # state: de, it since session 52; en, es since session 64 (their address 'State'
    # beside it no longer silences it as a second status)
    active = {"invoiceplane-export-en": {"statecode": "Active"},
              "invoiceplane-export-de": {"statecode": "Aktiv"},
              "invoiceplane-export-es": {"statecode": "Activo"},
              "invoiceplane-export-it": {"statecode": "Attivo"}}[name]
    assert {c["target"]: c["source"] for c in table["columns"]} == lang["contact"] | active
    assert table["source_key"] == lang["key"]
    assert not table.get("owner")                       # no owner column read
    assert not table.get("lookups") and not table.get("unresolved_lookups")
    gender = next(c for c in table["columns"] if c["target"] == "gendercode")
    assert gender["values"] == lang["genders"]

    # each staged contact as its row in the file (the first of the two "Christina Vaughan")
    rows = _rows(name)
    first: dict[str, dict[str, str]] = {}
    for r in rows:
        first.setdefault(r[lang["key"]], r)
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == len(first) == 33
    cols = {t: h for t, h in lang["contact"].items() if t != "gendercode"}
    for s in staged.to_dicts():
        r = first[s["__source_id"]]
        want = {t: (r[h] or None) for t, h in cols.items()}
        want["emailaddress1"] = want["emailaddress1"].lower()   # 'Autumn@', 'Mia@' in the seed
        assert {t: s[t] for t in cols} == want
        assert s["gendercode"] == 2                     # every client female
    assert staged["lastname"].to_list()[:3] == ["Adria Rae", "Amy Reid", "Anissa Kate"]
    assert set(staged["address1_country"].to_list()) == {
        {"invoiceplane-export-en": "Germany", "invoiceplane-export-de": "Deutschland",
         "invoiceplane-export-es": "Alemania", "invoiceplane-export-it": "Germania"}[name]}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"]) | set(active)
    assert not any(n for cols_ in verified.values() for n in cols_.values())


@pytest.mark.parametrize("name", ["invoiceplane-export-en", "invoiceplane-export-de",
                                  "invoiceplane-export-es", "invoiceplane-export-it"])
def test_invoiceplane_clients_read_as_contacts_without_the_intake_line(
        tmp_path: Path, name: str) -> None:
    """Without the parameters' intake line discovery reads the file 'clients' as contacts
    since session 47's rules (a gender and a birth date: people's details, whatever the
    file's name says); on the branch point 1eff826f it read them as accounts (its name),
    which is why the parameters keep the analyst's word."""
    found = discovered_without_intake(name, tmp_path, {"clients.csv": {"object": "contact"}})
    assert [(o["source"], o["name"]) for o in found] == [("clients", "contact")]
