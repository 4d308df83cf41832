"""A column of nothing but zeros says nothing about what it holds.

Old database dumps write ``0`` for a text left empty (OpenCATS's test database: a
candidate's notes, web site, second e-mail and cell phone all ``0``). Typed by its values,
such a column is a number, and a number is no e-mail address, no web address and no
description, so its name's target is ruled out and the column is left unmapped. Read as
empty instead, it is judged by its name alone, as every empty column is (and claims a
target only after a column that has values for it). A real count or flag that is zero in
every row loses nothing by that: its name still says what it is.

So with a column of nothing but the one word 'No': an exporter that writes its language's
'No' for every field left empty (Groundhogg's contacts export: a city, a birthday, a phone
number all 'No', 'Nein', 'Non') types it yes/no, and yes/no is no city. Read as empty it
is judged by its name; a flag that is 'No' in every row keeps its name's target. Mapped to
a text column, such a column's placeholder is no value to write: the map says it
(``placeholder``) and staging clears it, listed with its reason (cleared/<object>.csv).
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

__all__ = ["noes_only", "placeholder_entry", "placeholder_of", "zeros_only"]

#: How a zero is written in a column read as text.
ZEROS = frozenset({"0", "0.0", "0.00"})


def zeros_only(values: Iterable[str]) -> bool:
    """Whether every value is a zero (and there is at least one)."""
    seen = False
    for v in values:
        if v.strip() not in ZEROS:
            return False
        seen = True
    return seen


#: 'No' as exporters write it in the languages the word lists read (lower case).
NOES = frozenset({"no", "nein", "non", "nee", "nie", "não", "nao", "nej", "nei", "ei", "ne",
                  "нет", "hayır", "いいえ", "否"})


def noes_only(values: Iterable[str]) -> bool:
    """Whether every value is one and the same 'No' (and there is at least one)."""
    seen = {v.strip().lower() for v in values}
    return len(seen) == 1 and seen <= NOES


def placeholder_of(series: pl.Series) -> str | None:
    """The one zero or 'No' every non-empty value of a text column is, as written; else
    None (a column with any other value, or none)."""
    if series.dtype != pl.Utf8:
        return None
    values = series.drop_nulls().str.strip_chars()
    values = values.filter(values != "").unique().head(2).to_list()
    return values[0] if len(values) == 1 and (zeros_only(values) or noes_only(values)) \
        else None


def placeholder_entry(series: pl.Series, transform: str) -> dict[str, str]:
    """What a column's map entry says of its placeholder: ``{"placeholder": 'No'}`` for a
    text column whose every value is one (staging clears it), else nothing."""
    held = placeholder_of(series) if transform == "text" else None
    return {"placeholder": held} if held is not None else {}
