"""What a column means by the columns beside it, one rule each, in the order the suggestion
engine asks them: a side's bare 'Billing Address' is its street (:mod:`.side_streets`), a
suburb with no city beside it is the city (:mod:`.suburbs`), and a bare 'discount' beside a
column named for the discount's amount is the percentage (beside a line's quantity and
amount, a row per line, no discount of the whole document).

Harvest's estimates carry 'discount' (10.0, a percentage) beside 'discount_amount' (what it
comes to): an order's or a quote's bare 'discount' is read as money first (most exports
write it so: Drip's, Thelia's, nopCommerce's), so the amount beside it says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.mapping.side_streets import side_street_candidates
from d365migrate.mapping.suburbs import suburb_candidates
from d365migrate.mapping.vocabulary import split_words

__all__ = ["sibling_candidates"]

_Cand = tuple[float, str, str]
#: A discount's amount named beside it ('discount_amount', 'discountTotal', 'total_discount').
_AMOUNT_WORDS = frozenset({"amount", "total", "value", "sum"})


def _discount_amount_beside(name: str, columns: Iterable[str]) -> bool:
    return split_words(name) == ["discount"] and any(
        (ws := set(split_words(c))) and "discount" in ws and ws - {"discount"}
        and ws - {"discount"} <= _AMOUNT_WORDS for c in columns if c != name)


#: A line's own columns (its words run together): a row of such a file is one line.
_LINE_AMOUNTS = frozenset({"lineamount", "linetotal", "lineprice", "linesubtotal"})
_QUANTITIES = frozenset({"quantity", "qty"})


def _line_columns(columns: Iterable[str]) -> bool:
    """Whether a document's file is a row per line: a quantity and a line's amount."""
    joined = {"".join(split_words(c)) for c in columns}
    return bool(joined & _QUANTITIES) and bool(joined & _LINE_AMOUNTS)


def sibling_candidates(name: str, columns: Iterable[str], names: Mapping[str, Any],
                       cands: list[_Cand]) -> list[_Cand]:
    """``cands`` as the columns beside ``name`` read it."""
    columns = list(columns)
    cands = side_street_candidates(name, columns, names, cands)
    cands = suburb_candidates(name, columns, names, cands)
    if split_words(name) == ["discount"] and "discountpercentage" in names \
            and _line_columns(columns):
        # Xero's quotes CSV, a row a line ('Quantity', 'UnitAmount', 'LineAmount'): its
        # bare 'Discount' (10.00) is the line's rate, no discount of the whole quote
        return [c for c in cands if c[1] not in ("discountamount", "discountpercentage")]
    if _discount_amount_beside(name, columns) and "discountpercentage" in names:
        score = max((c[0] for c in cands), default=0.8)
        cands = [(score, "discountpercentage", "a bare discount beside its amount's column: "
                  + names["discountpercentage"].describe())] + [
            c for c in cands if c[1] not in ("discountamount", "discountpercentage")]
    return cands
