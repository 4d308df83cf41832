"""Why a row without a source id is held back, in words a person reads: a row with no
value in any column (a spreadsheet's blank line, a template's empty rows) is an empty row,
not a record missing its id."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

__all__ = ["EMPTY_ROW", "no_id_reason"]

EMPTY_ROW = "an empty row: no value in any column"


def no_id_reason(columns: Iterable[str], key: str) -> pl.Expr:
    """The reason for each row of a frame whose source id is empty."""
    own = [c for c in columns if not c.startswith("__")]
    if not own:
        return pl.lit(f"no source id in '{key}'")
    blank = pl.all_horizontal(
        pl.col(c).cast(pl.Utf8).str.strip_chars().fill_null("") == "" for c in own)
    return pl.when(blank).then(pl.lit(EMPTY_ROW)).otherwise(pl.lit(f"no source id in '{key}'"))
