"""Links to a user of the source CRM other than the record's owner: an account's preferred
rep, a territory's manager, a goal's owner. The map binds such a column as a lookup to
``systemuser`` through the export's users file; the load and the verification find each
user in the org as owners are found (by email, else by full name, the users file saying
which email and name an id stands for), but without the fallback owner: a user the org
does not have leaves the link empty, counted as an unresolved link of its record, never a
record given to someone else (``load.user_links`` finds them). A link with no users file
to go through (a goal's owner, the column that also owns it) carries the column's own
value, an email or a name, to be found the same way."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

__all__ = ["USERS", "user_refs"]

#: The table a user link points at.
USERS = "systemuser"


def user_refs(df: pl.DataFrame, lookup: Mapping[str, Any]) -> tuple[pl.Series, pl.Series]:
    """The staged reference and how it was found, for a user link read from the column's own
    values (no users file between): the value trimmed, empty as none."""
    value = df.select(pl.col(lookup["source"]).cast(pl.Utf8).str.strip_chars()
                      .replace("", None).alias("ref"))["ref"]
    via = pl.select(pl.when(value.is_not_null()).then(pl.lit("user"))
                    .otherwise(pl.lit(None, pl.Utf8)).alias("via"))["via"]
    return value.rename(""), via.rename("")
