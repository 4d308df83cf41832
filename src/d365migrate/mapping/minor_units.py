"""Amounts an export writes in a fraction of the currency: never loaded as they are.

Twenty writes a deal's amount as ``amountAmountMicros`` (millionths: 2000000 is 2.00 USD),
Stripe and many billing tools as ``amount_cents`` or ``amount_in_cents`` (hundredths). A
Dynamics 365 money column holds the currency's own units, so such a value loaded as it is
would be a million (a hundred) times too large. A column mapped so is divided on the way
(``divide_by`` in the map, read by staging), and says so in its reason; one the map leaves
out says what it is and how to decide it (``mapping.decisions.columns: {opportunity.
estimatedvalue: {source: amountAmountMicros, divide_by: 1000000}}``).
"""

from __future__ import annotations

import math
from typing import Any

import polars as pl

from d365migrate.intake.kinds import name_word_split

__all__ = ["MINOR_UNITS", "divided", "divisor_of", "formatted_divisor", "with_minor_units"]

#: A name's last word -> (what the values are, how many make one unit of the currency).
MINOR_UNITS = {"micros": ("millionths", 1_000_000), "cents": ("hundredths (cents)", 100)}
#: Transforms of a number column (a money column's is decimal).
_NUMBERS = ("decimal", "integer")


def divisor_of(column: str) -> tuple[str, int] | None:
    """(what the values are, the divisor) when the column's name ends in a minor unit
    ('amountAmountMicros', 'amount_in_cents'), else None."""
    words = name_word_split(column)
    return MINOR_UNITS.get(words[-1]) if len(words) >= 2 else None


def formatted_divisor(column: str, df: pl.DataFrame | None) -> tuple[str, int] | None:
    """(what the values are, the divisor) when the export writes the amount again as text
    beside it ('<column>_formatted') and each text's number is the amount in hundredths
    (Close's deal 'value' 300000 beside 'value_formatted' '$3,000'), else None."""
    words = name_word_split(column)
    side = next((c for c in (df.columns if df is not None else [])
                 if name_word_split(c) == [*words, "formatted"]), None)
    if side is None or df is None:
        return None
    pairs = df.select(pl.col(column).cast(pl.Float64, strict=False),
                      pl.col(side).cast(pl.Utf8).str.replace_all(r"[^0-9.]", "")
                      .cast(pl.Float64, strict=False)).drop_nulls()
    amounts, texts = pairs.to_series(0).to_list(), pairs.to_series(1).to_list()
    for what, by in MINOR_UNITS.values():
        if amounts and any(texts) and all(abs(a - t * by) < 0.5 for a, t in zip(amounts, texts,
                                                                                strict=True)):
            return what, by
    return None


def with_minor_units(entries: list[dict[str, Any]],
                     tables: dict[str, pl.DataFrame] | None = None) -> list[dict[str, Any]]:
    """The map's entries with each number column read from a minor-unit column divided by
    its divisor (said in its reason), and each such column left out saying why; ``tables``
    (the export's files) tell an amount in cents by its formatted text beside it."""
    for entry in entries:
        df = (tables or {}).get(str(entry.get("source") or ""))
        for col in entry.get("columns") or []:
            unit = divisor_of(str(col.get("source") or "")) or formatted_divisor(
                str(col.get("source") or ""), df)
            if unit is None or col.get("transform") not in _NUMBERS or col.get("divide_by"):
                continue
            col["divide_by"] = unit[1]
            col["reason"] = (f"{col.get('reason') or ''}; '{col['source']}' is in {unit[0]} "
                             f"of the currency: divided by {unit[1]:,}").lstrip("; ")
        reasons = entry.get("unmapped_reasons")
        for source in entry.get("unmapped") or []:
            unit = divisor_of(str(source))
            if unit is None:
                continue
            what, by = unit
            entry["unmapped_reasons"] = reasons = reasons or {}
            reasons[source] = (
                f"an amount in {what} of the currency ('{source}'): loaded as it is it would "
                f"be {by:,} times too large; to load it, decide its column with divide_by: "
                f"{by} (mapping.decisions.columns)")
    return entries


def divided(number: pl.Expr, by: float | None) -> pl.Expr:
    """``number`` in the currency's units: divided by ``by`` (None: as it is), to the
    decimals the division can give (100000 / 10^6 is 0.1, not 0.09999999999999999)."""
    if not by or by == 1:
        return number
    return (number / by).round(max(0, math.ceil(math.log10(by))) + 4)
