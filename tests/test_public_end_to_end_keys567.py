"""keys567's public export runs end to end from its parameters file, decisions only
(issue 13): Yotpo, its own records -- the Yotpo API responses that Yotpo's own Ruby API
connector (YotpoLtd/yotpo-ruby at a2e4bd2e, MIT) recorded for its specs: 8 reviews (a
shop's lens kit, a camera, test products), 5 purchases (the one product a buyer bought in
an order, sent in for a review request: 'ttt' twice, 'Test Product' twice, 'Unicorn'), 4
products of the Core API v3 (the site-reviews pseudo-product, 'New Product', 'Product 1',
the discontinued 'Shirt') and 1 v3 order ('An edited order') -- headed by the API's field
names ('user_email', 'external_id', 'customer.external_id', 'user.display_name'), in
English (tests/data/exports/yotpo-export-en; SOURCE.md), on the branch-point engine
df5dbcc6 (session 66, round Z44). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the default unit
group and unit, the price list 'Yotpo prices' and the account 'Yotpo unassigned' for orders
whose customer is not in the export.

The products load as products keyed by Yotpo's yotpo_id: name, description, page, price,
units in stock, creation time, the shop's own product id as the product number, whole
units, on the org's default unit group and unit, in US dollars where they name a currency
(two of four; the other two have no price), the discontinued 'Shirt' closed as Retired.
The purchases load as sales orders keyed by Yotpo's id: the shop's order number, the
product bought as the order's name and its description, order date, delivery date as the
date fulfilled, when the shop sent it in; the v3 order loads as a sales order keyed by
yotpo_id: its name, the shop's order number (external_id), order date, creation time. Every
order is on the org's price list and unassigned account. Nothing held back, skipped, failed
or cleared; no owner queued; verification finds no column differing.

The parameters decide: the keys (id, yotpo_id), no owner column (the buyer's e-mail, a
measured miss read as the owner, is a shopper, not a user: the fallback owner), the
product's number (external_id: every product has one, the SKU only two), whole units, the
product's state from is_discontinued (false Active, true Retired), the purchase's
description and its delivery date as the date fulfilled (not the requested delivery date),
the v3 order's number from external_id (a measured miss), the links (the export holds no
customers: the org's unassigned account, for the measured misses user_email and
customer.external_id; the price list; the default unit group and unit), and a quarantine
gate of 0%.

What is NOT read (left unmapped): the products' updated_at, image, compare-at price, store,
URL check, SKU and status (is_discontinued decides the state); the purchases' buyer e-mail
and name (no customer file), the product's SKU, page and image; the order's source, store,
updated_at and customer.external_id (no customer file); reviews.csv (product reviews: no
Sales table).
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
    default_units,
    inventory_files,
    objects,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "yotpo-export-en"
PRICES = "Yotpo prices"
UNASSIGNED = "Yotpo unassigned"
PRODUCT = {"overriddencreatedon": "created_at", "name": "name", "description": "description",
           "producturl": "url", "price": "price", "quantityonhand": "inventory_quantity",
           "productnumber": "external_id", "quantitydecimal": None,
           "statuscode": "is_discontinued"}
PURCHASE = {"ordernumber": "order_id", "name": "product_name", "submitdate": "order_date",
            "overriddencreatedon": "created_at", "datefulfilled": "delivery_date",
            "description": "product_description"}
ORDER = {"submitdate": "order_date", "name": "order_name", "overriddencreatedon": "created_at",
         "ordernumber": "external_id"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the account for orders whose customer is not in the export."""
    default_units(client)
    client.create("pricelevels", {"name": PRICES})
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


@pytest.mark.public
def test_yotpo_products_purchases_and_order_load(runs: Callable[[str], Path]) -> None:
    """The products (the discontinued one Retired, prices in US dollars), the purchases and
    the v3 order as sales orders on the org's account and price list; reviews stay out;
    nothing held back, cleared or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "product": ("products", 4, 4, 0, 0, 0, 0, 0, 0),
        "salesorder": ("purchases", 5, 5, 0, 0, 0, 0, 0, 0),
        "salesorder_2": ("orders", 1, 1, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert objs["product"]["closed_as"] == {"Retired": 1}
    assert not objs["salesorder"]["closed"] and not objs["salesorder_2"]["closed"]
    assert not any(o.get("cleared_fields") or o.get("links_left") for o in objs.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "reviews": ("unknown", {}, False),
        "purchases": ("order", {"salesorder": 5}, True),
        "products": ("product", {"product": 4}, True),
        "orders": ("order", {"salesorder_2": 1}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {(t["target"], t["source"]): t for t in mapping["tables"]}
    assert set(tables) == {("product", "products"), ("salesorder", "purchases"),
                           ("salesorder", "orders")}
    for target, source, columns, key in (
            ("product", "products", PRODUCT, "key(yotpo_id)"),
            ("salesorder", "purchases", PURCHASE, "key(id)"),
            ("salesorder", "orders", ORDER, "key(yotpo_id)")):
        table = tables[(target, source)]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, source
        assert table["source_key"] == key, source
        assert not table.get("owner")       # the buyer's e-mail is no owner (decided)
    assert set(tables[("product", "products")]["unmapped"]) == {
        "yotpo_id", "updated_at", "image_url", "compare_at_price", "store_id",
        "is_valid_url_format", "sku", "status"}
    assert set(tables[("salesorder", "purchases")]["unmapped"]) == {
        "id", "user_name", "product_sku", "product_url", "product_image", "user_email"}
    assert set(tables[("salesorder", "orders")]["unmapped"]) == {
        "source", "customer.external_id", "yotpo_id", "updated_at", "store_id"}
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        ("product", "products"): {
            "transactioncurrencyid": ("transactioncurrency", "currency"),
            "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        ("salesorder", "purchases"): {"customerid": ("account", None),
                                      "pricelevelid": ("pricelevel", None)},
        ("salesorder", "orders"): {"customerid": ("account", None),
                                   "pricelevelid": ("pricelevel", None)}}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("reviews", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared", "flags", "unresolved_links"):
        folder = run_dir / kind
        for path in folder.glob("*.csv") if folder.exists() else []:
            assert pl.read_csv(path, infer_schema=False).height == 0, (kind, path.name)

    product = _staged(run_dir, "product")
    assert product.select(["name", "description", "producturl", "price", "quantityonhand",
                           "productnumber", "quantitydecimal", "statuscode",
                           "overriddencreatedon"]).rows() == [
        ("http://spokestage.info", None, "http://spokestage.info", None, None,
         "yotpo_site_reviews", 0, 1, "2022-10-06T18:59:16Z"),
        ("New Product", "A description", None, None, None, "33", 0, 1, "2022-10-10T18:26:09Z"),
        ("Product 1", "A wonderful widget", "http://localhost:3000/store/product-1", 999.0,
         10.0, "1", 0, 1, "2022-10-10T18:48:00Z"),
        ("Shirt", "A shirt", "https://www.example.com/shirt", 23.0, 0.0, "10000", 0, 2,
         "2022-10-13T18:05:29Z")]
    # the two priced products in US dollars by their ISO code, the others name no currency
    refs = product["__ref__transactioncurrencyid"].to_list()
    assert refs[:2] == [None, None]
    assert all('"isocurrencycode": "USD"' in r for r in refs[2:])
    assert product["__via__defaultuomid"].to_list() == ["existing"] * 4
    assert product["__via__defaultuomscheduleid"].to_list() == ["existing"] * 4

    purchase = _staged(run_dir, "salesorder")
    assert purchase.select(["ordernumber", "name", "submitdate", "datefulfilled",
                            "overriddencreatedon"]).rows() == [
        ("100", "ttt", "2013-05-06T16:45:40Z", "2013-05-19T21:00:00Z", "2013-05-20T16:45:40Z"),
        ("1000", "ttt", "2013-05-06T16:46:04Z", "2013-05-19T21:00:00Z",
         "2013-05-20T16:46:04Z"),
        ("160552576", "Test Product", "2013-03-20T00:00:00Z", None, "2014-10-26T16:35:48Z"),
        ("160556488", "Test Product", "2013-03-20T00:00:00Z", None, "2014-10-26T16:35:48Z"),
        ("314174877", "Unicorn", "2014-08-03T00:00:00Z", None, "2014-10-26T16:35:48Z")]
    # the description as written, its trailing spaces trimmed
    assert purchase["description"].to_list()[::2] == [
        "lalalala", "sd asdl; akjsd;l kadsl; kas;ldk a;lsdk ;laskd ;laskd;l kasd", "A Unicorn"]
    order = _staged(run_dir, "salesorder_2")
    assert order.select(list(ORDER)).rows() == [
        ("2022-10-21T15:49:47Z", "An edited order", "2022-10-21T16:08:00Z", "1000")]
    # a further file of sales orders: its source ids carry its file's name
    assert order["__source_id"].str.starts_with("orders:").to_list() == [True]
    assert not any(i.startswith("orders:") for i in purchase["__source_id"])
    for frame in (purchase, order):
        assert frame["__via__customerid_account"].to_list() == ["existing"] * frame.height
        assert all(UNASSIGNED in r for r in frame["__ref__customerid_account"])
        assert all(PRICES in r for r in frame["__ref__pricelevelid"])

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["product"]) == set(PRODUCT) | {
        "transactioncurrencyid", "defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(PURCHASE) | {"customerid", "pricelevelid"}
    assert set(verified["salesorder_2"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert not any(v for table in verified.values() for v in table.values())
