"""keys533's public export runs end to end from its parameters file, decisions only
(issue 13): Commerce Layer, its own recorded records -- the Commerce Layer API records that
Commerce Layer's dashboard component library (commercelayer/app-elements at 152b1c01, MIT)
answers its documentation's API calls with: 25 SKUs (caps, aprons, bags, bodysuits...), 4
customers (one with first and last name in its metadata), the order 2485862 (EUR, approved,
paid, for 'Darth Vader' in Cogorno) and its 8 line items (2 SKUs, a gift card, a Stripe
payment fee, 2 shipments, 2 manual adjustments) -- headed by the API's field names ('code',
'metadata.first_name', 'shipping_amount_float', 'billing_address.city', 'order.id'), in
English (tests/data/exports/commercelayer-export-en; SOURCE.md), on the branch-point engine
11ccb0bc (session 64, round Z38). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the default unit
group and unit, and the price list 'Commerce Layer prices'; the rehearsal org gets the euro
beside its base currency from the parameters' destination.

The SKUs load as products keyed by Commerce Layer's id (25 of 25): code as the product
number, name, description, weight, creation date, on the org's default unit group and unit.
The customers load as contacts keyed by id (4 of 4): e-mail, creation date, the metadata's
first and last name; the three with no name take their e-mail as the last name Dataverse
requires. The order loads as a sales order (1 of 1) named by its number, submitted (In
Progress: approved), placed date, shipping charged, bill-to and ship-to name, street, city,
postcode, province, country and phone, in euros, of its buyer (the fourth customer) on the
org's price list. The line items load as write-in order lines of that order (8 of 8): text,
quantity, unit price, tax, in euros. Three lines carry a negative unit price (the gift card
-100, two adjustments -1): a line's Price Per Unit runs from -922337203685477 (Microsoft's
salesorderdetail reference page), so they load as they are (session 64: the emulator and
the suite had held it from 0, and the three prices were cleared). Two lines' discounts are
written below zero ('discount_float' -59.43, -40.57, read since session 64 as the manual
discount, which Dataverse stores from 0): cleared with the reason, the lines load. Nothing
held back, skipped or failed; no owner queued; verification finds no column differing.

The parameters decide: the SKU file as products (a measured miss: discovery named it
unknown), the keys (id), no owner column (the export names no one: the fallback owner), the
contact's names from metadata (measured misses) with the e-mail where none, the customer's
lifecycle status left out, the product's number, name and description and whole-unit
stock, the order's name and number, its status (approved -> In Progress), submitted date,
freight, bill-to / ship-to name and province (measured misses), write-in lines with their
unit price and tax (measured misses), the order's buyer, price list and the lines' order,
the units, and a quarantine gate of 0%.

What is NOT read (left unmapped): a record's updated_at and reference, a customer's
has_password, order count and other metadata (age, height, is_vip, a pet), a SKU's image,
weight unit, shipping and tracking flags; the order's payment and fulfilment status, the
buyer's e-mail (the buyer is linked), language, tax flag, country code, its computed money
(subtotal, payment fee, discount, gift card, tax, total), SKU count, approval date, market;
a line's SKU code (written-in lines), item type, discount, total and tax rate.
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

NAME = "commercelayer-export-en"
PRICES = "Commerce Layer prices"
CONTACT = {"emailaddress1": "email", "overriddencreatedon": "created_at",
           "firstname": "metadata.first_name", "lastname": "metadata.last_name"}
PRODUCT = {"stockweight": "weight", "overriddencreatedon": "created_at",
           "description": "description", "name": "name", "productnumber": "code",
           "quantitydecimal": None}
ADDRESS = {"line1": "line_1", "line2": "line_2", "city": "city", "postalcode": "zip_code",
           "country": "country_code", "telephone": "phone", "name": "full_name",
           "stateorprovince": "state_code"}
SALESORDER = {"overriddencreatedon": "created_at", "freightamount": "shipping_amount_float",
              "name": "number", "ordernumber": "number", "statuscode": "status",
              "submitdate": "placed_at", "discountamount": "discount_amount_float",
              **{f"billto_{k}": f"billing_address.{v}" for k, v in ADDRESS.items()},
              **{f"shipto_{k}": f"shipping_address.{v}" for k, v in ADDRESS.items()}}
LINE = {"salesorderdetailname": "name", "productdescription": "name", "quantity": "quantity",
        "overriddencreatedon": "created_at", "isproductoverridden": None,
        "priceperunit": "unit_amount_float", "tax": "tax_amount_float",
        "manualdiscountamount": "discount_float"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


@pytest.mark.public
def test_commercelayer_catalogue_customers_and_order_load(
        runs: Callable[[str], Path]) -> None:
    """The SKUs load as products, the customers as contacts, the order as a sales order of
    its buyer in euros with its eight write-in lines, three at a price below zero; two
    negative discounts cleared; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 4, 4, 0, 0, 0, 0, 0),
        "product": ("skus", 25, 25, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 1, 1, 0, 0, 0, 0, 0),
        "salesorderdetail": ("line_items", 8, 8, 0, 0, 0, 0, 2)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 4}, True),
        "skus": ("product", {"product": 25}, True),
        "orders": ("order", {"salesorder": 1}, True),
        "line_items": ("order_line", {"salesorderdetail": 8}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder", "salesorderdetail"}
    for target, source, columns in (("contact", "customers", CONTACT),
                                    ("product", "skus", PRODUCT),
                                    ("salesorder", "orders", SALESORDER),
                                    ("salesorderdetail", "line_items", LINE)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
    assert {"status", "has_password", "total_orders_count", "metadata.age",
            "metadata.is_vip"} <= set(tables["contact"]["unmapped"])
    assert {"payment_status", "fulfillment_status", "customer_email", "total_amount_float",
            "gift_card_amount_float", "market.name"} <= set(tables["salesorder"]["unmapped"])
    assert {"sku_code", "item_type", "total_amount_float"} <= set(
        tables["salesorderdetail"]["unmapped"])
    lookups = {t: [(lk["target"], lk.get("source"), lk["table"]) for lk in tables[t]["lookups"]]
               for t in tables}
    assert lookups == {
        "contact": [],
        "product": [("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")],
        "salesorder": [("transactioncurrencyid", "currency_code", "transactioncurrency"),
                       ("customerid", "customer.id", "contact"),
                       ("pricelevelid", None, "pricelevel")],
        "salesorderdetail": [("transactioncurrencyid", "currency_code", "transactioncurrency"),
                             ("salesorderid", "order.id", "salesorder"),
                             ("uomid", None, "uom")]}
    assert not any(t.get("owner") for t in tables.values())
    assert mapping.get("unmatched_sources") == []

    for table in tables:
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
        if table != "salesorderdetail":
            assert not _issues(run_dir, "cleared", table), table
    cleared = _issues(run_dir, "cleared", "salesorderdetail")
    assert [(c["row"], c["column"], c["target"], c["value"]) for c in cleared] == [
        ("5", "discount_float", "manualdiscountamount", "-59.43"),
        ("6", "discount_float", "manualdiscountamount", "-40.57")]

    contacts = _staged(run_dir, "contact")
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    names = contacts.select(["firstname", "lastname"]).rows()
    assert names[1] == ("John", "Doe")
    # no name in the metadata: the e-mail as the last name Dataverse requires
    assert [n for i, n in enumerate(names) if i != 1] == [
        (None, e) for i, e in enumerate(contacts["emailaddress1"].to_list()) if i != 1]

    products = _staged(run_dir, "product")
    assert products.height == 25
    product_rows = products.select(["productnumber", "name", "stockweight",
                                    "quantitydecimal"]).rows()
    assert product_rows[:2] == [
        ("5PANECAP000000FFFFFFSXXX", "Black Five-Panel Cap with White Logo (S)", None, 2),
        ("5PANECAP000000FFFFFFXXXX", "Black Five-Panel Cap with White Logo", 100.0, 2)]
    assert products["description"].null_count() == 1
    assert set(products["__via__defaultuomid"].to_list()) == {"existing"}

    order = _staged(run_dir, "salesorder").row(0, named=True)
    assert {k: order[k] for k in ("name", "ordernumber", "statuscode", "submitdate",
                                  "freightamount", "billto_name", "billto_city",
                                  "billto_stateorprovince", "billto_country", "shipto_name",
                                  "shipto_postalcode", "shipto_stateorprovince")} == {
        "name": "2485862", "ordernumber": "2485862", "statuscode": 3,
        "submitdate": "2023-05-16T11:06:22Z", "freightamount": 0.0,
        "billto_name": "Darth Vader", "billto_city": "Cogorno", "billto_stateorprovince": "GE",
        "billto_country": "IT", "shipto_name": "Darth Vader", "shipto_postalcode": "16030",
        "shipto_stateorprovince": "GE"}
    assert "EUR" in order["__ref__transactioncurrencyid"]
    assert order["__via__pricelevelid"] == "existing" and PRICES in order["__ref__pricelevelid"]
    # the buyer is the fourth customer (JkAdBhNGjQ), by its id
    assert (order["__via__customerid_contact"], order["__ref__customerid_contact"]) == (
        "id", contacts["__source_id"][3])

    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "quantity", "priceperunit", "tax",
                         "isproductoverridden"]).rows() == [
        ("Gift card: €100,00", 1.0, -100.0, 0.0, True),
        ("Stripe Payment", 1.0, 10.0, 0.0, True),
        ("Shipment #2485862/S/001", 1.0, 0.0, 0.0, True),
        ("Shipment #2485862/S/002", 1.0, 0.0, 0.0, True),
        ("White Men T-Shirt with Black Logo (XL)", 5.0, 29.0, 0.0, True),
        ("Black Canvas with White Logo (18x24)", 1.0, 99.0, 0.0, True),
        ("Manual adjustment", 1.0, -1.0, 0.0, True),
        ("Manual adjustment", 1.0, -1.0, 0.0, True)]
    assert lines["__via__salesorderid"].to_list() == ["id"] * 8
    assert all("EUR" in r for r in lines["__ref__transactioncurrencyid"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(SALESORDER) | {
        "transactioncurrencyid", "customerid", "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {
        "transactioncurrencyid", "salesorderid", "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
