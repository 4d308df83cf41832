"""keys363's public exports run end to end from their parameters files, decisions only
(issue 13): EverShop (evershopcommerce/evershop at 770c47bb, GPL-3.0; the open-source
e-commerce platform on Node.js), the 15 demo products of its own seed as its admin product
list shows them (Name, Price, SKU, Stock, Status), headed by its own labels in English,
German, French and Spanish (tests/data/exports/evershop-export-en, -de, -fr, -es;
SOURCE.md), written on the branch-point engine 99edcc1e (session 51, round Z). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

In every language the 15 products load as products (name, SKU as product number, stock as
quantity on hand, status, whole-unit decimals) on the org's default unit group and unit
(the test creates both first), keyed by their SKU; nothing is quarantined and verification
finds no column differing. The list price loads in every language ('$15.00', '15,00 $',
'15,00 US$', '15,00 $US': 315.00 in all); in fr the parameters map 'Prix' to the price (the
measured miss). On the branch-point engine the French '$US' (ICU's suffix for US dollars)
read as no amount and each price was cleared; read since session 51. The parameters decide the key
(the SKU), the statuses (the badge's Active Active, Inactive Retired, in each language),
the quantity decimals (0), the unit group and unit, and in fr the price's column.

What is NOT read: nothing of the file (every column maps). No owner column (the fallback
owner, no one queued).
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

#: per language: the headers of name, price, SKU, stock and status, and the price's cell
#: of the first row as written
LANGS = {
    "evershop-export-en": ("Name", "Price", "SKU", "Stock", "Status", "$35.00"),
    "evershop-export-de": ("Name", "Preis", "SKU", "Lagerbestand", "Status", "35,00\u00a0$"),
    "evershop-export-fr": ("Nom", "Prix", "SKU", "Stock", "Statut", "35,00\u00a0$US"),
    "evershop-export-es": ("Nombre", "Precio", "SKU", "Existencias", "Estado",
                           "35,00\u00a0US$"),
}
FIRST = [("THERMO-005-YEL", "Stainless Steel Thermos - Yellow", 120.0),
         ("THERMO-005-BLK", "Stainless Steel Thermos - Black", 120.0),
         ("THERMO-005-WHT", "Stainless Steel Thermos - White", 120.0)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_evershop_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 15 products load as products keyed by their SKU, nothing quarantined, the price
    in every language; verification finds no column differing."""
    label, price, sku, stock, status, _ = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {"product": ("products", 15, 15, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "products": ("product", {"product": 15})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    product = tables["product"]
    columns = {"name": label, "price": price, "productnumber": sku, "quantityonhand": stock,
               "statuscode": status, "quantitydecimal": None}
    assert {c["target"]: c["source"] for c in product["columns"]} == columns
    assert product["source_key"] == f"key({sku})"
    assert not product.get("owner")
    assert {lk["target"]: lk["table"] for lk in product["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert staged.height == 15
    assert staged.head(3).select("productnumber", "name", "quantityonhand").rows() == FIRST
    assert staged["quantityonhand"].sum() == 1530
    assert set(staged["statuscode"].to_list()) == {1}
    assert set(staged["quantitydecimal"].to_list()) == {0}
    quarantined = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert quarantined.height == 0
    cleared_file = run_dir / "cleared" / "product.csv"
    cleared = (pl.read_csv(cleared_file, infer_schema=False) if cleared_file.exists()
               else pl.DataFrame())
    # every price loads, fr's '$US' too (read since session 51; on the branch-point engine
    # each fr price was cleared as not a number)
    assert staged["price"].null_count() == 0
    assert round(staged["price"].sum(), 2) == 315.0
    assert staged["price"].head(3).to_list() == [35.0, 35.0, 35.0]
    assert cleared.height == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"product"}
    assert set(verified["product"]) == set(columns) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
