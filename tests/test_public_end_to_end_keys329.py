"""keys329's public exports run end to end from their parameters files, decisions only
(issue 13): Indico (indico/indico at b8f1fde8, MIT; CERN's event management system), the
three registrants of its own unit test test_import_registrations as its registration list's
CSV export writes them, headed by its own labels in English, German, French and Spanish
(tests/data/exports/indico-export-en, -de, -fr, -es; SOURCE.md), written on the branch-point
engine 54005a21 (session 48, round V). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads and the id's header). In every language the three registrants load as contacts (first
and last name, e-mail, phone, job title), nothing held back, no link, no owner queued, and
verification finds no column differing. The parameters decide the key (Indico's registration
number) and, where the engine does not read it right: in English the registration state
is no state or province (the engine read it so); in German 'Funktion/Tätigkeit' is the job
title (the engine left it); in French the last name is the second 'Nom' ('Nom_2': the engine
took the first, the whole name).

What is NOT read (left unmapped), in every language:
- the registration number (the source key, kept in the source-id column);
- the whole name ('John Doe': Dataverse composes fullname from the parts read);
- the affiliation (ACME Inc.): since session 48 read as the contact's company
  (parentcustomerid), but the export has no organisations to link to: the two registrants
  with one keep it unlinked, counted as links left (contact.company is the company's phone);
- the registration's state (Completed, translated) and check-in flag ('No').
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

#: the registrants as staged, every language, in the file's order
REGISTRANTS = [
    {"firstname": "John", "lastname": "Doe", "emailaddress1": "jdoe@example.test",
     "telephone1": "1-202-555-0140", "jobtitle": "Regional Manager"},
    {"firstname": "Jane", "lastname": "Smith", "emailaddress1": "jane@example.test",
     "telephone1": None, "jobtitle": "CEO"},
    {"firstname": "Billy Bob", "lastname": "Doe", "emailaddress1": "1337@example.test",
     "telephone1": None, "jobtitle": None},
]

# per language: the columns the map reads (target: header), the key's header, the headers
# left unmapped
LANGS: dict[str, dict[str, Any]] = {
    "indico-export-en": {
        "contact": {"firstname": "First Name", "lastname": "Last Name",
                    "emailaddress1": "Email Address", "telephone1": "Phone Number",
                    "jobtitle": "Position"},
        "affiliation": "Affiliation",
        "id": "ID",
        "unmapped": {"ID", "Name", "Affiliation", "Registration state", "Checked in"}},
    "indico-export-de": {
        "contact": {"firstname": "Vorname", "lastname": "Nachname",
                    "emailaddress1": "E-Mail-Adresse", "telephone1": "Telefonnummer",
                    "jobtitle": "Funktion/Tätigkeit"},
        "affiliation": "Zugehörigkeit",
        "id": "ID",
        "unmapped": {"ID", "Name", "Zugehörigkeit", "Anmeldestatus", "Eingecheckt"}},
    "indico-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom_2",
                    "emailaddress1": "Adresse électronique",
                    "telephone1": "Numéro de téléphone", "jobtitle": "Poste"},
        "affiliation": "Affiliation",
        "id": "Identifiant",
        "unmapped": {"Identifiant", "Nom", "Affiliation", "Statut de l'inscription",
                     "Enregistré"}},
    "indico-export-es": {
        # the second 'Nombre' of the header (the first name), as the reader names it
        "contact": {"firstname": "Nombre_2", "lastname": "Apellidos",
                    "emailaddress1": "Dirección de correo", "telephone1": "Teléfono",
                    "jobtitle": "Posición"},
        "affiliation": "Afiliación",
        "id": "ID",
        "unmapped": {"ID", "Nombre", "Afiliación", "Estado de la inscripción",
                     "Confirmación del registro"}},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_indico_registrants_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The three registrants load as contacts, as counted, nothing held back; records field
    by field; the state and check-in left unread, the affiliation a link to a company the
    export does not hold (counted as left); verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("registrations", 3, 3, 0, 0, 0, 0)}
    # the affiliation names a company (since session 48 read as the contact's company):
    # the export holds no companies, so the two registrants with one keep it unlinked,
    # counted, never reported as linked
    assert out["contact"]["links_left"] == {"parentcustomerid": 2}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "registrations": ("contact", {"contact": 3})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang["contact"]
    assert table["source_key"] == f"key({lang['id']})"
    assert not table.get("owner")                        # no owner column read
    assert not table.get("lookups")
    assert [(lk["source"], lk["target"]) for lk in table["unresolved_lookups"]] == [
        (lang["affiliation"], "parentcustomerid")]
    assert set(table["unmapped"]) == lang["unmapped"]

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert [{c: r[c] for c in lang["contact"]} for r in staged.to_dicts()] == REGISTRANTS

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
