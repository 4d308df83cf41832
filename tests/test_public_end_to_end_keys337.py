"""keys337's public exports run end to end from their parameters files, decisions only
(issue 13): Open Food Network (openfoodfoundation/openfoodnetwork at d4f0a99e, AGPL-3.0; the
open-source Rails marketplace of producers, food hubs and shops), the fixed records of its own
sample-data task (six enterprises, eight users, the orders of one customer) as its admin
enterprise and user lists show them and its Customers report exports them, headed by its own
labels in English, German, French and Spanish (tests/data/exports/openfoodnetwork-export-en,
-de, -fr, -es; SOURCE.md), on the branch-point engine d68e969e (session 49, round W). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and the account's key and owner header). In every language the six enterprises
load as accounts (by decision: discovery names the file unknown in English, a user list in
the other three), keyed by their names (by decision), and the Customers report's one customer
(John Mistery) as a contact keyed by the e-mail; nothing is held back and verification finds
no column differing. Each enterprise's owner (the OFN user's e-mail, no user of the org) owns
it: all six go to the fallback owner, their e-mails listed in the owner queue (the owner
column decided in French and Spanish, where the map reads it as the account's e-mail). The
users file is discovery's user list, matched, not loaded.

What the run reads, in every language: the enterprise's name and owner; the customer's first
and last name, billing address (street and suburb, as the street line), e-mail and phone (the
French 'n° tel' by decision).

What is NOT read (left unmapped by the engine), in every language:
- enterprises: the Producer box (Role), Sells, Visible?;
- customers: the hub, the hub's address and the number of orders;
- the users file (e-mail and enterprise limit): named a user list, not moved.
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

ENTERPRISES = ["Penny's Profile", "Fred's Farm", "Freddy's Farm Shop", "Fredo's Farm Hub",
               "Mary's Online Shop", "Maryse's Private Shop"]
#: the owner queue: each enterprise owner's e-mail, one enterprise each (none a user of the org)
OWNERS = ["fred.farmer@example.org", "freddy.shop.farmer@example.org",
          "fredo.hub.farmer@example.org", "mary.retailer@example.org",
          "maryse.private@example.org", "penny.profile@example.org"]
CUSTOMER = {"firstname": "John", "lastname": "Mistery",
            "address1_line1": "25 Myrtle Street Bayswater",
            "emailaddress1": "new.customer@example.org", "telephone1": "0987654321"}
KINDS = {"enterprises": ("account", {"account": 6}), "customers": ("contact", {"contact": 1}),
         "users": ("user", {})}

# per language: the headers each map entry reads (target: header), the account's key and owner
LANGS: dict[str, dict[str, Any]] = {
    "openfoodnetwork-export-en": {
        "contact": {"firstname": "First Name", "lastname": "Last Name",
                    "address1_line1": "Billing Address", "emailaddress1": "Email",
                    "telephone1": "Phone"},
        "name": "Name", "owner": "Owner"},
    "openfoodnetwork-export-de": {
        "contact": {"firstname": "Vorname", "lastname": "Nachname",
                    "address1_line1": "Rechnungsadresse", "emailaddress1": "E-Mail-Adresse",
                    "telephone1": "Telefonnummer"},
        "name": "Name", "owner": "Inhaber"},
    "openfoodnetwork-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom",
                    "address1_line1": "Adresse de facturation", "emailaddress1": "Email",
                    "telephone1": "n° tel"},
        "name": "Nom", "owner": "Gestionnaire principal"},
    "openfoodnetwork-export-es": {
        "contact": {"firstname": "Nombre", "lastname": "Apellido",
                    "address1_line1": "Dirección de Facturación", "emailaddress1": "Email",
                    "telephone1": "Teléfono"},
        "name": "Nombre", "owner": "Propietaria"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_openfoodnetwork_enterprises_and_customer_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The enterprises load as accounts owned (through the fallback) by their owners, the
    report's customer as a contact, as counted, nothing held back; the users not moved;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("enterprises", 6, 6, 0, 0, 0, 0),
        "contact": ("customers", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    account, contact = tables["account"], tables["contact"]
    assert {c["target"]: c["source"] for c in account["columns"]} == {"name": lang["name"]}
    assert account["source_key"] == f"key({lang['name']})"
    assert (account["owner"]["source"], account["owner"]["match"]) == (lang["owner"], "email")
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang["contact"]
    assert contact["source_key"] == lang["contact"]["emailaddress1"]
    assert not contact.get("owner")
    for table in (account, contact):
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == ENTERPRISES
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert {k: contacts[k].to_list() for k in CUSTOMER} == {
        k: [v] for k, v in CUSTOMER.items()}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        (owner, "unmatched", 1) for owner in OWNERS]
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == {"name", "ownerid"}
    assert set(verified["contact"]) == set(lang["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
