"""keys485's public export runs end to end from its parameters file, decisions only
(issue 13): e-conomic (Visma e-conomic, Danish cloud accounting), its own records -- the
e-conomic REST API responses the MIT Ruby client of that API (traels-it/economic-rest at
4932d005) recorded for its tests: 1,000 customers (the first recorded page: 'Addwish test
1547129108481', 'Demo Name' in København K, 'Customer 8' in Delhi, 'Møbelfabrikken A/S' in
Ballerup), 16 customer contacts ('Frasier Crane', 'Daphne Moon', 'Torsten Test'), 358
products ('Fleece Tracksuit', 'rrr'), 9 draft invoices and 3 orders -- headed by the API's
field names with nested objects as dotted names ('customerNumber', 'telephoneAndFaxNumber',
'customer.customerNumber', 'salesPrice', 'grossAmount'), in English
(tests/data/exports/economic-export-en; SOURCE.md), on the branch-point engine 2bd4a745
(session 60, round Z27). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and unit
(as tests/test_public_end_to_end_session12.py's ``_product_catalogue`` makes them) and the
price list 'e-conomic prices'.

The customers load as accounts keyed by their number (also the account number): name,
street, city, postal code, country, e-mail, credit limit, website, 'telephoneAndFaxNumber'
as the main phone, the mobile as the second phone. 160 e-mail cells are not one address
('newcustomer@something', or two addresses in one cell) and 10 phones are too short
('123213'): each cleared and reported, the customer still moves. The contacts load as
contacts keyed by their number, the whole name as the last name, each at customer 1 by its
number. The products load as products keyed by their number (the product ID): name, cost,
price, description, two decimals, the org's default unit; one price '-1.0' is outside what
Dataverse stores and is cleared (reported). The orders load as sales orders keyed by their
number (name and order number), order 35070 at customer 8, 35071 and 35072 at customer
1000, on the org's price list: date, total ('grossAmount'), VAT, the recipient's address;
their currency (DKK, which the parameters give the rehearsal org beside its US dollar base)
binds each to the org's Danish krone by its code. The customers' currency (DKK 952, INR 18,
AED 11, NGN 10, EUR 5, USD 2, GBP 1 and HRK 1, the Croatian kuna ISO 4217 withdrew in 2023)
binds each account to the org's currency of its code: the parameters give the rehearsal org
each of them beside its US dollar base, as the customer's admin would add them. Nothing is
held back, skipped or failed; no owner queued; verification finds no column differing.

The parameters decide: the keys (e-conomic's numbers), no owner column, the account number,
'telephoneAndFaxNumber' the main phone and 'mobilePhone' the second (the misses), the
contact's last name, its customer by number (the miss; not 'sortKey'), the product's
decimals and unit, the order's name, number and total ('grossAmount', the miss), its
customer by number and price list, payment terms unread.

What is NOT read (left unmapped): a customer's payment terms, group, balance and amount due,
CVR number, VAT zone, barred flag, layout, attention contact, EAN and public entry number; a
contact's sort key; a product's recommended price, barred flag, group, stock figures, unit,
barcode and departmental distribution; an order's exchange rate, net and base-currency amounts,
margin, rounding, due date, payment terms (8 days net has no Dynamics option), recipient name,
VAT zone, NemHandel type and layout; invoices.csv whole (no invoice table).
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

NAME = "economic-export-en"
ACCOUNT = {"address1_line1": "address", "address1_city": "city",
           "address1_country": "country", "emailaddress1": "email", "name": "name",
           "address1_postalcode": "zip", "creditlimit": "creditLimit",
           "websiteurl": "website", "accountnumber": "customerNumber",
           "telephone1": "telephoneAndFaxNumber", "telephone2": "mobilePhone"}
CONTACT = {"emailaddress1": "email", "telephone1": "phone", "lastname": "name"}
PRODUCT = {"productnumber": "productNumber", "name": "name", "standardcost": "costPrice",
           "price": "salesPrice", "description": "description", "quantitydecimal": None}
ORDER = {"submitdate": "date", "totaltax": "vatAmount", "billto_line1": "recipient.address",
         "billto_postalcode": "recipient.zip", "billto_city": "recipient.city",
         "billto_country": "recipient.country", "name": "orderNumber",
         "ordernumber": "orderNumber", "totalamount": "grossAmount"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on (Dynamics holds an order only with one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "e-conomic prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_economic_customers_contacts_products_orders_load(runs: Callable[[str], Path]) -> None:
    """The customers load as accounts, their contacts as contacts at customer 1, the
    products as products, the orders as sales orders of their customers on the org's price
    list; bad e-mails, short phones and a negative price are cleared and reported; the draft
    invoices stay in e-conomic; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 1000, 1000, 0, 0, 0, 0, 169),
        "contact": ("contacts", 16, 16, 0, 0, 0, 0, 0),
        "product": ("products", 358, 358, 0, 0, 0, 0, 1),
        "salesorder": ("orders", 3, 3, 0, 0, 0, 0, 0)}
    assert out["account"]["cleared_fields"] == {"telephone1": 10, "emailaddress1": 160}
    assert out["product"]["cleared_fields"] == {"price": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("account", {"account": 1000}, True),
        "contacts": ("contact", {"contact": 16}, True),
        "products": ("product", {"product": 358}, True),
        "orders": ("order", {"salesorder": 3}, True),
        "invoices": ("unknown", {}, False)}
    assert "the bills of sales, which no Sales table holds" in files["invoices"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "product", "salesorder"}
    account, contact = tables["account"], tables["contact"]
    product, order = tables["product"], tables["salesorder"]
    assert (account["source"], account["source_key"]) == ("customers", "key(customerNumber)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"corporateIdentificationNumber", "barred", "vatZone.vatZoneNumber",
            "balance"} <= set(account["unmapped"])
    # the customers' currencies (DKK, INR, AED, NGN, EUR, USD, GBP and HRK, the kuna ISO 4217
    # withdrew): each account bound to the org's currency of its code
    assert [(lk["target"], lk["source"], lk["existing"]) for lk in account["lookups"]] == [
        ("transactioncurrencyid", "currency",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert not account.get("unresolved_lookups")
    assert not out["account"].get("links_left")
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(customerContactNumber)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "customer.customerNumber", "account")]
    assert (product["source"], product["source_key"]) == ("products", "key(productNumber)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"barCode", "inventory.inStock", "productGroup.name"} <= set(product["unmapped"])
    assert (order["source"], order["source_key"]) == ("orders", "key(orderNumber)")
    assert {c["target"]: c["source"] for c in order["columns"]} == ORDER
    assert {"paymentTerms.name", "netAmount", "recipient.name"} <= set(order["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"], lk.get("required"))
            for lk in order["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency", None),
        ("customerid", "customer.customerNumber", "account", True),
        ("pricelevelid", None, "pricelevel", None)]
    # the orders' 'currency' (DKK): the org's Danish krone, found by its code
    assert [(lk["existing"], lk.get("by")) for lk in order["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        ({"table": "transactioncurrency", "by": "isocurrencycode"}, None)]
    assert not order.get("unresolved_lookups")
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("invoices", "unknown")]

    # nothing held back, skipped, failed or flagged; the cleared cells reported with reasons
    for table in ("account", "contact", "product", "salesorder"):
        for kind in ("quarantine", "skipped", "failed", "flags"):
            assert not _issues(run_dir, kind, table), (table, kind)
    cleared = _issues(run_dir, "cleared", "account")
    assert len(cleared) == 170 and {c["action"] for c in cleared} == {"field cleared"}
    assert sum(c["column"] == "email" for c in cleared) == 160
    assert [c["value"] for c in cleared if c["row"] == "38"] == ["newcustomer@something"]
    phones = [c for c in cleared if c["column"] == "telephoneAndFaxNumber"]
    assert len(phones) == 10 and all("is not a phone number" in c["reason"] for c in phones)
    assert [(c["row"], c["column"], c["value"]) for c in _issues(
        run_dir, "cleared", "product")] == [("337", "salesPrice", "-1.0")]

    accounts = _staged(run_dir, "account")
    assert accounts.height == 1000
    assert accounts.select(["name", "accountnumber", "address1_city",
                            "address1_postalcode", "emailaddress1"]).rows()[:2] == [
        ("Addwish test 1547129108481", "1", "Storeby", "1234", "jo+billing@addwish.com"),
        ("Demo Name", "2", "København K", "1411", None)]
    assert accounts["emailaddress1"].drop_nulls().len() == 431
    assert accounts["telephone1"].drop_nulls().len() == 110
    assert accounts["telephone2"].drop_nulls().len() == 1
    by_number = dict(zip(accounts["accountnumber"], accounts["__source_id"], strict=True))

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["lastname", "emailaddress1", "telephone1"]).rows()[:3] == [
        ("Frasier Crane", "frasierc@mailinator.com", "08761343453"),
        ("Daphne Moon", "daphnem@mailinator.com", "08713124141"),
        ("Test", None, None)]
    # every contact at customer 1, by its number (not by 'sortKey')
    assert contacts["__ref__parentcustomerid_account"].to_list() == [by_number["1"]] * 16

    products = _staged(run_dir, "product")
    assert products.height == 358
    assert products.select(["productnumber", "name", "standardcost", "price",
                            "quantitydecimal"]).rows()[1:3] == [
        ("013AED2A-B725-4", "rrr", None, 1.0, 2), ("01AB83C0-3FD6-4", "M", 0.0, 888.0, 2)]
    assert products["__via__defaultuomid"].to_list() == ["existing"] * 358

    orders = _staged(run_dir, "salesorder")
    assert orders.select(list(ORDER)).rows() == [
        ("2019-01-21T00:00:00Z", 200.0, "street", "110058", "Delhi", "India", "35070",
         "35070", 1000.0),
        ("2019-01-21T00:00:00Z", 220.0, "Møtrikvej 1", "2750", "Ballerup", None, "35071",
         "35071", 1100.0),
        ("2019-01-21T00:00:00Z", 3637.5, "Møtrikvej 1", "2750", "Ballerup", None, "35072",
         "35072", 18187.5)]
    # each order's customer: the account loaded from the customer its number names
    assert orders["__ref__customerid_account"].to_list() == [
        by_number["8"], by_number["1000"], by_number["1000"]]
    assert orders["__via__pricelevelid"].to_list() == ["existing"] * 3
    assert orders.select("__ref__transactioncurrencyid",
                         "__via__transactioncurrencyid").rows() == [
        ('existing:{"match": {"isocurrencycode": "DKK"}, "table": "transactioncurrency"}',
         "existing")] * 3
    codes = accounts["__ref__transactioncurrencyid"].str.extract(r'"isocurrencycode": "(\w+)"')
    assert dict(codes.value_counts().rows()) == {
        "DKK": 952, "INR": 18, "AED": 11, "NGN": 10, "EUR": 5, "USD": 2, "GBP": 1, "HRK": 1}
    assert accounts["__via__transactioncurrencyid"].to_list() == ["existing"] * 1000

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
