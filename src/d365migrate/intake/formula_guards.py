"""The apostrophe a spreadsheet export puts before a value that would run as a formula.

Exports guard their cells against formula injection the way OWASP advises: a value starting
with ``=``, ``+``, ``-`` or ``@`` is written with an apostrophe before it (FacturaScripts'
CSV export writes a phone "+34 999 56 6963" as "'+34 999 56 6963"; a spreadsheet shows it
without the apostrophe). The apostrophe is no part of the value: read with it, a column of
phone numbers is text, and the org would store the mark. So such cells are read without it,
and the file's reading notes say which column and how many cells.
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["without_formula_guards"]

#: A guarded cell: the apostrophe, then what a spreadsheet would read as a formula.
_GUARDED = r"^'[=+\-@]"


def without_formula_guards(df: pl.DataFrame, label: str, problems: list[Problem],
                           line: int) -> pl.DataFrame:
    """``df`` with each guarded cell's leading apostrophe taken off, a warning per column."""
    text = [c for c in df.columns if df[c].dtype == pl.Utf8]
    if not text:
        return df
    counts = df.select(pl.col(c).str.contains(_GUARDED).sum().alias(c) for c in text).row(0)
    changed = []
    for col, n in zip(text, counts, strict=True):
        if not n:
            continue
        changed.append(pl.when(pl.col(col).str.contains(_GUARDED))
                       .then(pl.col(col).str.slice(1)).otherwise(pl.col(col)).alias(col))
        problems.append(Problem(label, line, f"column '{col}': {n} value(s) began with the "
                                "apostrophe an export writes before a value starting with "
                                "= + - or @ (so that no spreadsheet runs it as a formula); "
                                "read without it", "warning"))
    return df.with_columns(changed) if changed else df
