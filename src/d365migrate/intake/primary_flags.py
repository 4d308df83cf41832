"""The true/false column of an association file that marks the primary row among several.

Salesforce's OpportunityContactRole gives a donation several contacts (the donor, soft
credits, household members), one of them ``IsPrimary``; EDA's affiliations and other
association files mark theirs the same way. Where several rows join one record, the one so
marked is the record's link (the donor, not whichever role the file lists first).
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm

__all__ = ["PRIMARY_FLAG_NAMES", "flag_is_true", "primary_flag"]

#: Normalised names of a column marking the primary row.
PRIMARY_FLAG_NAMES = frozenset({"isprimary", "primary", "primaryflag", "isprimarycontact",
                                "primarycontact", "isdefault", "default"})
#: How a true value is written (lowercased, trimmed).
_TRUE = ("true", "1", "yes", "y", "t", "x")


def primary_flag(columns: list[str], types: Mapping[str, str]) -> str | None:
    """The column of ``columns`` (typed ``types`` by discovery) marking the primary row: a
    true/false column named so; None when there is none."""
    return next((c for c in columns if col_norm(c) in PRIMARY_FLAG_NAMES
                 and types.get(c) == "boolean"), None)


def flag_is_true(column: str) -> pl.Expr:
    """True where ``column`` says true, in any of the ways exports write it."""
    return pl.col(column).cast(pl.Utf8).str.strip_chars().str.to_lowercase().is_in(
        list(_TRUE)).fill_null(False)
