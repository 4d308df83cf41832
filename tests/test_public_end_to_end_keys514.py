"""keys514's public export runs end to end from its parameters file, decisions only
(issue 13): Ecwid, its own records -- the Ecwid REST API v3 responses the MIT Ruby gem
davidbiehl/ecwid_api keeps as its specs' fixtures (b43b87bd; the customers at 5bef20a5): 5
customers (Abe to Ellen Doe), 3 catalogue categories, 5 products of a medical-supply store
(4 disabled), 2 paid test-mode orders (35 and 32) and their 5 lines -- headed by the API's
field names ('billingPerson.name', 'fulfillmentStatus', 'shippingOption.shippingRate'), in
English (tests/data/exports/ecwid-export-en; SOURCE.md), on the branch-point engine 8f7d9ee4
(session 62, round Z35). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and
unit, the price list 'Ecwid prices' and the account 'Ecwid buyers'.

The customers load as contacts keyed by Ecwid's id (the whole name as last name, e-mail).
The products load as products keyed by id: SKU as product number, name, price, weight,
page URL, description, creation date, on the org's default unit group and unit; 'enabled'
as the state (the four disabled ones closed as Retired). The orders load as sales orders
keyed by orderNumber: the store's number as name and number, the bill-to and ship-to names
and addresses, the shipping rate as freight, UPS Ground as UPS, the discount as an amount,
the creation date, the total, AWAITING_PROCESSING as In Progress (closed as Submitted); each
of the buyers' account, on the org's price list. The lines load as write-in order lines of
their orders: name, unit price, quantity, tax. Nothing held back, skipped or failed; no
owner queued; verification finds no column differing.

The parameters decide: the keys, no owner column, the product number and the 'enabled'
state (a measured miss), the order's name and number, the discount as an amount (a
measured miss), the fulfilment status (a measured miss), the bill-to name and the ship-to
block (measured misses), the freight and the shipping method (measured misses), the
write-in lines (no product link: the ordered products are not among the five exported),
the links (the buyers' account, the price list, each line's order, the units), and a
quarantine gate of 0%.

What is NOT read (left unmapped): a customer's order count and group; a product's images,
stock flags, class, categories and favourites; an order's subtotal, tax, e-mail and Ecwid
customer id (the buyers are not among the customers), payment details, referrers, the
country and state codes (the names are read), the carrier's name and transit time; a
line's product and category ids, SKU, options and shipping settings; categories.csv (no
Sales table). The order's total is left to Dynamics, which sums the lines that load linked
to it (the lines' link is decided in the parameters; since session 62 the rule that leaves
computed totals to Dynamics runs after the decided links too: before, the total stayed
mapped).
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
    objects,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "ecwid-export-en"
PRICES = "Ecwid prices"
BUYERS = "Ecwid buyers"
CONTACT = {"lastname": "name", "emailaddress1": "email"}
PRODUCT = {"name": "name", "price": "price", "stockweight": "weight", "producturl": "url",
           "overriddencreatedon": "created", "description": "description",
           "productnumber": "sku", "quantitydecimal": None, "statecode": "enabled"}
ORDER = {"overriddencreatedon": "createDate",
         "billto_line1": "billingPerson.street", "billto_city": "billingPerson.city",
         "billto_country": "billingPerson.countryName",
         "billto_postalcode": "billingPerson.postalCode",
         "billto_stateorprovince": "billingPerson.stateOrProvinceName",
         "billto_telephone": "billingPerson.phone", "billto_name": "billingPerson.name",
         "discountamount": "discount", "freightamount": "shippingOption.shippingRate",
         "name": "vendorOrderNumber", "ordernumber": "orderNumber",
         "shippingmethodcode": "shippingOption.shippingMethodName",
         "shipto_city": "shippingPerson.city", "shipto_country": "shippingPerson.countryName",
         "shipto_line1": "shippingPerson.street", "shipto_name": "shippingPerson.name",
         "shipto_postalcode": "shippingPerson.postalCode",
         "shipto_stateorprovince": "shippingPerson.stateOrProvinceName",
         "shipto_telephone": "shippingPerson.phone", "statuscode": "fulfillmentStatus"}
LINE = {"priceperunit": "price", "quantity": "quantity", "tax": "tax",
        "salesorderdetailname": "name", "isproductoverridden": None,
        "productdescription": "name"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on, and the account of the store's buyers."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": BUYERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


@pytest.mark.public
def test_ecwid_customers_products_orders_and_lines_load(runs: Callable[[str], Path]) -> None:
    """Customers as contacts, products (four Retired), orders of the buyers' account closed as
    Submitted, their write-in lines; categories unmatched; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "contact": ("customers", 5, 5, 0, 0, 0, 0, 0, 0),
        "product": ("products", 5, 5, 0, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 2, 2, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order_items", 5, 5, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert objs["product"]["closed_as"] == {"Retired": 4}
    assert objs["salesorder"]["closed_as"] == {"Submitted": 2}
    # the write-in lines' product link is left: the ordered products are not exported
    assert objs["salesorderdetail"]["links_left"] == {"productid": 5}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 5}, True),
        "products": ("product", {"product": 5}, True),
        "orders": ("order", {"salesorder": 2}, True),
        "order_items": ("order_line", {"salesorderdetail": 5}, True),
        "categories": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder", "salesorderdetail"}
    for target, columns, key in (("contact", CONTACT, "key(id)"),
                                 ("product", PRODUCT, "key(id)"),
                                 ("salesorder", ORDER, "key(orderNumber)"),
                                 ("salesorderdetail", LINE, "key(id)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert table["source_key"] == key
        assert not table.get("owner")                    # the export names no owner
    assert {"subtotal", "tax", "email", "customerId", "usdTotal", "couponDiscount",
            "shippingOption.shippingCarrierName", "total"} <= set(
        tables["salesorder"]["unmapped"])
    assert tables["salesorder"]["unmapped_reasons"]["total"].startswith(
        "Dynamics 365 computes it from the record's lines")
    assert {"productId", "sku", "selectedOptions"} <= set(
        tables["salesorderdetail"]["unmapped"])
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "contact": {},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        "salesorder": {"customerid": ("account", None), "pricelevelid": ("pricelevel", None)},
        "salesorderdetail": {"salesorderid": ("salesorder", "orderNumber"),
                             "uomid": ("uom", None)}}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("categories", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared", "flags"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    assert _staged(run_dir, "contact").select(list(CONTACT)).rows() == [
        (f"{n} Doe", f"{n.lower()}@example.com") for n in ("Abe", "Bob", "Chris", "Debby",
                                                            "Ellen")]
    assert _staged(run_dir, "product").select(
        ["productnumber", "name", "price", "stockweight", "statecode"]).rows() == [
        ("NC53090", "<em>Book:</em> Therapeutic Hand Splints: A Rational Approach", 80.95,
         0.063, 1),
        ("T631", "SportsArt T631", 4315.0, 595.0, 1),
        ("T611", "SportsArt T611", 2595.0, 0.0, 1),
        ("NC89048", "DVD: Clinical Kinesio Taping", 41.95, 0.192, 1),
        ("META-2961", "English Pantyhose Aid", 0.0, 0.0, 0)]
    orders = _staged(run_dir, "salesorder")
    assert "totalamount" not in orders.columns
    assert orders.select(["name", "ordernumber", "freightamount",
                          "discountamount", "shippingmethodcode", "statuscode", "billto_name",
                          "shipto_name", "shipto_line1", "shipto_city",
                          "shipto_stateorprovince", "shipto_postalcode", "shipto_country",
                          "shipto_telephone", "overriddencreatedon"]).rows() == [
        ("35", "35", 0.0, 0.0, 4, 3, "Mark Consumer", "Mark Consumer",
         "15305 Sycamore Drive", "Gilroy", "California", "95037", "United States",
         "831-566-2310", "2014-11-05T20:53:30Z"),
        ("32", "32", 9.16, 0.0, 4, 3, "David Biehl", "David Biehl",
         "8100 Camino Arroyo", "Gilroy", "California", "95020", "United States",
         "8008219319", "2014-07-31T11:30:19Z")]
    assert orders["__via__customerid_account"].to_list() == ["existing"] * 2
    assert all(BUYERS in r for r in orders["__ref__customerid_account"].to_list())
    assert all(PRICES in r for r in orders["__ref__pricelevelid"].to_list())
    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "isproductoverridden", "priceperunit",
                         "quantity", "tax"]).rows() == [
        ("Norco™ Exercise Balls", True, 22.95, 2.0, 3.44),
        ("Norco™ Economy Shoulder Pulley", True, 10.95, 3.0, 2.46),
        ("Infinity™ 8-Board®", True, 89.95, 1.0, 6.75),
        ("Kinesio Taping in Pediatrics", True, 72.95, 1.0, 5.47),
        ("Goodie-Strap™", True, 5.95, 1.0, 0.45)]
    ids = orders["__source_id"].to_list()
    assert lines["__ref__salesorderid"].to_list() == [ids[0]] * 3 + [ids[1]] * 2

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
