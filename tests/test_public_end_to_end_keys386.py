"""keys386's public exports run end to end from their parameters files, decisions only
(issue 13): Akeneo PIM Community Edition (akeneo/pim-community-dev at 67c11605, OSL-3.0; the
open-source product information management system on Symfony), the install fixtures of its
demo catalogue (icecat_demo_dev: 1,239 products, 6 users) as its product CSV export writes
them and its users as the user grid lists them, headed by Akeneo's own labels in English,
German and French (tests/data/exports/akeneo-export-en, -de, -fr; SOURCE.md), on the
branch-point engine 56e42778 (session 52, round Z4). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers the map
reads). In every language the products load as products on the org's default unit group and
unit (the test creates both first), keyed by their SKU: SKU as product number, status, the
English web description, name, size, supplier (as supplier name in en, vendor name in de and
fr: both the supplier), weight, the EUR list price (182 products carry one: 96,304 in all)
and whole-unit decimals. Five products of the fixture have no name (SKUs 1111111217-221:
rows 1095-1099) and are quarantined as Dataverse requires a product's name, so 1,234 load;
verification finds no column differing. The users file is named a user list and not moved
(users are matched, not created). The parameters decide the key (the SKU), the product
number (the map read the parent product model's code as the number in en and de: the
measured miss), in de and fr the price's column (the measured miss), the status (enabled 1:
Active), the quantity decimals (0), the unit group and unit.

What is NOT read (left unmapped), in every language: categories, family, the parent product
model, the 40 spec and media attributes (camera, screen, printer and garment specs, EAN, ERP
name, EU shoe size, images, meta title, options, release date, variant names, wash
temperature), the weight's unit (grams and other units load as written), the USD price, the
three print descriptions; the users file. No owner column (the fallback owner, no one
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
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

#: per language: the header each mapped column reads (quantitydecimal: a value, no header)
LANGS = {
    "akeneo-export-en": {
        "productnumber": "SKU", "statuscode": "Status",
        "description": "Description (en_US, Ecommerce)", "name": "Name", "size": "Size",
        "suppliername": "Supplier", "stockweight": "Weight", "price": "Price (EUR)",
        "quantitydecimal": None},
    "akeneo-export-de": {
        "productnumber": "SKU", "statuscode": "Status",
        "description": "Beschreibung (en_US, Ecommerce)", "name": "Name", "size": "Size",
        "vendorname": "Lieferant", "stockweight": "Gewicht", "price": "Preis (EUR)",
        "quantitydecimal": None},
    "akeneo-export-fr": {
        "productnumber": "SKU", "statuscode": "État",
        "description": "Description (en_US, Ecommerce)", "name": "Nom", "size": "Taille",
        "vendorname": "Fournisseur", "stockweight": "Poids", "price": "Prix (EUR)",
        "quantitydecimal": None},
}
FIRST = [("1111111171", "Bag", 500.0), ("13871461", "Lexmark X464de", None)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_akeneo_products_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """1,234 of the 1,239 products load as products keyed by their SKU, the five without a
    name quarantined; the users not moved; verification finds no column differing."""
    columns = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "product": ("products", 1239, 1234, 5, 0, 0, 0)}
    assert out["product"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "products": ("product", {"product": 1239}), "users": ("user", {})}
    assert not files["users"]["migrated"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    product = tables["product"]
    assert {c["target"]: c["source"] for c in product["columns"]} == columns
    assert product["source_key"] == "key(SKU)"
    assert not product.get("owner")
    assert {lk["target"]: lk["table"] for lk in product["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    assert not product.get("unresolved_lookups")
    assert [u["source"] for u in mapping["unmatched_sources"]] == ["users"]
    assert {c["target"]: c.get("values") for c in product["columns"]}["statuscode"] == {"1": 1}

    staged = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert staged.height == 1234
    assert staged.head(2).select("productnumber", "name", "stockweight").rows() == FIRST
    assert staged["productnumber"].n_unique() == 1234
    assert staged["name"].null_count() == 0
    assert set(staged["statuscode"].to_list()) == {1}
    assert set(staged["quantitydecimal"].to_list()) == {0}
    assert staged["price"].drop_nulls().len() == 182
    assert round(staged["price"].sum(), 2) == 96304.0
    assert staged["stockweight"].drop_nulls().len() == 304
    assert staged["description"].drop_nulls().len() == 179
    supplier = "suppliername" if "suppliername" in columns else "vendorname"
    assert staged[supplier].drop_nulls().len() == 181
    quarantined = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert quarantined["row"].to_list() == ["1095", "1096", "1097", "1098", "1099"]
    assert set(quarantined["column"].to_list()) == {"name"}
    cleared_file = run_dir / "cleared" / "product.csv"
    assert not cleared_file.exists() or pl.read_csv(cleared_file, infer_schema=False).height == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"product"}
    assert set(verified["product"]) == set(columns) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
