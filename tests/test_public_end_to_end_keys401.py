"""keys401's public export run end to end from its parameters file, decisions only (issue
13): Drupal Commerce (drupalcommerce/commerce at 643bb396, GPL-2.0-or-later; the e-commerce
module suite for Drupal), the fixed orders and products its own PHPUnit tests create
(literal values only) as its admin order and product lists show them, headed by those views'
own English labels (tests/data/exports/drupal-commerce-export-en; SOURCE.md), on the
branch-point engine 61abbabc (session 53, round Z6). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The 13 orders: 7 load as sales orders (number and name the order number, status, submit
date, total) on the price list the org's admin set up (the test creates it: Dynamics holds an
order only with one), each with the contact made (by decision) from the buyer's e-mail as
its customer (four buyers: the export has no customers file); the 4 Completed orders are
submitted (Submitted: placed, the default workflow has no fulfilment step), the 3 Draft ones
stay new. Six are held back with their reason, none given a value by guess: four name no
buyer (no e-mail: Dynamics requires an order's customer), two have no number (carts not yet
placed: Dynamics requires an order's number and name); the parameters raise the held-back
gate to 50% for them. The 8 products load as products (name and number the title, status
Active) on the org's default unit group and unit (the test creates them). Verification finds
no column differing. The parameters decide the keys (no column identifies a record alone),
every order column read, the buyers and the link to them, the status choices, the date
format (Drupal's 'short'), the price list and units.

What is NOT read (left unmapped), by decision or by the map:
- the orders' type ('Default', a bundle), store ('Default store') and customer user name
  ('Anonymous' or empty): no order column, and the owner is the fallback (no one queued);
- the products' type ('Default', a bundle: no Dynamics product type).
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

NAME = "drupal-commerce-export-en"
#: the buyers made contacts, in order of first appearance
BUYERS = ["testViewOrder@example.com", "foo@bar.com", "text@example.com", "test@example.com"]
#: the seven orders as staged (source row, number, status, submit date, total, customer)
ORDERS = [(2, "1", 1, None, None, "testViewOrder@example.com"),
          (3, "1", 3, None, None, "testViewOrder@example.com"),
          (7, "9999", 1, None, None, "text@example.com"),
          (10, "6", 1, None, None, "test@example.com"),
          (11, "6", 3, None, None, "test@example.com"),
          (12, "6", 3, "2019-11-15T10:14:00Z", None, "test@example.com"),
          (13, "6", 3, None, 100.0, "test@example.com")]
#: the six orders held back (source row, the column that stops them)
HELD = {1: "Email", 5: "Email", 8: "Email", 9: "Email", 4: "name; ordernumber",
        6: "name; ordernumber"}
PRODUCTS = ["Default testing product", "test product", "My product", "My Product Title",
            "My Super Product", "My Super Product", "Hat 1", "Hat 2"]


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the default unit group and unit."""
    client.create("pricelevels", {"name": "Drupal Commerce prices"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_drupal_commerce_orders_and_products_load(runs: Callable[[str], Path]) -> None:
    """Seven orders load as sales orders of their buyers' contacts, six held back with
    their reason; the eight products load as products; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("buyers", 4, 4, 0, 0, 0, 0), "product": ("products", 8, 8, 0, 0, 0, 0),
        "salesorder": ("orders", 13, 7, 6, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        4, {"Submitted": 4})
    assert out["product"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "orders": ("order", {"salesorder": 13}), "products": ("product", {"product": 8})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    assert not mapping.get("unmatched_sources")
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "emailaddress1": "Email", "lastname": "Email"}
    order = tables["salesorder"]
    assert {c["target"]: c["source"] for c in order["columns"]} == {
        "ordernumber": "#", "name": "#", "statuscode": "State", "submitdate": "Date",
        "totalamount": "Total"}
    assert order["source_key"] == "key(#+Date+Store+Customer+Email+State+Total)"
    assert {lk["target"]: (lk["table"], lk.get("source")) for lk in order["lookups"]} == {
        "customerid": ("contact", "Email"), "pricelevelid": ("pricelevel", None)}
    status = next(c for c in order["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"Draft": 1, "Completed": 3}
    product = tables["product"]
    assert {c["target"]: c["source"] for c in product["columns"]} == {
        "productnumber": "Title", "name": "Title", "statuscode": "Status",
        "quantitydecimal": None}
    assert product["source_key"] == "key(Title+Type)"
    assert {lk["target"] for lk in product["lookups"]} == {"defaultuomid",
                                                          "defaultuomscheduleid"}
    for table in tables.values():
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")

    staged = run_dir / "staged"
    buyers = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert buyers.select("emailaddress1", "lastname").rows() == [(b, b) for b in BUYERS]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders.select("__source_row", "ordernumber", "statuscode", "submitdate",
                         "totalamount", "__ref__customerid_contact").rows() == ORDERS
    assert orders["name"].to_list() == orders["ordernumber"].to_list()
    held = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert {int(r["row"]): r["column"] for r in held.to_dicts()} == HELD
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["name"].to_list() == PRODUCTS
    assert products["productnumber"].to_list() == PRODUCTS
    assert set(products["statuscode"].to_list()) == {1}
    assert set(products["quantitydecimal"].to_list()) == {0}

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"emailaddress1", "lastname"}
    assert set(verified["salesorder"]) == {"ordernumber", "name", "statuscode", "submitdate",
                                           "totalamount", "customerid", "pricelevelid"}
    assert set(verified["product"]) == {"productnumber", "name", "statuscode",
                                        "quantitydecimal", "defaultuomid",
                                        "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
