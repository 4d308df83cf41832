"""keys417's public export runs end to end from its parameters file, decisions only (issue
13): commercetools' Sunrise demo project (commercetools/commercetools-sunrise-data at
07195003, Apache-2.0; the sample data of a commercetools Composable Commerce shop), its own
records (four customers and their addresses, four imported orders of one line each, 27
products in 102 variants, the category tree, stock) as commercetools' own CSV exporters
write them (the customer export's full template, the order export's simple and line-item
templates; the products, categories and stock as the demo's own commercetools CSV files),
headed by the API's field paths (tests/data/exports/commercetools-sunrise-export-en;
SOURCE.md), on the branch-point engine d4b1bc50 (session 54, round Z8). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The four customers load as contacts (names, e-mail); their six address rows (the export's
row per address under its customer) are skipped as decided, each with its reason. The 102
variants load as products on the org's own default unit group and unit (the test creates
them first, with the price list and the web shop's guest account): the 27 master rows by
their English name, description and size, the 75 variant rows, which carry no name, named
by their SKU. The four orders load as sales orders of the guest account on the price list,
named by their number; their four lines as order lines of their order and of the product
their SKU names, the unit price read from cents ('EUR 41125' as 411.25); the export's own
row per order in the line file (only the order number filled) is held back, each with its
reason (no quantity). The three customers' company names name no account of the export:
their parent-account link is left, counted. Nothing fails; verification finds no column
differing; the fallback owner takes every record, no one queued.

The parameters decide: the customers file as contacts and the products file as products
(discovery named them accounts and nothing: the measured file misses); the keys
(customerNumber, sku, orderNumber; a line by its order number and SKU); no owner column;
the address rows skipped; the contact's first and last name (the map gave them to the
address rows' recipient: measured misses); no Company Phone from an address's company
name; the product's name (English, else the SKU), number, description and size (measured
misses), whole-unit single products; the order's name; the line's unit price in cents; the
orders' guest account, the price list, the line's product by its SKU (a measured miss), the
units; the quarantine gate (the line file's order rows held back).

What the run reads: the customer's first, middle and last name and e-mail (the address
columns are mapped but empty on the customers' own rows); the product's SKU (its number),
English name (else the SKU), description, size and creation date (empty); the order's
number (its name too), its guest account and price list; the line's order, product,
quantity and unit price.

What is NOT read (left unmapped):
- customers: customerNumber (the key only), the date of birth ('dateOfbirth', empty), the
  company name (a parent-account link that names no account, left), VAT id, default
  address ids, customer group, e-mail verified, and the address rows' title, street number,
  extra street information, region, building, apartment, e-mail, remarks, external id,
  company and recipient names (the address rows themselves skipped);
- products: the product type, variant id, prices (a price list string in cents), tax
  category, categories, image, slugs, SEO texts, the German and Italian texts, and the
  product type's attributes but size (article numbers, matrix and base ids, designer, made
  in Italy, filter size, colour, style, gender, season, stock and look flags);
- orders: the buyer's e-mail (a number naming no customer: the guest account instead), the
  total (Dynamics computes it from the lines), net and gross totals and discount codes
  (empty);
- order lines: nothing (the line's product name, 'lineItems.name.en', left unread on the
  branch point, is its name since session 54; the SKU links the product).
Not migrated, each listed in the inventory with its reason: the categories and the stock
(no kind).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "commercetools-sunrise-export-en"
INTAKE = {"customers.csv": {"object": "contact"}, "products.csv": {"object": "product"}}
KINDS = {"customers": ("contact", {"contact": 10}), "orders": ("order", {"salesorder": 4}),
         "order-lineitems": ("order_line", {"salesorderdetail": 8}),
         "products": ("product", {"product": 102}), "categories": ("unknown", {}),
         "inventory": ("unknown", {})}
COLUMNS = {
    "contact": {"firstname": "firstName", "middlename": "middleName", "lastname": "lastName",
                "emailaddress1": "email", "salutation": "addresses.salutation",
                "address1_line1": "addresses.streetName",
                "address1_postalcode": "addresses.postalCode",
                "address1_city": "addresses.city",
                "address1_stateorprovince": "addresses.state",
                "address1_country": "addresses.country",
                "department": "addresses.department",
                "address1_postofficebox": "addresses.pOBox",
                "telephone1": "addresses.phone", "mobilephone": "addresses.mobile",
                "fax": "addresses.fax"},
    "product": {"name": "name.en", "productnumber": "sku", "description": "description.en",
                "size": "size", "overriddencreatedon": "creationDate",
                "productstructure": None, "quantitydecimal": None},
    "salesorder": {"ordernumber": "orderNumber", "name": "orderNumber"},
    # session 54: the line's localized name ('lineItems.name.en') is read as its name
    "salesorderdetail": {"quantity": "lineItems.quantity", "priceperunit": "lineItems.price",
                         "salesorderdetailname": "lineItems.name.en"},
}
LOOKUPS = {
    "contact": {},
    "product": {"defaultuomid": ("uom", None, None),
                "defaultuomscheduleid": ("uomschedule", None, None)},
    "salesorder": {"customerid": ("account", None, None),
                   "pricelevelid": ("pricelevel", None, None)},
    "salesorderdetail": {"salesorderid": ("salesorder", "orderNumber", None),
                         "productid": ("product", "lineItems.variant.sku", "sku"),
                         "uomid": ("uom", None, None)},
}
GUEST = "Sunrise web shop guest"


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on (Dynamics holds an order only with one) and the web shop's guest account
    (the orders' buyer e-mails name no customer of the export)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Sunrise prices"})
    client.create("accounts", {"name": GUEST})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _rows(file: str) -> list[dict[str, str]]:
    folder = _export_dir(NAME)
    assert folder is not None
    with open(folder / file, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_sunrise_discovery_alone_misses_the_customers(tmp_path: Path) -> None:
    """Without the intake line, discovery names the customers file accounts (a held-out
    file miss): what the parameters decide. The products file, named nothing on the branch
    point (its 'variantId' read as a link to a parent product), is products since session
    54 (a products file's variant id is its row's own)."""
    kinds = {o["source"]: o["name"] for o in discovered_without_intake(NAME, tmp_path, INTAKE)}
    assert kinds == {"customers": "account", "products": "product", "orders": "order",
                     "order-lineitems": "order_line", "categories": "unknown",
                     "inventory": "unknown"}


def test_sunrise_customers_products_orders_and_lines_load(
        runs: Callable[[str], Path]) -> None:
    """The customers load as contacts (their address rows skipped), the variants as
    products, the orders as sales orders of the guest account, their lines as order lines
    of their order and product; the line file's order rows held back; verification finds no
    column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 10, 4, 0, 6, 0, 0),
        "product": ("products", 102, 102, 0, 0, 0, 0),
        "salesorder": ("orders", 4, 4, 0, 0, 0, 0),
        "salesorderdetail": ("order-lineitems", 8, 4, 4, 0, 0, 0)}
    # the customers' company names name no account of the export: the link left, counted
    assert out["contact"]["links_left"] == {"parentcustomerid": 3}
    for name in ("product", "salesorder", "salesorderdetail"):
        assert not out[name]["links_left"], name
    for name in out:
        assert not out[name]["cleared_fields"] and out[name]["closed"] == 0, name
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    for name in ("categories", "inventory"):
        assert files[name]["reason"].startswith("not migrated"), name

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == \
            COLUMNS[target], target
        assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
                for lk in table.get("lookups", [])} == LOOKUPS[target], target
        assert not table.get("owner"), target             # no owner column read
    assert [(u["source"], u["target"]) for u in tables["contact"]["unresolved_lookups"]] == [
        ("companyName", "parentcustomerid")]
    assert {"customerNumber", "companyName", "addresses.company", "addresses.firstName",
            "addresses.lastName", "isEmailVerified"} <= set(tables["contact"]["unmapped"])
    assert {"customerEmail", "totalPrice"} <= set(tables["salesorder"]["unmapped"])
    assert tables["salesorderdetail"]["unmapped"] == []   # its name read since session 54
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(customerNumber)", "product": "key(sku)",
        "salesorder": "key(orderNumber)",
        "salesorderdetail": "key(orderNumber+lineItems.variant.sku)"}
    assert [c for c in tables["product"]["columns"] if c["target"] == "name"][0]["else"] == \
        ["sku"]
    assert [c for c in tables["salesorderdetail"]["columns"]
            if c["target"] == "priceperunit"][0]["divide_by"] == 100
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("categories", "unknown"), ("inventory", "unknown")]

    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped["row"].to_list() == ["2", "3", "4", "6", "9", "10"]   # the address rows
    assert all(r.startswith("left out as decided: an address row") for r in skipped["reason"])
    quarantine = pl.read_csv(run_dir / "quarantine" / "salesorderdetail.csv",
                             infer_schema=False)
    assert quarantine["row"].to_list() == ["1", "3", "5", "7"]   # each order's own row
    assert set(quarantine["column"].to_list()) == {"quantity"}
    assert all("'quantity' is required" in r for r in quarantine["reason"].to_list())

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert [(c["firstname"], c["lastname"], c["emailaddress1"], c["address1_line1"])
            for c in contacts.to_dicts()] == [
        ("Willy", "Wonka", "willy.wonka@commercetools.com", None),
        ("Keith", "Richards", "keith.richards@commercetools.com", None),
        ("Ronnie", "Wood", "ronnie.wood@commercetools.com", None),
        ("Mick", "Jagger", "mick.jagger@commercetools.com", None)]

    source = _rows("products.csv")
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["productnumber"].to_list() == [r["sku"] for r in source]
    assert products["name"].to_list() == [r["name.en"] or r["sku"] for r in source]
    assert sum(bool(r["name.en"]) for r in source) == 27
    assert products["size"].to_list() == [r["size"] for r in source]
    jacket = products.filter(pl.col("productnumber") == "M0E20000000FBLO").to_dicts()[0]
    assert (jacket["name"], jacket["size"]) == ("Bully – Leather Jacket", "34")
    assert jacket["description"].startswith("Thanks to their perfect tailoring")

    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["ordernumber"].to_list() == orders["name"].to_list() == [
        "239", "337", "352", "402"]
    assert set(orders["__via__customerid_account"].to_list()) == {"existing"}
    lines = pl.read_parquet(staged / "salesorderdetail.parquet").sort("__source_row")
    assert lines["priceperunit"].to_list() == [411.25, 86.25, 231.25, 152.5]
    assert lines["quantity"].to_list() == [1.0] * 4
    # a line's order and product: the staged order of its number, the product of its SKU
    by_order = dict(zip(orders["__source_id"], orders["ordernumber"], strict=True))
    by_sku = dict(zip(products["__source_id"], products["productnumber"], strict=True))
    assert [(by_order[o], by_sku[p]) for o, p in zip(
        lines["__ref__salesorderid"], lines["__ref__productid"], strict=True)] == [
        ("239", "M0E20000000FBLO"), ("337", "M0E20000000DGJM"),
        ("352", "M0E20000000EL0J"), ("402", "M0E20000000EEEE")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for target in COLUMNS:
        assert set(verified[target]) == set(COLUMNS[target]) | set(LOOKUPS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
