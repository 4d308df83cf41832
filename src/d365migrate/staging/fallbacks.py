"""A column filled from a second export column where the first is empty.

``mapping.decisions.columns: {product.productnumber: {source: sku, else: id}}``: Saleor's
variants without a SKU have their own id, and Dataverse requires a product's number; a
contact with no last name may have a display name. Without it such rows are held back as
missing a required value. The value is the first of the columns that is not empty (trimmed),
staged and checked as the first column's would be; issues name the column as
``sku (else id)``, which says where each value came from.
"""

from __future__ import annotations

from typing import Any

import polars as pl

__all__ = ["fallback_name", "with_fallbacks"]


def fallback_name(source: str, others: list[str]) -> str:
    """How a column read with its fallbacks is named: 'sku (else id)'."""
    return f"{source} (else {', else '.join(others)})"


def _clean(name: str) -> pl.Expr:
    return pl.col(name).cast(pl.Utf8).str.strip_chars().replace("", None)


def with_fallbacks(df: pl.DataFrame, columns: list[dict[str, Any]], file: str
                   ) -> tuple[pl.DataFrame, list[dict[str, Any]]]:
    """``df`` with a column per map entry that has ``else`` columns (their first value that
    is not empty), and the entries reading it; the others as they are."""
    out, added = [], []
    for col in columns:
        others = col.get("else") or []
        if not others:
            out.append(col)
            continue
        for name in [col["source"], *others]:
            if name not in df.columns:
                raise KeyError(f"map for {col['target']}: column '{name}' is not in {file}")
        name = fallback_name(col["source"], others)
        added.append(pl.coalesce([_clean(c) for c in [col["source"], *others]]).alias(name))
        out.append({**col, "source": name})
    return (df.with_columns(added) if added else df), out
