"""Rows of a product file that its other rows name as their parent: product families.

A shop's product export often writes a configurable product and its variants in one file,
each variant naming the configurable one by SKU (Bagisto's ``parent_sku``, WooCommerce's
``Parent``). In Dynamics 365 a product's parent must be a product family: Microsoft's
"Create and manage product families, products, and bundles" says "a product or bundle can't
be set as a parent", and the org refuses the variant's link to a plain product. Where the
parents sit in another file, that whole file loads as product families
(``mapping/parent_files.py``); here, in one file, which rows are families is each row's
matter: exactly the rows another row names as its parent load with Product Structure:
Product Family (2), the rest as they are.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.mapping.parent_files import PRODUCT_FAMILY

__all__ = ["STRUCTURE", "families_named"]

#: The product's structure: 1 Product, 2 Product Family, 3 Product Bundle.
STRUCTURE = "productstructure"
PRODUCT = 1


def families_named(staged: pl.DataFrame, lookups: list[dict[str, Any]], source: str,
                   ref_prefix: str) -> pl.DataFrame:
    """``staged`` with ``productstructure`` 2 on each row that another row of the same
    file names as its parent product (a ``parentproductid`` link into its own file)."""
    named: set[str] = set()
    for lk in lookups:
        ref = ref_prefix + str(lk.get("navigation"))
        if lk.get("target") != "parentproductid" or lk.get("table") != "product" \
                or not str(lk.get("references") or "").startswith(f"{source}.") \
                or ref not in staged.columns:
            continue
        named |= {r for r, sid in staged.select(ref, "__source_id").iter_rows()
                  if r is not None and r != sid}
    if not named:
        return staged
    family = pl.col("__source_id").is_in(list(named))
    # the other rows keep the structure the map gives them, else Product (1), as Dataverse
    # sets it on a product created without one
    current = pl.col(STRUCTURE).cast(pl.Int64, strict=False) if STRUCTURE in staged.columns \
        else pl.lit(PRODUCT, dtype=pl.Int64)
    return staged.with_columns(pl.when(family).then(pl.lit(PRODUCT_FAMILY, dtype=pl.Int64))
                               .otherwise(current).alias(STRUCTURE))
