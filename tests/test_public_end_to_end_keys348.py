"""keys348's public exports run end to end from their parameters files, decisions only
(issue 13): OpenEMR (openemr/openemr, read from its fork ippf-dev/openemr at 7533dbed,
GPL-3.0; open-source electronic health records and practice management), the fourteen
example patients it ships (sql/example_patient_data.sql) as its Patient List report's
"Export to CSV" writes them, headed by its own labels in English, Spanish, French and Dutch
(tests/data/exports/openemr-export-en, -es, -fr, -nl; SOURCE.md), on the branch-point engine
d7bd4b3a (session 50, round X). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the header each
contact column reads and the key's header). In every language the 14 patients load as
contacts, each identified by its external ID, nothing held back, and verification finds no
column differing. The parameters decide the file's kind (discovery names it unknown), the
key (in Spanish no column is offered as one), and the three name columns: the report heads
them First, Last, Middle but writes the last, first and middle names under them, so 'First'
fills the last name and 'Last' the first name (the map follows the headers). Owners: the
fallback (no column names one).

What the run reads, in every language: the last, first and middle names, the street, city,
state, postal code, home phone (telephone2) and work phone (telephone1).

What is NOT read: the last visit (empty in every row: no example encounter; no contact
column); the external ID is the record's source id, not a column.
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

#: the patients in the report's order (last name, first name): last, first, middle
PATIENTS = [("Binder", "Jason", None), ("Buckley", "Wallace", None),
            ("Cohen", "Nora", None), ("Dickey", "Robert", None),
            ("Dockerty", "John", "D"), ("Janssen", "James", None),
            ("Jenane", "Ilias", None), ("Jones", "Richard", None),
            ("Mahoney", "Jillian", None), ("Moses", "Jim", None),
            ("Perez", "Brent", None), ("Perez", "Eduardo", None),
            ("Rolle", "Farrah", "A."), ("Shaw", "Ted", None)]
TARGETS = ["lastname", "firstname", "middlename", "address1_line1", "address1_city",
           "address1_stateorprovince", "address1_postalcode", "telephone2", "telephone1"]

# per language: the headers the contact's columns read (in TARGETS' order), the key's header
LANGS: dict[str, dict[str, Any]] = {
    "openemr-export-en": {
        "columns": ["First", "Last name", "Middle", "Street", "City", "State", "Postal Code",
                    "Home Phone", "Work Phone"], "id": "ID", "visit": "Last Visit"},
    "openemr-export-es": {
        "columns": ["Primero", "Apellido", "Segundo", "Calle", "Ciudad", "Estado", "CP",
                    "Teléfono  particular", "Teléfono Trabajo"],
        "id": "DNI/No. Identificación", "visit": "Última visita"},
    "openemr-export-fr": {
        "columns": ["Premier(ère)", "Nom de famille", "Deuxième", "Rue", "Ville", "État",
                    "Code postal", "Téléphone à domicile", "Téléphone professionnel"],
        "id": "ID", "visit": "Dernière visite"},
    "openemr-export-nl": {
        "columns": ["First", "Laatste", "Middle", "Straat", "Stad", "Staat", "Postcode",
                    "Tel. prive", "Telefoon werk"], "id": "ID", "visit": "Laatste bezoek"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_openemr_patients_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The fourteen patients load as contacts by their external ID, the names from the
    columns that hold them (not the headers'), nothing held back, no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("patient_list", 14, 14, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "patient_list": ("contact", {"contact": 14})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == dict(
        zip(TARGETS, lang["columns"], strict=True))
    assert lang["visit"] not in {c["source"] for c in contact["columns"]}
    assert not contact.get("owner") and not contact.get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["lastname"], staged["firstname"], staged["middlename"],
                    strict=True)) == PATIENTS
    assert staged["__source_id"].n_unique() == 14   # the external IDs (a confirmed key, hashed)
    states = staged["address1_stateorprovince"].to_list()
    # 'CA' printed as its list title; one patient stored 'California' (no option: empty)
    assert states.count("California") == 13 and states[1] is None
    assert staged["address1_postalcode"].null_count() == 2      # Moses, Eduardo Perez
    assert staged["telephone2"].to_list()[:3] == [None, "(555) 111-1111", "(213) 555-5555"]

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert verified["contact"] == dict.fromkeys(TARGETS, 0)
