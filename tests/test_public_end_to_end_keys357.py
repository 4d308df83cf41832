"""keys357's public exports run end to end from their parameters files, decisions only
(issue 13): OpenMRS (openmrs/openmrs-core at 4d92b490, MPL-2.0 with the Healthcare
Disclaimer; open-source medical record system), the patients, encounters, visits and users
of its standard test dataset (standardTestDataset.xml) as its lists show them, headed by its
own message texts in English, German, French and Spanish (tests/data/exports/openmrs-export-en,
-de, -fr, -es; SOURCE.md), on the branch-point engine c8310d3c (session 50, round Y). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the header each
contact column reads and the key's header). In every language the 4 patients load as
contacts, each identified by its preferred identifier, nothing held back, and verification
finds no column differing. The parameters decide the key (the identifier), the name suffix
(the map leaves 'Family Name Suffix' and its translations), in English the given name (the
map leaves 'Given'), and in German, French and Spanish the genders printed in the language
(Mann/Frau, Masculin/Feminin, Masculino/Femenino: Male, Female). Owners: the fallback (no
column names one).

What the run reads, in every language: prefix (salutation), given, middle and family name,
suffix, gender, birthdate, the address's two lines, city, state, postal code and country, and
the record's creation date.

What is NOT read: the identifier's type, the estimated-birthdate and deceased flags (no
contact column); the identifier is the record's source id, not a column. Not moved: the
encounters and visits (discovery names them no kind: listed as unrecognised) and the users
(the staff, matched to the org's users, not created).
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

#: the patients in the list's order: first, last name, suffix, gender, birthdate, city
PATIENTS = [("Horatio", "Hornblower", "Esq.", 1, "1975-04-08T00:00:00Z", "Indianapolis"),
            ("Johnny", "Doe", None, 1, "1975-05-27T00:00:00Z", None),
            ("Collet", "Chebaskwony", None, 2, "1976-08-25T00:00:00Z", "Kapina"),
            ("Anet", "Oloo", None, 2, None, "Jabali")]
TARGETS = ["salutation", "firstname", "middlename", "lastname", "suffix", "gendercode",
           "birthdate", "address1_line1", "address1_line2", "address1_city",
           "address1_stateorprovince", "address1_postalcode", "address1_country",
           "overriddencreatedon"]
# since session 55 discovery names the visits activities (a file named for visits whose rows
# carry a date); the parameters load the patients only, so none is taken
KINDS = {"patients": ("contact", {"contact": 4}), "encounters": ("unknown", {}),
         "visits": ("activity", {}), "users": ("user", {})}

# per language: the headers the contact's columns read (in TARGETS' order), the headers left
# unread, the key's header
LANGS: dict[str, dict[str, Any]] = {
    "openmrs-export-en": {
        "columns": ["Prefix", "Given", "Middle", "Family Name", "Family Name Suffix", "Gender",
                    "Birthdate", "Address", "Address 2", "City/Village", "State/Province",
                    "Postal Code", "Country", "Date Created"],
        "unread": ["Identifier Type", "Estimated", "Deceased"], "id": "Identifier"},
    "openmrs-export-de": {
        "columns": ["Präfix", "Vorname", "zweiter Vorname", "Nachname", "Nachname Suffix",
                    "Geschlecht", "Geburtsdatum", "Anschrift", "Anschrift 2", "Wohnort",
                    "Staat/Bundesland", "Postleitzahl", "Land", "Erstellungsdatum"],
        "unread": ["Kennungsart", "Geschätzt", "Verstorben"], "id": "Kennung"},
    "openmrs-export-fr": {
        "columns": ["Prefix", "Prénom", "Deuxième prénom", "Nom", "Family Name Suffix", "Sexe",
                    "Date de naissance", "Adresse", "Adresse 2", "Ville", "Etat/Province",
                    "Code Postal", "Pays", "Date créée"],
        "unread": ["Type de numero d'identification", "Estimée", "Décédé(e)"],
        "id": "Numero d'identification"},
    "openmrs-export-es": {
        "columns": ["Prefijo", "Nombre", "Segundo Nombre", "Apellido", "Sufijo de Apellido",
                    "Genero", "Fecha de nacimiento", "Dirección", "Dirección 2",
                    "Ciudad/Pueblo", "Estado/Provincia", "Código Postal", "País",
                    "Fecha Creada"],
        "unread": ["Tipo de Identificador", "Estimado", "Difunto"], "id": "Identificador"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_openmrs_patients_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The four patients load as contacts by their identifier, nothing held back, genders
    as decided, no column differing; encounters, visits and users are not moved."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("patients", 4, 4, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == dict(
        zip(TARGETS, lang["columns"], strict=True))
    read = {c["source"] for c in contact["columns"]}
    assert not read & {*lang["unread"], lang["id"]}
    assert not contact.get("owner") and not contact.get("lookups")
    assert {u["source"] for u in mapping["unmatched_sources"]} == {
        "encounters", "visits", "users"}

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["firstname"], staged["lastname"], staged["suffix"],
                    staged["gendercode"], staged["birthdate"], staged["address1_city"],
                    strict=True)) == PATIENTS
    assert staged["__source_id"].n_unique() == 4   # the identifiers (a confirmed key, hashed)
    assert staged["salutation"].to_list() == ["Mr.", None, None, None]
    assert staged["address1_country"].to_list() == ["USA", None, None, None]

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert verified["contact"] == dict.fromkeys(TARGETS, 0)
