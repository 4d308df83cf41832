"""Every column's statistics of one table in a few polars passes (issue 13: speed).

The profile (:mod:`d365migrate.intake.profile`) asked polars one question at a time: each
column's pattern, its top values, its number format's guess, its parse, its failed rows,
each a collect of its own (Shopify's export: 5,800 collects, most of the profile's CPU).
:func:`table_stats` asks the same questions of a whole table at once, as the expressions of
at most three queries: what every column holds (nulls, distinct values, longest value,
pattern, and the samples the number columns' separators are guessed from), those guesses
(one ``group_by`` over all the samples), then the parses, checks and top values. The answers
are those of :func:`d365migrate.intake.values.parse_numbers`,
:func:`~d365migrate.intake.values.parse_dates` and the profile's checks, column by column
(``tests/test_column_stats.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.intake.number_values import (
    decide_number,
    number_columns,
    number_expr,
    number_exprs,
)
from d365migrate.intake.table_types import sample_expr
from d365migrate.intake.values import EMAIL, ValueFormat, datetime_expr, guess_date_formats

__all__ = ["COUNT", "Check", "ColumnStats", "table_stats", "PATTERN_SAMPLE", "URL_RX"]

#: the count column of a value count: no export column can be named so (X2CRM's lists have
#: a column named "count", polars' own name for it)
COUNT = "\0n"
#: A column's pattern is read from every ``height // PATTERN_SAMPLE``-th row.
PATTERN_SAMPLE = 5000
#: At most so many cells (rows x columns) a query of parses and checks: each parse is a
#: column while its query runs (a million-row table: two columns a query, as memory goes).
CELLS_A_QUERY = 2_000_000
URL_RX = r"(?i)^(https?://)?(www\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?$"
_PHONE_EXT = r"(?i)\s*(x|ext\.?)\s*\d+$"


@dataclass(frozen=True)
class Check:
    """What a column is checked for: ``kind`` 'date', 'number', 'email', 'phone' or 'url'
    ('' for nothing), dates and numbers read under ``value_format`` as staging reads them
    (None: guessed from the column, as intake would); ``limit``: the length of the Dynamics
    365 column it lands in."""

    kind: str = ""
    value_format: ValueFormat | None = None
    limit: int | None = None


@dataclass
class ColumnStats:
    """One column's statistics as the profile shows them (``invalid``: values that fail the
    column's check, the first three of them in ``invalid_examples``)."""

    nulls: int
    distinct: int  # null counted as a value, as polars counts it
    max_length: int | None
    pattern: str = ""
    top_values: str = ""
    min: Any = None
    max: Any = None
    invalid: int = 0
    invalid_examples: list[str] = field(default_factory=list)
    over_limit: int = 0


def pattern_expr(e: pl.Expr) -> pl.Expr:
    """A value's shape: capitals A, small letters a, digits 9, its first 40 characters."""
    return (e.str.replace_all(r"\p{Lu}", "A").str.replace_all(r"\p{Ll}", "a")
            .str.replace_all(r"\d", "9").str.slice(0, 40))


def _shapes(df: pl.DataFrame, step: int) -> dict[str, tuple[str, int, int]]:
    """Each column's commonest shape (:func:`pattern_expr`) among every ``step``-th row:
    (shape, how many, how many values), ties going to the shape seen first, as a value count
    sorted by count orders them. One query for the whole table: its columns stacked, so each
    pattern is compiled and run once rather than once a column."""
    found = (df.lazy().gather_every(step).select(pl.all().cast(pl.Utf8))
             .unpivot(variable_name="\0k", value_name="v")
             .select("\0k", pattern_expr(pl.col("v")).alias("p")).drop_nulls("p")
             .group_by("\0k", "p", maintain_order=True).len(COUNT)
             .group_by("\0k", maintain_order=True).agg(
                 pl.col("p").sort_by(COUNT, descending=True, maintain_order=True).first(),
                 pl.col(COUNT).max(), pl.col(COUNT).sum().alias("\0total"))
             .collect())
    return {k: (p, top, total) for k, p, top, total in found.iter_rows()}


def _needs_guess(vf: ValueFormat | None) -> bool:
    """Whether ``parse_numbers`` would read the column's separators from its guess."""
    return vf is None or not vf.decimal or vf.thousands is None


def _number_guesses(df: pl.DataFrame, columns: list[str]) -> dict[str, tuple[str, str | None]]:
    """(decimal, thousands) as :func:`~d365migrate.intake.values.guess_number_format` guesses
    them for each of ``columns`` (each has a non-null value), in one query: the columns'
    samples stacked, each one's statistics by a ``group_by``."""
    if not columns:
        return {}
    keys = [f"\0{i}" for i in range(len(columns))]
    stats = (df.lazy().select([sample_expr(pl.col(c).drop_nulls()).implode().alias(k)
                               for c, k in zip(columns, keys, strict=True)])
             .unpivot(variable_name="\0k", value_name="v").explode("v")
             .pipe(number_columns)
             .group_by("\0k").agg(number_exprs(pl.col("v"))).collect())
    out = {}
    by_key = dict(zip(keys, columns, strict=True))
    for st in stats.iter_rows(named=True):
        dec, th, _ = decide_number(st)
        out[by_key[st["\0k"]]] = (dec, th)
    return out


def _bad(kind: str, col: pl.Expr, parsed: pl.Expr | None) -> pl.Expr:
    """The values of ``col`` that fail its check (as the profile has always read them)."""
    if kind in {"date", "number"}:
        assert parsed is not None
        return col.is_not_null() & (col.str.strip_chars() != "") & parsed.is_null()
    if kind == "email":
        return col.is_not_null() & ~col.str.strip_chars().str.contains(EMAIL)
    if kind == "phone":
        digits = (col.str.replace_all(_PHONE_EXT, "").str.replace_all(r"\D", "")
                  .str.len_chars())
        return col.is_not_null() & ((digits < 7) | (digits > 15)
                                    | col.str.contains(r"(?i)[a-wyz]"))
    return col.is_not_null() & ~col.str.strip_chars().str.contains(URL_RX)


def _parsed(kind: str, df: pl.DataFrame, c: str, vf: ValueFormat | None,
            guess: tuple[str, str | None] | None) -> pl.Expr | None:
    """Column ``c`` read as a date or a number, as the profile reads it (None: neither)."""
    col = pl.col(c)
    if kind == "date":
        fmts = vf.date_formats if vf else None
        formats = list(fmts) if fmts else guess_date_formats(df[c])[0]
        return (datetime_expr(col.cast(pl.Utf8), formats) if formats
                else pl.lit(None, dtype=pl.Datetime("us")))
    if kind == "number":
        g_dec, g_th = guess or (".", None)
        decimal = vf.decimal if vf else None
        thousands = vf.thousands if vf else None
        dec = decimal or g_dec
        th = thousands if thousands is not None else (g_th or ("." if dec == "," else ","))
        return number_expr(col, dec, th)
    return None


def _checked(df: pl.DataFrame, columns: list[tuple[int, str]], checks: dict[str, Check],
             out: dict[str, ColumnStats], guesses: dict[str, tuple[str, str | None]]
             ) -> dict[str, Any]:
    """One query for ``columns`` (index, name): their top values, parses and checks, each
    parse and check computed once (a column of the query) and read by the statistics that
    need it."""
    n = df.height
    second: list[pl.Expr] = []
    parses: list[pl.Expr] = []
    checked: list[pl.Expr] = []
    for i, c in columns:
        st, check, col = out[c], checks.get(c, Check()), pl.col(c)
        nonnull = n - st.nulls
        distinct = st.distinct - (1 if st.nulls else 0)
        if st.nulls < n and (distinct <= 0.5 * nonnull or distinct <= 50):
            second.append(col.drop_nulls().value_counts(sort=True, name=COUNT).head(5)
                          .implode().alias(f"t{i}"))
        if check.kind:
            parsed = _parsed(check.kind, df, c, check.value_format, guesses.get(c))
            if parsed is not None:
                parses.append(parsed.alias(f"\0v{i}"))
                parsed = pl.col(f"\0v{i}")
                second += [parsed.count().alias(f"c{i}"), parsed.min().alias(f"min{i}"),
                           parsed.max().alias(f"max{i}")]
            checked.append(_bad(check.kind, col, parsed).alias(f"\0b{i}"))
            bad = pl.col(f"\0b{i}")
            second += [bad.sum().alias(f"b{i}"), col.filter(bad).head(3).implode()
                       .alias(f"e{i}")]
        if check.limit and (st.max_length or 0) > check.limit:
            second.append((col.str.len_chars() > check.limit).sum().alias(f"o{i}"))
    if not second:
        return {}
    return (df.lazy().with_columns(parses).with_columns(checked).select(second).collect()
            .row(0, named=True))


def table_stats(df: pl.DataFrame, checks: dict[str, Check]) -> dict[str, ColumnStats]:
    """Every column's :class:`ColumnStats` (``checks``: what each column is checked for; a
    column not named there is only counted). An empty table: counts of zero."""
    n = df.height
    if n == 0:
        return {c: ColumnStats(0, 0, None) for c in df.columns}
    first = [e for i, c in enumerate(df.columns) for e in (
        pl.col(c).null_count().alias(f"n{i}"), pl.col(c).n_unique().alias(f"d{i}"),
        pl.col(c).str.len_chars().max().alias(f"l{i}"))]
    row = df.select(first).row(0, named=True)
    shapes = _shapes(df, max(1, n // PATTERN_SAMPLE))
    out: dict[str, ColumnStats] = {}
    for i, c in enumerate(df.columns):
        st = out[c] = ColumnStats(row[f"n{i}"], row[f"d{i}"], row[f"l{i}"])
        if st.nulls < n and c in shapes:
            shape, count, total = shapes[c]
            st.pattern = f"{shape} ({count / total:.0%})"
    guesses = _number_guesses(df, [c for c, ch in checks.items() if ch.kind == "number"
                                   and _needs_guess(ch.value_format) and out[c].nulls < n])
    found: dict[str, Any] = {}
    step = max(1, CELLS_A_QUERY // n)  # each parse is kept while its query runs
    for at in range(0, df.width, step):
        found |= _checked(df, list(enumerate(df.columns))[at:at + step], checks, out, guesses)
    for i, c in enumerate(df.columns):
        st, row = out[c], found
        if f"t{i}" in row:
            st.top_values = "; ".join(f"{v} ({k})" for v, k in
                                      (tuple(d.values()) for d in row[f"t{i}"]))
        if f"b{i}" in row:
            st.invalid = int(row[f"b{i}"] or 0)
            st.invalid_examples = [str(v) for v in row[f"e{i}"]]
        if row.get(f"c{i}"):
            st.min, st.max = row[f"min{i}"], row[f"max{i}"]
        st.over_limit = int(row.get(f"o{i}") or 0)
    return out
