"""keys354's public export runs end to end from its parameters file, decisions only
(issue 13): Zen Cart (zencart/zencart at 0306c470, GPL-2.0; the open-source PHP shop), the
demo data its installer loads (one customer, 126 products) as its admin customer and
product lists show them, headed by its own admin labels in English, the only language it
ships (tests/data/exports/zencart-export-en; SOURCE.md), written on the branch-point engine
c8310d3c (session 50, round Y). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

The customer (Bill Smith) loads as a contact (last and first name, account created, status
Active); 124 of the 126 products load as products (name, model as product number, list
price, units in stock, status, whole-unit decimals) on the org's default unit group and
unit (the test creates both first); the two demo products with no model (ids 167 and 170,
'Test Document', 'Sample of Document General Type') are quarantined: Dataverse requires a
product number. Verification finds no column differing. The parameters decide the keys
(Zen Cart's ids), the product list's 'Categories / Products' as the product's name and the
customer's 'Authorized' icon as the contact's status (the two measured misses), the
statuses ('Status - Enabled' Active, 'Status - Disabled' Retired for products), the
quantity decimals (0) and the unit group and unit.

What is NOT read:
- customers: the id (the key), Company (the default address's company, as text: the map
  leaves it), Last Login (never: empty), Pricing Group ('--none--'), GV Balance;
- products: the id (the key), Sort (the listing order);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

NAME = "zencart-export-en"
KINDS = {"customers": ("contact", {"contact": 1}), "products": ("product", {"product": 126})}
CONTACT = {"lastname": "Last Name", "firstname": "First Name",
           "overriddencreatedon": "Account Created", "statuscode": "Authorized"}
PRODUCT = {"name": "Categories / Products", "productnumber": "Model",
           "price": "Price/Special/Sale", "quantityonhand": "Quantity", "statuscode": "Status",
           "quantitydecimal": None}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def test_zencart_customer_and_products_load(runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact, 124 products as products and two without a model are
    quarantined; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 1, 1, 0, 0, 0, 0),
        "product": ("products", 126, 124, 2, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["product"]["columns"]} == PRODUCT
    assert tables["contact"]["source_key"] == "key(ID)"
    assert tables["product"]["source_key"] == "key(ID)"
    assert not any(t.get("owner") for t in tables.values())
    assert {lk["target"]: lk["table"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    assert not mapping.get("unmatched_sources")

    contact = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert [(c["firstname"], c["lastname"], c["overriddencreatedon"], c["statuscode"])
            for c in contact] == [("Bill", "Smith", "2004-01-21T00:00:00Z", 1)]

    products = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert products.height == 124
    assert 113 not in products["__source_row"] and 116 not in products["__source_row"]
    first = products.head(3).select("productnumber", "name", "price", "quantityonhand")
    assert first.rows() == [("MG200MMS", "Matrox G200 MMS", 299.99, 31.0),
                            ("MG400-32MB", "Matrox G400 32MB", 499.99, 31.0),
                            ("MSIMPRO", "Microsoft IntelliMouse Pro", 49.99, 500.0)]
    assert products.row(-1, named=True)["name"] == "Single Download, Single Type"
    assert round(products["price"].sum(), 2) == 7980.92
    assert set(products["statuscode"].to_list()) == {1}
    assert set(products["quantitydecimal"].to_list()) == {0}
    quarantined = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert sorted(zip(quarantined["row"], quarantined["column"], strict=True)) == [
        ("113", "productnumber"), ("116", "productnumber")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "product"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
