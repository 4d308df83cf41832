"""keys338's public exports run end to end from their parameters files, decisions only
(issue 13): Lago (getlago/lago-api at 1b1c24a6 with getlago/lago-front at 945d28cf,
AGPL-3.0; open-source usage-based billing), the fixed records its RSpec suite pins (the
three customers of spec/queries/customers_query_spec.rb; the finalized invoices of the
invoice CSV export's spec and of spec/fixtures/export.csv) as its customer portal shows
them (the customer-information form, the invoice history list), headed by its own labels in
English, French, German and Spanish (tests/data/exports/lago-export-en, -fr, -de, -es;
SOURCE.md), written on the branch-point engine d68e969e (session 49, round W). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the header the map
reads for each account column, the key's header and the headers left unread). In every
language the three customers load as accounts: the customer name, the billing e-mail, the
billing address as address1 (street lines and city empty: the spec leaves them to Faker;
postal code, state, ISO country); the e-mail is the source key (the portal shows no id);
nothing is held back, verification finds no column differing. The invoices file is named
unknown and not moved (bills: no invoice table). The parameters decide the customers' kind
(accounts: discovery reads the file as contacts, first and last name beside the customer
name) and, in French, German and Spanish, the customer name as the account's name (the map
on d68e969e gives the name to the legal name: 'Raison sociale', 'Firmenname', 'Razón
social'); English needs no column decision.

What is NOT read (left unmapped by the engine), in every language:
- the customer type (Company / Individual: it decides the kind, no account column), the
  first and last name of the customer's person, the legal name, the tax identification
  number;
- no owner column (the fallback owner, no one queued);
- the invoices file: named unknown, not moved.
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

#: the three customers as staged, in the file's order (the spec's first, second, third)
STAGED = [
    {"name": "defgh", "emailaddress1": "1@example.com", "address1_postalcode": "90001",
     "address1_stateorprovince": "CA", "address1_country": "US"},
    {"name": "abcde", "emailaddress1": "2@example.com", "address1_postalcode": "75001",
     "address1_stateorprovince": "Paris", "address1_country": "FR"},
    {"name": "presuv", "emailaddress1": "3@example.com", "address1_postalcode": "10115",
     "address1_stateorprovince": "Berlin", "address1_country": "DE"},
]
EMPTY = ("address1_line1", "address1_line2", "address1_city")   # left to Faker by the spec

# per language: the columns the map reads (target: header), the key's header and the
# headers left unread (customer type, first name, last name, legal name, tax id)
LANGS: dict[str, dict[str, Any]] = {
    "lago-export-en": {
        "account": {"name": "Customer name", "emailaddress1": "Email",
                    "address1_line1": "Address line 1", "address1_line2": "Address line 2",
                    "address1_postalcode": "Zip code", "address1_city": "City",
                    "address1_stateorprovince": "State", "address1_country": "Country"},
        "unread": {"Customer type", "First name", "Last name", "Legal name",
                   "Tax identification number"}},
    "lago-export-fr": {
        "account": {"name": "Nom du client", "emailaddress1": "Email",
                    "address1_line1": "Adresse ligne 1", "address1_line2": "Adresse ligne 2",
                    "address1_postalcode": "Code postal", "address1_city": "Ville",
                    "address1_stateorprovince": "Région", "address1_country": "Pays"},
        "unread": {"Type de client", "Prénom", "Nom", "Raison sociale",
                   "Numéro d'identification fiscale"}},
    "lago-export-de": {
        "account": {"name": "Kundenname", "emailaddress1": "E-Mail",
                    "address1_line1": "Adresszeile 1", "address1_line2": "Adresszeile 2",
                    "address1_postalcode": "Postleitzahl", "address1_city": "Stadt",
                    "address1_stateorprovince": "Bundesland", "address1_country": "Land"},
        "unread": {"Kundentyp", "Vorname", "Nachname", "Firmenname",
                   "Steueridentifikationsnummer"}},
    "lago-export-es": {
        "account": {"name": "Nombre del cliente", "emailaddress1": "Correo electrónico",
                    "address1_line1": "Dirección línea 1",
                    "address1_line2": "Dirección línea 2",
                    "address1_postalcode": "Código postal", "address1_city": "Ciudad",
                    "address1_stateorprovince": "Provincia", "address1_country": "País"},
        "unread": {"Tipo de cliente", "Nombre", "Apellido", "Razón social",
                   "Número de identificación fiscal"}},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_lago_customers_load_as_accounts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The three customers load as accounts, as counted, nothing held back, field by field;
    the e-mail the source key; the invoices not moved; verification finds no column
    differing; the type, person names, legal name and tax id not read."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 3, 3, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {}
    assert out["account"]["cleared_fields"] == {}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("account", {"account": 3}), "invoices": ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "account"
    assert {c["target"]: c["source"] for c in table["columns"]} == lang["account"]
    assert table["source_key"] == lang["account"]["emailaddress1"]
    assert set(table["unmapped"]) == lang["unread"]
    assert not table.get("owner")                    # no owner column read
    assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("invoices", "unknown")]

    staged = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert staged.height == 3
    rows = staged.to_dicts()
    assert [{c: r[c] for c in STAGED[0]} for r in rows] == STAGED
    assert all(r[c] is None for r in rows for c in EMPTY)
    assert staged["__source_id"].to_list() == [r["emailaddress1"] for r in STAGED]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"])
    assert not any(n for cols in verified.values() for n in cols.values())
