"""A column whose name says what it counts holds no money.

'Amount (licenses / hours)' on a deal is how many licences or hours were sold (1, 5, 40),
not what they cost: the words after 'amount' name the things counted. Read as the deal's
revenue, five licences would load as five in the org's currency. A count word names what
is counted when it follows the name's first word, no rate word ('per', 'each') stands
right before it ('Price per hour' is money per hour) and no money word follows it
('Billable hours amount' is the money for those hours). Such a column gets no money
column (Dataverse's Money type): left for a quantity, or unmapped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["COUNT_WORDS", "MONEY_WORDS", "RATE_WORDS", "counts_things", "without_money"]

#: Words naming things counted, as a name writes them (lower case). No 'unit': Odoo's
#: 'price_unit' is the price of one unit, money.
COUNT_WORDS = frozenset({"hour", "hours", "hr", "hrs", "day", "days", "license", "licenses",
                         "licence", "licences", "seat", "seats", "piece", "pieces", "pc",
                         "pcs", "item", "items"})
#: Words that make the count a rate: money per hour.
RATE_WORDS = frozenset({"per", "each", "a", "an"})
#: Words naming money, after which a count word qualifies them ('hours amount').
MONEY_WORDS = frozenset({"amount", "value", "total", "sum", "price", "cost", "revenue",
                         "budget", "fee", "charge"})


def counts_things(words: list[str]) -> bool:
    """Whether a name's words ('amount', 'licenses', 'hours') say what it counts."""
    for i, w in enumerate(words):
        if i > 0 and w in COUNT_WORDS and words[i - 1] not in RATE_WORDS \
                and not MONEY_WORDS & set(words[i + 1:]):
            return True
    return False


def without_money(cands: list[tuple[float, str, str]], names: Mapping[str, Any],
                  phrase: str) -> list[tuple[float, str, str]]:
    """``cands`` without money columns when the name ``phrase`` (words joined by '_') says
    what the column counts."""
    if not counts_things(phrase.split("_")):
        return cands
    return [c for c in cands if getattr(names.get(c[1]), "atype", None) != "Money"]
