"""keys455's public export runs end to end from its parameters file, decisions only
(issue 13): Razorpay (the Indian payment gateway; razorpay/razorpay-python at b56ac018,
MIT), its own fixed records (the recorded API responses its official Python client replays
in its tests: one customer, three items, two orders, two payments, two refunds, three
invoices and one invoice's three lines, two plans, two subscriptions, two payment links) as
a merchant's Dashboard exports label them ('Customer Id', 'Contact', 'GSTIN', 'Receipt',
'Amount', 'Created At'; otherwise the API field names in words), money in rupees, times in
India Standard Time as DD/MM/YYYY HH:MM:SS, in English (tests/data/exports/
razorpay-export-en; SOURCE.md), on the branch-point engine e04e3c91 (session 57, round
Z17). Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The customer loads as a contact keyed by Razorpay's customer id (the whole name as the last
name, e-mail, phone, notes as the description, the creation time read day first in IST:
'14/02/2009 05:01:30' is 2009-02-13 23:31:30 UTC, Unix 1234567890 as recorded). The three
items load as products keyed by Razorpay's item id (name, description, price in rupees, the
id as the product number) in the org's default unit group. The two orders load as sales
orders keyed by Razorpay's order id (the id as the name, the merchant's receipt as the
number, amount, 'attempted' as Pending, creation time) of the payers' account and on the
price list the org's admin set up (the test creates both, and the units): no recorded order
names a Razorpay customer. Payments, refunds, invoices, invoice line items, plans,
subscriptions and payment links are reported unmatched (no Sales table). The items' and
orders' currency code (INR, which the parameters give the rehearsal org beside its US
dollar base) binds each to the org's Indian rupee. Nothing held back, skipped or cleared;
no owner queued; verification finds no column differing.

The parameters decide: the customers file as contacts (discovery named it an account: the
measured file reading that left propose with none of the contact's columns); the plans file
as unknown (a subscription's recurring price, not a second catalogue); the source time zone
(Asia/Kolkata: the Dashboard's times carry none); the three keys (Razorpay's ids); no owner
column; the contact's last name (the whole name) and phone ('Contact': a measured miss);
the product's number (the item id), price ('Amount': a measured miss), structure and
decimals, unit group and unit; the order's name (its id) and number ('Receipt': a measured
miss); the links: the orders' customer (the payers' account) and price list; the order
status the records use ('attempted': Pending), without which the run stops
(ChoicesUndecided).

What is NOT read (left unmapped): the customer's GSTIN; the orders' attempts (the items'
'Active', all true, is their state since session 64); the files payments.csv, refunds.csv,
invoices.csv, invoice_line_items.csv, plans.csv, subscriptions.csv and payment_links.csv
whole.
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

NAME = "razorpay-export-en"
PAYERS = "Razorpay payers"
PRICES = "Razorpay prices"
KINDS = {"customers": ("contact", {"contact": 1}), "items": ("product", {"product": 3}),
         "orders": ("order", {"salesorder": 2}), "payments": ("unknown", {}),
         "refunds": ("unknown", {}), "invoices": ("unknown", {}),
         "invoice_line_items": ("unknown", {}), "plans": ("unknown", {}),
         "subscriptions": ("unknown", {}), "payment_links": ("unknown", {})}
CONTACT = {"lastname": "Name", "emailaddress1": "Email", "telephone1": "Contact",
           "overriddencreatedon": "Created At", "description": "Notes"}
PRODUCT = {"name": "Name", "description": "Description", "price": "Amount",
           "productnumber": "Item Id", "productstructure": None, "quantitydecimal": None,
           "statecode": "Active"}   # since session 64: the product's state
ORDER = {"name": "Order Id", "ordernumber": "Receipt", "totalamount": "Amount",
         "statuscode": "Status", "overriddencreatedon": "Created At", "description": "Notes"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the payers' account (no recorded order names a customer)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": PAYERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_razorpay_customer_items_and_orders_load(runs: Callable[[str], Path]) -> None:
    """The customer as a contact, the items as products, the orders as sales orders of the
    payers' account; the seven other files unmatched; times read in IST; nothing held back;
    no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 1, 1, 0, 0, 0, 0, 0),
        "product": ("items", 3, 3, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 2, 2, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder"}
    for target, columns, key in (("contact", CONTACT, "Customer Id"),
                                 ("product", PRODUCT, "Item Id"),
                                 ("salesorder", ORDER, "Order Id")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert table["source_key"] == f"key({key})"
        assert not table.get("owner")                    # the export names no owner
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    currency = {"transactioncurrencyid": ("transactioncurrency", "Currency")}   # INR
    assert links == {
        "contact": {},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None),
                    **currency},
        "salesorder": {"customerid": ("account", None), "pricelevelid": ("pricelevel", None),
                       **currency}}
    for target in ("product", "salesorder"):
        assert [lk["existing"] for lk in tables[target]["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            {"table": "transactioncurrency", "by": "isocurrencycode"}], target
    assert not tables["product"].get("unmapped")
    assert tables["salesorder"]["unmapped"] == ["Attempts"]
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "payments": "unknown", "refunds": "unknown", "invoices": "unknown",
        "invoice_line_items": "unknown", "plans": "unknown", "subscriptions": "unknown",
        "payment_links": "unknown"}

    for kind in ("quarantine", "skipped", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    # the Dashboard's IST wall time, read day first, is the API's Unix time 1234567890
    assert contacts.select("lastname", "emailaddress1", "telephone1",
                           "overriddencreatedon", "description").rows() == [
        ("Gaurav Kumar", "gaurav.kumar@example.com", "9876543210", "2009-02-13T23:31:30Z",
         '{"note_key_1":"September","note_key_2":"Make it so."}')]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select("productnumber", "name", "description", "price").rows() == [
        ("item_7Oy8OMV6BdEAac", "Book / Ignited Minds", None, 150.0),
        ("item_7Oxp4hmm6T4SCn", "Book / English August",
         "An indian story, Booker prize winner.", 200.0),
        ("item_7OxoGnoxCuUKbo", "Book / English August", None, 200.0)]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders.select("name", "ordernumber", "totalamount", "statuscode",
                         "overriddencreatedon").rows() == [
        ("fake_order_id", "12121", 5.0, 2, "2014-05-23T06:32:30Z"),
        ("fake_order_id2", "12123", 50.0, 2, "2014-05-23T06:32:32Z")]
    for order in orders.to_dicts():
        assert order["__ref__customerid_account"] == (
            f'existing:{{"match": {{"name": "{PAYERS}"}}, "table": "account"}}')
        assert order["__ref__pricelevelid"] == (
            f'existing:{{"match": {{"name": "{PRICES}"}}, "table": "pricelevel"}}')
    # the items and orders in rupees: the org's Indian rupee, found by its code at load
    inr = ('existing:{"match": {"isocurrencycode": "INR"}, "table": "transactioncurrency"}',
           "existing")
    for rows in (products, orders):
        assert rows.select("__ref__transactioncurrencyid",
                           "__via__transactioncurrencyid").rows() == [inr] * rows.height

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "product", "salesorder"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {
        "defaultuomid", "defaultuomscheduleid", "transactioncurrencyid"}
    assert set(verified["salesorder"]) == set(ORDER) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
