"""keys349's public exports run end to end from their parameters files, decisions only
(issue 13): OpenCart (opencart/opencart at 01254c21, GPL-3.0; the open-source PHP shop), the
demo catalogue its installer loads (19 listed products, 6 manufacturers) as its admin
product and manufacturer lists show them, headed by its own admin labels in English and
French (tests/data/exports/opencart-export-en, -fr; SOURCE.md), written on the branch-point
engine d7bd4b3a (session 50, round X). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers the map
reads, the product numbers' prefix). In both languages the 19 products load as products
(name, list price, units in stock, status, product number) on the org's default unit group
and unit (the test creates both first); every product is enabled, so Active; nothing is
held back and verification finds no column differing. The prices are read from what the
list prints ('$1,000.00' in English, '$1.000,00' in French). The parameters decide the
manufacturers file's kind (unknown: brands, no Sales table), the model as the product
number (branch-point d7bd4b3a left it unread: the measured miss), the quantity decimals
(0), the status options (Enabled / Activé Active, Disabled / Désactivé Retired) and the unit
group and unit.

What is NOT read, in both languages:
- the products' name is also the record's key (a natural key: the list shows no id);
- the manufacturers file: named unknown (by decision), not moved (name, status, sort
  order);
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

#: the products in the list's order (name ascending): name, model number, price, stock
PRODUCTS = [("Apple Cinema 30\"", 15, 100.0, 990), ("Canon EOS 5D", 3, 100.0, 7),
            ("HP LP3065", 21, 100.0, 1000), ("HTC Touch HD", 1, 100.0, 939),
            ("iMac", 14, 100.0, 977), ("iPhone", 11, 100.0, 970),
            ("iPod Classic", 20, 100.0, 995), ("iPod Nano", 9, 100.0, 994),
            ("iPod Shuffle", 7, 100.0, 1000), ("iPod Touch", 5, 100.0, 999),
            ("MacBook", 16, 100.0, 929), ("MacBook Air", 17, 1000.0, 1000),
            ("MacBook Pro", 18, 2000.0, 998), ("Nikon D300", 4, 80.0, 1000),
            ("Palm Treo Pro", 2, 279.99, 999), ("{p} 8", 8, 100.0, 1000),
            ("Samsung Galaxy Tab 10.1", None, 199.99, 0),
            ("Samsung SyncMaster 941BW", 6, 200.0, 1000), ("Sony VAIO", 19, 1000.0, 1000)]
KINDS = {"products": ("product", {"product": 19}), "manufacturers": ("unknown", {})}

# per language: the columns the map reads (target: header), the model prefix
LANGS: dict[str, dict[str, Any]] = {
    "opencart-export-en": {
        "product": {"name": "Product Name", "price": "Price", "quantityonhand": "Quantity",
                    "statuscode": "Status", "productnumber": "Model", "quantitydecimal": None},
        "key": "Product Name", "status": {"Enabled": 1, "Disabled": 2}, "prefix": "Product"},
    "opencart-export-fr": {
        "product": {"name": "Nom du Produit", "price": "Prix", "quantityonhand": "Quantité",
                    "statuscode": "Statut", "productnumber": "Modèle",
                    "quantitydecimal": None},
        "key": "Nom du Produit", "status": {"Activé": 1, "Désactivé": 2},
        "prefix": "Produit"},
}


def _number(prefix: str, n: int | None) -> str:
    """The model as OpenCart's demo writes it ('product 11' and 'product 20' lower-case)."""
    if n is None:
        return "SAM1"
    return f"{prefix.lower() if n in (11, 20) else prefix} {n}"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_opencart_products_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """19 products load as products, as counted, nothing held back, field by field; the
    manufacturers not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "product": ("products", 19, 19, 0, 0, 0, 0)}
    assert out["product"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    table = tables["product"]
    assert {c["target"]: c["source"] for c in table["columns"]} == lang["product"]
    assert table["source_key"] == lang["key"]
    assert not table.get("owner")
    assert not table.get("unresolved_lookups")
    assert {lk["target"]: lk["table"] for lk in table["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    status = next(c for c in table["columns"] if c["target"] == "statuscode")
    assert status["values"] == lang["status"]
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("manufacturers", "unknown")]

    products = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    prefix = lang["prefix"]
    assert products["name"].to_list() == [p[0].format(p=prefix) for p in PRODUCTS]
    assert products["productnumber"].to_list() == [_number(prefix, p[1]) for p in PRODUCTS]
    assert products["price"].to_list() == [p[2] for p in PRODUCTS]
    assert products["quantityonhand"].to_list() == [float(p[3]) for p in PRODUCTS]
    assert set(products["statuscode"].to_list()) == {1}
    assert set(products["quantitydecimal"].to_list()) == {0}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"product"}
    assert set(verified["product"]) == set(lang["product"]) | {"defaultuomid",
                                                               "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
