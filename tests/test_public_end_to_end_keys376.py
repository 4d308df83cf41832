"""keys376's public export runs end to end from its parameters file, decisions only (issue
13): OroCommerce (oroinc/orocommerce at 0da6b964 and its CustomerBundle package
oroinc/customer-portal at 83299185, OSL-3.0; the open-source B2B e-commerce platform on
Symfony), its demo data fixtures as its back-office grids' CSV export writes them (8
customers, 12 customer users, 12 orders, 10 requests for quote, 63 products), headed by its
own labels in English (tests/data/exports/orocommerce-export-en; SOURCE.md; English only:
OroCommerce's repositories ship no other language), on the branch-point engine 549b7ff6
(session 51, round Z3). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The 8 customers load as accounts, the two divisions under Company A; the 12 customer users
as contacts of their customer (by its name); the 12 orders as sales orders of their customer
(7 of Company A, 5 of Anonymous 1) on the price list the org's admin set up, their internal
status decided (Open New; Cancelled closed as Canceled, Closed as Fulfilled: 2 and 6
closed); the 10 requests for quote as leads (the map takes the company as the lead's topic
as well); the 63 products as products on the org's default unit group and unit, whole
units, Enabled Active. The test creates the price list, unit group and unit first. Nothing
is held back, no lookup is left unresolved and verification finds no column differing. No
owner column (the fallback owner, no one queued). The parameters decide the two files' kinds
(customer users contact: discovery named them user; requests lead: discovery named them
contact), the keys, the contacts' first and last name (the map, with the file named user,
left them), the links (parent customer, customer, price list, unit group and unit), the
orders' name (their number: Dynamics requires one) and status, the product status and the
quantity decimals.

What the run reads: customers' name and parent; customer users' first name, last name,
e-mail and customer; orders' number (also the name), internal status and customer;
requests' first name, last name, e-mail, phone, company (also the topic) and role (the RFQ
number is the key); products' SKU, name and status. The orders' currency code (7 USD, the
org's base; 5 EUR, the euro the rehearsal org's admin added) binds each order to the org's
currency of that code.

What is NOT read (left unmapped by the engine): the customers' group; the customer users'
Enabled, Confirmed and Guest flags; the orders' PO number, customer user and source document;
the products' inventory status, type and new-arrival flag.
"""

from __future__ import annotations

from collections import Counter
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

NAME = "orocommerce-export-en"
CUSTOMERS = ["Anonymous 1", "Anonymous 2", "Company A", "Company A - East Division",
             "Company A - West Division", "Customer G", "Partner C", "Wholesaler B"]
#: each customer user's customer (customer-users.csv), in file order
USER_CUSTOMERS = ["Company A"] * 3 + ["Company A - East Division"] * 2 + [
    "Company A - West Division"] * 2 + ["Wholesaler B"] * 2 + [
    "Partner C", "Anonymous 1", "Anonymous 2"]
ORDER_STATUS = [1, 1, 4, 4, 100001, 100001, 100001, 1, 1, 100001, 100001, 100001]
#: each order's currency code (orders.csv), in file order
ORDER_CURRENCY = ["USD", "USD", "USD", "USD", "EUR", "USD", "EUR", "USD", "EUR", "EUR", "USD",
                  "EUR"]
COLUMNS = {
    "account": {"name": "Name"},
    # the customer users' 'Enabled' flag (Yes on every row): the contact's state, since
    # session 52
    "contact": {"emailaddress1": "Email Address", "firstname": "First Name",
                "lastname": "Last Name", "statecode": "Enabled"},
    "salesorder": {"ordernumber": "Order Number", "name": "Order Number",
                   "statuscode": "Internal Status"},
    "lead": {"firstname": "First Name", "lastname": "Last Name",
             "emailaddress1": "Email Address", "telephone1": "Phone Number",
             "companyname": "Company", "jobtitle": "Role", "subject": "Company"},
    "product": {"productnumber": "SKU", "name": "Name", "statuscode": "Status",
                "quantitydecimal": None},
}
LOOKUPS = {
    "account": {"parentaccountid": ("account", "Parent Customer")},
    "contact": {"parentcustomerid": ("account", "Customer")},
    "salesorder": {"customerid": ("account", "Customer"), "pricelevelid": ("pricelevel", None),
                   "transactioncurrencyid": ("transactioncurrency", "Currency")},
    "lead": {},
    "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
}


def _org_setup(client: Any) -> None:
    """What the org's admin sets up first: the default unit group and unit, a price list."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "OroCommerce prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org_setup))


def test_orocommerce_customers_users_orders_requests_and_products_load(
        runs: Callable[[str], Path]) -> None:
    """Customers as accounts, customer users as their contacts, orders as their sales orders
    (statuses decided, 8 closed), requests for quote as leads, products as products; nothing
    held back; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 8, 8, 0, 0, 0, 0),
        "contact": ("customer_users", 12, 12, 0, 0, 0, 0),
        "salesorder": ("orders", 12, 12, 0, 0, 0, 0),
        "lead": ("requests", 10, 10, 0, 0, 0, 0),
        "product": ("products", 63, 63, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        8, {"Canceled": 2, "Fulfilled": 6})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("account", {"account": 8}),
        "customer_users": ("contact", {"contact": 12}),
        "orders": ("order", {"salesorder": 12}),
        "requests": ("lead", {"lead": 10}),
        "products": ("product", {"product": 63})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for entry, table in tables.items():
        assert {c["target"]: c.get("source") for c in table.get("columns", [])} == COLUMNS[entry]
        assert {lk["target"]: (lk["table"], lk.get("source"))
                for lk in table.get("lookups", [])} == LOOKUPS[entry]
        assert not table.get("owner")
    assert {e: tables[e]["source_key"] for e in tables} == {
        "account": "key(Name)", "contact": "key(Email Address)",
        "salesorder": "key(Order Number)", "lead": "key(RFQ #)", "product": "key(SKU)"}
    assert not mapping.get("unmatched_sources")
    # the orders' currency code: the org's currency of that code
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == CUSTOMERS
    ids = dict(zip(accounts["name"].to_list(), accounts["__source_id"].to_list(), strict=True))
    names = {v: k for k, v in ids.items()}
    assert [names.get(r) for r in accounts["__ref__parentaccountid"].to_list()] == [
        None, None, None, "Company A", "Company A", None, None, None]
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 12
    # the e-mail transform writes addresses in lower case
    assert contacts.row(0, named=True)["emailaddress1"] == "amandarcole@example.org"
    assert [names[r] for r in contacts["__ref__parentcustomerid_account"].to_list()] == (
        USER_CUSTOMERS)
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["ordernumber"].to_list() == [f"FR10124{n:02d}" for n in range(1, 13)]
    assert orders["statuscode"].to_list() == ORDER_STATUS
    assert dict(Counter(names[r] for r in orders["__ref__customerid_account"].to_list())) == {
        "Company A": 7, "Anonymous 1": 5}
    assert orders["__ref__transactioncurrencyid"].to_list() == [
        f'existing:{{"match": {{"isocurrencycode": "{code}"}}, "table": "transactioncurrency"}}'
        for code in ORDER_CURRENCY]
    assert set(orders["__via__transactioncurrencyid"].to_list()) == {"existing"}
    leads = pl.read_parquet(staged / "lead.parquet").sort("__source_row")
    assert leads.height == 10
    assert leads.row(0, named=True)["lastname"] == "Rivera"
    assert leads["subject"].to_list() == leads["companyname"].to_list()
    products = pl.read_parquet(staged / "product.parquet")
    assert products.height == 63
    assert set(products["statuscode"].to_list()) == {1}
    assert set(products["quantitydecimal"].to_list()) == {0}
    for table in COLUMNS:
        quarantined = pl.read_csv(run_dir / "quarantine" / f"{table}.csv", infer_schema=False)
        assert quarantined.height == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {t: set(cols) for t, cols in verified.items()} == {
        t: set(COLUMNS[t]) | set(LOOKUPS[t]) for t in COLUMNS}
    assert not any(n for cols in verified.values() for n in cols.values())
