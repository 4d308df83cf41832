"""keys385's public exports run end to end from their parameters files, decisions only
(issue 13): Easy Digital Downloads (awesomemotive/easy-digital-downloads at 37ae0545,
GPL-2.0-or-later; the WordPress plugin that sells digital products), its own records (its
test factories' five customers and five orders, its demo store's six downloads) as its own
CSV exporters write them, headed by its own labels in English, German, French and Spanish
(tests/data/exports/edd-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine
56e42778 (session 52, round Z4). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and the three key headers). In every language the 5 customers load as contacts
(the whole name as the last name, e-mail, creation date), the 5 orders as sales orders
(number, and by decision the name (the number), total and tax; billing city, state,
country, postal code and (en, es) line 2, order date as the submitted date, status), each
linked by decision to its customer through the customer id (order n to 'User n'), on the
price list the org's admin set up, all 5 closed as Fulfilled (the status 'complete' decided
as Complete); the 6 downloads load as products (name, creation date, description, status
'publish' decided as Active, by decision the slug as the product number, single products)
on the org's own default unit group and unit (the test creates price list and units first);
nothing is held back, no one queued as owner, verification finds no column differing.

The parameters decide: customers as contacts (discovery named the file accounts) and, in
de and fr, downloads as products (named unknown); the three keys (EDD's ids); no owner
column (the orders' 'User' is the buyer's WordPress user, which the map read as the owner);
the contact's last name, the order's name, total and tax (the map left the total and tax
unread: measured misses), the product's number (the slug; the SKU is empty) and structure;
the customer link, the price list and units; the status options; in de the download's
description ('Beschrieb': the map read the empty notes as it); in es the order's line 2
('Dirección (Línea 2)': the map read the IP address as it) and status ('Estado_2', the
second 'Estado': the map read the empty state name as it).

What is NOT read (left unmapped), in every language:
- customers: the WordPress user id, purchase count, customer value, payment ids;
- orders: the customer's e-mail and name (the customer id links instead), the billing street
  (empty; the map leaves it), the line 2 in de and fr (empty), the products (verbose, raw),
  SKUs, discount code, refunded amount and tax, payment method, transaction id, purchase
  key, user, IP address, mode, country name, state name, VAT number (the currency, USD, is
  bound to the org's by its code);
- downloads: the author, excerpt, categories, tags, price (the variable prices' cell is
  text, 'Basic: 10.00 | ...'; the map leaves it), files, download limit, featured image,
  SKU (empty), notes (de: by decision), sales, earnings.
"""

from __future__ import annotations

import csv
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

UNITS = {"defaultuomid", "defaultuomscheduleid"}
KINDS = {"customers": ("contact", {"contact": 5}), "orders": ("order", {"salesorder": 5}),
         "downloads": ("product", {"product": 6})}
#: the customers in the file's order (EDD lists them newest first)
CUSTOMERS = ["User 5", "User 4", "User 3", "User 2", "User 1"]
DOWNLOADS = ["A Sample Digital Download", "Sample Product", "Another Sample Product",
             "One More Sample Product", "Sample FREE Product", "A Music Album"]
SLUGS = ["a-sample-digital-download", "sample-product", "another-sample-product",
         "one-more-sample-product", "sample-free-product", "a-music-album"]


def _headers(c: list[str], o: list[str], d: list[str], line2: str | None,
             status: str, description: str) -> dict[str, Any]:
    """Each map entry's columns (target: header) from the files' headers in file order."""
    order = {"ordernumber": o[1], "name": o[1], "totalamount": o[15], "totaltax": o[16],
             "billto_city": o[7], "billto_stateorprovince": o[8], "billto_country": o[9],
             "billto_postalcode": o[10], "submitdate": o[23], "statuscode": status}
    if line2:
        order["billto_line2"] = line2
    return {
        "contact": {"lastname": c[2], "emailaddress1": c[3], "overriddencreatedon": c[7]},
        "salesorder": order,
        "product": {"name": d[2], "overriddencreatedon": d[3], "description": description,
                    "statuscode": d[7], "productnumber": d[1], "productstructure": None,
                    "quantitydecimal": None},
        "keys": (c[0], o[0], d[0]), "customer_id": o[3], "currency": o[14]}


def _header(name: str, obj: str) -> list[str]:
    """A file's header as EDD writes it (every cell quoted), names stripped."""
    folder = Path(__file__).parent / "data" / "exports" / name
    with (folder / f"{obj}.csv").open(encoding="utf-8", newline="") as fh:
        return [h.strip() for h in next(csv.reader(fh))]


# per language: whether the map reads line 2 (en; es by decision), the status header (es by
# decision: the second 'Estado') and the description header (de by decision)
CHOICES = {"edd-export-en": ("Address (Line 2)", "Status", "Description"),
           "edd-export-de": (None, "Status", "Beschrieb"),
           "edd-export-fr": (None, "État", "Description"),
           "edd-export-es": ("Dirección (Línea 2)", "Estado_2", "Decripción")}


def _langs() -> dict[str, dict[str, Any]]:
    out = {}
    for name, (line2, status, description) in CHOICES.items():
        try:
            heads = [_header(name, f) for f in ("customers", "orders", "downloads")]
        except FileNotFoundError:   # data files absent: run_public skips
            heads = [[""] * 8, [""] * 31, [""] * 18]
        out[name] = _headers(*heads, line2, status, description)
    return out


LANGS = _langs()


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on (Dynamics holds an order only with one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "EDD prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_edd_customers_orders_and_downloads_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customers load as contacts, the orders as fulfilled sales orders of their
    customers, the downloads as products, as counted, nothing held back; verification finds
    no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 5, 5, 0, 0, 0, 0),
        "salesorder": ("orders", 5, 5, 0, 0, 0, 0),
        "product": ("downloads", 6, 6, 0, 0, 0, 0)}
    assert out["contact"]["closed"] == 0 and out["product"]["closed"] == 0
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        5, {"Fulfilled": 5})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    for target, key in zip(("contact", "salesorder", "product"), lang["keys"], strict=True):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == f"key({key})"
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert not tables["contact"].get("lookups")
    # the order's currency code ('USD', the org's base) binds it to the org's currency
    currency = {"transactioncurrencyid": ("transactioncurrency", lang["currency"], None)}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["customer_id"], lang["keys"][0]),
        "pricelevelid": ("pricelevel", None, None), **currency}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == CUSTOMERS
    assert contacts["emailaddress1"].to_list() == [
        f"user{n}@edd.test" for n in range(5, 0, -1)]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["ordernumber"].to_list() == ["1", "2", "3", "4", "5"]
    assert orders["name"].to_list() == orders["ordernumber"].to_list()
    assert orders["totalamount"].to_list() == [120.0] * 5
    assert orders["totaltax"].to_list() == [25.0] * 5
    assert orders["statuscode"].to_list() == [100001] * 5
    assert orders["billto_country"].to_list() == ["US"] * 5
    assert orders["submitdate"].to_list() == ["2026-02-18T21:38:03Z"] * 5
    who = dict(zip(contacts["__source_id"], contacts["lastname"], strict=True))
    assert [who[r] for r in orders["__ref__customerid_contact"]] == [
        f"User {n}" for n in range(1, 6)]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["name"].to_list() == DOWNLOADS
    assert products["productnumber"].to_list() == SLUGS
    assert products["statuscode"].to_list() == [1] * 6
    assert products["productstructure"].to_list() == [1] * 6
    assert products["description"].null_count() == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {"customerid",
                                                                     "pricelevelid"} | set(
        currency)
    assert set(verified["product"]) == set(lang["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
