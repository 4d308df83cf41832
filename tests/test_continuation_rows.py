"""A catalogue file's rows that continue the product above them (Shopify, Vendure, Spree):
recognised by their empty name and their option values, named after their product."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.continuation_rows import continuation, with_continuation_rows
from d365migrate.staging.fallbacks import with_fallbacks

POSITIONAL = pl.DataFrame({
    "name": ["Laptop", "", "", "Mouse", "Tablet", ""],
    "slug": ["laptop", "", "", "mouse", "tablet", ""],
    "optionValues": ["13 inch|8GB", "15 inch|8GB", "15 inch|16GB", "", "32GB", "128GB"],
    "sku": ["L1", "L2", "L3", "M1", "T1", "T2"]})
# Spree writes a variant's rows anywhere after its product's, repeating its slug
BY_HANDLE = pl.DataFrame({
    "slug": ["mug", "tee", "mug", "tee", "tee"],
    "name": ["Mug", "Tee", None, None, None],
    "option1_value": [None, None, "Blue", "S", "M"],
    "option2_value": [None, None, None, "Red", None],
    "sku": ["MUG", "TEE", "MUG-B", "TEE-S-R", "TEE-M"]})


def _staged(df: pl.DataFrame) -> list[str | None]:
    [entry] = with_continuation_rows([{"source": "products", "target": "product", "columns": [
        {"source": "name", "target": "name", "reason": "by name"}]}], {"products": df})
    col = entry["columns"][0]
    assert "is one more variant of the product it continues" in col["reason"]
    out, [read] = with_fallbacks(df, entry["columns"], "products.csv")
    return out[read["source"]].to_list()


def test_a_row_with_no_name_is_named_after_the_product_above_it() -> None:
    assert continuation(POSITIONAL, "name") == {"options": ["optionValues"], "by": "slug"}
    assert _staged(POSITIONAL) == ["Laptop", "Laptop (15 inch / 8GB)",
                                   "Laptop (15 inch / 16GB)", "Mouse", "Tablet",
                                   "Tablet (128GB)"]


def test_a_row_naming_a_handle_is_named_after_that_handles_product() -> None:
    assert _staged(BY_HANDLE) == ["Mug", "Tee", "Mug (Blue)", "Tee (S / Red)", "Tee (M)"]


def test_rows_without_names_but_no_options_are_no_variants() -> None:
    people = pl.DataFrame({"name": ["Ann", "", "Bo", ""], "email": ["a@x", "b@x", "c@x", "d@x"]})
    assert continuation(people, "name") is None
    # a handle naming no product: not a continuation
    stray = BY_HANDLE.with_columns(pl.Series("slug", ["mug", "tee", "cap", "hat", "bag"]))
    assert continuation(stray, "name") is None
    # every row named: nothing continues
    assert continuation(POSITIONAL.with_columns(pl.lit("x").alias("name")), "name") is None
