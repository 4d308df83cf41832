"""keys531's public export runs end to end from its parameters file, decisions only
(issue 13): Omnisend, its own fixed records -- the Omnisend REST API v3 responses of a
development account that the MIT PHP SDK LucianoVandi/OmnisendSDK keeps as its tests'
fixtures (74c04f29): 3 contacts, 2 catalogue categories, 11 products (an Italian health-food
shop's flakes, pasta and cakes, and a test product) each with one variant, 1 order (number
1234, in euros, in fulfilment) with its one product line, 1 draft campaign -- headed by the
API's field names ('shippingAddress.city', 'customProperties.punti_natura', 'orderSum'),
amounts in cents, in English (tests/data/exports/omnisend-export-en; SOURCE.md), on the
branch-point engine 11ccb0bc (session 64, round Z38). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit and the price list 'Omnisend prices';
the parameters add the euro beside the org's base currency (rehearsal only).

The contacts load as contacts keyed by Omnisend's contact id: e-mail, first name, last name
(the e-mail address where the contact has none: Dynamics requires one), creation date, and
the e-mail subscription as 'do not allow bulk e-mails' (all three unsubscribed or never
subscribed: yes). The variants load as products keyed by variant id: name, SKU as product
number, price in euros (cents divided by 100), page URL, on the org's default unit group and
unit and in the org's euro. The order loads as a sales order keyed by order id: its number
as name and number, the ship-to street, city, postal code and country, the discount (5.00)
and shipping (4.00) in euros, creation date, 'inProgress' as In Progress (closed as
Submitted); its buyer is the exported contact (contactID), its currency the org's euro (by
ISO code 'EUR'), its price list the org's. The line loads as a write-in order line of its
order (by orderID): name, unit price 46.00, quantity, discount 0. The campaign loads as a
campaign: name, subject as its message, creation date, draft as Proposed, a standard e-mail
as Direct Marketing. Nothing held back, skipped or failed; no owner queued; verification
finds no column differing.

The parameters decide: the product rows as no record to load (the variants, of the same ids
and names, carry the SKU and price: the proposal had kept the product rows and left the
variants out as their copy, a measured miss), the keys, no owner column, the contact's
subscription as the bulk e-mail flag and not its status (a measured miss), the last name's
stand-in, the variants' name, number and price, no product status (availability), the
order's name and number, its discount and shipping from their sums (measured misses), no
shipping method ('Express' is none of Dynamics'), the order's status, the write-in line,
the campaign's status and type, every amount divided by 100, the links (the buyer, the
price list, the line's order, the units, the products' euro), the euro's rate, and a
quarantine gate of 0%.

What is NOT read (left unmapped): a contact's sending figures, tags, segments and the shop's
own properties (inactive flag, loyalty points and their value); a variant's product id (not
loaded), old price, image and availability; an order's e-mail (the buyer is linked), cart,
tracking code, courier, URLs, source, totals (left to Dynamics), tax, payment method and
status, ship-to names and country code, coupon, discount type and value, shipping method
and the depersonalized flag; a line's product, variant and SKU ids (the product 12345 is not
exported), weight, brand and categories; a campaign's sender name, figures, audience flag
and segments; products.csv and categories.csv (not loaded).
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

NAME = "omnisend-export-en"
PRICES = "Omnisend prices"
CONTACT = {"emailaddress1": "email", "overriddencreatedon": "createdAt",
           "firstname": "firstName", "lastname": "lastName", "donotbulkemail": "status"}
PRODUCT = {"producturl": "productUrl", "name": "title", "price": "price",
           "productnumber": "sku", "quantitydecimal": None}
ORDER = {"overriddencreatedon": "createdAt", "shipto_country": "shippingAddress.country",
         "shipto_city": "shippingAddress.city", "shipto_line1": "shippingAddress.address",
         "shipto_postalcode": "shippingAddress.postalCode", "discountamount": "discountSum",
         "freightamount": "shippingSum", "name": "orderNumber", "ordernumber": "orderNumber",
         "statuscode": "fulfillmentStatus"}
LINE = {"salesorderdetailname": "title", "productdescription": "title", "quantity": "quantity",
        "priceperunit": "price", "manualdiscountamount": "discount",
        "isproductoverridden": None}
CAMPAIGN = {"name": "name", "message": "subject", "overriddencreatedon": "createdAt",
            "statuscode": "status", "typecode": "type"}


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


@pytest.mark.public
def test_omnisend_contacts_variants_order_line_and_campaign_load(
        runs: Callable[[str], Path]) -> None:
    """Contacts with their subscription, variants as products in euros, the order of its
    buyer closed as Submitted with its write-in line, the draft campaign; amounts in cents
    divided by 100."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 0, 0),
        "product": ("product_variants", 11, 11, 0, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 1, 1, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order_products", 1, 1, 0, 0, 0, 0, 0, 0),
        "campaign": ("campaigns", 1, 1, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert not any(o.get("cleared_fields") for o in objs.values())
    assert objs["salesorder"]["closed_as"] == {"Submitted": 1}
    # the variants' products (the same ids) are not loaded; the line's product not exported
    assert objs["product"]["links_left"] == {"parentproductid": 11}
    assert objs["salesorderdetail"]["links_left"] == {"productid": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 3}, True),
        "categories": ("unknown", {}, False),
        "products": ("unknown", {}, False),
        "product_variants": ("product", {"product": 11}, True),
        "orders": ("order", {"salesorder": 1}, True),
        "order_products": ("order_line", {"salesorderdetail": 1}, True),
        "campaigns": ("campaign", {"campaign": 1}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder", "salesorderdetail", "campaign"}
    for target, columns, key in (
            ("contact", CONTACT, "key(contactID)"), ("product", PRODUCT, "key(variantID)"),
            ("salesorder", ORDER, "key(orderID)"),
            ("salesorderdetail", LINE, "key(orderID+variantID)"),
            ("campaign", CAMPAIGN, "key(campaignID)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert table["source_key"] == key
        assert not table.get("owner")                    # the export names no owner
    divided = {(t, c["target"]) for t in tables for c in tables[t]["columns"]
               if c.get("divide_by")}
    assert divided == {("product", "price"), ("salesorder", "discountamount"),
                       ("salesorder", "freightamount"), ("salesorderdetail", "priceperunit"),
                       ("salesorderdetail", "manualdiscountamount")}
    assert {c["divide_by"] for t in tables.values() for c in t["columns"]
            if c.get("divide_by")} == {100}
    assert {"sent", "opened", "clicked", "tags", "segments", "customProperties.inattivo",
            "customProperties.punti_natura", "customProperties.punti_natura_valore"} <= set(
        tables["contact"]["unmapped"])
    assert {"oldPrice", "imageID", "status", "productID"} <= set(tables["product"]["unmapped"])
    assert {"email", "orderSum", "taxSum", "paymentStatus", "discountValue",
            "shippingMethod", "courierTitle", "trackingCode"} <= set(
        tables["salesorder"]["unmapped"])
    assert {"productID", "variantID", "sku", "vendor"} <= set(
        tables["salesorderdetail"]["unmapped"])
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "contact": {},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None),
                    "transactioncurrencyid": ("transactioncurrency", None)},
        "salesorder": {"transactioncurrencyid": ("transactioncurrency", "currency"),
                       "customerid": ("contact", "contactID"),
                       "pricelevelid": ("pricelevel", None)},
        "salesorderdetail": {"salesorderid": ("salesorder", "orderID"),
                             "uomid": ("uom", None)},
        "campaign": {}}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("categories", "unknown"), ("products", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "flags", "cleared"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    contacts = _staged(run_dir, "contact")
    # a developer's own test contacts: their names and addresses checked by shape only
    assert contacts.select(["overriddencreatedon", "donotbulkemail"]).rows() == [
        ("2021-11-29T09:02:17Z", True), ("2022-02-22T11:38:33Z", True),
        ("2022-12-19T21:57:44Z", True)]
    assert all(f and "@" not in f for f in contacts["firstname"].to_list())
    emails = contacts["emailaddress1"].to_list()
    assert all("@" in e for e in emails)
    # the last name: the contact's own where it has one, else its e-mail address
    last = contacts["lastname"].to_list()
    assert "@" not in last[1] and last[0] == emails[0] and last[2] == emails[2]

    products = _staged(run_dir, "product")
    assert products.height == 11
    assert products.select(["name", "productnumber", "price", "quantitydecimal"]).rows()[:3] == [
        ("AltriCereali - Amaranto Flakes Bio", "V0026615", 4.03, 2),
        ("AltriCereali - Quinoa Flakes  Bio", "V0026616", 4.87, 2),
        ("AltriCereali - Saraceno Flakes Bio", "V0026617", 3.98, 2)]
    assert products.select(["name", "productnumber", "price"]).rows()[-1] == (
        "Red", "9788488428111", 10.0)
    assert all(u.startswith("https://") for u in products["producturl"].to_list()[:10])
    assert set(products["__via__transactioncurrencyid"].to_list()) == {"existing"}
    assert all('"isocurrencycode": "EUR"' in r
               for r in products["__ref__transactioncurrencyid"].to_list())

    orders = _staged(run_dir, "salesorder")
    assert "totalamount" not in orders.columns
    assert orders.select(
        ["name", "ordernumber", "statuscode", "discountamount", "freightamount",
         "overriddencreatedon", "shipto_city", "shipto_postalcode", "shipto_country"]).rows() == [
        ("1234", "1234", 3, 5.0, 4.0, "2023-01-03T09:08:26Z", "Cesena", "47433", "Italy")]
    assert orders["shipto_line1"][0]
    assert orders["__via__transactioncurrencyid"].to_list() == ["existing"]
    assert '"isocurrencycode": "EUR"' in orders["__ref__transactioncurrencyid"][0]
    # the buyer: the third contact, by its Omnisend contact id
    assert orders["__via__customerid_contact"].to_list() == ["id"]
    assert orders["__ref__customerid_contact"].to_list() == [contacts["__source_id"][2]]
    assert PRICES in orders["__ref__pricelevelid"][0]

    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "salesorderdetailname", "isproductoverridden",
                         "priceperunit", "quantity", "manualdiscountamount"]).rows() == [
        ("Test Product", "Test Product", True, 46.0, 1.0, 0.0)]
    assert lines["__ref__salesorderid"].to_list() == [orders["__source_id"][0]]

    assert _staged(run_dir, "campaign").select(
        ["name", "message", "overriddencreatedon", "statuscode", "typecode"]).rows() == [
        ("My first email campaign", "My first email campaign", "2023-01-04T13:52:18Z", 0, 2)]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid",
                                                       "transactioncurrencyid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"transactioncurrencyid", "customerid",
                                                        "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
