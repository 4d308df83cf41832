"""keys398's public exports run end to end from their parameters files, decisions only
(issue 13): SENAITE LIMS (senaite/senaite.core at 78a4d3d8, GPL-2.0; an open-source laboratory
information management system), the records of its own test setup workbook
(src/bika/lims/setupdata/test/test.xlsx: 5 clients, 7 client contacts, 8 lab contacts, 2
suppliers) as its list views show them, headed by the views' column titles in English,
German, French and Spanish (tests/data/exports/senaite-export-en, -de, -fr, -es; SOURCE.md),
on the branch-point engine ab22d9b6 (session 52, round Z5). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and its key). In every language the 5 clients load as accounts (their client id
as the account number, by decision), the 7 client contacts as contacts (the list names no
client: no parent), the 2 suppliers as accounts (a second map entry, ``account_2``, by
decision: discovery names the file unknown); nothing is held back and verification finds no
column differing. The 8 lab contacts are the lab's staff: matched as users (by decision:
discovery names the file contacts), not created. No list names an owner: every record goes
to the fallback owner, no one queued. The parameters also decide the keys (a client by its
client id, a contact by its e-mail -- discovery picked the full name --, a supplier by its
name).

What the run reads, in every language: the clients' name, client id (as the account number),
e-mail, phone and fax; the contacts' full name (as the last name, one cell), e-mail, business
phone and mobile phone; the suppliers' name, e-mail, phone and fax.

What is NOT read, in every language:
- clients: the bulk discount and member discount flags (no account column fits);
- contacts: the user name (a SENAITE login: a contact has none);
- the lab contacts file: matched as users, not moved (names, departments, phones, e-mails,
  logins, groups).
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

KINDS = {"clients": ("account", {"account": 5}), "contacts": ("contact", {"contact": 7}),
         "labcontacts": ("user", {}), "suppliers": ("account", {"account_2": 2})}
CLIENTS = ["Happy Hills", "Klaymore", "Myrtle", "Ruff", "Ŝunnyside"]
CODES = ["HH", "KL", "MY", "RUF", "SS"]
CONTACTS = ["Rita Mohale", "Ŝarel Seemonster", "Neil Ŝtandard", "Johanna Smith",
            "Fred Turner", "Chris Ruffian", "Andre Corbin"]
SUPPLIERS = ["Instruments Inc", "Reference Samples cc"]
#: the suppliers' titles are untranslated in every language (their English defaults)
SUPPLIER_COLUMNS = {"name": "Name", "emailaddress1": "Email", "telephone1": "Phone",
                    "fax": "Fax"}


def _lang(name: str, client_id: str, email: str, phone: str, fullname: str, business: str,
          mobile: str) -> dict[str, Any]:
    return {
        "account": {"name": name, "accountnumber": client_id, "emailaddress1": email,
                    "telephone1": phone, "fax": "Fax"},
        "contact": {"lastname": fullname, "emailaddress1": email, "telephone1": business,
                    "mobilephone": mobile},
        "account_2": SUPPLIER_COLUMNS,
        "keys": {"account": client_id, "contact": email, "account_2": "Name"}}


# per language: the headers each map entry reads (target: header) and its key
LANGS: dict[str, dict[str, Any]] = {
    "senaite-export-en": _lang("Name", "Client ID", "Email Address", "Phone", "Full Name",
                               "Business Phone", "MobilePhone"),
    "senaite-export-de": _lang("Name", "Kunden-ID", "E-Mail Adresse", "Telefon",
                               "Vollständiger Name", "Telefon (geschäftlich)",
                               "Mobil Telefon"),
    "senaite-export-fr": _lang("Nom", "Identifiant", "Adresse mail", "Téléphone",
                               "Nom complet", "téléphone professionnel", "Téléphone mobile"),
    "senaite-export-es": _lang("Nombre", "ID del cliente", "Dirección de correo electrónico",
                               "Teléfono", "Nombre completo", "Teléfono del negocio",
                               "Teléfono móvil"),
}


@pytest.mark.parametrize("name", list(LANGS))
def test_senaite_clients_contacts_and_suppliers_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The clients and the suppliers load as accounts, the client contacts as contacts, as
    counted, nothing held back; the lab contacts are matched as users, not moved;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 5, 5, 0, 0, 0, 0), "contact": ("contacts", 7, 7, 0, 0, 0, 0),
        "account_2": ("suppliers", 2, 2, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not files["labcontacts"]["migrated"]
    assert "users are not created" in files["labcontacts"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "account_2"}
    for entry, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[entry]
        assert table["source_key"] == f"key({lang['keys'][entry]})"
        assert not table.get("owner")
        assert not table.get("lookups")
        assert not table.get("unresolved_lookups")
    assert tables["account_2"]["target"] == "account"
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("labcontacts", "user")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == CLIENTS
    assert accounts["accountnumber"].to_list() == CODES
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == CONTACTS
    assert contacts["emailaddress1"].to_list()[0] == "mohale@example.com"
    suppliers = pl.read_parquet(staged / "account_2.parquet").sort("__source_row")
    assert suppliers["name"].to_list() == SUPPLIERS
    # the suppliers' ids are prefixed (never meet the clients')
    assert all(s.startswith("suppliers:") for s in suppliers["__source_id"].to_list())

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for entry in ("account", "contact", "account_2"):
        assert set(verified[entry]) == set(lang[entry])
    assert not any(n for cols in verified.values() for n in cols.values())
