"""keys452's public export runs end to end from its parameters file, decisions only
(issue 13): Mollie (the Dutch payment service provider; mollie/mollie-api-python at
32f57a18, BSD-2-Clause), its own fixed records (the recorded API responses its official
Python client replays in its tests: three customers, three payments, three orders, the first
order's two lines, three subscriptions, one mandate, one refund) as its dashboard exports
label them ('ID', 'Created at', 'Amount', 'Currency', 'Status', 'Method'; otherwise the API
field names in words: 'Billing street and number', 'VAT amount'), in English
(tests/data/exports/mollie-export-en; SOURCE.md), on the branch-point engine 24219998
(session 56, round Z16). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The three customers load as contacts keyed by Mollie's customer id (the whole name as the
last name, e-mail, creation date). The three orders load as sales orders keyed by Mollie's
order id (the id as the name, the merchant's order number '1337', status 'created' as New,
creation date, both addresses: street and number, street additional, postal code, city,
region, country, phone) of the shoppers' account and on the price list the org's admin set
up (the test creates both, and the units): no recorded order names a Mollie customer. The
first order's two lines load as write-in order lines of that order (name, quantity, unit
price, discount, VAT as tax, quantities shipped and canceled). Payments, subscriptions,
mandates and refunds are reported unmatched (no Sales table). Nothing held back, skipped or
cleared; no owner queued; verification finds no column differing.

The parameters decide: the three keys (Mollie's ids); no owner column; the contact's last
name (the whole name); the order's name (its id) and number; the four street columns of the
billing and shipping addresses (measured misses); the line as a write-in product
(description, override flag) and its VAT amount as its tax (a measured miss); the links: the
orders' customer (the shoppers' account) and price list, the lines' order by Mollie's order
id, the lines' unit; the order status Mollie's records use ('created': New), without which
the run stops (ChoicesUndecided).

The orders' and lines' 'Currency' (EUR, added to the org beside its base) binds each to the
org's euro by its code.

What is NOT read (left unmapped): the customers' locale and metadata; the orders' amount
(Dynamics computes an order's total from its lines, which load: the engine's designed
choice), method, locale, titles, given and family names, e-mails, date of birth, expiry,
profile, URLs and metadata; the lines' SKU, type, status, VAT rate, total (Dynamics computes
it), quantity refunded and metadata; the files payments.csv, subscriptions.csv, mandates.csv
and refunds.csv whole.
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

NAME = "mollie-export-en"
SHOPPERS = "Mollie shoppers"
PRICES = "Mollie prices"
KINDS = {"customers": ("contact", {"contact": 3}), "payments": ("unknown", {}),
         "orders": ("order", {"salesorder": 3}),
         "order_lines": ("order_line", {"salesorderdetail": 2}),
         "subscriptions": ("unknown", {}), "mandates": ("unknown", {}),
         "refunds": ("unknown", {})}
CONTACT = {"lastname": "Name", "emailaddress1": "Email", "overriddencreatedon": "Created at"}
ORDER = {"name": "ID", "ordernumber": "Order number", "statuscode": "Status",
         "overriddencreatedon": "Created at",
         "billto_line1": "Billing street and number", "billto_line2": "Billing street additional",
         "billto_postalcode": "Billing postal code", "billto_city": "Billing city",
         "billto_stateorprovince": "Billing region", "billto_country": "Billing country",
         "billto_telephone": "Billing phone",
         "shipto_line1": "Shipping street and number",
         "shipto_line2": "Shipping street additional",
         "shipto_postalcode": "Shipping postal code", "shipto_city": "Shipping city",
         "shipto_stateorprovince": "Shipping region", "shipto_country": "Shipping country",
         "shipto_telephone": "Shipping phone"}
LINE = {"salesorderdetailname": "Name", "productdescription": "Name",
        "isproductoverridden": None, "quantity": "Quantity", "priceperunit": "Unit price",
        "manualdiscountamount": "Discount amount", "tax": "VAT amount",
        "quantityshipped": "Quantity shipped", "quantitycancelled": "Quantity canceled",
        "overriddencreatedon": "Created at"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the shoppers' account (no recorded order names a customer)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": SHOPPERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_mollie_customers_orders_and_lines_load(runs: Callable[[str], Path]) -> None:
    """Customers as contacts, orders as sales orders with both addresses, the first order's
    lines as its write-in lines; payments, subscriptions, mandates and refunds unmatched;
    nothing held back; no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 3, 3, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order_lines", 2, 2, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "salesorderdetail"}
    for target, columns in (("contact", CONTACT), ("salesorder", ORDER),
                            ("salesorderdetail", LINE)):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert table["source_key"] == "key(ID)"
        assert not table.get("owner")                    # the export names no owner
    # the order's total is left to Dynamics, which computes it from the loaded lines
    assert "totalamount" not in {c["target"] for c in tables["salesorder"]["columns"]}
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    currency = {"transactioncurrencyid": ("transactioncurrency", "Currency")}
    assert links == {   # the orders' and lines' 'Currency' (EUR): the org's euro
        "contact": {},
        "salesorder": {"customerid": ("account", None), "pricelevelid": ("pricelevel", None),
                       **currency},
        "salesorderdetail": {"salesorderid": ("salesorder", "Order ID"),
                             "uomid": ("uom", None), **currency}}
    for t in ("salesorder", "salesorderdetail"):
        assert [(lk.get("by"), lk["existing"]) for lk in tables[t]["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            (None, {"table": "transactioncurrency", "by": "isocurrencycode"})], t
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "payments": "unknown", "subscriptions": "unknown", "mandates": "unknown",
        "refunds": "unknown"}

    for kind in ("quarantine", "skipped", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select("lastname", "emailaddress1", "overriddencreatedon").rows() == [
        ("Customer A", "customer@example.org", "2018-04-06T13:23:21Z"),
        ("Customer B", "customerb@example.org", "2018-04-06T13:23:22Z"),
        ("Customer C", "customerc@example.org", "2018-04-06T13:23:23Z")]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders.select("name", "ordernumber", "statuscode").rows() == [
        ("ord_kEn1PlbGa", "1337", 1), ("ord_kEn1PlbGb", "1337", 1),
        ("ord_kEn1PlbGc", "1337", 1)]
    first = orders.row(0, named=True)
    assert (first["billto_line1"], first["billto_line2"], first["billto_postalcode"],
            first["billto_city"], first["billto_stateorprovince"], first["billto_country"],
            first["billto_telephone"]) == (
        "Keizersgracht 313", None, "1234AB", "Amsterdam", "Noord-Holland", "NL", "+31309202070")
    assert (first["shipto_line1"], first["shipto_line2"], first["shipto_postalcode"],
            first["shipto_city"], first["shipto_stateorprovince"], first["shipto_country"],
            first["shipto_telephone"]) == (
        "Keizersgracht 313", "4th floor", "5678AB", "Haarlem", "Noord-Holland", "NL", None)
    assert first["overriddencreatedon"] == "2018-08-02T09:29:56Z"
    for order in orders.to_dicts():
        assert order["__ref__customerid_account"] == (
            f'existing:{{"match": {{"name": "{SHOPPERS}"}}, "table": "account"}}')
        assert order["__ref__pricelevelid"] == (
            f'existing:{{"match": {{"name": "{PRICES}"}}, "table": "pricelevel"}}')
    euro = 'existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}'
    lines = pl.read_parquet(staged / "salesorderdetail.parquet").sort("__source_row")
    assert lines.select("productdescription", "isproductoverridden", "quantity",
                        "priceperunit", "manualdiscountamount", "tax").rows() == [
        ("LEGO 42083 Bugatti Chiron", True, 2.0, 399.0, 100.0, 121.14),
        ("LEGO 42056 Porsche 911 GT3 RS", True, 1.0, 329.99, None, 57.27)]
    # both lines belong to the first order, ord_kEn1PlbGa
    assert set(lines["__ref__salesorderid"].to_list()) == {first["__source_id"]}
    for frame in (orders, lines):   # every order and line bound to the org's euro by its code
        assert set(zip(frame["__ref__transactioncurrencyid"].to_list(),
                       frame["__via__transactioncurrencyid"].to_list(), strict=True)) == {
            (euro, "existing")}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "salesorder", "salesorderdetail"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid",
                                                        "transactioncurrencyid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid",
                                                             "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
