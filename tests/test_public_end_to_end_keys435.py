"""keys435's public export runs end to end from its parameters file, decisions only (issue
13): Microsoft's pubs sample database (microsoft/sql-server-samples at 481085dc, MIT;
samples/databases/northwind-pubs/instpubs.sql), the fixed rows of its install script
exported one CSV per table as SQL Server Management Studio's "Save Results As" writes them
(column names as headers, NULL as the text 'NULL'), in English
(tests/data/exports/pubs-export-en; SOURCE.md), on the branch-point engine c5cbeb44
(session 55, round Z10). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``; the org's units and the price list made first, as keys403's).

What loads: the 6 bookstores as accounts (name, street, city, state, ZIP), the 23 authors as
contacts (last and first name, phone, street, city, state, ZIP), the 18 titles as products
on the org's default unit group and unit (title as name, code as product number, notes as
description, list price), 16 sales orders made from the sales rows' order numbers (the
export has no orders table: number as name and order number, order date as submitted,
each its store's, on the price list the org's admin set up) and the 21 sales rows as their
order lines (quantity; their order and title). Nothing is held back, skipped, cleared or
failed; the two titles not yet priced (MC3026, PC9999: SSMS writes their NULL price as the
text 'NULL', which reads as empty since session 56) keep no price; no one queued as owner;
verification finds no column differing.

The parameters decide: the four files' kinds (stores, authors, titles, sales: the measured
file misses), publishers left out (the group's own houses); the orders made from the sales
rows' order numbers; the keys (the database's codes; a line the sales table's primary key);
no owner columns; the columns the map left unread (the prefixed stor_name, stor_address,
au_lname, au_fname; title, notes and price of an unknown file; the order's number and date;
the line's quantity); the links (order -> store, line -> order and title) and the org's
price list and units.

What is NOT read (left unmapped): the authors' contract flag and id (the key only); the
titles' type, publisher, advance, royalty, year-to-date sales and publication date; the
orders' payment terms (Net 30, Net 60, ON invoice); the files publishers.csv, pub_info.csv,
titleauthor.csv, employee.csv (users, matched, not created), jobs.csv, discounts.csv and
roysched.csv whole.
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
    _export_dir,
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "pubs-export-en"
KINDS = {"authors": ("contact", {"contact": 23}), "discounts": ("unknown", {}),
         "employee": ("user", {}), "jobs": ("unknown", {}), "pub_info": ("unknown", {}),
         "publishers": ("unknown", {}), "roysched": ("unknown", {}),
         "sales": ("order_line", {"salesorderdetail": 21}),
         "stores": ("account", {"account": 6}), "titleauthor": ("unknown", {}),
         "titles": ("product", {"product": 18})}
COLUMNS = {
    "account": {"name": "stor_name", "address1_line1": "stor_address",
                "address1_city": "city", "address1_stateorprovince": "state",
                "address1_postalcode": "zip"},
    "contact": {"lastname": "au_lname", "firstname": "au_fname", "telephone1": "phone",
                "address1_line1": "address", "address1_city": "city",
                "address1_stateorprovince": "state", "address1_postalcode": "zip"},
    "product": {"name": "title", "productnumber": "title_id", "description": "notes",
                "price": "price", "productstructure": None, "quantitydecimal": None},
    "salesorder": {"name": "ord_num", "ordernumber": "ord_num", "submitdate": "ord_date"},
    "salesorderdetail": {"quantity": "qty"},
}
LOOKUPS = {
    "account": set(), "contact": set(),
    "product": {("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")},
    "salesorder": {("customerid", "stor_id", "account"), ("pricelevelid", None, "pricelevel")},
    "salesorderdetail": {("productid", "title_id", "product"),
                         ("salesorderid", "ord_num", "salesorder"), ("uomid", None, "uom")},
}


def _org(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    orders (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "pubs prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _rows(file: str) -> list[dict[str, str]]:
    folder = _export_dir(NAME)
    assert folder is not None
    with open(folder / file, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _staged(run_dir: Path, name: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{name}.parquet").sort("__source_row")


def test_pubs_stores_authors_titles_orders_and_lines_load(
        runs: Callable[[str], Path]) -> None:
    """The stores load as accounts, the authors as contacts, the titles as products, orders
    made from the sales rows' numbers as sales orders of their store, the sales rows as
    their lines, all of them; the two 'NULL' prices read as empty (nothing cleared);
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("stores", 6, 6, 0, 0, 0, 0, 0),
        "contact": ("authors", 23, 23, 0, 0, 0, 0, 0),
        # session 56: SSMS's 'NULL' reads as empty: the two unpriced titles clear nothing
        "product": ("titles", 18, 18, 0, 0, 0, 0, 0),
        "salesorder": ("orders", 16, 16, 0, 0, 0, 0, 0),
        "salesorderdetail": ("sales", 21, 21, 0, 0, 0, 0, 0)}
    assert out["salesorder"]["file"] == "the ord_num values of sales.csv"
    for name in out:
        assert not out[name]["links_left"] and not out[name]["closed"], name
        assert not out[name]["cleared_fields"], name
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for name, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == COLUMNS[name]
        assert {(lk["target"], lk.get("source"), lk.get("to") or lk.get("table"))
                for lk in table.get("lookups", [])} == LOOKUPS[name], name
        assert not table.get("owner"), name                 # the export names no owner
    assert tables["salesorderdetail"]["source_key"] == "key(stor_id+ord_num+title_id)"
    assert {u["source"] for u in mapping["unmatched_sources"]} == {
        "publishers", "pub_info", "titleauthor", "employee", "jobs", "discounts", "roysched"}

    # session 56: the SSMS text 'NULL' of the two titles not yet priced reads as empty: no
    # price, nothing cleared
    for name in COLUMNS:
        for kind in ("quarantine", "skipped", "cleared"):
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    accounts = _staged(run_dir, "account")
    assert accounts.select("name", "address1_city", "address1_stateorprovince",
                           "address1_postalcode").rows() == [
        (r["stor_name"], r["city"], r["state"], r["zip"]) for r in _rows("stores.csv")]
    contacts = _staged(run_dir, "contact")
    assert contacts.select("lastname", "firstname", "telephone1").row(3) == (
        "O'Leary", "Michael", "408 286-2428")
    products = _staged(run_dir, "product")
    prices = dict(zip(products["productnumber"].to_list(), products["price"].to_list(),
                      strict=True))
    assert prices["BU1032"] == 19.99 and prices["PC8888"] == 20.0
    assert prices["MC3026"] is None and prices["PC9999"] is None

    # each order is its store's, each line its order's and its title's: as sales.csv says
    orders = _staged(run_dir, "salesorder")
    store_of = dict(zip(accounts["__source_id"].to_list(),
                        [r["stor_id"] for r in _rows("stores.csv")], strict=True))
    order_store = {n: store_of[ref] for n, ref in zip(
        orders["ordernumber"].to_list(), orders["__ref__customerid_account"].to_list(),
        strict=True)}
    sales = _rows("sales.csv")
    assert order_store == {r["ord_num"]: r["stor_id"] for r in sales}
    assert orders.filter(pl.col("ordernumber") == "P3087a")["submitdate"].to_list() == [
        "1993-05-29T00:00:00Z"]
    order_of = dict(zip(orders["__source_id"].to_list(), orders["ordernumber"].to_list(),
                        strict=True))
    title_of = dict(zip(products["__source_id"].to_list(),
                        products["productnumber"].to_list(), strict=True))
    lines = _staged(run_dir, "salesorderdetail")
    assert [(order_of[o], title_of[p], q) for o, p, q in lines.select(
        "__ref__salesorderid", "__ref__productid", "quantity").rows()] == [
        (r["ord_num"], r["title_id"], float(r["qty"])) for r in sales]
    assert lines["quantity"].sum() == 493

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == set(COLUMNS)
    for name, cols in verified.items():
        assert set(COLUMNS[name]) <= set(cols), name
        assert not any(cols.values()), name
