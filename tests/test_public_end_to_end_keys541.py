"""keys541's public export runs end to end from its parameters file, decisions only
(issue 13): Drip, its own records -- the example records of Drip's REST API reference
(DripEmail/api-docs at 6f937b31, Apache-2.0): 1 subscriber (John Doe), the shop's own Drip
account, 1 user, 1 e-mail series campaign ('SEO Email Course'), 1 broadcast ('4 Marketing
Automation Trends for 2015'), 1 workflow ('Main Funnel'), 1 product ('The Coolest Water
Bottle'), 1 order ('Order_123456') with its item (a canoe) and 29 subscriber events --
headed by the API's field names ('custom_fields.shirt_size', 'billing_address.city',
'links.subscriber'), in English (tests/data/exports/drip-export-en; SOURCE.md), on the
branch-point engine 2c989695 (session 65, round Z40). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit, the price list 'Drip prices' and the
account 'Drip unassigned' for orders whose buyer is not in the export.

The subscriber loads as a contact keyed by Drip's id (name, e-mail, postal address, phone
and SMS number, creation date, its subscription 'active' as Bulk Email allowed). The product
loads keyed by product_id (name, SKU, price in US dollars, stock, page) on the org's default
unit group. The order loads as a sales order keyed by id: its number as name and order
number, when it was placed, bill-to and ship-to addresses, discount and fees (cents / 100),
in US dollars, on the org's price list and unassigned account, closed as Fulfilled; its item
as a write-in order line (the canoe: unit price, tax, discount in cents / 100). The broadcast
and the campaign load as two campaigns (each keyed by its own file's id: both are 123456).
Nothing held back, skipped, failed or cleared; no owner queued; verification finds no column
differing.

The parameters decide: the keys, no owner column (the export names no one: the fallback
owner), the shop's own Drip account left out (a measured file miss: read as an account), the
broadcasts as campaigns (a measured file miss: read as templates), the subscriber's 'status'
as Bulk Email and not the record's status, the referrer not as a web site, the order's
identifier as its name and number, occurred_at as its submit date, the discount in cents and
not a percentage (four measured misses), the fees as freight, Fulfilled for a fulfilled
order, the ship-to second line's text 'null' left out, the order line's write-in fields,
the campaign and broadcast statuses, the links (the buyer 5555555 is not in the export: the
org's unassigned account), and a quarantine gate of 0%.

What is NOT read (left unmapped): the subscriber's tags, custom field, lead scores, lifetime
value, consent flags, time zone and tracking data, its shop id (user_id; not an owner), the
product's brand, categories, variant and image, the order's amount and tax (read-only
totals), its payment state, companies and e-mails on the addresses, links.subscriber (no
such subscriber), the line's product ids (the product is not the one exported); accounts.csv
(not a customer), users.csv (matched to Dynamics users, not created), workflows.csv (a
workflow: rebuild in Power Automate), events.csv (activities this run does not load).
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

NAME = "drip-export-en"
PRICES = "Drip prices"
UNASSIGNED = "Drip unassigned"
CONTACT = {"emailaddress1": "email", "firstname": "first_name", "lastname": "last_name",
           "address1_line1": "address1", "address1_line2": "address2",
           "address1_city": "city", "address1_stateorprovince": "state",
           "address1_postalcode": "zip", "address1_country": "country",
           "telephone1": "phone", "mobilephone": "sms_number",
           "overriddencreatedon": "created_at", "donotbulkemail": "status"}
PRODUCT = {"productnumber": "sku", "name": "name", "price": "price",
           "quantityonhand": "inventory", "producturl": "product_url", "quantitydecimal": None}
ORDER = {**{f"billto_{c}": f"billing_address.{s}" for c, s in (
             ("name", "name"), ("line1", "address_1"), ("line2", "address_2"),
             ("city", "city"), ("stateorprovince", "state"), ("postalcode", "zip"),
             ("country", "country"), ("telephone", "phone"))},
         **{f"shipto_{c}": f"shipping_address.{s}" for c, s in (
             ("name", "name"), ("line1", "address_1"), ("city", "city"),
             ("stateorprovince", "state"), ("postalcode", "zip"), ("country", "country"),
             ("telephone", "phone"))},
         "discountamount": "discount", "freightamount": "fees", "statuscode": "fulfillment_state",
         "name": "identifier", "ordernumber": "identifier", "submitdate": "occurred_at"}
LINE = {"salesorderdetailname": "name", "productdescription": "name", "quantity": "quantity",
        "isproductoverridden": None, "priceperunit": "price", "tax": "tax",
        "manualdiscountamount": "discount"}
BROADCAST = {"name": "name", "proposedstart": "send_at", "overriddencreatedon": "created_at",
             "message": "subject", "description": "html_body", "statuscode": "status"}
CAMPAIGN = {"statecode": "status", "name": "name", "overriddencreatedon": "created_at"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the account for orders whose buyer is not in the export."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


@pytest.mark.public
def test_drip_subscriber_product_order_line_and_campaigns_load(
        runs: Callable[[str], Path]) -> None:
    """The subscriber as a contact, the product in US dollars, the order on the org's
    account closed as Fulfilled with its write-in line, the broadcast and the campaign as
    campaigns; the Drip account, user, workflow and events stay out; nothing differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "contact": ("subscribers", 1, 1, 0, 0, 0, 0, 0, 0),
        "product": ("products", 1, 1, 0, 0, 0, 0, 0, 0),
        "campaign": ("broadcasts", 1, 1, 0, 0, 0, 0, 0, 0),
        "campaign_2": ("campaigns", 1, 1, 0, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 1, 1, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("order_items", 1, 1, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert not any(o.get("cleared_fields") for o in objs.values())
    assert objs["salesorder"]["closed_as"] == {"Fulfilled": 1}
    # the line's product (765432) is not the product exported: a write-in line
    assert objs["salesorderdetail"]["links_left"] == {"productid": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "subscribers": ("contact", {"contact": 1}, True),
        "accounts": ("unknown", {}, False),
        "users": ("user", {}, False),
        "campaigns": ("campaign", {"campaign_2": 1}, True),
        "broadcasts": ("campaign", {"campaign": 1}, True),
        "workflows": ("workflow", {}, False),
        "products": ("product", {"product": 1}, True),
        "orders": ("order", {"salesorder": 1}, True),
        "order_items": ("order_line", {"salesorderdetail": 1}, True),
        "events": ("activity", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")
    assert files["workflows"]["reason"].startswith("not migrated: rebuild in Power Automate")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {(t["target"], t["source"]): t for t in mapping["tables"]}
    assert set(tables) == {("contact", "subscribers"), ("product", "products"),
                           ("campaign", "broadcasts"), ("campaign", "campaigns"),
                           ("salesorder", "orders"), ("salesorderdetail", "order_items")}
    for target, source, columns, key in (
            ("contact", "subscribers", CONTACT, "key(id)"),
            ("product", "products", PRODUCT, "key(product_id)"),
            ("salesorder", "orders", ORDER, "key(id)"),
            ("salesorderdetail", "order_items", LINE, "key(order_id+id)"),
            ("campaign", "broadcasts", BROADCAST, "key(id)"),
            ("campaign", "campaigns", CAMPAIGN, "id")):
        table = tables[(target, source)]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, source
        assert table["source_key"] == key, source
        assert not table.get("owner")                    # the export names no owner
    divided = {(t[0], c["target"]) for t in tables for c in tables[t]["columns"]
               if c.get("divide_by")}
    assert divided == {("salesorder", "discountamount"), ("salesorder", "freightamount"),
                       ("salesorderdetail", "priceperunit"), ("salesorderdetail", "tax"),
                       ("salesorderdetail", "manualdiscountamount")}
    assert {c["divide_by"] for t in tables.values() for c in t["columns"]
            if c.get("divide_by")} == {100}
    assert {"tags", "custom_fields.shirt_size", "lead_score", "lifetime_value",
            "original_referrer", "user_id", "time_zone", "eu_consent"} <= set(
        tables[("contact", "subscribers")]["unmapped"])
    assert {"amount", "tax", "financial_state", "links.subscriber",
            "billing_address.email"} <= set(tables[("salesorder", "orders")]["unmapped"])
    assert "shipping_address.address_2" not in {
        c["source"] for c in tables[("salesorder", "orders")]["columns"]}
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        ("contact", "subscribers"): {},
        ("product", "products"): {
            "transactioncurrencyid": ("transactioncurrency", "currency"),
            "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        ("salesorder", "orders"): {
            "transactioncurrencyid": ("transactioncurrency", "currency_code"),
            "customerid": ("account", None), "pricelevelid": ("pricelevel", None)},
        ("salesorderdetail", "order_items"): {"salesorderid": ("salesorder", "order_id"),
                                              "uomid": ("uom", None)},
        ("campaign", "broadcasts"): {}, ("campaign", "campaigns"): {}}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("accounts", "unknown"), ("events", "activity"), ("users", "user"),
        ("workflows", "workflow")]

    for kind in ("quarantine", "skipped", "failed", "flags", "cleared"):
        folder = run_dir / kind
        for path in folder.glob("*.csv") if folder.exists() else []:
            assert pl.read_csv(path, infer_schema=False).height == 0, (kind, path.name)

    contact = _staged(run_dir, "contact")
    assert contact.select(
        ["firstname", "lastname", "address1_city", "address1_stateorprovince",
         "address1_postalcode", "address1_country", "overriddencreatedon",
         "donotbulkemail"]).rows() == [
        ("John", "Doe", "Los Angeles", "CA", "90210", "US", "2013-06-21T10:31:58Z", False)]
    assert "@" in contact["emailaddress1"][0]
    assert contact["mobilephone"][0].startswith("+")

    product = _staged(run_dir, "product")
    assert product.select(["name", "productnumber", "price", "quantityonhand",
                           "quantitydecimal"]).rows() == [
        ("The Coolest Water Bottle", "XHB-1234", 11.16, 42.0, 2)]
    assert product["producturl"][0].startswith("https://")
    assert '"isocurrencycode": "USD"' in product["__ref__transactioncurrencyid"][0]

    order = _staged(run_dir, "salesorder")
    assert "shipto_line2" not in order.columns and "totalamount" not in order.columns
    assert order.select(["name", "ordernumber", "submitdate", "statuscode", "discountamount",
                         "freightamount", "billto_city", "shipto_city", "billto_line2",
                         "shipto_country"]).rows() == [
        ("Order_123456", "Order_123456", "2013-06-21T10:31:58Z", 100001, 0.0, 0.0,
         "Billtown", "Shipville", "Apt. B", "United States")]
    assert '"isocurrencycode": "USD"' in order["__ref__transactioncurrencyid"][0]
    assert order["__via__customerid_account"].to_list() == ["existing"]
    assert UNASSIGNED in order["__ref__customerid_account"][0]
    assert PRICES in order["__ref__pricelevelid"][0]

    line = _staged(run_dir, "salesorderdetail")
    assert line.select(["productdescription", "salesorderdetailname", "isproductoverridden",
                        "quantity", "priceperunit", "tax", "manualdiscountamount"]).rows() == [
        ("Canoe", "Canoe", True, 1.0, 49.0, 1.0, 1.0)]
    assert line["__ref__salesorderid"].to_list() == [order["__source_id"][0]]

    assert _staged(run_dir, "campaign").select(list(BROADCAST)).rows() == [
        ("4 Marketing Automation Trends for 2015", "2015-07-01T10:00:00Z",
         "2015-06-21T10:31:58Z", "4 Marketing Automation Trends for 2015", "HTML body", 3)]
    assert _staged(run_dir, "campaign_2").select(list(CAMPAIGN)).rows() == [
        (0, "SEO Email Course", "2013-06-21T10:31:58Z")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"transactioncurrencyid", "defaultuomid",
                                                       "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"transactioncurrencyid", "customerid",
                                                        "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert set(verified["campaign"]) == set(BROADCAST)
    assert set(verified["campaign_2"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
