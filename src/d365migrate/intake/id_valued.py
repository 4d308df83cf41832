"""Columns whose header says a text field but whose values are record ids.

A Dataverse export headed with display names writes a lookup under its label: a FHIR
table's 'Subject (Patient)' or 'Referral Request Subject' is the patient the record is
about, every value a GUID. By its header it reads as an e-mail template's or an activity's
subject; by its values it is a link. Discovery scores a file's kind without such columns'
headers (:func:`d365migrate.intake.discover.discover`): a text field holds text, and a
column of nothing but GUIDs holds none.
"""

from __future__ import annotations

import re

import polars as pl

__all__ = ["id_valued_text_columns"]

#: Header words of the text fields the kinds' signatures read.
TEXT_WORDS = frozenset({"subject", "title", "name", "description", "body", "text", "content",
                        "message", "topic"})
_GUID = r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$"


def id_valued_text_columns(df: pl.DataFrame) -> frozenset[str]:
    """The columns of ``df`` whose header has a text field's word and whose every value
    (some at least) is a GUID."""
    out = set()
    for c in df.columns:
        if not TEXT_WORDS & set(re.findall(r"[a-z]+", c.lower())) or df[c].dtype != pl.Utf8:
            continue
        values = df[c].drop_nulls().str.strip_chars()
        values = values.filter(values != "")
        if len(values) and bool(values.str.contains(_GUID).all()):
            out.add(c)
    return frozenset(out)
