"""keys403's public export runs end to end from its parameters file, decisions only (issue
13): Eclipse BIRT's sample database "Classic Models Inc." (eclipse-birt/birt at f1c4980b,
EPL-2.0; the Derby database every BIRT ships), its eight tables exported one CSV per table
headed by the database's own upper-case column names, in English
(tests/data/exports/birt-classicmodels-export-en; SOURCE.md), on the branch-point engine
61abbabc (session 53, round Z6). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

The 122 customers load as accounts (name, phone, address, credit limit), the 110 products as
products on the org's own default unit group and unit (name, code as the product number,
vendor, description, stock, the buy price as the current cost, the MSRP as the list price),
the 326 orders as sales orders of their customers on the price list the org's admin set up
(the test creates it and the units first), and their 2,996 lines as order lines of their
order and product on the default unit; nothing is held back, skipped or failed, and
verification finds no column differing. The orders' statuses close 319 of them: 303 shipped
and 4 resolved as Fulfilled, 6 in process as Submitted, 6 cancelled as Canceled; the 4 on
hold and 3 disputed stay open (Pending). Each customer's sales rep (an employee's number)
owns it: none is a user of the org, so the fallback owner takes the 100 customers with a
rep, and the queue lists the 15 reps by number with the name and e-mail the employees file
gives them; the 22 customers with no rep go to the fallback owner directly.

The parameters decide: the keys (customer number, order number, product code; an order line
by its order and line number), the sales rep as the accounts' owner (the held-out measure's
customers miss) and no owner for the rest, the order's name (its number), the product
number (the code), whole-unit
single products, the price list, the units, and the two order statuses the map leaves
undecided (Disputed pending, Resolved fulfilled).

What the run reads: customers' name, phone, both address lines, city, state, postal code,
country, credit limit and sales rep; orders' number, dates (ordered as submitted, required
as requested delivery, shipped as fulfilled), status, comments and customer; lines' order,
product, quantity, unit price and line number; products' code, name, vendor, description,
stock, buy price and MSRP.

What is NOT read (left unmapped), by the engine: the customer number (the key only), the
contact person's last and first names (no person of the run: no account column takes a
split name); the product line and scale. Not migrated, each listed in the inventory with
its reason: employees (users, matched as owners, not created), offices, payments and product
lines (no kind).
"""

from __future__ import annotations

import csv
from collections import Counter
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

NAME = "birt-classicmodels-export-en"
KINDS = {"customers": ("account", {"account": 122}), "employees": ("user", {}),
         "offices": ("unknown", {}), "orders": ("order", {"salesorder": 326}),
         "orderdetails": ("order_line", {"salesorderdetail": 2996}),
         "payments": ("unknown", {}), "productlines": ("unknown", {}),
         "products": ("product", {"product": 110})}
COLUMNS = {
    "account": {"name": "CUSTOMERNAME", "telephone1": "PHONE", "address1_line1": "ADDRESSLINE1",
                "address1_line2": "ADDRESSLINE2", "address1_city": "CITY",
                "address1_stateorprovince": "STATE", "address1_postalcode": "POSTALCODE",
                "address1_country": "COUNTRY", "creditlimit": "CREDITLIMIT"},
    "salesorder": {"ordernumber": "ORDERNUMBER", "name": "ORDERNUMBER",
                   "submitdate": "ORDERDATE", "requestdeliveryby": "REQUIREDDATE",
                   "datefulfilled": "SHIPPEDDATE", "statuscode": "STATUS",
                   "description": "COMMENTS"},
    "salesorderdetail": {"quantity": "QUANTITYORDERED", "priceperunit": "PRICEEACH",
                         "lineitemnumber": "ORDERLINENUMBER"},
    "product": {"name": "PRODUCTNAME", "productnumber": "PRODUCTCODE",
                "vendorname": "PRODUCTVENDOR", "description": "PRODUCTDESCRIPTION",
                "quantityonhand": "QUANTITYINSTOCK", "currentcost": "BUYPRICE",
                "price": "MSRP", "productstructure": None, "quantitydecimal": None},
}
LOOKUPS = {
    "account": {},
    "salesorder": {"customerid": ("account", "CUSTOMERNUMBER"),
                   "pricelevelid": ("pricelevel", None)},
    "salesorderdetail": {"salesorderid": ("salesorder", "ORDERNUMBER"),
                         "productid": ("product", "PRODUCTCODE"), "uomid": ("uom", None)},
    "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
}
UNMAPPED = {"account": {"CUSTOMERNUMBER", "CONTACTLASTNAME", "CONTACTFIRSTNAME"},
            "product": {"PRODUCTLINE", "PRODUCTSCALE"}}
#: statuses as staged (Dataverse option: orders): Fulfilled (Shipped 303, Resolved 4),
#: Pending (On Hold 4, Disputed 3), In Progress (In Process), No Money (Cancelled)
ORDER_STATUS = {100001: 307, 2: 7, 3: 6, 4: 6}


def _org(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    orders (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Classic Models prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _rows(file: str) -> list[dict[str, str]]:
    folder = _export_dir(NAME)
    assert folder is not None
    with open(folder / file, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_classicmodels_customers_orders_lines_and_products_load(
        runs: Callable[[str], Path]) -> None:
    """The customers load as accounts owned through their sales rep (queued to the fallback
    owner), the orders as sales orders of their customers, their lines as order lines, the
    products as products, all of them, nothing held back; statuses as decided; verification
    finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 122, 122, 0, 0, 0, 0),
        "product": ("products", 110, 110, 0, 0, 0, 0),
        "salesorder": ("orders", 326, 326, 0, 0, 0, 0),
        "salesorderdetail": ("orderdetails", 2996, 2996, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        319, {"Fulfilled": 307, "Submitted": 6, "Canceled": 6})
    for name in out:
        assert not out[name]["links_left"] and not out[name]["cleared_fields"], name
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    for name in ("offices", "payments", "productlines"):
        assert files[name]["reason"].startswith("not migrated"), name
    assert "users are not created" in files["employees"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == COLUMNS[target]
        assert {lk["target"]: (lk["table"], lk.get("source"))
                for lk in table.get("lookups", [])} == LOOKUPS[target], target
        assert set(table.get("unmapped") or ()) == UNMAPPED.get(target, set()), target
        assert not table.get("unresolved_lookups"), target
    assert tables["account"]["owner"]["source"] == "SALESREPEMPLOYEENUMBER"
    assert not any(tables[t].get("owner") for t in ("salesorder", "salesorderdetail",
                                                     "product"))
    assert {t: tables[t]["source_key"] for t in tables} == {
        "account": "key(CUSTOMERNUMBER)", "salesorder": "key(ORDERNUMBER)",
        "product": "key(PRODUCTCODE)", "salesorderdetail": "key(ORDERNUMBER+ORDERLINENUMBER)"}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("employees", "user"), ("offices", "unknown"), ("payments", "unknown"),
        ("productlines", "unknown")]

    staged = run_dir / "staged"
    customers = _rows("customers.csv")
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    for row, src in zip(accounts.to_dicts(), customers, strict=True):
        # every field where it belongs, as written less its outer spaces (Osaka's postal
        # code ' 530-0003'); an empty state stays empty
        assert {t: row[t] or "" for t in COLUMNS["account"] if t != "creditlimit"} == {
            t: src[s].strip() for t, s in COLUMNS["account"].items() if t != "creditlimit"}
        assert row["creditlimit"] == float(src["CREDITLIMIT"])
        assert (row["__owner_email"] or "") == src["SALESREPEMPLOYEENUMBER"]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert dict(Counter(orders["statuscode"].to_list())) == ORDER_STATUS
    assert orders["name"].to_list() == [r["ORDERNUMBER"] for r in _rows("orders.csv")]
    assert orders["submitdate"].to_list()[0] == "2011-01-06T00:00:00Z"
    # an order's customer: the account of the customer number it names
    by_id = dict(zip(accounts["__source_id"], accounts["name"], strict=True))
    names = {r["CUSTOMERNUMBER"]: r["CUSTOMERNAME"] for r in customers}
    assert [by_id[r] for r in orders["__ref__customerid_account"].to_list()] == [
        names[r["CUSTOMERNUMBER"]] for r in _rows("orders.csv")]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    source = _rows("products.csv")
    assert products["productnumber"].to_list() == [r["PRODUCTCODE"] for r in source]
    assert products["currentcost"].to_list() == [float(r["BUYPRICE"]) for r in source]
    assert products["price"].to_list() == [float(r["MSRP"]) for r in source]
    lines = pl.read_parquet(staged / "salesorderdetail.parquet")
    assert lines.height == 2996 and lines["__ref__productid"].null_count() == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    reps = Counter(r["SALESREPEMPLOYEENUMBER"] for r in customers if r["SALESREPEMPLOYEENUMBER"])
    assert {q["email"]: (q["status"], int(q["records"])) for q in queue} == {
        rep: ("unmatched", n) for rep, n in reps.items()}
    assert sum(reps.values()) == 100 and len(reps) == 15
    staff = {r["EMPLOYEENUMBER"]: f"{r['FIRSTNAME']} {r['LASTNAME']} <{r['EMAIL']}>"
             for r in _rows("employees.csv")}
    assert {q["email"]: q["person"] for q in queue} == {rep: staff[rep] for rep in reps}

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(COLUMNS["account"]) | {"ownerid"}
    for target in ("salesorder", "salesorderdetail", "product"):
        assert set(verified[target]) == set(COLUMNS[target]) | set(LOOKUPS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
