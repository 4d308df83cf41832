"""Column generators for the sample export: seeded streams, ids, times, dirty phones and emails."""

from __future__ import annotations

import numpy as np
import polars as pl

from d365migrate.demo.sample_words import ID_BASE, ISO, T0, T1


def stream(seed: int, name: str) -> np.random.Generator:
    # One stream per table: changing one table's count never shifts another's data.
    return np.random.default_rng([seed, sum(ord(c) * 31**i for i, c in enumerate(name)) % 2**32])


def pick(values: list, idx: np.ndarray) -> pl.Series:
    return pl.Series(values).gather(pl.Series(idx, dtype=pl.UInt32))


def choice(rng: np.random.Generator, values: list, n: int) -> pl.Series:
    return pick(values, rng.integers(0, len(values), n))


def id_series(name: str, n: int, start: int = 1) -> pl.Series:
    return pl.Series(np.arange(start, start + n, dtype=np.int64) + ID_BASE[name]).cast(pl.Utf8)


def timestamps(secs: np.ndarray, fmt: str = ISO) -> pl.Series:
    return pl.from_epoch(pl.Series(secs.astype(np.int64)), time_unit="s").dt.strftime(fmt)


def created_updated(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    created = rng.integers(T0, T1, n)
    updated = created + rng.integers(0, 400 * 86400, n)
    return created, np.minimum(updated, T1 + 86400)


def blank(s: pl.Series, mask: np.ndarray) -> pl.Series:
    return pl.select(pl.when(pl.Series(mask)).then(pl.lit("")).otherwise(s)).to_series()


def where(mask: np.ndarray, a: pl.Series | str, b: pl.Series) -> pl.Series:
    a_expr = pl.lit(a) if isinstance(a, str) else a
    return pl.select(pl.when(pl.Series(mask)).then(a_expr).otherwise(b)).to_series()


def phones(rng: np.random.Generator, n: int) -> pl.Series:
    """Phone numbers in the half-dozen formats sales reps actually type."""
    a = pl.Series(rng.integers(201, 990, n)).cast(pl.Utf8)
    b = pl.Series(rng.integers(200, 999, n)).cast(pl.Utf8)
    c = pl.Series(rng.integers(0, 10000, n)).cast(pl.Utf8).str.zfill(4)
    uk = pl.Series(rng.integers(1000, 9999, n)).cast(pl.Utf8)
    fmt = pl.Series(rng.choice(9, n, p=[.25, .15, .1, .15, .1, .08, .07, .05, .05]))
    df = pl.DataFrame({"a": a, "b": b, "c": c, "u": uk, "f": fmt})
    expr = (
        pl.when(pl.col("f") == 0).then(pl.format("({}) {}-{}", "a", "b", "c"))
        .when(pl.col("f") == 1).then(pl.format("{}-{}-{}", "a", "b", "c"))
        .when(pl.col("f") == 2).then(pl.format("{}.{}.{}", "a", "b", "c"))
        .when(pl.col("f") == 3).then(pl.format("+1 {} {} {}", "a", "b", "c"))
        .when(pl.col("f") == 4).then(pl.format("{}{}{}", "a", "b", "c"))
        .when(pl.col("f") == 5).then(pl.format("+44 20 {} {}", "u", "c"))
        .when(pl.col("f") == 6).then(pl.format("+49 (0)89 {}{}", "b", "c"))
        .when(pl.col("f") == 7).then(pl.format("{}-{}-{} x{}", "a", "b", "c", "a"))
        .otherwise(pl.lit("n/a"))
    )
    return df.select(expr).to_series()


def break_emails(rng: np.random.Generator, emails: pl.Series, rate: float) -> pl.Series:
    """Corrupt a few percent of emails the way humans and bad imports do."""
    n = len(emails)
    kind = np.where(rng.random(n) < rate, rng.integers(1, 6, n), 0)
    df = pl.DataFrame({"e": emails, "k": kind})
    expr = (
        pl.when(pl.col("k") == 1).then(pl.col("e").str.replace("@", "@@"))
        .when(pl.col("k") == 2).then(pl.col("e").str.replace("@", " at "))
        .when(pl.col("k") == 3).then(pl.col("e").str.replace(r"\.[a-z.]+$", ""))
        .when(pl.col("k") == 4).then(pl.col("e").str.replace("@", ""))
        .when(pl.col("k") == 5).then(pl.lit("n/a"))
        .otherwise(pl.col("e"))
    )
    return df.select(expr).to_series()


