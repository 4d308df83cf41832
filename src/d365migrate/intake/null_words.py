"""The word a database export writes where a value is missing: ``NULL`` (SQL Server's
"Save results as", phpMyAdmin, most SQL dumps turned into CSV) or MySQL's ``\\N``.

Read as text, the word is a value: a price column holding 'NULL' is no number (its real
prices were then cleared as unreadable), and a text column would write the word 'NULL' into
the org, a value the customer never had. So a cell that is exactly the word is read as empty,
and the file's reading notes say which column and how many cells.

Only the exact words count ('Null' is a surname, 'null' a JSON word inside text). An export
where 'NULL' is a real value (a code, a surname in capitals) is read as written with the
file's ``null_words: false`` (``intake: {codes.csv: {null_words: false}}``).
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["NULL_WORDS", "without_null_words"]

#: The cells databases write for a missing value, exactly (case matters: 'Null' is a name).
NULL_WORDS = ("NULL", "\\N")


def without_null_words(df: pl.DataFrame, label: str, problems: list[Problem],
                       line: int) -> pl.DataFrame:
    """``df`` with each cell that is a database's missing-value word read as empty, a
    warning per column."""
    text = [c for c in df.columns if df[c].dtype == pl.Utf8]
    if not text or not df.height:
        return df
    words = list(NULL_WORDS)
    counts = df.select(pl.col(c).is_in(words).sum().alias(c) for c in text).row(0)
    changed = []
    for col, n in zip(text, counts, strict=True):
        if not n:
            continue
        changed.append(pl.when(pl.col(col).is_in(words)).then(None)
                       .otherwise(pl.col(col)).alias(col))
        problems.append(Problem(label, line, f"column '{col}': {n} cell(s) held the word a "
                                "database export writes for a missing value ('NULL' or "
                                "'\\N'); read as empty", "warning"))
    return df.with_columns(changed) if changed else df
