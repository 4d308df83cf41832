"""keys371's public export run end to end from its parameters file, decisions only (issue
13): TastyIgniter (tastyigniter/core at f4f7b931, MIT; open-source restaurant ordering and
table reservations on Laravel), its 12 demo menu items (core database/records/menus.json,
seeded by DemoSchemaSeeder) as the Import/Export extension's "Export Menu Items" writes them
(igniter-labs/ti-ext-importexport at c5f3d03b: menus.csv, ID, Name, Price, Description,
Minimum Quantity, Category, Status), English, the one language TastyIgniter's repositories
ship (tests/data/exports/tastyigniter-export-en; SOURCE.md), written on the branch-point
engine 99edcc1e (session 51, round Z). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

The 12 dishes load as products on the org's own default unit group and unit (the test
creates them first, as the org's admin would): name, price, description, status, the
number. Nothing is held back; verification finds no column differing. The parameters
decide: the file's object (product: discovery was unsure between product, territory and
unit group, the measured miss), the key (TastyIgniter's menu_id), the product number
(TastyIgniter's id: the demo items have no SKU or code, and Dynamics requires a number),
whole-unit quantities, the status's options (1 enabled: Active; 0 disabled: Retired) and
the units.

What the run reads: ID (the key, and as the product number), Name, Price, Description,
Status.

What is NOT read (left unmapped by the engine): Minimum Quantity (the fewest a customer may
order: no product column) and Category (the item's menu categories: none linked in the
demo; the catalogue tree, no product column). No owner column (the fallback owner, no one
queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "tastyigniter-export-en"
PRODUCT_COLUMNS = {"name": "Name", "price": "Price", "description": "Description",
                   "statuscode": "Status", "productnumber": "ID", "quantitydecimal": None}
NOT_READ = {"Minimum Quantity", "Category"}
#: the dishes as staged, in the export's order: name, price
DISHES = [("Puff-Puff", 4.99), ("SCOTCH EGG", 2.0), ("ATA RICE", 12.0),
          ("RICE AND DODO", 11.99), ("Special Shrimp Deluxe", 12.99),
          ("Whole catfish with rice and vegetables", 13.99), ("African Salad", 8.99),
          ("Seafood Salad", 5.99), ("EBA", 11.99), ("AMALA", 11.99), ("YAM PORRIDGE", 9.99),
          ("Boiled Plantain", 9.99)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def test_tastyigniter_menu_items_load_as_products(runs: Callable[[str], Path]) -> None:
    """The 12 demo menu items load as products on the org's units, as counted, nothing held
    back; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "product": ("menus", 12, 12, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "menus": ("product", {"product": 12})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    product = tables["product"]
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT_COLUMNS
    assert set(product["unmapped"]) == NOT_READ
    assert product["source_key"] == "key(ID)"
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in product["lookups"]} == {
        "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)}
    status = next(c for c in product["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"1": 1, "0": 2}
    assert not product.get("owner")
    assert not product.get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert staged.select("name", "price").rows() == DISHES
    assert staged["productnumber"].to_list() == [str(n) for n in range(1, 13)]
    assert staged["description"].to_list()[0] == (
        "Traditional Nigerian donut ball, rolled in sugar")
    assert staged["description"].is_null().sum() == 0
    assert set(staged["statuscode"].to_list()) == {1}          # every demo item enabled
    assert set(staged["quantitydecimal"].to_list()) == {0}
    assert set(staged["__via__defaultuomid"].to_list()) == {"existing"}
    assert set(staged["__via__defaultuomscheduleid"].to_list()) == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["product"]) == set(PRODUCT_COLUMNS) | {
        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_tastyigniter_menus_unsure_without_the_intake_decision(tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the menu items no object (the
    held-out miss: unsure between product, territory and unit group), so the decision is
    needed."""
    objs = discovered_without_intake(NAME, tmp_path, {"menus.csv": {"object": "product"}})
    assert {o["source"]: o["name"] for o in objs} == {"menus": "unknown"}
