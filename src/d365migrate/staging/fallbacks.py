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

__all__ = ["continued_name", "fallback_name", "with_fallbacks"]


def fallback_name(source: str, others: list[str]) -> str:
    """How a column read with its fallbacks is named: 'sku (else id)'."""
    return f"{source} (else {', else '.join(others)})"


def _clean(name: str) -> pl.Expr:
    return pl.col(name).cast(pl.Utf8).str.strip_chars().replace("", None)


def continued_name(source: str, options: list[str]) -> str:
    """How a name column read with the rows it continues is named (mapping/continuation_rows)."""
    return f"{source} (continuing the row above, with {', '.join(options)})"


def _continued(col: dict[str, Any]) -> tuple[str, pl.Expr]:
    """A row's own name, else (a row continuing a named row: no name, and the named row of
    its handle, or the one above it where it names none) that row's name with the row's
    options: 'Laptop (15 inch / 8GB)'."""
    how = col["continues"]
    name = _clean(col["source"])
    options = pl.concat_str([_clean(o).str.replace_all(r"\s*\|\s*", " / ")
                             for o in how["options"]], separator=" / ", ignore_nulls=True)
    above = pl.when(name.is_not_null()).then(name).otherwise(None).forward_fill()
    if how.get("by"):  # a row naming a handle: the named row of that handle, wherever it is
        handle = _clean(how["by"])
        above = pl.when(handle.is_null()).then(above).otherwise(
            name.drop_nulls().first().over(handle))
    continues = name.is_null() & above.is_not_null()
    value = pl.when(name.is_not_null()).then(name).when(continues & options.is_not_null()
                                                        & (options != "")).then(
        above + " (" + options + ")").when(continues).then(above).otherwise(None)
    return continued_name(col["source"], how["options"]), value


def with_fallbacks(df: pl.DataFrame, columns: list[dict[str, Any]], file: str
                   ) -> tuple[pl.DataFrame, list[dict[str, Any]]]:
    """``df`` with a column per map entry that has ``else`` columns (their first value that
    is not empty) or ``continues`` the rows above, and the entries reading it; the others as
    they are."""
    out, added = [], []
    for col in columns:
        others = col.get("else") or []
        if col.get("continues") and not others:
            for name in [col["source"], *col["continues"]["options"],
                         *([col["continues"]["by"]] if col["continues"].get("by") else [])]:
                if name not in df.columns:
                    raise KeyError(f"map for {col['target']}: column '{name}' is not in {file}")
            name, value = _continued(col)
            added.append(value.alias(name))
            out.append({**col, "source": name})
            continue
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
