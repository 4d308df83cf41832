"""keys542's public export runs end to end from its parameters file, decisions only
(issue 13): Wix, its own example records -- the example responses Wix publishes with its
REST API reference, as the MIT repository wix-incubator/wix-rest-docs keeps them
(c0e4ada8): 2 contacts (Wix Contacts v4), 9 Wix Stores products ('Colombian Arabica',
'T-Shirt', 'Digital product'...), 3 orders (numbers 10096, 10012, 10108, in US dollars) with
6 line items, 8 coupons and 4 contact labels -- headed by the API's field names
('info.name.first', 'info.addresses.items.0.address.city', 'totals.shipping'), in English
(tests/data/exports/wix-export-en; SOURCE.md), on the branch-point engine 2c989695
(session 65, round Z40). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and
unit, the price list 'Wix prices' and the account 'Wix buyers'.

The contacts load as contacts keyed by Wix's id: first and last name, primary e-mail and
phone, job title, birthdate, creation date, the e-mail subscription (SUBSCRIBED as may
e-mail), the HOME address as the first (street, unit, city, ISO state code, zip, country)
and the WORK address as the second (street name, door-code line, city, state, zip,
country); the company name ('Wix') names no account of the org: that link is left. The
products load as products keyed by id: name, description, price, stock, weight, creation
date, Wix's numeric id as the product number, in US dollars (by ISO code), on the org's
default unit group and unit. The orders load as sales orders keyed by id: the number as
name and number, the shipping charge, the discount amount, the bill-to and ship-to blocks
(with the state from Wix's subdivision), in US dollars, on the org's account for Wix buyers
and its price list. The line items load as write-in lines of their order (by orderId),
keyed by order and index: name, unit price, quantity, discount, tax. Nothing held back,
skipped, failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the keys (a line: orderId and index), no owner column, both address
blocks of a contact (measured misses), the custom 'url' field as no website (a measured
miss), the product number (Wix's numeric id: the products carry no SKU) and decimals, the
order's name and number, the shipping charge and the discount amount (measured misses),
the fulfilment status as no state and the subdivisions as the bill-to and ship-to states
(measured misses), the write-in lines, the links (the org's buyers account and price list,
each line's order by id, the units), and a quarantine gate of 0%.

What is NOT read (left unmapped): a contact's revision, source, last activity, e-mail and
phone lists (they repeat the primary ones), locale, labels, address tags and house numbers,
the site's own extended fields and Wix's membership, deliverability and purchase figures; a
product's slug, type, brand, ribbon, visibility, discounted and per-unit prices, discount,
cost range, stock flags and collections; an order's buyer fields (its buyers are not
exported), language, note, weight unit, subtotal, tax and total (left to Dynamics),
payment and fulfilment statuses, payment method and date, the billing and shipping names,
delivery option, region, tracking, the coupon and channel; a line's order number, product,
variant and SKU (most of its products are not exported), type, total and weight;
coupons.csv and labels.csv (no Sales table).
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

NAME = "wix-export-en"
PRICES = "Wix prices"
BUYERS = "Wix buyers"
A0 = "info.addresses.items.0.address."
A1 = "info.addresses.items.1.address."
CONTACT = {"overriddencreatedon": "createdDate", "emailaddress1": "primaryInfo.email",
           "telephone1": "primaryInfo.phone", "firstname": "info.name.first",
           "lastname": "info.name.last", "jobtitle": "info.jobTitle",
           "birthdate": "info.birthdate",
           "donotbulkemail": "info.extendedFields.items.emailSubscriptions.subscriptionStatus",
           "address1_line1": A0 + "addressLine", "address1_line2": A0 + "addressLine2",
           "address1_city": A0 + "city", "address1_stateorprovince": A0 + "subdivision",
           "address1_postalcode": A0 + "postalCode", "address1_country": A0 + "country",
           "address2_line1": A1 + "streetAddress.name", "address2_line2": A1 + "addressLine2",
           "address2_city": A1 + "city", "address2_stateorprovince": A1 + "subdivision",
           "address2_postalcode": A1 + "postalCode", "address2_country": A1 + "country"}
PRODUCT = {"name": "name", "description": "description", "stockweight": "weight",
           "price": "price.price", "quantityonhand": "stock.quantity",
           "overriddencreatedon": "createdDate", "productnumber": "numericId",
           "quantitydecimal": None}
B = "billingInfo.address."
S = "shippingInfo.shipmentDetails.address."
ORDER = {"overriddencreatedon": "dateCreated", "name": "number", "ordernumber": "number",
         "freightamount": "totals.shipping", "discountamount": "totals.discount",
         "billto_line1": B + "addressLine1", "billto_line2": B + "addressLine2",
         "billto_city": B + "city", "billto_stateorprovince": B + "subdivision",
         "billto_postalcode": B + "zipCode", "billto_country": B + "country",
         "billto_telephone": B + "phone", "shipto_line1": S + "addressLine1",
         "shipto_line2": S + "addressLine2", "shipto_city": S + "city",
         "shipto_stateorprovince": S + "subdivision", "shipto_postalcode": S + "zipCode",
         "shipto_country": S + "country"}
LINE = {"salesorderdetailname": "name", "productdescription": "name", "priceperunit": "price",
        "quantity": "quantity", "manualdiscountamount": "discount", "tax": "tax",
        "isproductoverridden": None}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the account for Wix buyers."""
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
def test_wix_contacts_products_orders_and_lines_load(runs: Callable[[str], Path]) -> None:
    """Contacts with both addresses, products, orders on the buyers' account with their
    write-in lines; coupons and labels stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "contact": ("contacts", 2, 2, 0, 0, 0, 0, 0, 0),
        "product": ("products", 9, 9, 0, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 3, 3, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order_line_items", 6, 6, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert not any(objs[t].get("cleared_fields") for t in objs)
    assert not any(objs[t].get("closed_as") for t in objs)
    # the company 'Wix' names no account of the org; the lines' products are not linked
    assert objs["contact"]["links_left"] == {"parentcustomerid": 2}
    assert objs["salesorderdetail"]["links_left"] == {"productid": 6}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 2}, True),
        "products": ("product", {"product": 9}, True),
        "orders": ("order", {"salesorder": 3}, True),
        "order_line_items": ("order_line", {"salesorderdetail": 6}, True),
        "coupons": ("unknown", {}, False),
        "labels": ("custom_field", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder", "salesorderdetail"}
    for target, columns, key in (("contact", CONTACT, "key(id)"),
                                 ("product", PRODUCT, "key(id)"),
                                 ("salesorder", ORDER, "key(id)"),
                                 ("salesorderdetail", LINE, "key(orderId+index)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert table["source_key"] == key
        assert not table.get("owner")                    # the export names no one
    assert {"info.company", "info.emails.items.email", "info.phones.items.phone",
            "info.labelKeys.items", "info.extendedFields.items.custom.url",
            "info.extendedFields.items.ecom.totalSpentCurrency"} <= set(
        tables["contact"]["unmapped"])
    assert {"fulfillmentStatus", "paymentStatus", "shippingInfo.shippingRegion", "totals.total",
            "totals.tax", "buyerInfo.contactId", "buyerInfo.email"} <= set(
        tables["salesorder"]["unmapped"])
    assert {"orderNumber", "productId", "variantId", "sku", "totalPrice"} <= set(
        tables["salesorderdetail"]["unmapped"])
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "contact": {},
        "product": {"transactioncurrencyid": ("transactioncurrency", "price.currency"),
                    "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        "salesorder": {"transactioncurrencyid": ("transactioncurrency", "currency"),
                       "customerid": ("account", None), "pricelevelid": ("pricelevel", None)},
        "salesorderdetail": {"salesorderid": ("salesorder", "orderId"), "uomid": ("uom", None)}}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("coupons", "unknown"), ("labels", "custom_field")]

    for kind in ("quarantine", "skipped", "failed", "flags", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    contacts = _staged(run_dir, "contact")
    assert contacts.select(
        ["firstname", "lastname", "jobtitle", "birthdate", "overriddencreatedon",
         "donotbulkemail", "address1_line1", "address1_line2", "address1_city",
         "address1_stateorprovince", "address1_postalcode", "address1_country",
         "address2_line1", "address2_city", "address2_stateorprovince",
         "address2_postalcode", "address2_country"]).rows() == [
        ("Some", "One", "Developer", "1980-12-01T00:00:00Z", "2019-10-30T17:22:10Z", False,
         "1772  Fantages Way", "Apt 17", "Richmond", "US-ME", "04357", "US", "Wingate",
         "Richmond", "US-ME", "04357", "US"),
        ("Some", "One", "QA engineer", "1980-12-01T00:00:00Z", "2019-10-30T17:48:10Z", None,
         "19 E Cir Dr", None, "Athens", "US-OH", "45701", "US", "W Union St", "Athens",
         "US-OH", "45701", "US")]
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    assert all(p and p.isdigit() for p in contacts["telephone1"].to_list())
    assert all(x and x.startswith("the code") for x in contacts["address2_line2"].to_list())

    products = _staged(run_dir, "product")
    assert products.select(["name", "price", "quantityonhand", "stockweight",
                            "quantitydecimal"]).rows() == [
        ("T-shirt", 10.5, None, None, 2), ("Colombian Arabica", 35.0, None, None, 2),
        ("Indonesian Blend (no variants)", 35.0, None, 0.0, 2),
        ("Ethiopian Yirgacheffe", 36.0, 0.0, 0.0, 2), ("Indonesian Blend", 35.0, None, None, 2),
        ("Brazilian Arabica", 35.0, None, None, 2), ("T-Shirt", 10.0, 300.0, None, 2),
        ("Digital product", 20.0, None, 0.0, 2), ("T-shirt", 12.5, None, None, 2)]
    assert all(n and n.isdigit() and len(n) == 16 for n in products["productnumber"].to_list())
    assert products["productnumber"].n_unique() == 9
    assert all('"isocurrencycode": "USD"' in r
               for r in products["__ref__transactioncurrencyid"].to_list())

    orders = _staged(run_dir, "salesorder")
    assert "totalamount" not in orders.columns and "statecode" not in orders.columns
    assert orders.select(
        ["name", "ordernumber", "overriddencreatedon", "freightamount", "discountamount",
         "billto_line1", "billto_line2", "billto_city", "billto_stateorprovince",
         "billto_postalcode", "billto_country", "shipto_line1", "shipto_line2", "shipto_city",
         "shipto_stateorprovince", "shipto_postalcode", "shipto_country"]).rows() == [
        ("10096", "10096", "2020-03-18T16:47:59Z", 3.0, 1.0, None, None, "New York", None,
         "92544", "US", None, None, "New York", None, "92544", "US"),
        ("10012", "10012", "2023-03-07T10:24:03Z", 10.0, 10.0, "525 5th Avenue", None,
         "New York", "US-NY", "10173", "US", "525 5th Avenue", None, "New York", "US-NY",
         "10173", "US"),
        ("10108", "10108", "2021-05-25T13:51:01Z", 2.0, 10.81, "235 West 23rd Street",
         "3rd floor", "New York", "US-NY", "10011", "US", "235 West 23rd Street",
         "3rd floor", "New York", "US-NY", "10011", "US")]
    assert all(p and p.replace(" ", "").lstrip("+").isdigit()
               for p in orders["billto_telephone"].to_list())
    assert all('"isocurrencycode": "USD"' in r
               for r in orders["__ref__transactioncurrencyid"].to_list())
    assert orders["__via__customerid_account"].to_list() == ["existing"] * 3
    assert all(BUYERS in r for r in orders["__ref__customerid_account"].to_list())
    assert all(PRICES in r for r in orders["__ref__pricelevelid"].to_list())

    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "isproductoverridden", "priceperunit",
                         "quantity", "manualdiscountamount", "tax"]).rows() == [
        ("my product", True, 5.0, 2.0, 1.0, 1.0), ("Shoe", True, 85.0, 1.0, 0.0, 0.0),
        ("Watch", True, 35.0, 1.0, 0.0, 0.0), ("Shirt", True, 10.0, 1.0, 10.0, 0.0),
        ("Indonesian Blend", True, 35.0, 2.0, 3.5, 2.66),
        ("Brazilian Arabica", True, 48.75, 3.0, 7.31, 5.56)]
    ids = orders["__source_id"].to_list()
    assert lines["__ref__salesorderid"].to_list() == [ids[0]] + [ids[1]] * 3 + [ids[2]] * 2

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"transactioncurrencyid", "defaultuomid",
                                                      "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"transactioncurrencyid", "customerid",
                                                        "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
