"""Rows the analyst decided not to move (``skip_rows`` in the map), skipped with the reason.

A row whose column holds one of the decided values (trimmed, case-insensitively, as routed
rows are compared), or any value where the rule says ``filled``, is skipped before anything
else is read of it: it is counted once, as skipped, with the analyst's reason and the value
that matched, never also as a duplicate or a data problem
(:mod:`d365migrate.mapping.row_decisions` checks the decision).
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.staging.lookups import clean_text


def decided_skips(df: pl.DataFrame, tmap: dict[str, Any], file: str, source_row: str,
                  source_id: str, issue_columns: dict[str, Any]
                  ) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """(the rows kept, the skipped rows as issue lines) under the map's ``skip_rows``."""
    rules = tmap.get("skip_rows") or []
    if not rules:
        return df, None
    reason: Any = None
    value: Any = None
    hit = pl.lit(False)
    for rule in rules:
        column = rule["column"]
        if column not in df.columns:
            raise KeyError(f"map for {tmap['target']}: skip_rows column '{column}' is not in "
                           f"{file}")
        if rule.get("filled"):  # any value at all
            match = clean_text(pl.col(column)).is_not_null()
        else:
            values = [str(v).strip().lower() for v in rule["values"]]
            match = clean_text(pl.col(column)).str.to_lowercase().is_in(values).fill_null(False)
        said = pl.format(f"left out as decided: {rule['reason']} ({column} is '{{}}')",
                         clean_text(pl.col(column)))
        cell = clean_text(pl.col(column))
        reason = pl.when(match & ~hit).then(said) if reason is None else \
            reason.when(match & ~hit).then(said)
        value = pl.when(match & ~hit).then(cell) if value is None else \
            value.when(match & ~hit).then(cell)
        hit = hit | match
    marked = df.with_columns(hit.alias("__skip"), reason.otherwise(None).alias("__why"),
                             value.otherwise(None).alias("__value"))
    skipped = marked.filter("__skip").select(
        pl.lit(file).alias("file"), pl.col(source_row).alias("row"),
        pl.col(source_id).alias("source_id"),
        pl.lit(", ".join(dict.fromkeys(r["column"] for r in rules))).alias("column"),
        pl.col("__value").alias("value"), pl.col("__why").alias("reason"),
    ).cast(issue_columns)
    return marked.filter(~pl.col("__skip")).drop("__skip", "__why", "__value"), skipped
