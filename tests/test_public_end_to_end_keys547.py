"""keys547's public export runs end to end from its parameters file, decisions only
(issue 13): ConvertKit (now Kit), its own records -- the example records of ConvertKit's API
v3 reference (ConvertKit/developers-documentation at 6ca918ea, Apache-2.0): 2 subscribers
(Jon Snow, Arya Stark), 2 tags, 2 custom field definitions, 2 forms, 2 sequences, 3
broadcasts (the first with its send stats), 3 purchases (two in Japanese yen, one in US
dollars) and their 6 products -- headed by the API's field names ('fields.last_name',
'stats.status', 'transaction_id'), in English (tests/data/exports/convertkit-export-en;
SOURCE.md), on the branch-point engine 3a01c1f8 (session 65, round Z41). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit, the price list 'ConvertKit prices' and
the account 'ConvertKit unassigned' for purchases whose buyer is not in the export.

The subscribers load as contacts keyed by ConvertKit's id (first name, e-mail, when they
subscribed, 'active' as Bulk Email allowed, the 'Last Name' custom field as the last name).
The broadcasts load as campaigns keyed by id (the subject as name, creation time, the
completed send as Completed; broadcast 3's creation time '2014-02-29...', a day February 2014
does not have, is cleared and reported, the record loads), the sequences as campaigns too
(name, creation time). The purchases load as sales orders keyed by id: the shop's
transaction id as name and order number, when made, shipping as freight, the discount as an
amount, in yen or US dollars by their ISO code, on the org's price list and unassigned
account, closed as Fulfilled (paid); their products as write-in order lines keyed by
purchase and SKU (name, unit price, quantity), each linked to its purchase. Nothing held
back, skipped or failed; one field cleared (the impossible date); no owner queued;
verification finds no column differing.

The parameters decide: the keys, no owner column (the export names no one: the fallback
owner), sequences as campaigns, purchases as orders and purchase_products as order lines
(the three measured file misses), the subscriber's 'state' as Bulk Email and not the
record's state, 'fields.last_name' as the last name, the transaction id as name and number,
transaction_time as the submit date, shipping as freight and the line's purchase (measured
misses), the discount as an amount not a percentage, Fulfilled for a paid purchase, the
broadcast's subject as its name and its send status, the order line's write-in fields, the
links (the buyers are not among the subscribers: the org's unassigned account), the yen's
rate to the dollar, and a quarantine gate of 0%.

What is NOT read (left unmapped): the subscribers' ids; the broadcasts' send stats
(recipients, rates, clicks, unsubscribes, progress); the purchases' buyer e-mail (no such
subscriber), subtotal, tax and total (computed in Dynamics from the lines); the lines' SKU
(no product catalogue exported: write-in lines); tags.csv and forms.csv (unknown: no table)
and custom_fields.csv (definitions: none defines a column this run creates).
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

NAME = "convertkit-export-en"
PRICES = "ConvertKit prices"
UNASSIGNED = "ConvertKit unassigned"
CONTACT = {"firstname": "first_name", "emailaddress1": "email_address",
           "overriddencreatedon": "created_at", "donotbulkemail": "state",
           "lastname": "fields.last_name"}
BROADCAST = {"overriddencreatedon": "created_at", "name": "subject", "statuscode": "stats.status"}
SEQUENCE = {"name": "name", "overriddencreatedon": "created_at"}
ORDER = {"discountamount": "discount", "freightamount": "shipping", "name": "transaction_id",
         "ordernumber": "transaction_id", "statuscode": "status",
         "submitdate": "transaction_time"}
LINE = {"salesorderdetailname": "name", "isproductoverridden": None,
        "priceperunit": "unit_price", "productdescription": "name", "quantity": "quantity"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list the
    orders go on and the account for purchases whose buyer is not in the export."""
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
def test_convertkit_subscribers_campaigns_purchases_and_lines_load(
        runs: Callable[[str], Path]) -> None:
    """The subscribers as contacts, broadcasts and sequences as campaigns, the purchases in
    yen and dollars on the org's account closed as Fulfilled with their write-in lines; tags,
    forms and custom field definitions stay out; one impossible date cleared; nothing
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "contact": ("subscribers", 2, 2, 0, 0, 0, 0, 0, 0),
        "campaign": ("broadcasts", 3, 3, 0, 0, 0, 0, 1, 0),
        "campaign_2": ("sequences", 2, 2, 0, 0, 0, 0, 0, 0),
        "salesorder": ("purchases", 3, 3, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("purchase_products", 6, 6, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    assert objs["campaign"]["cleared_fields"] == {"overriddencreatedon": 1}
    assert not any(o.get("cleared_fields") for n, o in objs.items() if n != "campaign")
    assert objs["salesorder"]["closed_as"] == {"Fulfilled": 3}
    # no product catalogue is exported: write-in lines
    assert objs["salesorderdetail"]["links_left"] == {"productid": 6}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "subscribers": ("contact", {"contact": 2}, True),
        "tags": ("unknown", {}, False),
        "custom_fields": ("custom_field", {}, False),
        "forms": ("unknown", {}, False),
        "sequences": ("campaign", {"campaign_2": 2}, True),
        "broadcasts": ("campaign", {"campaign": 3}, True),
        "purchases": ("order", {"salesorder": 3}, True),
        "purchase_products": ("order_line", {"salesorderdetail": 6}, True)}
    assert files["custom_fields"]["reason"].startswith("not migrated: discovery took it for "
                                                       "custom field definitions")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {(t["target"], t["source"]): t for t in mapping["tables"]}
    assert set(tables) == {("contact", "subscribers"), ("campaign", "broadcasts"),
                           ("campaign", "sequences"), ("salesorder", "purchases"),
                           ("salesorderdetail", "purchase_products")}
    for target, source, columns, key in (
            ("contact", "subscribers", CONTACT, "key(id)"),
            ("campaign", "broadcasts", BROADCAST, "key(id)"),
            ("campaign", "sequences", SEQUENCE, "id"),
            ("salesorder", "purchases", ORDER, "key(id)"),
            ("salesorderdetail", "purchase_products", LINE, "key(purchase_id+sku)")):
        table = tables[(target, source)]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, source
        assert table["source_key"] == key, source
        assert not table.get("owner")                    # the export names no owner
    assert tables[("contact", "subscribers")]["unmapped"] == ["id"]
    assert {"stats.recipients", "stats.open_rate", "stats.click_rate", "stats.progress"} <= set(
        tables[("campaign", "broadcasts")]["unmapped"])
    assert set(tables[("salesorder", "purchases")]["unmapped"]) == {
        "id", "email_address", "subtotal", "tax", "total"}
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        ("contact", "subscribers"): {},
        ("campaign", "broadcasts"): {}, ("campaign", "sequences"): {},
        ("salesorder", "purchases"): {
            "transactioncurrencyid": ("transactioncurrency", "currency"),
            "customerid": ("account", None), "pricelevelid": ("pricelevel", None)},
        ("salesorderdetail", "purchase_products"): {
            "salesorderid": ("salesorder", "purchase_id"), "uomid": ("uom", None)}}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("custom_fields", "custom_field"), ("forms", "unknown"), ("tags", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "flags"):
        folder = run_dir / kind
        for path in folder.glob("*.csv") if folder.exists() else []:
            assert pl.read_csv(path, infer_schema=False).height == 0, (kind, path.name)
    cleared = pl.read_csv(run_dir / "cleared" / "campaign.csv", infer_schema=False)
    assert cleared.select(["file", "row", "column", "target", "value", "action"]).rows() == [
        ("broadcasts.csv", "3", "created_at", "overriddencreatedon",
         "2014-02-29T08:21:18.000Z", "field cleared")]

    contact = _staged(run_dir, "contact")
    assert contact.select(["firstname", "lastname", "overriddencreatedon",
                           "donotbulkemail"]).rows() == [
        ("Jon", "Snow", "2016-02-28T08:07:00Z", False),
        ("Arya", "Stark", "2016-02-28T08:07:00Z", False)]
    assert all("@" in e for e in contact["emailaddress1"])

    assert _staged(run_dir, "campaign").select(list(BROADCAST)).rows() == [
        ("2014-02-13T21:45:16Z", "Welcome to my Newsletter!", 3),
        ("2014-02-20T11:40:11Z", "Check out my latest blog posts!", None),
        (None, "How to get my free masterclass", None)]
    assert _staged(run_dir, "campaign_2").select(list(SEQUENCE)).rows() == [
        ("My First Sequence", "2016-02-28T08:07:00Z"),
        ("My Second Sequence", "2016-02-28T08:07:00Z")]

    order = _staged(run_dir, "salesorder")
    assert "totalamount" not in order.columns and "totaltax" not in order.columns
    # purchases 3 and 8 carry the same transaction id in the source: two orders, one name
    assert order.select(["name", "ordernumber", "submitdate", "statuscode", "discountamount",
                         "freightamount"]).rows() == [
        ("123-abcd-456-efgh", "123-abcd-456-efgh", "2018-03-17T11:28:04Z", 100001, 3.0, 2.0),
        ("123-abcd-457-efgh", "123-abcd-457-efgh", "2018-03-17T11:28:04Z", 100001, 3.0, 2.0),
        ("123-abcd-456-efgh", "123-abcd-456-efgh", "2018-03-17T11:28:04Z", 100001, 3.0, 2.0)]
    assert [('"isocurrencycode": "' + c + '"') in ref for c, ref in zip(
        ("JPY", "USD", "JPY"), order["__ref__transactioncurrencyid"], strict=True)] == [True] * 3
    assert order["__via__customerid_account"].to_list() == ["existing"] * 3
    assert all(UNASSIGNED in r for r in order["__ref__customerid_account"])
    assert all(PRICES in r for r in order["__ref__pricelevelid"])

    line = _staged(run_dir, "salesorderdetail")
    assert line.select(["productdescription", "salesorderdetailname", "isproductoverridden",
                        "quantity", "priceperunit"]).rows() == [
        ("Floppy Disk (512k)", "Floppy Disk (512k)", True, 2.0, 5.0),
        ("Telephone Cord (data)", "Telephone Cord (data)", True, 1.0, 10.0)] * 3
    ids = order["__source_id"].to_list()
    assert line["__ref__salesorderid"].to_list() == [ids[0], ids[0], ids[1], ids[1],
                                                     ids[2], ids[2]]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(BROADCAST)
    assert set(verified["campaign_2"]) == set(SEQUENCE)
    assert set(verified["salesorder"]) == set(ORDER) | {"transactioncurrencyid", "customerid",
                                                        "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
