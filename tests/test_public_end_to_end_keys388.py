"""keys388's public exports run end to end from their parameters files, decisions only
(issue 13): Chamilo LMS (release 1.11.32, GPL-3.0-or-later; the open-source learning
platform), the 61 users of its test-data filler tests/datafiller/data_users.php as its user
export writes them (export_users.csv: user id, names, e-mail, username, authentication
source, status code, official code, phone, registration date, active, expiration date, Skype,
LinkedIn URL; ';'-separated with a BOM), headed by its own strings in English, Spanish,
French and German (tests/data/exports/chamilo-export-en, -es, -fr, -de; SOURCE.md), on the
branch-point engine 56e42778 (session 52, round Z4). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads). In every language the 61 users load as contacts, keyed by Chamilo's user id, nothing
held back, nothing cleared; verification finds no column differing. The parameters decide the
file's kind (contact: discovery reads the file as Dynamics users, so the proposed map loads
nothing: the held-out measure's propose figure), the key, the official code as the external
user identifier (missed by the measure in every language), in English and French the
registration date as the created-on date (the map reads it so in Spanish and German), and in
Spanish no lead source (the measure read 'Fuente de autentificación' as one).

What the run reads, in every language: last and first name, e-mail, phone (empty), official
code (empty) and registration date.

What is NOT read (left unmapped), in every language: the user id (the key), the username (the
sign-in name), the authentication source, the status code (the platform role), active, the
expiration date (empty), Skype and the LinkedIn URL (empty): no contact column is decided for
them.
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

USERS = 61
#: the one instant convert.py gives every registration date (SOURCE.md), as staged
REGISTERED = "2026-01-11T11:16:18Z"

# per language: the headers the map reads (target: header)
LANGS: dict[str, dict[str, str]] = {
    "chamilo-export-en": {
        "lastname": "Last name", "firstname": "First name", "emailaddress1": "e-mail",
        "telephone1": "Phone number", "externaluseridentifier": "Code",
        "overriddencreatedon": "Registration date"},
    "chamilo-export-es": {
        "lastname": "Apellidos", "firstname": "Nombres", "emailaddress1": "Correo electrónico",
        "telephone1": "Número de teléfono", "externaluseridentifier": "Código oficial",
        "overriddencreatedon": "Fecha de registro"},
    "chamilo-export-fr": {
        "lastname": "Nom", "firstname": "Prénom", "emailaddress1": "Courriel",
        "telephone1": "Numéro de téléphone", "externaluseridentifier": "Code Officiel",
        "overriddencreatedon": "Date d'enregistrement"},
    "chamilo-export-de": {
        "lastname": "Nachname", "firstname": "Vorname", "emailaddress1": "E-Mail",
        "telephone1": "Tel. Nr.", "externaluseridentifier": "Kürzel",
        "overriddencreatedon": "Anmeldedatum"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_chamilo_users_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 61 users load as contacts, nothing held back or cleared; the official code as
    the external user identifier, the registration date as created-on; verification finds
    no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("export_users", USERS, USERS, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "export_users": ("contact", {"contact": USERS})}
    summary = json.loads((run_dir / "stage_summary.json").read_text(encoding="utf-8"))
    assert summary["contact"]["cleared"] == 0

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables: dict[str, Any] = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang
    assert contact["source_key"] == "key(UserId)"
    assert not contact.get("owner") and not contact.get("lookups")
    assert not contact.get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == USERS
    assert staged["__source_id"].n_unique() == USERS
    # the export's order: by last then first name (the first and last row, the two users
    # of one name, kept in id order)
    first, last = staged.row(0, named=True), staged.row(USERS - 1, named=True)
    assert (first["lastname"], first["firstname"]) == ("Apple Maggart", "Fiona")
    assert (last["lastname"], last["firstname"]) == ("Zaouidi", "Zatar")
    twins = staged.filter(pl.col("lastname") == "Cotillard")["emailaddress1"].to_list()
    assert twins == ["mcotillard@example.com", "mcotilla@example.com"]
    assert staged["emailaddress1"].n_unique() == USERS
    assert staged["emailaddress1"].str.ends_with("@example.com").all()
    # the filler sets no phone and no official code: read, empty
    assert staged["telephone1"].is_null().all()
    assert staged["externaluseridentifier"].is_null().all()
    assert staged["overriddencreatedon"].to_list() == [REGISTERED] * USERS
    # nothing of the unread columns reaches the contact
    assert set(staged.columns) == set(lang) | {"__source_id", "__source_row"}

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang)
    assert not any(n for cols in verified.values() for n in cols.values())
