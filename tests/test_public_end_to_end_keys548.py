"""keys548's public exports run end to end from their parameters files, decisions only
(issue 13): SimplCommerce (simplcommerce/SimplCommerce at 8cea8afb, Apache-2.0; open-source
e-commerce on ASP.NET Core), the Fashion sample catalogue its SampleData module loads into a
new store -- 26 products (16 products, two of them with options, Lightweight Jacket and
Square Neck Back, and their 10 variants), 6 categories, 3 brands -- headed by the labels of
its admin forms in English and, by its own fr-FR resources, in French
(tests/data/exports/simplcommerce-export-en, -fr; SOURCE.md), on the branch-point engine
3a01c1f8 (session 65, round Z41). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with the org's default unit group and unit made first.

In both languages the 26 products load as products keyed by their slug: name, the HTML
description, the USD price, the published flag as the state (all Active), the stock as
quantity on hand (2,500 units; 0 on the Lightweight Jacket family), stock tracking, the
creation date (the +07:00 DateTimeOffset as UTC), the slug as the product number, the brand
as the vendor's name, whole-unit decimals, on the org's default unit group and unit. Nothing
is held back, skipped, failed or cleared; no owner is queued; verification finds no column
differing.

The parameters decide: the key (the slug: the sample has no SKU), the product number (the
slug, Dynamics requiring one), the brand as the vendor's name and 'Enable Stock Tracking' as
the stock-item flag (each left out by the engine, which the key allows), the published
flag's Yes / Oui as Active, the quantity decimals (0), the unit group and unit, and a
quarantine gate of 0%.

What is NOT read (left unmapped): the short description, the old (struck-through) price,
the category mapping, 'Has Options' (a variant family: the variants load as products of
their own), and the shop's display flags (visible individually, featured, call for pricing,
allowed to order); categories.csv and brands.csv (no Sales table). No owner column (the
fallback owner).
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

#: per language: the headers of name, price, published, stock, created on, brand, and the
#: labels left unmapped
LANGS = {
    "simplcommerce-export-en": (
        "Name", "Price", "Is Published", "Stock Quantity", "Created On", "Brand",
        ["Short Description", "Old Price", "Category Mapping", "Has Options",
         "Is Visible Individually", "Is Featured", "Is Called For Pricing",
         "Is Allowed To Order"]),
    "simplcommerce-export-fr": (
        "Nom", "Prix", "Est publié", "Quantité en stock", "Créé en", "Marque",
        ["Brève Description", "Ancien prix", "Mapping de catégorie", "A des options",
         "Est visible individuellement", "Est en vedette", "Est appelé pour le prix",
         "Est autorisé à commander"]),
}
FIRST = [("lightweight-jacket", "Lightweight Jacket", 58.79, 0.0, "Calvin Klein"),
         ("lightweight-jacket-m-black", "Lightweight Jacket M Black", 58.79, 100.0, None),
         ("lightweight-jacket-m-gray", "Lightweight Jacket M Gray", 58.79, 100.0, None)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_simplcommerce_products_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 26 products load as products keyed by their slug, nothing held back or cleared;
    categories and brands stay out; verification finds no column differing."""
    label, price, published, stock, created, brand, unmapped = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "product": ("products", 26, 26, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "products": ("product", {"product": 26}, True),
        "categories": ("unknown", {}, False),
        "brands": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    product = tables["product"]
    columns = {"name": label, "description": "Description", "price": price,
               "statecode": published, "quantityonhand": stock,
               "overriddencreatedon": created, "isstockitem": "Enable Stock Tracking",
               "productnumber": "Slug", "quantitydecimal": None, "vendorname": brand}
    assert {c["target"]: c["source"] for c in product["columns"]} == columns
    assert product["source_key"] == "key(Slug)"
    assert sorted(product["unmapped"]) == sorted(unmapped)
    assert not product.get("owner")
    assert {lk["target"]: lk["table"] for lk in product["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("brands", "unknown"), ("categories", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        path = run_dir / kind / "product.csv"
        if path.exists() and path.stat().st_size:
            assert pl.read_csv(path, infer_schema=False).height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert staged.height == 26
    assert staged.head(3).select("productnumber", "name", "price", "quantityonhand",
                                 "vendorname").rows() == FIRST
    assert staged["productnumber"].n_unique() == 26
    assert round(staged["price"].sum(), 2) == 1212.19
    assert staged["price"].null_count() == 0
    assert staged["quantityonhand"].sum() == 2500
    assert set(staged["statecode"].to_list()) == {0}
    assert set(staged["isstockitem"].to_list()) == {True}
    assert set(staged["quantitydecimal"].to_list()) == {0}
    # the brand on the 15 products that name one; the variants and one product name none
    assert sorted(staged["vendorname"].value_counts().drop_nulls("vendorname").rows()) == [
        ("Adidas", 1), ("Calvin Klein", 13), ("Ogival", 1)]
    assert staged["vendorname"].null_count() == 11
    # the admin's DateTimeOffset ('2018-08-11T15:02:17.0131910+07:00') as UTC
    assert staged["overriddencreatedon"].head(2).to_list() == ["2018-08-11T08:02:17Z"] * 2
    assert all(d.startswith("<p>") for d in staged["description"].to_list())
    assert staged["__via__defaultuomid"].to_list() == ["existing"] * 26

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"product"}
    assert set(verified["product"]) == set(columns) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
