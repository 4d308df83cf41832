"""keys346's public exports run end to end from their parameters files, decisions only
(issue 13): Solidus (solidusio/solidus at 1f5bf5c6, BSD-3-Clause "Spree License"; open-source
e-commerce on Ruby on Rails), its sample data (sample/db/samples: the two sample orders and
the twelve sample products) as its legacy admin's order and product lists show them, headed
by its own labels in English, German, French and Spanish (tests/data/exports/solidus-export-
en, -de, -fr, -es; SOURCE.md), on the branch-point engine d7bd4b3a (session 50, round X).
Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads). In every language the two orders load as sales orders (number and name the
order number, status, submit date, total) on the price list the org's admin set up (the test
creates it: Dynamics holds an order only with one), each with the contact made (by decision)
from the buyer's e-mail (spree@example.com, the sample has no customers) as its customer;
both orders are submitted (In Progress: checkout complete, payment due, not shipped); the
twelve products load as products (number and name the product's name: the sample gives no
SKU; price) on the org's default unit group and unit (the test creates them). Nothing is held
back and verification finds no column differing. The parameters decide every column read
(the map left the product's price unread in every language: the measured miss), the keys,
the buyer contact and the link to it, the order status, the price list and units, and in
German, French and Spanish the completion date's format (the language's rails-i18n default).

What is NOT read (left unmapped), in every language:
- the orders' payment state and shipment state (no order column);
- the products' SKU (empty in every row);
- in English, the buyer's e-mail as the buyer contact's company (parentcustomerid): the map
  proposes it, no record answers it, nothing is linked;
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
from test_public_end_to_end_session12 import _product_catalogue

BUYER = "spree@example.com"
#: the two orders as staged (completed last first, as the list shows them)
ORDERS = [("R987654321", 3, "2026-08-19T00:00:00Z", 31.9),
          ("R123456789", 3, "2026-08-19T00:00:00Z", 301.9)]
#: the twelve products as staged (name, price), the list's order
PRODUCTS = [("Solidus Water Bottle", 19.99), ("Solidus canvas tote bag", 15.99),
            ("Solidus cap", 24.0), ("Solidus circle sticker", 29.99),
            ("Solidus dark tee", 15.99), ("Solidus hoodie", 29.99),
            ("Solidus long sleeve tee", 15.99), ("Solidus mug set", 19.99),
            ("Solidus notebook", 26.99), ("Solidus t-shirt", 9.99), ("Solidus tote", 19.99),
            ("Solidus winter hat", 29.99)]

# per language: the order's number, state, completion date, e-mail and total headers; the
# product's name and price headers; the state's label
LANGS: dict[str, dict[str, str]] = {
    "solidus-export-en": {"number": "Number", "state": "State", "date": "Completed at",
                          "email": "Customer Email", "total": "Total", "name": "Name",
                          "price": "Master Price", "complete": "Complete"},
    "solidus-export-de": {"number": "Bestellnummer", "state": "Status",
                          "date": "Abgeschlossen am", "email": "Kunden E-Mail",
                          "total": "Gesamtsumme", "name": "Name",
                          "price": "Verkaufspreis (netto)", "complete": "Abgeschlossen"},
    "solidus-export-fr": {"number": "Nombre", "state": "État de la commande",
                          "date": "Terminé à", "email": "Courriel du client", "total": "Total",
                          "name": "Nom", "price": "Prix de départ", "complete": "traité"},
    "solidus-export-es": {"number": "Número", "state": "Estado", "date": "Completado En",
                          "email": "Email del Cliente", "total": "Total", "name": "Nombre",
                          "price": "Precio Principal", "complete": "Completo"},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the default unit group and unit."""
    client.create("pricelevels", {"name": "Solidus prices"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_solidus_orders_and_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The two orders load as submitted sales orders of the buyer's contact, the twelve
    products as products; nothing held back; records field by field; verification finds no
    column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("buyers", 1, 1, 0, 0, 0, 0), "product": ("products", 12, 12, 0, 0, 0, 0),
        "salesorder": ("orders", 2, 2, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        2, {"Submitted": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "orders": ("order", {"salesorder": 2}), "products": ("product", {"product": 12})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    assert not mapping.get("unmatched_sources")
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == {
        "emailaddress1": lang["email"], "lastname": lang["email"]}
    order = tables["salesorder"]
    assert {c["target"]: c["source"] for c in order["columns"]} == {
        "ordernumber": lang["number"], "name": lang["number"], "statuscode": lang["state"],
        "submitdate": lang["date"], "totalamount": lang["total"]}
    assert order["source_key"] == f"key({lang['number']})"
    assert {lk["target"]: (lk["table"], lk.get("source")) for lk in order["lookups"]} == {
        "customerid": ("contact", lang["email"]), "pricelevelid": ("pricelevel", None)}
    status = next(c for c in order["columns"] if c["target"] == "statuscode")
    assert status["values"] == {lang["complete"]: 3}
    product = tables["product"]
    assert {c["target"]: c["source"] for c in product["columns"]} == {
        "productnumber": lang["name"], "name": lang["name"], "price": lang["price"],
        "quantitydecimal": None}
    assert product["source_key"] == f"key({lang['name']})"
    assert {lk["target"] for lk in product["lookups"]} == {"defaultuomid",
                                                          "defaultuomscheduleid"}
    for table in tables.values():
        assert not table.get("owner")
    assert not order.get("unresolved_lookups") and not product.get("unresolved_lookups")
    # in English the map reads the buyer's e-mail as the contact's company too: a proposal
    # no record of the export answers, left unlinked (no value staged, no link counted)
    assert [(u["source"], u["target"]) for u in contact.get("unresolved_lookups") or []] == (
        [(lang["email"], "parentcustomerid")] if name.endswith("-en") else [])

    staged = run_dir / "staged"
    buyers = pl.read_parquet(staged / "contact.parquet")
    assert buyers.select("emailaddress1", "lastname").rows() == [(BUYER, BUYER)]
    assert not any(c.startswith("__ref__") for c in buyers.columns)   # linked to nothing
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders.select("ordernumber", "statuscode", "submitdate",
                         "totalamount").rows() == ORDERS
    assert orders["name"].to_list() == orders["ordernumber"].to_list()
    assert orders["__ref__customerid_contact"].to_list() == [BUYER, BUYER]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select("name", "price").rows() == PRODUCTS
    assert products["productnumber"].to_list() == products["name"].to_list()
    assert set(products["quantitydecimal"].to_list()) == {0}

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"emailaddress1", "lastname"}
    assert set(verified["salesorder"]) == {"ordernumber", "name", "statuscode", "submitdate",
                                           "totalamount", "customerid", "pricelevelid"}
    assert set(verified["product"]) == {"productnumber", "name", "price", "quantitydecimal",
                                        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
