"""keys553's public export runs end to end from its parameters file, decisions only
(issue 13): Clover, its own records -- the Clover REST API v3 records the MIT MCP server
for Clover (SBolivarLoL/clover-mcp-server at 122c3027) fixes for its tests: 2 customers
('Jane Doe', 'Bob Smith'), 1 employee ('Bob', MANAGER), 3 items (Latte, Espresso Shot,
Bagel), 4 orders (ORD_OPEN1 open, ORD_PAID1 and ORD_SC1 paid, O1 with only its lines) and
5 line items (a Latte of ORD_PAID1; two Lattes, a Muffin and a refunded line of O1) --
headed by the API's field names ('firstName', 'itemStock.quantity', 'orderRef.id',
'unitQty'), amounts in cents, times in epoch milliseconds, in English
(tests/data/exports/clover-export-en; SOURCE.md), on the branch-point engine 3f406da4
(session 66, round Z42). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and
unit, the price list 'Clover prices' and the account 'Clover counter sales'.

The customers load as contacts keyed by Clover's id (2 of 2): first and last name, e-mail,
phone. The items load as products keyed by id (3 of 3): name, SKU as the product number,
price and cost divided from cents (500 -> 5.00), stock on hand, whole units, on the org's
default unit group and unit. The orders load as sales orders keyed by id (4 of 4), named and
numbered by their id, opened at createdTime (epoch ms read as UTC: 1700000100000 ->
2023-11-14 22:15:00), in US dollars (the org's base currency, by its ISO code; O1 names
none), on the org's counter-sales account and price list; the open order is New, the two
paid ones are fulfilled (Complete) at the end of the order phase. The line items load as
write-in order lines of their orders (5 of 5): the item's name, the unit price from cents,
one unit each. Nothing held back, skipped, failed or cleared; no owner queued (the
fallback owner); verification finds no column differing.

The parameters decide: the line items file as order lines (a measured miss: discovery named
it unknown), the keys (id), no owner column (the orders' employee ids name no user of the
rehearsal org), the cents of price, cost and a line's price divided by 100, the SKU as the
product number, whole-unit stock, the order's name and number (its id), its state (open New,
paid Complete), write-in lines with one unit each (unitQty, a measured miss, is Clover's
quantity in thousandths for items priced by weight, empty on four of the five lines), the
orders' counter-sales account and price list, the lines' order (orderRef.id, a measured
miss in propose), the units, and a quarantine gate of 0%.

What is NOT read (left unmapped): a customer's marketingAllowed and customerSince; an item's
priceType, UPC code, availability, hidden flag, isRevenue and category; an order's total and
tax (Dataverse computes them from the lines), modifiedTime, service charge, employee;
a line's unitQty, unitName and refunded flag (the refunded line L4 loads as a line of O1);
employees.csv (the staff, matched to Dynamics users, not created). The orders' 'customers'
column (ORD_OPEN1's CUST1) is not read either: the counter-sales account replaces the
proposed link, and the map lists it left out, with that reason (session 66; it was first
neither read nor listed).

The two paid orders are fulfilled once their lines have loaded (session 66: a fulfilled
order is read-only, its lines too, and the emulator now refuses a line on one; the run
first added ORD_PAID1's Latte line to an order already Fulfilled).
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

NAME = "clover-export-en"
PRICES = "Clover prices"
COUNTER = "Clover counter sales"
CONTACT = {"firstname": "firstName", "lastname": "lastName", "emailaddress1": "emailAddresses",
           "telephone1": "phoneNumbers"}
PRODUCT = {"name": "name", "quantityonhand": "itemStock.quantity", "price": "price",
           "productnumber": "sku", "quantitydecimal": None, "standardcost": "cost"}
SALESORDER = {"overriddencreatedon": "createdTime", "name": "id", "ordernumber": "id",
              "statuscode": "state"}
SALESORDERDETAIL = {"salesorderdetailname": "name", "isproductoverridden": None,
                    "priceperunit": "price", "productdescription": "name", "quantity": None}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on, and the account for counter sales."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": COUNTER})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_clover_customers_items_orders_and_lines_load(runs: Callable[[str], Path]) -> None:
    """The customers load as contacts, the items as products, the orders as sales orders
    (the paid ones fulfilled) with their write-in lines; the employee stays out; nothing
    held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 2, 2, 0, 0, 0, 0, 0),
        "product": ("items", 3, 3, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 4, 4, 0, 0, 0, 0, 0),
        "salesorderdetail": ("line_items", 5, 5, 0, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (2, {"Fulfilled": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 2}, True),
        "items": ("product", {"product": 3}, True),
        "orders": ("order", {"salesorder": 4}, True),
        "line_items": ("order_line", {"salesorderdetail": 5}, True),
        "employees": ("user", {}, False)}
    assert files["employees"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder", "salesorderdetail"}
    for table, source, columns in (("contact", "customers", CONTACT),
                                   ("product", "items", PRODUCT),
                                   ("salesorder", "orders", SALESORDER),
                                   ("salesorderdetail", "line_items", SALESORDERDETAIL)):
        assert (tables[table]["source"], tables[table]["source_key"]) == (source, "key(id)")
        assert {c["target"]: c["source"] for c in tables[table]["columns"]} == columns, table
    divided = {(t, c["source"]): c.get("divide_by") for t in tables
               for c in tables[t]["columns"] if c.get("divide_by")}
    assert divided == {("product", "price"): 100, ("product", "cost"): 100,
                       ("salesorderdetail", "price"): 100}
    assert set(tables["contact"]["unmapped"]) == {"id", "marketingAllowed", "customerSince"}
    assert set(tables["product"]["unmapped"]) == {
        "id", "priceType", "code", "available", "hidden", "isRevenue", "categories"}
    # the orders' 'customers' column (CUST1 on ORD_OPEN1), whose proposed link the
    # counter-sales account replaces, is left out with that reason (session 66: it was
    # neither read nor listed, a column of the file uncounted)
    assert set(tables["salesorder"]["unmapped"]) == {
        "taxAmount", "modifiedTime", "serviceCharge.name", "serviceCharge.amount", "total",
        "employee.id", "customers"}
    assert "replaced by a decision" in tables["salesorder"]["unmapped_reasons"]["customers"]
    assert set(tables["salesorderdetail"]["unmapped"]) == {"id", "unitQty", "unitName",
                                                           "refunded"}
    assert sorted((lk["target"], lk["source"], lk["table"])
                  for t in tables.values() for lk in t["lookups"]) == [
        ("customerid", None, "account"), ("defaultuomid", None, "uom"),
        ("defaultuomscheduleid", None, "uomschedule"), ("pricelevelid", None, "pricelevel"),
        ("salesorderid", "orderRef.id", "salesorder"),
        ("transactioncurrencyid", "currency", "transactioncurrency"),
        ("uomid", None, "uom")]
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("employees", "user")]

    for table in tables:
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["firstname", "lastname"]).rows() == [("Jane", "Doe"),
                                                                 ("Bob", "Smith")]
    email, phone = contacts.row(0, named=True)["emailaddress1"], contacts["telephone1"][0]
    assert "@" in email and phone.startswith("+1") and len(phone) == 12
    assert contacts.row(1, named=True)["emailaddress1"] is None
    products = _staged(run_dir, "product")
    assert products.select(["name", "productnumber", "price", "standardcost",
                            "quantityonhand", "quantitydecimal"]).rows() == [
        ("Latte", "LAT001", 5.0, 1.5, 10.0, 0),
        ("Espresso Shot", "ESP001", 2.0, None, 3.0, 0),
        ("Bagel", "BAG001", 3.0, None, None, 0)]
    orders = _staged(run_dir, "salesorder")
    assert orders.select(["name", "ordernumber", "statuscode", "overriddencreatedon"]).rows() == [
        ("ORD_OPEN1", "ORD_OPEN1", 1, "2023-11-14T22:15:00Z"),
        ("ORD_PAID1", "ORD_PAID1", 100001, "2023-11-14T22:21:40Z"),
        ("ORD_SC1", "ORD_SC1", 100001, "2023-11-14T22:30:00Z"),
        ("O1", "O1", None, None)]
    assert orders["__via__customerid_account"].to_list() == ["existing"] * 4
    assert all(COUNTER in r for r in orders["__ref__customerid_account"].to_list())
    assert all(PRICES in r for r in orders["__ref__pricelevelid"].to_list())
    assert orders["__via__transactioncurrencyid"].to_list() == ["existing"] * 3 + [None]
    assert all("USD" in r for r in orders["__ref__transactioncurrencyid"].to_list()[:3])
    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "salesorderdetailname", "priceperunit",
                         "quantity", "isproductoverridden"]).rows() == [
        ("Latte", "Latte", 5.0, 1, True), ("Latte", "Latte", 5.0, 1, True),
        ("Latte", "Latte", 5.0, 1, True), ("Muffin", "Muffin", 3.0, 1, True),
        ("Refunded", "Refunded", 9.99, 1, True)]
    by_id = dict(zip(orders["__source_id"], orders["name"], strict=True))
    assert [by_id[r] for r in lines["__ref__salesorderid"].to_list()] == [
        "ORD_PAID1", "O1", "O1", "O1", "O1"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(SALESORDER) | {
        "transactioncurrencyid", "customerid", "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(SALESORDERDETAIL) | {"salesorderid",
                                                                         "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
