"""keys446's public export runs end to end from its parameters file, decisions only
(issue 13): PayPal (paypal/paypal-rest-api-specifications at ec4d8f36, Apache-2.0; online
payments for merchants; round Z14's fallback, BigCommerce's specifications carrying no
licence), the example records PayPal publishes with its REST API reference (three
customers, one invoice, three checkout orders' purchase units with four items, one
subscription, one billing plan) as CSV lists headed by the API's field names in words, in
English (tests/data/exports/paypal-export-en; SOURCE.md), on the branch-point engine
ecf15401 (session 56, round Z14). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

The three customers load as contacts keyed by their e-mail (names, e-mail, phone and the
whole address, 'Admin Area 2' as the city). Of the three purchase units, the two with an
invoice number load as sales orders of the PayPal buyers' account on the price list the
org's admin set up (the test creates both, and the org's default unit group and unit):
their description as name, the invoice number as order number, shipping, the ship-to
address (their tax and total left to Dynamics, which sums the lines linked to them: since
session 62); the v2 order has no invoice number and is held back with its reason.
The four items load as write-in order lines of their order (linked by the invoice number),
with name, quantity, unit price and tax. The billing plan loads as a product numbered by
its plan id, priced by its regular cycle (10). The invoice and the subscription are
reported unmatched (no Sales table). Nothing skipped, cleared or failed; no owner queued;
verification finds no column differing.

The parameters decide: the four keys (e-mail: the payer id is empty for the invoice's
recipient; the invoice number; invoice number + item name; the plan id); no owner column;
the contact's phone ('Phone National Number': a measured miss); the order's name, number,
shipping (a measured miss) and ship-to address (six measured misses: read as none or as the
bill-to postal code); the line's write-in product and unit price (a measured miss); the
product's number, price (a measured miss) and decimals; the links: the buyers' account as
every order's customer ('Custom ID' was read as the customer: a measured miss), the price
list, the line's order, the units; the orders', lines' and plan's currency code (USD, the
org's base) binds each to the org's currency.

What is NOT read (left unmapped): customers' payer id, phone type and country code and the
additional info; orders' reference id (empty on the v1 payment's), custom id, intent,
item total and payee e-mail; lines' reference id; the plan's product id, interval, cycles,
setup fee, tax percentage and update time; the files
invoices.csv and subscriptions.csv whole.
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

NAME = "paypal-export-en"
BUYERS = "PayPal buyers"
KINDS = {"customers": ("contact", {"contact": 3}), "invoices": ("unknown", {}),
         "orders": ("order", {"salesorder": 3}),
         "order-items": ("order_line", {"salesorderdetail": 4}),
         "subscriptions": ("unknown", {}), "plans": ("product", {"product": 1})}
CONTACT = {"firstname": "Given Name", "lastname": "Surname", "emailaddress1": "Email Address",
           "address1_line1": "Address Line 1", "address1_line2": "Address Line 2",
           "address1_city": "Admin Area 2", "address1_stateorprovince": "Admin Area 1",
           "address1_postalcode": "Postal Code", "address1_country": "Country Code",
           "telephone1": "Phone National Number"}
ORDER = {"name": "Description", "description": "Description", "ordernumber": "Invoice ID",
         "freightamount": "Shipping",
         "shipto_name": "Ship To Name", "shipto_line1": "Address Line 1",
         "shipto_line2": "Address Line 2", "shipto_city": "Admin Area 2",
         "shipto_stateorprovince": "Admin Area 1", "shipto_postalcode": "Postal Code",
         "shipto_country": "Country Code"}
LINE = {"salesorderdetailname": "Name", "productdescription": "Name",
        "description": "Description", "quantity": "Quantity", "tax": "Tax",
        "priceperunit": "Unit Amount", "isproductoverridden": None}
PRODUCT = {"name": "Name", "description": "Description", "statuscode": "Status",
           "overriddencreatedon": "Create Time", "price": "Fixed Price", "productnumber": "ID",
           "quantitydecimal": None}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the buyers' account (the export names no customer of an order)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "PayPal prices"})
    client.create("accounts", {"name": BUYERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_paypal_customers_orders_lines_and_plan_load(runs: Callable[[str], Path]) -> None:
    """Customers as contacts, the purchase units with an invoice number as sales orders and
    their items as lines, the plan as a product; the v2 order without an invoice number
    held back; the invoice and subscription unmatched; no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed", "cleared") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 3, 2, 1, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order-items", 4, 4, 0, 0, 0, 0, 0, 0),
        "product": ("plans", 1, 1, 0, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "salesorderdetail", "product"}
    for target, columns, key in (
            ("contact", CONTACT, "key(Email Address)"), ("salesorder", ORDER, "key(Invoice ID)"),
            ("salesorderdetail", LINE, "key(Invoice ID+Name)"), ("product", PRODUCT, "key(ID)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert table["source_key"] == key
        assert not table.get("owner")                    # the export names no owner
        if target != "salesorderdetail":
            assert not table.get("unresolved_lookups")
    # since session 64 a line's 'SKU' is read as its product's link; none of its values is
    # a plan's id, so the map names the link it cannot make (the line keeps its own name)
    assert [(u["source"], u["target"]) for u in
            tables["salesorderdetail"]["unresolved_lookups"]] == [("SKU", "productid")]
    assert not tables["contact"].get("lookups")
    # the order's lines load linked to it (decided): Dynamics sums them into its totals
    assert {"Amount", "Tax Total"} <= set(tables["salesorder"]["unmapped"])
    assert tables["salesorder"]["unmapped_reasons"]["Amount"].startswith(
        "Dynamics 365 computes it from the record's lines")
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t]["lookups"]} for t in tables if t != "contact"}
    currency = {"transactioncurrencyid": ("transactioncurrency", "Currency Code")}
    assert links == {   # each with its currency code (USD, the org's base): the org's currency
        "salesorder": {"customerid": ("account", None), "pricelevelid": ("pricelevel", None),
                       **currency},
        "salesorderdetail": {"salesorderid": ("salesorder", "Invoice ID"),
                             "uomid": ("uom", None), **currency},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None),
                    **currency}}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "invoices": "unknown", "subscriptions": "unknown"}

    quarantine = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert quarantine.select("row", "column").rows() == [("1", "key(Invoice ID)")]
    assert quarantine["reason"].to_list() == ["no source id in 'key(Invoice ID)'"]
    for kind in ("skipped", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select("firstname", "lastname", "emailaddress1", "telephone1",
                           "address1_city", "address1_line2").rows() == [
        ("Stephanie", "Meyers", "bill-me@example.com", "4884551234", "Anytown", None),
        ("John", "Doe", "customer@example.com", None, "San Jose", "Building 17"),
        ("John", "Doe", "john.doe@example.com", None, "San Jose", "17.3.160")]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders.select("ordernumber", "name", "freightamount",
                         "shipto_name", "shipto_line1", "shipto_city",
                         "shipto_postalcode").rows() == [
        ("invoice_number_2388", "Mobile World Store order-1234", 0.02, None,
         "2211 N First Street", "San Jose", "95131"),
        ("48787589673", "The payment transaction description.", 0.03,
         "Brian Robinson", "4th Floor", "San Jose", "95131")]
    assert "billto_postalcode" not in orders.columns
    assert set(orders["__ref__customerid_account"].to_list()) == {
        f'existing:{{"match": {{"name": "{BUYERS}"}}, "table": "account"}}'}
    by_order = dict(zip(orders["ordernumber"].to_list(), orders["__source_id"].to_list(),
                        strict=True))
    lines = pl.read_parquet(staged / "salesorderdetail.parquet").sort("__source_row")
    assert lines.select("productdescription", "quantity", "priceperunit", "tax").rows() == [
        ("NeoPhone", 1.0, 0.54, None), ("Fitness Watch", 1.0, 0.55, None),
        ("hat", 5.0, 3.0, 0.01), ("handbag", 1.0, 15.0, 0.02)]
    assert lines["__ref__salesorderid"].to_list() == [
        by_order["invoice_number_2388"]] * 2 + [by_order["48787589673"]] * 2
    assert lines["isproductoverridden"].to_list() == [True] * 4
    (plan,) = pl.read_parquet(staged / "product.parquet").to_dicts()
    assert (plan["productnumber"], plan["name"], plan["price"], plan["quantitydecimal"]) == (
        "P-5ML4271244454362WXNWU5NQ", "Video Streaming Service Plan", 10.0, 2)
    assert plan["overriddencreatedon"].startswith("2020-05-27T12:13:51")

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "salesorder", "salesorderdetail", "product"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid",
                                                        "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
