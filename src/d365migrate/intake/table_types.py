"""Every column of a table typed at once (issue 13: speed).

:func:`d365migrate.intake.values.infer_column` types one column from its sample with about
twenty polars expressions, most of them regular expressions: their fixed cost a column (about
2 ms) was most of reading an export of many small tables (Shopify's: 46 files, 714 columns,
0.8 s). :func:`infer_columns` asks the same of a whole table in two queries: every column's
sample, then the statistics of all the samples stacked, a ``group_by`` over them, so each
expression is compiled and run once a table. What a sample says is decided and kept by its
digest exactly as ``infer_column`` does it, so a later ``infer_column`` of the same column
(discovery's custom fields, the map's proposal) finds it (``tests/test_column_stats.py``).
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.number_values import number_columns
from d365migrate.intake.value_samples import SAMPLE
from d365migrate.intake.values import (
    _BY_SAMPLE,
    BLANK_MARKS,
    ZERO_DATE,
    _column_type,
    _remember,
    _sample_digest,
    _sample_stats,
    _type_from_stats,
    infer_column,
)

__all__ = ["infer_columns", "sample_expr"]


def _nonblank(c: str) -> pl.Expr:
    """Column ``c``'s values but nulls and blank text (``infer_column``'s evidence)."""
    nn = pl.col(c).drop_nulls()
    return nn.filter((nn.str.strip_chars(BLANK_MARKS) != "")
                     & ~nn.str.strip_chars().str.contains(ZERO_DATE))


def sample_expr(values: pl.Expr) -> pl.Expr:
    """:func:`d365migrate.intake.values.sample_values` of non-null ``values``: the distinct
    ones in order, from every k-th of them when there are over four times ``SAMPLE``."""
    n = values.len()
    step = pl.when(n > 4 * SAMPLE).then(n // (4 * SAMPLE)).otherwise(1)
    return values.filter(pl.int_range(n) % step == 0).unique(maintain_order=True).head(SAMPLE)


def infer_columns(df: pl.DataFrame) -> dict[str, dict[str, Any]]:
    """``infer_column`` of every column of ``df``, in column order, the same answers."""
    schema = df.schema
    text = [c for c in df.columns if schema[c] == pl.Utf8]
    keys = {c: f"\0{i}" for i, c in enumerate(text)}
    first = df.select([e for c in text for e in (
        _nonblank(c).len().alias(f"n{keys[c]}"),
        sample_expr(_nonblank(c)).implode().alias(keys[c]))]) if text else pl.DataFrame()
    samples = {c: first[keys[c]][0] for c in text if first[f"n{keys[c]}"][0]}
    found: dict[str, tuple[dict[str, Any] | None, int | None]] = {}
    digests = {}
    for c, sample in samples.items():
        digests[c] = _sample_digest(sample)
        if digests[c] in _BY_SAMPLE:
            found[c] = _BY_SAMPLE[digests[c]]
    todo = [keys[c] for c in samples if c not in found]
    if todo:  # the samples stacked, each one's statistics by a group_by
        stats = (first.lazy().select(todo).unpivot(variable_name="\0k", value_name="v")
                 .explode("v").pipe(number_columns).group_by("\0k", maintain_order=True)
                 .agg(_sample_stats()).collect())
        by_key = {keys[c]: c for c in samples}
        for st in stats.iter_rows(named=True):
            c = by_key[st["\0k"]]
            found[c] = _type_from_stats(st, samples[c])
            _remember(digests[c], found[c])
    untyped = [c for c in samples if found[c][0] is None]
    distinct = (df.select([_nonblank(c).n_unique().alias(keys[c]) for c in untyped])
                .row(0, named=True) if untyped else {})
    out = {}
    for c in df.columns:
        if c not in keys:
            out[c] = infer_column(df[c])
        elif c not in samples:
            out[c] = {"type": "empty"}
        else:
            typed, maxlen = found[c]
            out[c] = _column_type(typed, maxlen, lambda c=c: distinct[keys[c]], df.height)
    return out
