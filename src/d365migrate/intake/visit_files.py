"""Visits: a clinic's or a field team's meetings with the people it serves.

A file named for its visits (OpenMRS' and Bahmni's patient visits, a sales rep's field
visits) says when each person was seen: an appointment each, an activity. Not encounters:
a clinic's encounter is a clinical record, which the healthcare accelerator keeps in a table
of its own (Microsoft's healthcare sample: no Sales table). A web analytics visit (a landing
page, a referrer, UTM parameters: Shopify's customer visit data) is a page view, no meeting:
a file with such columns keeps its kind, as does one with no date to say when a visit
happened.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm, name_words
from d365migrate.intake.values import parse_dates

__all__ = ["visit_kinds"]

#: A file name's head noun (singular) saying its rows are visits.
_VISITS = frozenset({"visit"})
#: Words of a folded header that say a web page's visit.
_WEB = ("url", "page", "referrer", "referral", "utm", "landing", "browser", "useragent")
#: Rows of a column read to tell whether it holds dates.
_SAMPLE = 50
#: Kinds a visits file's columns may have given it (a case's or a to-do's words), or none.
_KINDS_TAKEN = ("unknown", "ticket", "task")


def _dated(df: pl.DataFrame) -> str | None:
    """The first column whose values (a sample) are all dates, if one is."""
    for col in df.columns:
        values = df[col].cast(pl.Utf8).drop_nulls().head(_SAMPLE)
        if values.len() and not values.str.contains(r"^\d+$").all() \
                and parse_dates(values).failed.height == 0:
            return col
    return None


def visit_kinds(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                ) -> dict[str, tuple[str, str]]:
    """Files named for visits whose rows say when they happened: source -> ('activity', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        words = name_words(source)
        df = tables.get(source)
        if kind not in _KINDS_TAKEN or df is None or not words or words[-1] not in _VISITS:
            continue
        if any(w in col_norm(c) for c in df.columns for w in _WEB):
            continue   # a web page's visits (Shopify's): page views, no meetings
        if (dated := _dated(df)) is not None:
            out[source] = ("activity", f"its name says visits and '{dated}' says when each "
                           "happened: meetings with the people it serves, appointments")
    return out
