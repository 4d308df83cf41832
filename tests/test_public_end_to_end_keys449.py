"""keys449's public export runs end to end from its parameters file, decisions only
(issue 13): Paddle (Paddle Billing, the merchant of record for software sellers;
PaddleHQ/paddle-python-sdk at 48c8cc04, Apache-2.0), its own fixed records (the recorded API
responses its official Python SDK replays in its functional tests: three customers, one
business, two addresses, six products, six transactions, four subscriptions) as its
dashboard exports label them ('Customer ID', 'Name', 'Email', 'Marketing consent'; otherwise
the API field names in words), in English (tests/data/exports/paddle-export-en; SOURCE.md),
on the branch-point engine 9012c74b (session 56, round Z15). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The three customers load as contacts keyed by Paddle's customer id (the whole name as the
last name, e-mail, status, creation date). The business loads as an account keyed by its id
(name, contact e-mail, status, creation date) whose primary contact is its customer, Alex
Wilson. The six products load as products numbered by their Paddle id on the org's default
unit group and unit (the test creates them, and the price list). Of the six transactions,
the one whose customer is exported (Sam Miller's, 'ready') loads as a sales order of that
contact on the org's price list, its totals divided from cents (9,013.87, tax 734.77,
discount 919.90); the other five are held back, each with its reason (one names no customer,
four name customers the export does not hold). Addresses and subscriptions are reported
unmatched (no Sales table). No owner queued; verification finds no column differing.

The parameters decide: the two files discovery missed (customers: contacts, not companies;
transactions: orders); the four keys (Paddle's ids); no owner column; the contact's last
name (the whole name); 'Marketing consent' left unread (a consent, the opposite of the
bulk-mail opt-out); the company number not the account number (a measured miss); the
product's number and decimals; the order's name and number (the transaction id), its tax
(a measured miss), total and discount, each divided by 100; the links: the business's
customer as its primary contact (a measured miss: read as a parent account), the order's
customer (held back where missing), the price list, the units; the order statuses Paddle
uses (draft New, ready Pending, billed and past due Invoiced); no quarantine gate. The
transactions' currency code (USD, the org's base) binds the order to the org's currency.

What is NOT read (left unmapped): the customers' marketing consent, locale, update time and
custom data; the business's customer id as a column, company number, tax identifier, contact
name, update time and custom data; the products' tax category, image URL, update time and
custom data; the transactions' address, business, subscription and invoice ids, invoice
number, origin, collection mode, purchase order number, discount id, subtotal, billing
period, billed and update times; the files addresses.csv and subscriptions.csv whole.
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

NAME = "paddle-export-en"
PRICES = "Paddle prices"
KINDS = {"customers": ("contact", {"contact": 3}), "businesses": ("account", {"account": 1}),
         "addresses": ("unknown", {}), "products": ("product", {"product": 6}),
         "transactions": ("order", {"salesorder": 6}), "subscriptions": ("unknown", {})}
CONTACT = {"lastname": "Name", "emailaddress1": "Email", "statuscode": "Status",
           "overriddencreatedon": "Created at"}
ACCOUNT = {"name": "Name", "emailaddress1": "Contact email", "statuscode": "Status",
           "overriddencreatedon": "Created at"}
PRODUCT = {"name": "Name", "description": "Description", "statuscode": "Status",
           "overriddencreatedon": "Created at", "productnumber": "Product ID",
           "quantitydecimal": None}
ORDER = {"name": "Transaction ID", "ordernumber": "Transaction ID", "statuscode": "Status",
         "overriddencreatedon": "Created at", "discountamount": "Discount",
         "totalamount": "Grand total", "totaltax": "Tax"}
MISSING = [("3", "ctm_01h8bh2k8wb98f7dc1s5j3j43b"), ("4", "ctm_01h1xmrqekzftg1ebbnhwbae9y"),
           ("5", "ctm_01gvcz30f4d77tfnn60snnyxfd"), ("6", "ctm_01h3w5erbfqppdcmwchhss3cv1")]


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_paddle_customers_business_products_load_transactions_of_exported_customers(
        runs: Callable[[str], Path]) -> None:
    """Customers as contacts, the business as an account of its customer, products; the
    one transaction of an exported customer as a sales order, the other five held back
    with their reasons; addresses and subscriptions unmatched; no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0, 0),
        "account": ("businesses", 1, 1, 0, 0, 0, 0, 0),
        "product": ("products", 6, 6, 0, 0, 0, 0, 0),
        "salesorder": ("transactions", 6, 1, 5, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account", "product", "salesorder"}
    for target, columns, key in (
            ("contact", CONTACT, "key(Customer ID)"), ("account", ACCOUNT, "key(Business ID)"),
            ("product", PRODUCT, "key(Product ID)"),
            ("salesorder", ORDER, "key(Transaction ID)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert table["source_key"] == key
        assert not table.get("owner")                    # the export names no owner
    assert "donotbulkemail" not in {c["target"] for c in tables["contact"]["columns"]}
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "contact": {},
        "account": {"primarycontactid": ("contact", "Customer ID")},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        "salesorder": {"customerid": ("contact", "Customer ID"),
                       "pricelevelid": ("pricelevel", None),
                       "transactioncurrencyid": ("transactioncurrency", "Currency code")}}
    # the currency code (USD, the org's base): the org's currency of that code
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    amounts = {c["target"]: c.get("divide_by") for c in tables["salesorder"]["columns"]
               if c["target"] in ("totalamount", "totaltax", "discountamount")}
    assert amounts == {"totalamount": 100, "totaltax": 100, "discountamount": 100}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "addresses": "unknown", "subscriptions": "unknown"}

    held = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert held.select("row", "column", "value", "reason").rows() == [
        ("2", "Customer ID", "",
         "no customerid: the export names no contact for it (the cell is empty)"),
        *[(row, "Customer ID", ctm, f"no customerid: '{ctm}' is not a contact of the export")
          for row, ctm in MISSING]]
    for name in ("contact", "account", "product"):
        path = run_dir / "quarantine" / f"{name}.csv"
        assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0, name
    for kind in ("skipped", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select("lastname", "emailaddress1", "statuscode",
                           "overriddencreatedon").rows() == [
        ("Jamie Price", "test3@example.com", 1, "2023-08-18T10:58:05Z"),
        ("Alex Wilson", "test2@example.com", 1, "2023-08-18T10:57:31Z"),
        ("Sam Miller", "sam@example.com", 1, "2023-08-18T10:46:18Z")]
    ids = dict(zip(contacts["lastname"].to_list(), contacts["__source_id"].to_list(),
                   strict=True))
    (account,) = pl.read_parquet(staged / "account.parquet").to_dicts()
    assert (account["name"], account["emailaddress1"], account["overriddencreatedon"]) == (
        "ChatApp Inc.", "parker@example.com", "2023-08-18T12:34:25Z")
    assert account["__ref__primarycontactid"] == ids["Alex Wilson"]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select("productnumber", "name", "quantitydecimal").rows() == [
        ("pro_01h1vjes1y163xfj1rh1tkfb65", "Voice rooms addon", 0),
        ("pro_01gsz97mq9pa4fkyy0wqenepkz", "Custom domains", 0),
        ("pro_01gsz92krfzy3hcx5h5rtgnfwz", "VIP support", 0),
        ("pro_01gsz4vmqbjk3x4vvtafffd540", "ChatApp Enterprise", 0),
        ("pro_01gsz4t5hdjse780zja8vvr7jg", "ChatApp Pro", 0),
        ("pro_01gsz4s0w61y0pp88528f1wvvb", "ChatApp Basic", 0)]
    (order,) = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert (order["ordernumber"], order["name"], order["statuscode"],
            order["totalamount"], order["totaltax"], order["discountamount"],
            order["overriddencreatedon"]) == (
        "txn_01h8bm0f0gwa622zpcvw49hwc1", "txn_01h8bm0f0gwa622zpcvw49hwc1", 2,
        9013.87, 734.77, 919.9, "2023-08-21T08:40:00Z")
    assert order["__ref__customerid_contact"] == ids["Sam Miller"]
    assert order["__ref__pricelevelid"] == (
        f'existing:{{"match": {{"name": "{PRICES}"}}, "table": "pricelevel"}}')
    assert (order["__ref__transactioncurrencyid"], order["__via__transactioncurrencyid"]) == (
        'existing:{"match": {"isocurrencycode": "USD"}, "table": "transactioncurrency"}',
        "existing")

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account", "product", "salesorder"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["account"]) == set(ACCOUNT) | {"primarycontactid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid",
                                                        "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
