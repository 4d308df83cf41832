"""keys306's public exports run end to end from their parameters files, decisions only
(issue 13): Ever Gauzy (ever-co/ever-gauzy at 39a5c3adfe, AGPL-3.0; an open-source
ERP/CRM/HRM), the fixed records of its seed module's demo seed as its list pages show
employees, candidates, clients, incomes and organizations, headed by its own labels in
English, German, French and Spanish (tests/data/exports/gauzy-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine e47e9bef (session 45, round T). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs``, ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the columns the
map reads and their headers, and what names a record), then what discovery says of the
organizations without the parameters' intake line. In every language the 126 clients load
as accounts (their name; the phone, e-mail, country and city columns are read but empty in
every row) and the 6 candidates as contacts (whole name as the last name, e-mail, source:
empty), nothing held back, read back with no column differing. The parameters decide that
the candidates' status (the application's stage) is no contact status, that the
organizations (Gauzy's own companies) are not moved, in de and es that the whole name is
the last name (the map left it unread there on e47e9bef; since session 45's rules it reads
'Vollständiger Name' / 'Nombre completo' itself), and in es that a client is keyed by its
name (the run asks).

What is NOT read (left unmapped by the engine, or left out), in every language:
- the candidates' applied, hired and rejected dates and tags (empty columns), their status
  (decided unmapped);
- the clients' members (in en read as the owner column, matched by e-mail: empty, so the
  fallback owner; elsewhere left unmapped, in es as an empty parent-account link) and
  projects (de's primary phone, Haupttelefon, unread on e47e9bef, is read since session
  45's rules);
- the employees file: the staff, matched as users (owners), not created;
- the incomes file: named unknown (payments received, no Sales table), not moved, though
  its rows name the client (the accounts loaded) and the employee;
- the organizations file: named unknown by the parameters' intake line (discovery alone
  names it accounts), not moved.
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
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

#: the candidates in the seed's order: whole name (a first name's trailing space kept) and
#: e-mail
CANDIDATES = [("John S.", "john@example-ever.co"), ("Jaye J.", "jaye@example-ever.co"),
              ("Kasey K.", "kasey@example-ever.co"), ("Norris  N.", "norris@example-ever.co"),
              ("Estella E.", "estella@example-ever.co"), ("Greg  G.", "greg@example-ever.co")]
#: the first clients, in the order the income CSV first names them
CLIENTS = ["Client CC", "Client NA", "Client LZ", "Client ID", "Client CL"]
KINDS = {"employees": "user", "candidates": "contact", "clients": "account",
         "incomes": "unknown", "organizations": "unknown"}
EMPTY = ("telephone1", "emailaddress1", "address1_country", "address1_city")

# per language: the columns each table reads and their headers; what a contact's source id
# is (the e-mail in en, the whole name elsewhere); whether the clients' members are the
# owner column (en)
LANGS: dict[str, dict[str, Any]] = {
    "gauzy-export-en": {
        "contact": {"lastname": "Full Name", "emailaddress1": "Email",
                    "leadsourcecode": "Source"},
        "account": {"name": "Name", "telephone1": "Primary Phone",
                    "emailaddress1": "Primary Email", "address1_country": "Country",
                    "address1_city": "City"},
        "contact_id": "email", "owner": "Members"},
    "gauzy-export-de": {
        "contact": {"lastname": "Vollständiger Name", "emailaddress1": "E-Mail",
                    "leadsourcecode": "Quelle"},
        "account": {"name": "Name", "telephone1": "Haupttelefon",
                    "emailaddress1": "Primäre E-Mail", "address1_country": "Land",
                    "address1_city": "Stadt"},
        "contact_id": "name", "owner": None},
    "gauzy-export-fr": {
        "contact": {"lastname": "Nom complet", "emailaddress1": "Email",
                    "leadsourcecode": "Source"},
        "account": {"name": "Nom", "telephone1": "Téléphone principal",
                    "emailaddress1": "Email principal", "address1_country": "Pays",
                    "address1_city": "Ville"},
        "contact_id": "name", "owner": None},
    "gauzy-export-es": {
        "contact": {"lastname": "Nombre completo", "emailaddress1": "Correo electrónico",
                    "leadsourcecode": "Fuente"},
        "account": {"name": "Nombre", "telephone1": "Teléfono principal",
                    "emailaddress1": "Correo electrónico principal",
                    "address1_country": "País", "address1_city": "Ciudad"},
        "contact_id": "name", "owner": None},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_gauzy_export_loads_in_four_languages(name: str,
                                              runs: Callable[[str], Path]) -> None:
    """Clients load as accounts and candidates as contacts as counted, nothing held back;
    records field by field; employees, incomes and organizations not moved; verification
    finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 126, 126, 0, 0, 0, 0),
        "contact": ("candidates", 6, 6, 0, 0, 0, 0)}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert {c for c in contacts.columns if not c.startswith("__")} == set(lang["contact"])
    rows = contacts.to_dicts()
    assert [(r["lastname"], r["emailaddress1"]) for r in rows] == CANDIDATES
    assert all(r["leadsourcecode"] is None for r in rows)   # the source: empty
    ids = [c[1] if lang["contact_id"] == "email" else c[0] for c in CANDIDATES]
    assert [r["__source_id"] for r in rows] == ids

    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert set(lang["account"]) <= set(accounts.columns)
    assert accounts["name"].to_list()[:5] == CLIENTS
    assert accounts["name"].n_unique() == 126
    assert all(accounts[c].null_count() == 126 for c in EMPTY if c in lang["account"])

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    sources = {k: {c["target"]: c["source"] for c in t.get("columns", [])}
               for k, t in tables.items()}
    assert sources == {"account": lang["account"], "contact": lang["contact"]}
    owner = tables["account"].get("owner")
    assert (owner or {}).get("source") == lang["owner"]
    assert not tables["contact"].get("owner")
    assert not any(t.get("lookups") for t in tables.values())   # no link read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0                                     # the fallback, no one queued

    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_gauzy_organizations_are_accounts_to_discovery(tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the organizations accounts
    (Gauzy's own companies, their name headed 'Client Name'): the analyst's line keeps
    them out."""
    found = discovered_without_intake("gauzy-export-en", tmp_path,
                                      {"organizations.csv": {"object": "unknown"}})
    kinds = {o["source"]: o["name"] for o in found}
    assert kinds["organizations"] == "account"
    assert kinds["clients"] == "account"
