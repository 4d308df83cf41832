"""A column that repeats another's values row by row: SuiteCRM's opportunity export writes
the amount twice ('Opportunity Amount', then 'Amount', the same in US dollars). Where both
claim the same target first, the earlier column is the field and the later a copy, left
unmapped: without this the copy, scored a little higher by its plainer name, takes the
target and the field falls back to a wrong second choice (a discount amount)."""

from __future__ import annotations

import polars as pl

__all__ = ["yield_copies"]

Scored = dict[str, list[tuple[float, str, str]]]


def _same(a: pl.Series, b: pl.Series) -> bool:
    """The same text in every row (empty where the other is empty), and some text at all."""
    x = a.cast(pl.Utf8, strict=False).str.strip_chars().fill_null("")
    y = b.cast(pl.Utf8, strict=False).str.strip_chars().fill_null("")
    return bool((x != "").any()) and bool((x == y).all())


def yield_copies(rows: pl.DataFrame, scored: Scored, unmapped: dict[str, str]) -> None:
    """Leave a later column unmapped when an earlier one holds the same values row by row
    and both claim the same target first (``scored``: column -> ranked candidates)."""
    cols = [c for c in rows.columns if scored.get(c)]
    for i, first in enumerate(cols):
        for later in cols[i + 1:]:
            if not scored.get(first) or not scored.get(later):
                continue
            if scored[first][0][1] != scored[later][0][1]:
                continue
            if _same(rows[first], rows[later]):
                scored[later] = []
                unmapped[later] = f"the values of '{first}' again, row by row: a copy"
