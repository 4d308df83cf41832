"""keys400's public export runs end to end from its parameters file, decisions only
(issue 13): Metabase (metabase/metabase at 595594357796, AGPL-3.0; the open-source
business-intelligence tool), its bundled Sample Dataset of a fictional shop
(sample-dataset.edn: 2,500 people, 200 products, 18,760 orders, 1,112 reviews) as its CSV
download of each table writes it, headed by the fields' display names in English
(tests/data/exports/metabase-sample-export-en; SOURCE.md), on the branch-point engine
61abbabc (session 53, round Z6). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

The 2,500 people load as contacts (the whole name as the last name, e-mail, street, city,
state, zip, latitude and longitude, birth date, the sign-up date as the created-on date);
the 18,760 orders as sales orders (the id as the name, total, tax, discount amount, the
order date as the created-on date), each linked by decision to the person its 'User ID'
names, on the price list the org's admin set up (the test creates it); the 200 products on
the org's own default unit group and unit (title as the name, EAN as the product number,
vendor, price, created date). Nothing is held back; one order's total is negative (-45.48:
its discount exceeds subtotal and tax) and the load clears it and says so. Verification
finds no column differing.

The parameters decide: the keys (the Sample Dataset's own ids), the order's name (its id),
its tax and its discount as an amount (the measured misses: the tax unread, the discount read
as a percentage), the customer link by id, the price list, the units, whole-unit single
products, the product number from the EAN (the engine takes the title), the people's
acquisition channel left unread (Twitter, Facebook, Google, Affiliate, Organic: no
lead-source option of the org fits).

What is NOT read (left unmapped, by the engine or by decision):
- people: the ID (the key only), the password, the source (by decision);
- orders: the ID (the key and the name), the product id and the quantity (the order's line),
  the subtotal (Dataverse computes it from the lines);
- products: the ID (the key only), the category, the rating;
- the reviews file: discovery names it unknown, not migrated, the inventory says why;
- no owner column (the fallback owner, no one queued).
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
from test_public_exports import _export_dir

NAME = "metabase-sample-export-en"
UNITS = {"defaultuomid", "defaultuomscheduleid"}
KINDS = {"people": ("contact", {"contact": 2500}), "orders": ("order", {"salesorder": 18760}),
         "products": ("product", {"product": 200}), "reviews": ("unknown", {})}
COLUMNS = {
    "contact": {"lastname": "Name", "emailaddress1": "Email", "address1_line1": "Address",
                "address1_city": "City", "address1_stateorprovince": "State",
                "address1_postalcode": "Zip", "address1_latitude": "Latitude",
                "address1_longitude": "Longitude", "birthdate": "Birth Date",
                "overriddencreatedon": "Created At"},
    "salesorder": {"name": "ID", "totalamount": "Total", "totaltax": "Tax",
                   "discountamount": "Discount", "overriddencreatedon": "Created At"},
    "product": {"name": "Title", "productnumber": "Ean", "vendorname": "Vendor",
                "price": "Price", "overriddencreatedon": "Created At",
                "productstructure": None, "quantitydecimal": None},
}


def _org(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    orders (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Metabase prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_metabase_people_orders_and_products_load(runs: Callable[[str], Path]) -> None:
    """The people load as contacts, the orders as sales orders of the people they name, the
    products as products, as counted; nothing is held back; the one negative total is
    cleared; the reviews are not read; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("people", 2500, 2500, 0, 0, 0, 0),
        "salesorder": ("orders", 18760, 18760, 0, 0, 0, 0),
        "product": ("products", 200, 200, 0, 0, 0, 0)}
    assert out["salesorder"]["cleared_fields"] == {"totalamount": 1}
    assert not out["contact"]["cleared_fields"] and not out["product"]["cleared_fields"]
    assert all(o["closed"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not files["reviews"]["migrated"]
    assert files["reviews"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == COLUMNS[target]
        assert table["source_key"] == "key(ID)"
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", "User ID", "ID"), "pricelevelid": ("pricelevel", None, None)}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("reviews", "unknown")]

    for table in ("contact", "salesorder", "product"):
        held = pl.read_csv(run_dir / "quarantine" / f"{table}.csv", infer_schema=False)
        assert held.height == 0, table
    cleared = pl.read_csv(run_dir / "cleared" / "salesorder.csv", infer_schema=False)
    assert cleared.select("row", "column", "value").rows() == [("14583", "Total", "-45.48")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list()[:2] == ["Hudson Borer", "Domenica Williamson"]
    assert contacts["lastname"].null_count() == 0
    assert contacts["birthdate"].to_list()[0] == "1986-12-12T00:00:00Z"
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["name"].to_list() == [str(n) for n in range(1, 18761)]
    assert orders["totaltax"].null_count() == 0
    assert orders["discountamount"].is_not_null().sum() == 1915
    assert orders["totalamount"].to_list()[:2] == [39.72, 117.03]
    # each order's customer is the person its 'User ID' names (the people's IDs are 1..2500)
    person = dict(zip(contacts["__source_id"], contacts["__source_row"], strict=True))
    folder = _export_dir(NAME)
    assert folder is not None
    users = pl.read_csv(folder / "orders.csv", infer_schema=False)["User ID"].to_list()
    assert [str(person[r]) for r in orders["__ref__customerid_contact"].to_list()] == users
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["productnumber"].to_list()[:2] == ["1018947080336", "7663515285824"]
    assert products["productnumber"].n_unique() == 200
    assert products["productstructure"].to_list() == [1] * 200

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(COLUMNS["contact"])
    assert set(verified["salesorder"]) == set(COLUMNS["salesorder"]) | {"customerid",
                                                                         "pricelevelid"}
    assert set(verified["product"]) == set(COLUMNS["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
