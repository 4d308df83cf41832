"""keys483's public export runs end to end from its parameters file, decisions only
(issue 13): Fortnox, its own records -- the Fortnox API responses the LGPL-3.0 Ruby client
of that API (accodeing/fortnox-api at f1f3defd) recorded for its specs (VCR cassettes): 9
customers ('Updated name' in New York 10001, 'Test customer', 'Customer with Swedish country
code', 'Customer with Sales Account', 'A customer'), 8 articles ('Test article', 'Hammer',
'Updated description'), 38 invoices and 24 orders -- headed by the Fortnox API's field
names ('CustomerNumber', 'ZipCode', 'ArticleNumber', 'QuantityInStock', 'DocumentNumber',
'TotalVAT'), in English (tests/data/exports/fortnox-export-en; SOURCE.md), on the
branch-point engine 3786b1cd (session 59, round Z26). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit (as
tests/test_public_end_to_end_session12.py's ``_product_catalogue`` makes them) and the
price list 'Fortnox prices'.

The customers load as accounts keyed by their number (also the account number): name, city,
postal code, country, 'Active' as the state (active); the five customers seen only in a list
summary carry no state and are created active, flagged. The articles load as products keyed
by their number (the product ID): 'Description' as name and description, purchase price as
current cost, stock, weight, two decimals, the org's default unit; article 116's stock
'-100000000000000' is outside what Dataverse stores and is cleared (reported), the article
still moves. The orders load as sales orders keyed by their number (name and order number),
each linked to its customer by number (order 2 to customer 5, orders 3 and 4 to customer
2, the rest to customer 1), on the org's price list: order and delivery dates, total, VAT,
freight, the invoice address's city and postal code, terms '30' as Net 30. The currency code
(SEK, the krona the rehearsal org's admin added) binds each order and customers 1, 6, 8 and 9
to the org's krona (the five list-summary customers name none: the base). Nothing is held
back, skipped or failed; no owner queued; verification finds no column differing.

The parameters decide: the articles file a product list (the measured file miss), the keys
(Fortnox's numbers), no owner column, the article's name from 'Description' (propose's
miss), its product ID and decimals, the order's name and number, its VAT 'TotalVAT' (the
miss in both modes), 'DeliveryState' not the shipping state (the other miss), the order's
customer by number and its price list, the default unit group and unit, terms '30' Net 30.

What is NOT read (left unmapped): a customer's country code, price list, sales account, VAT
type, type and price display; an article's EAN, VAT, ledger accounts, stock reservations and
value, dimensions, type, active and expired flags; an order's cancelled flag (orders 3 and 4
were cancelled in Fortnox: they load as open orders -- the parameters cannot decide a state
for it, the map has no choice column for the order's status), currency rate and unit,
customer name, fees, margin, gross and net, references, language, print template, delivery
state and tax reduction; invoices.csv whole (no invoice table).
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

NAME = "fortnox-export-en"
ACCOUNT = {"name": "Name", "accountnumber": "CustomerNumber", "address1_city": "City",
           "address1_postalcode": "ZipCode", "address1_country": "Country",
           "statecode": "Active"}
PRODUCT = {"statecode": "Active",  # session 64: the product's active flag, its state
           "name": "Description", "description": "Description",
           "productnumber": "ArticleNumber", "currentcost": "PurchasePrice",
           "quantityonhand": "QuantityInStock", "stockweight": "Weight",
           "quantitydecimal": None}
ORDER = {"name": "DocumentNumber", "ordernumber": "DocumentNumber", "submitdate": "OrderDate",
         "requestdeliveryby": "DeliveryDate", "totalamount": "Total", "totaltax": "TotalVAT",
         "freightamount": "Freight", "billto_city": "City", "billto_postalcode": "ZipCode",
         "paymenttermscode": "TermsOfPayment"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on (Dynamics holds an order only with one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Fortnox prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_fortnox_customers_articles_orders_load(runs: Callable[[str], Path]) -> None:
    """The customers load as accounts, the articles as products, the orders as sales orders
    of their customers on the org's price list; one impossible stock figure is cleared, the
    customers without a state flagged; the invoices stay in Fortnox; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 9, 9, 0, 0, 0, 0, 0),
        "product": ("articles", 8, 8, 0, 0, 0, 0, 1),
        "salesorder": ("orders", 24, 24, 0, 0, 0, 0, 0)}
    assert out["product"]["cleared_fields"] == {"quantityonhand": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("account", {"account": 9}, True),
        "articles": ("product", {"product": 8}, True),
        "orders": ("order", {"salesorder": 24}, True),
        "invoices": ("unknown", {}, False)}
    assert "the bills of sales, which no Sales table holds" in files["invoices"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product", "salesorder"}
    account, product, order = tables["account"], tables["product"], tables["salesorder"]
    assert (account["source"], account["source_key"]) == ("customers", "key(CustomerNumber)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"CountryCode", "PriceList", "VATType"} <= set(account["unmapped"])
    assert (product["source"], product["source_key"]) == ("articles", "key(ArticleNumber)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"EAN", "VAT", "SalesAccount", "Expired"} <= set(product["unmapped"])
    assert (order["source"], order["source_key"]) == ("orders", "key(DocumentNumber)")
    assert {c["target"]: c["source"] for c in order["columns"]} == ORDER
    assert {"Cancelled", "DeliveryState", "CustomerName", "CurrencyRate",
            "CurrencyUnit"} <= set(order["unmapped"])
    assert "Currency" not in set(account["unmapped"]) | set(order["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"], lk.get("required"))
            for lk in order["lookups"]] == [
        ("transactioncurrencyid", "Currency", "transactioncurrency", None),
        ("customerid", "CustomerNumber", "account", True),
        ("pricelevelid", None, "pricelevel", None)]
    # the customer's and the order's currency code (SEK): the org's currency of that code
    currency = ("transactioncurrencyid", "Currency", "transactioncurrency",
                {"table": "transactioncurrency", "by": "isocurrencycode"})
    for table in (account, order):
        assert [(lk["target"], lk["source"], lk["table"], lk["existing"])
                for lk in table["lookups"] if lk["target"] == "transactioncurrencyid"] == [
            currency]
    assert [lk["target"] for lk in account["lookups"]] == ["transactioncurrencyid"]
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("invoices", "unknown")]

    # nothing held back, skipped or failed; article 116's stock cleared, reported
    for table in ("account", "product", "salesorder"):
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert [(c["file"], c["row"], c["column"], c["value"], c["action"]) for c in _issues(
        run_dir, "cleared", "product")] == [
        ("articles.csv", "8", "QuantityInStock", "-100000000000000", "field cleared")]
    # the customers only a list summary shows carry no state: created active, flagged
    assert [(f["row"], f["action"]) for f in _issues(run_dir, "flags", "account")] == [
        (r, "created in the default state, Active") for r in ("2", "3", "4", "5", "7")]

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Updated name", "1", "New York", "10001", None, 0),
        ("Test customer", "2", "New York", None, None, None),
        ("Customer with Swedish country code", "3", None, None, None, None),
        ("Customer with Sales Account", "4", None, None, None, None),
        ("A customer", "5", None, None, None, None),
        ("Updated name", "6", None, None, None, 0),
        ("Test customer", "7", None, None, None, None),
        ("Customer with Swedish country code", "8", None, None, "Sverige", 0),
        ("Customer with Sales Account", "9", None, None, None, 0)]
    sek = ('existing:{"match": {"isocurrencycode": "SEK"}, "table": "transactioncurrency"}',
           "existing")
    assert accounts.select("__ref__transactioncurrencyid",
                           "__via__transactioncurrencyid").rows() == [
        sek if n in ("1", "6", "8", "9") else (None, None)
        for n in accounts["accountnumber"].to_list()]
    products = _staged(run_dir, "product")
    assert products.select(["productnumber", "name", "quantityonhand", "stockweight",
                            "quantitydecimal"]).rows() == [
        ("1", "Test article", 0.0, None, 2), ("2", "Updated description", 0.0, None, 2),
        ("3", "Test article", 0.0, None, 2), ("101", "Hammer", 0.0, None, 2),
        ("102", "Updated description", 0.0, 0.0, 2), ("103", "Test article", 0.0, None, 2),
        ("109", "Test article", 1.12, 0.0, 2), ("116", "Test article", None, 0.0, 2)]
    assert products["__via__defaultuomid"].to_list() == ["existing"] * 8

    orders = _staged(run_dir, "salesorder")
    assert orders["ordernumber"].to_list() == [str(n) for n in range(1, 25)]
    # each order's customer: the account loaded from the customer its number names
    by_number = dict(zip(accounts["accountnumber"], accounts["__source_id"], strict=True))
    customer = ["1", "5", "2", "2"] + ["1"] * 20
    assert orders["__ref__customerid_account"].to_list() == [by_number[c] for c in customer]
    assert orders.select(list(ORDER)).rows()[2:4] == [
        ("3", "3", "2023-01-27T00:00:00Z", "2023-01-27T00:00:00Z", 0.0, None, None, None,
         None, None),
        ("4", "4", "2023-01-27T00:00:00Z", "2023-01-27T00:00:00Z", 0.0, None, None, None,
         None, None)]
    assert orders.select(list(ORDER)).rows()[6] == (
        "7", "7", "2023-01-30T00:00:00Z", None, 0.0, 0.0, 0.0, "New York", "10001", 1)
    assert orders["paymenttermscode"].to_list() == [None] * 6 + [1] * 18   # '30': Net 30
    assert orders.select("__ref__transactioncurrencyid",
                         "__via__transactioncurrencyid").rows() == [sek] * 24

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid",
                                                        "transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
