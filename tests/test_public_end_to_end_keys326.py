"""keys326's public exports run end to end from their parameters files, decisions only
(issue 13): openCRX (opencrx/opencrx at 377501a7, BSD; an open-source Java CRM), the 9,999
contacts of its own import sample (test-core/etc/data/import-sample-data.xls) as its account
export wizard (ExportAccountsToXLS) writes them once imported, the eleven columns the sample
fills, headed by its own UI labels in English, German (de_CH), French and Italian
(tests/data/exports/opencrx-export-en, -de, -fr, -it; SOURCE.md), written on the
branch-point engine 54005a21 (session 48, round V). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the header the map
reads for each contact column and the full name's header). In every language the file
(openCRX's 'Accounts' sheet) is named contacts and all 9,999 load as contacts: first and
last name, the home address as address1 (street, city, postal code, country), the home phone
as telephone2, the birthday ('dd-MM-yyyy', read day first), the e-mail; nothing is held
back, verification finds no column differing. One e-mail of the sample is no address
('sed.orci.lobortis@dictum.ca5000', row 5400): cleared, the contact loaded. The parameters
decide the key (extString0, the import's index attribute) and, in French, the country:
openCRX's fr_FR labels it 'Département' (its own mistranslation), which 54005a21's map reads
as a state; the decision puts it in address1_country and leaves the state empty.

What is NOT read (left unmapped by the engine), in every language:
- the full name ('Last, First': Dataverse computes fullname from the first and last name);
- extString0 (the source key, kept as the source id);
- no owner column (the fallback owner, no one queued).
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
    run_public,
    runs_once,
    verified_columns,
)

ROWS = 9999
#: the sample's first contact as staged (the export's row 1), every language but the country
FIRST = {"firstname": "Joy", "lastname": "French", "address1_line1": "323-2297 Amet St.",
         "address1_city": "Bolinne", "address1_postalcode": "10000",
         "telephone2": "(011) 26341205", "birthdate": "2012-11-12T00:00:00Z",
         "emailaddress1": "rutrum.justo@eget.co.uk"}
#: the one e-mail that is no address (row 5400), cleared by validation
BAD_EMAIL_ROW = 5400

# per language: the columns the map reads (target: header), the first contact's country
# (the code's name in the language) and the full name's header (not read)
LANGS: dict[str, dict[str, Any]] = {
    "opencrx-export-en": {
        "contact": {"firstname": "First Name", "lastname": "Last Name",
                    "address1_line1": "Street / PO Box", "address1_city": "City",
                    "address1_postalcode": "ZIP/Postal code",
                    "address1_country": "Country/Region", "telephone2": "Phone home",
                    "birthdate": "Birth date", "emailaddress1": "E-mail business"},
        "country": "Algeria", "fullname": "Full name"},
    "opencrx-export-de": {
        "contact": {"firstname": "Vorname", "lastname": "Nachname",
                    "address1_line1": "Strasse / Postfach", "address1_city": "Ort",
                    "address1_postalcode": "Postleitzahl / Code",
                    "address1_country": "Land/Region", "telephone2": "Telefon Privat",
                    "birthdate": "Geburtsdatum", "emailaddress1": "E-mail Geschäft"},
        "country": "Algerien", "fullname": "Voller Name"},
    "opencrx-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom de famille",
                    "address1_line1": "Rue / Boite postale", "address1_city": "Commune",
                    "address1_postalcode": "Code postal",
                    # the parameters' decision: fr_FR's 'Département' is the country
                    "address1_country": "Département", "telephone2": "Téléphone domicile",
                    "birthdate": "Date de naissance", "emailaddress1": "Email professionnel"},
        "country": "Algérie", "fullname": "Nom complet"},
    "opencrx-export-it": {
        "contact": {"firstname": "Nome", "lastname": "Cognome",
                    "address1_line1": "Via / Casella Postale", "address1_city": "Citta'",
                    "address1_postalcode": "CAP / Codice Postale",
                    "address1_country": "Nazione/Regione", "telephone2": "Telefono Privato",
                    "birthdate": "Data di Nascita", "emailaddress1": "E-mail lavoro"},
        "country": "Algeria", "fullname": "Nome Completo"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_opencrx_sample_contacts_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """All 9,999 sample contacts load as contacts, as counted, nothing held back; the first
    field by field; the one malformed e-mail cleared; verification finds no column
    differing; the full name and extString0 not read."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("accounts", ROWS, ROWS, 0, 0, 0, 0)}
    assert out["contact"]["links_left"] == {}
    assert out["contact"]["cleared_fields"] == {"emailaddress1": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "accounts": ("contact", {"contact": ROWS})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table["columns"]} == lang["contact"]
    assert table["source_key"] == "key(extString0)"
    assert set(table["unmapped"]) == {lang["fullname"], "extString0"}
    assert not table.get("owner")                    # no owner column read
    assert not table.get("lookups") and not table.get("unresolved_lookups")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == ROWS
    first = staged.row(0, named=True)
    assert {c: first[c] for c in FIRST} == FIRST
    assert first["address1_country"] == lang["country"]
    bad = staged.filter(pl.col("__source_row") == BAD_EMAIL_ROW).row(0, named=True)
    assert bad["emailaddress1"] is None and bad["lastname"] == "Byrd"
    assert staged["emailaddress1"].null_count() == 1
    # day first: '18-10-2013' is 18 October (no birthday read month first)
    assert staged.row(1, named=True)["birthdate"] == "2013-10-18T00:00:00Z"

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
