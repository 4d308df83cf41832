"""Demo only: the users a customer's admin would have provisioned in the embedded org."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.values import boolean_expr


def write_emulator_users(tables: dict[str, pl.DataFrame], path: Path) -> Path:
    """``org-users.csv`` for the embedded emulator, from the export's ``users`` table."""
    users = tables.get("users")
    if users is None:
        raise KeyError("seed_users_from_export is set but the export has no users table")
    active = boolean_expr(pl.col("active")).fill_null(False)
    out = users.filter(pl.col("email").is_not_null()).select(
        pl.col("name").alias("fullname"),
        pl.col("email").str.strip_chars().alias("internalemailaddress"),
        pl.when(active).then(pl.lit("false")).otherwise(pl.lit("true")).alias("isdisabled"),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    out.write_csv(path)
    return path
