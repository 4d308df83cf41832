"""A column's sample: a deterministic spread of its distinct values, what every type guess
reads (dates, numbers, e-mails), so a million-row column costs a few thousand values; and
the rows a parse of the whole column failed, for the problem lines."""

from __future__ import annotations

from typing import TypeVar

import polars as pl

SAMPLE = 5000
FrameT = TypeVar("FrameT", pl.DataFrame, pl.LazyFrame)


def sample_values(s: pl.Series, n: int = SAMPLE) -> pl.Series:
    """Deterministic spread sample of distinct non-null values (cheap on 1M rows)."""
    s = s.drop_nulls()
    if s.len() > 4 * n:
        step = s.len() // (4 * n)
        s = s.gather_every(step)
    return s.unique(maintain_order=True).head(n)


def failed_rows(txt: pl.Series, parsed: pl.Series) -> pl.DataFrame:
    bad = txt.is_not_null() & (txt.str.strip_chars() != "") & parsed.is_null()
    return pl.DataFrame({"row": pl.int_range(0, txt.len(), eager=True), "value": txt}
                        ).filter(bad)
