"""A customers file whose name is its people's whole name: contacts.

A help desk's or a shop's customers file heads a 'name' beside a 'firstName' and a
'lastName' (Kustomer's 'Jean Test' beside 'Jean' and 'Test'). Read by its name and its
'name' column it is a list of companies; but where the name is, row after row, the given
and the family name put together, no company is named at all: the rows are people. An
invoicing program's clients name the company beside its contact person ('Acme Corp' beside
'Pat' 'Buyer') and stay accounts.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.column_signatures import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS
from d365migrate.intake.customer_users import CUSTOMER_WORDS, accounts_named
from d365migrate.intake.kinds import col_norm

__all__ = ["customers_by_whole_names"]

#: Whole-name columns (normalised).
_WHOLE = frozenset({"name", "fullname", "displayname", "customername", "clientname"})
#: Share of the rows with all three that must read so, and the fewest such rows.
MOST = 0.8
MIN_ROWS = 2


def _glued(first: pl.Series, last: pl.Series) -> pl.Series:
    return pl.concat_str([first.str.strip_chars(), last.str.strip_chars()], separator=" ") \
        .str.to_lowercase()


def customers_by_whole_names(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                             ) -> dict[str, tuple[str, str]]:
    """Customers files read as accounts whose whole name is first and last name together:
    source -> ('contact', why)."""
    if "contact" in kinds.values():
        return {}
    out = {}
    for source, df in accounts_named(tables, kinds, CUSTOMER_WORDS):
        norm = {col_norm(c): c for c in df.columns}
        first = next((norm[n] for n in FIRST_NAME_COLUMNS if n in norm), None)
        last = next((norm[n] for n in LAST_NAME_COLUMNS if n in norm), None)
        wholes = sorted(norm[n] for n in _WHOLE if n in norm)
        if not (first and last and wholes):
            continue
        # every whole name the file has must be the person's: a 'name' of the company
        # beside a person's 'display_name' keeps the file a list of companies
        said = [p for whole in wholes if (p := _people(df, whole, first, last)) is not None]
        if said and all(said):
            out[source] = ("contact", f"its '{wholes[0]}' is '{first}' and '{last}' put "
                           "together on most rows: people, no company named; contacts")
    return out


def _people(df: pl.DataFrame, whole: str, first: str, last: str) -> bool | None:
    """Whether ``whole`` is ``first`` and ``last`` put together on most rows with all three;
    None when too few rows have all three to say (an empty 'fullname')."""
    rows = df.select(pl.col(whole).cast(pl.Utf8).str.strip_chars().str.to_lowercase()
                     .replace("", None).alias("w"),
                     _glued(df[first].cast(pl.Utf8), df[last].cast(pl.Utf8)).alias("g")
                     ).drop_nulls()
    if rows.height < MIN_ROWS:
        return None
    return bool((rows["w"] == rows["g"]).mean() >= MOST)
