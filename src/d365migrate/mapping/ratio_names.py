"""A slash between an amount and what it is counted in: 'per', not 'or'.

'State/Region' names one thing two ways, and each side is a reading of the column. 'Qty/Unit'
(vtiger's and coreBOS's quantity per unit), 'Price/Unit', 'Units/Case', 'Hours/Week' name a
ratio: a number of the first per one of the second. Read as alternatives, 'Unit' alone would
make the column a unit of measure (a product's default unit), which it is not.
"""

from __future__ import annotations

from d365migrate.mapping.vocabulary import source_words

__all__ = ["per_unit_name"]

#: Words that count or price something: the numerator of a ratio.
AMOUNT_WORDS = frozenset({"qty", "quantity", "price", "cost", "amount", "units", "unit",
                          "items", "pieces", "pcs", "hours", "hrs", "count", "rate", "weight",
                          "volume", "calls", "visits"})
#: What an amount is counted per: the denominator of a ratio.
PER_WORDS = frozenset({"unit", "case", "pack", "box", "carton", "pallet", "each", "item",
                       "piece", "pc", "hour", "hr", "day", "week", "month", "year", "sqm",
                       "kg", "lb", "head", "person", "user", "seat"})


def per_unit_name(name: str) -> bool:
    """Whether ``name`` is an amount per something ('Qty/Unit', 'Price / Case')."""
    parts = name.split("/")
    if len(parts) != 2:
        return False
    first, second = (source_words(p)[0] for p in parts)
    return (bool(first) and first[-1] in AMOUNT_WORDS and len(second) == 1
            and second[0] in PER_WORDS)
