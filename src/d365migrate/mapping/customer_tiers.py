"""An account's 'Category' that is no tier: what kind of business it is, not how we rank it.

An account's 'Category' is read as its Category (accountcategorycode: Preferred Customer,
Standard), the rank a seller gives its customers, as a 'tier' or a 'class' (Gold, Silver,
A, B) is. When no value names such a rank (WideWorldImporters' customer categories "Novelty
Shop", "Supermarket", "Gift Store": the shop's trade) the column says what the business is,
which the category's two options never meant: the map leaves it (an industry is a
consultant's decision), rather than writing a choice no value fits. Values that are no
words (hashed, digits) or one value alone say nothing either way: the name decides, as
before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["TIER_WORDS", "no_tiers"]

#: Words naming a customer's rank beside the choice's own labels (lower case).
TIER_WORDS = frozenset({
    "preferred", "standard", "premium", "premier", "gold", "silver", "bronze", "platinum",
    "diamond", "vip", "key", "strategic", "basic", "regular", "enterprise", "tier", "top",
    "priority", "major", "minor", "small", "medium", "large", "level", "class", "grade",
    "rank", "normal", "high", "low", "core", "elite", "plus", "pro", "free", "important",
    "occasional", "loyal", "new", "existing"})
#: A value written in words: letters, spaces and the signs between words, no digit.
_WORDY = re.compile(r"^[^\W\d_][^\d=+]*$")
#: What an export writes for no value ('N/A', 'none', '-').
_EMPTY = frozenset({"n/a", "na", "none", "null", "unknown", "-", "?"})


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z]+", text.lower()) if w}


def no_tiers(values: tuple[str, ...], names: Mapping[str, Any]) -> bool:
    """Whether a column read as the account's category holds two values or more, or one
    phrase (leaving out 'N/A' and its kin), all words, none naming a rank: a word of the
    choice's labels, of :data:`TIER_WORDS`, or a code of one or two letters (an ABC class)."""
    vals = [v.strip() for v in values if v and v.strip() and v.strip().lower() not in _EMPTY]
    # one value is enough when it is a phrase of two words or more ("Novelty Shop" beside
    # 'N/A'), never one word ('Commercial': a group's name or a rank, who knows)
    if (len(set(vals)) < 2 and not any(len(_words(v)) >= 2 for v in vals)) \
            or "accountcategorycode" not in names or not all(_WORDY.match(v) for v in vals):
        return False
    if any(len(v) <= 2 for v in vals):
        return False
    known = set(TIER_WORDS)
    for label in names["accountcategorycode"].options:
        known |= _words(label)
    return not any(_words(v) & known for v in vals)
