"""keys409's public exports run end to end from their parameters files, decisions only
(issue 13): Mathesar (mathesar-foundation/mathesar at e2147430, GPL-3.0; an open-source,
spreadsheet-like web UI over PostgreSQL), two of the sample data sets it ships
(mathesar/examples/resources: the Hardware Store's 20 customers, 60 transactions and 50
assets; the Bike Shop's 20 customers, 30 service requests and 5 mechanics) as its table
export writes them, English only (tests/data/exports/mathesar-hardware-store-export-en,
mathesar-bike-shop-export-en; SOURCE.md), on the branch-point engine ccc46fcf (session 53,
round Z7). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

Hardware store: the 20 customers load as contacts (first and last name, e-mail, phone, the
one-cell address as the street line), the 60 transactions as sales orders (number and name
the transaction's id, date, total charge, note as description) each of its customer, by
Mathesar's customer id, on the price list the org's admin set up; the 50 assets as products
(name, serial number as the product number with its leading zero, the sale price where set:
13) on the org's default unit group and unit. Bike shop: the 20 customers load as contacts,
the 30 service requests as cases (the problem as title, and as description by the map, the
time in as the created date) each of its customer, by id. Nothing is held back, skipped or
cleared; verification finds no column differing; no owner column is read (the fallback
owner, no one queued).

The parameters decide the keys (Mathesar's ids), the files' kinds for Transactions (order)
and Assets (product) (discovery named both unknown: the measured misses), every order and
product column the propose missed (the customer, date, total, note; the name, serial number,
sale price), the order's number and name, the case's title, the dates' format
('2025-01-05T10:11:28.768122 AD', msar.format_data), the bike's id not read as the case's
contact (the map took equipment_id for primarycontactid, a measured miss), the mechanic not
read as the owner (an id of the shop's staff list, no user of the org), the price list and
units.

What is NOT read (left unmapped), by decision or by the engine:
- hardware store: the transaction's asset (an order line's product: no order column) and
  type (Sale / Rental / Return); the asset's rental price and period, shelf location and
  store;
- bike shop: the request's bike (equipment_id), mechanic, cost and time out;
- the Mechanics file: the shop's staff, named unknown (by decision), not moved.
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

HARDWARE = "mathesar-hardware-store-export-en"
BIKES = "mathesar-bike-shop-export-en"


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the default unit group and unit."""
    client.create("pricelevels", {"name": "Hardware Store prices"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each data set run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _tables(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return mapping, {t["target"]: t for t in mapping["tables"]}


def _refs_by_id(staged: Path, frame: pl.DataFrame, column: str, ref: str) -> None:
    """Each record's link is the contact of its Mathesar customer id (ids 1-20 in order)."""
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    ids = contacts["__source_id"].to_list()
    assert frame[ref].to_list() == [ids[n - 1] for n in frame[column].to_list()]


def test_mathesar_hardware_store_customers_transactions_and_assets_load(
        runs: Callable[[str], Path]) -> None:
    """Customers as contacts, transactions as sales orders of their customer, assets as
    products; nothing held back or cleared; verification finds no column differing."""
    run_dir = runs(HARDWARE)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Customers", 20, 20, 0, 0, 0, 0),
        "salesorder": ("Transactions", 60, 60, 0, 0, 0, 0),
        "product": ("Assets", 50, 50, 0, 0, 0, 0)}
    assert all(o["cleared"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "Customers": ("contact", {"contact": 20}),
        "Transactions": ("order", {"salesorder": 60}),
        "Assets": ("product", {"product": 50})}

    mapping, tables = _tables(run_dir)
    assert set(tables) == {"contact", "salesorder", "product"}
    assert {c["target"]: c.get("source") for c in tables["contact"]["columns"]} == {
        "firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
        "telephone1": "phone", "address1_line1": "address"}
    assert {c["target"]: c.get("source") for c in tables["salesorder"]["columns"]} == {
        "ordernumber": "id", "name": "id", "submitdate": "transaction_date",
        "totalamount": "total_charge", "description": "note"}
    assert {c["target"]: c.get("source") for c in tables["product"]["columns"]} == {
        "name": "name", "productnumber": "serial_number", "price": "sale_price",
        "quantitydecimal": None}
    for table in tables.values():
        assert table["source_key"] == "key(id)"
        assert not table.get("owner")                 # no owner column read
        assert not table.get("unresolved_lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", "customer_id", "id"),
        "pricelevelid": ("pricelevel", None, None)}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid", "defaultuomscheduleid"}
    assert not tables["contact"].get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.row(0, named=True) | {"__source_id": None} == {
        "__source_id": None, "__source_row": 1, "firstname": "Thomas", "lastname": "Jackson",
        "emailaddress1": "jgonzalez@example.org", "telephone1": "362-837-5867x2899",
        "address1_line1": "609 White Viaduct South Cynthiaborough, MD 83104"}
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    first = orders.row(0, named=True)
    assert (first["ordernumber"], first["name"], first["submitdate"], first["totalamount"],
            first["description"]) == ("1", "1", "2025-01-14T01:12:15Z", 372.56,
                                      "Hour voice physical child skin idea.")
    assert orders["ordernumber"].to_list() == [str(n) for n in range(1, 61)]
    assert orders["submitdate"].is_null().sum() == 0     # read by the decided date format
    assert round(orders["totalamount"].sum(), 2) == 15464.77
    customer_ids = pl.read_csv(_export(HARDWARE) / "Transactions.csv")
    _refs_by_id(staged, orders.with_columns(customer_ids["customer_id"]), "customer_id",
                "__ref__customerid_contact")
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 50
    assert products["productnumber"][0] == "0574437137986"   # the leading zero kept
    assert products["price"].is_not_null().sum() == 13       # the sale price, where set
    assert round(products["price"].sum(), 2) == 483.48
    assert set(products["quantitydecimal"].to_list()) == {0}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"firstname", "lastname", "emailaddress1",
                                        "telephone1", "address1_line1"}
    assert set(verified["salesorder"]) == {"ordernumber", "name", "submitdate", "totalamount",
                                           "description", "customerid", "pricelevelid"}
    assert set(verified["product"]) == {"name", "productnumber", "price", "quantitydecimal",
                                        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_mathesar_bike_shop_customers_and_service_requests_load(
        runs: Callable[[str], Path]) -> None:
    """Customers as contacts, service requests as cases of their customer; the mechanics
    not moved; nothing held back or cleared; verification finds no column differing."""
    run_dir = runs(BIKES)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Customers", 20, 20, 0, 0, 0, 0),
        "incident": ("Service Requests", 30, 30, 0, 0, 0, 0)}
    assert all(o["cleared"] == 0 for o in out.values())
    assert out["incident"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "Customers": ("contact", {"contact": 20}),
        "Service Requests": ("ticket", {"incident": 30}),
        "Mechanics": ("unknown", {})}

    mapping, tables = _tables(run_dir)
    assert set(tables) == {"contact", "incident"}
    assert {c["target"]: c.get("source") for c in tables["contact"]["columns"]} == {
        "firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
        "telephone1": "phone"}
    assert {c["target"]: c.get("source") for c in tables["incident"]["columns"]} == {
        "title": "request_description", "description": "request_description",
        "overriddencreatedon": "time_in"}
    for table in tables.values():
        assert table["source_key"] == "key(id)"
        assert not table.get("owner")                 # the mechanic is no user: fallback
        assert not table.get("unresolved_lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", "customer_id", "id")}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("Mechanics", "unknown")]

    staged = run_dir / "staged"
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    first = cases.row(0, named=True)
    assert (first["title"], first["overriddencreatedon"]) == (
        "Front fork feels stiff; possible suspension issue.", "2025-01-05T10:11:28Z")
    assert cases["overriddencreatedon"].is_null().sum() == 0
    assert "primarycontactid" not in cases.columns and "__ref__primarycontactid" not in (
        cases.columns)
    requests = pl.read_csv(_export(BIKES) / "Service Requests.csv")
    _refs_by_id(staged, cases.with_columns(requests["customer_id"]), "customer_id",
                "__ref__customerid_contact")

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"firstname", "lastname", "emailaddress1",
                                        "telephone1"}
    assert set(verified["incident"]) == {"title", "description", "overriddencreatedon",
                                         "customerid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def _export(name: str) -> Path:
    return Path(__file__).parent / "data" / "exports" / name
