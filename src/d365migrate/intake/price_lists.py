"""What a file its name calls no price list needs among its columns to be one.

A price list's own columns are few: a name, the dates it is valid between, a currency, an
'is standard' flag. Dates, a name and a description alone are any dated record's (a
charity's program, a cohort, a school term, a grant programme), and dates and a currency a
pledge's. Named by no word of a price list, a file is one only with a name and a price
list's own mark beside it: its currency or its standard flag; and with no figures of its
own: a price list's prices are on its entries, so a dated, named record in a currency with a
total, an amount, a value or a percentage of its own (a programme's budget, an indicator's
measured value over a period) is that record, no price list.

A file of product prices names the list each price is on: its price list, or the sales
channel it sells in (Saleor's variant listings: a variant's price in Channel-USD and in
Channel-PLN, each channel with its currency, as a price list has).
"""

from __future__ import annotations

__all__ = ["NAME_COLUMNS", "MARK_COLUMNS", "FIGURE_WORDS", "PRICE_LIST_REFS", "price_list_columns"]

#: The columns that name a price list (or mark the standard one), normalised.
NAME_COLUMNS = frozenset({"name", "pricelistname", "pricebookname", "isstandard", "title",
                          "label"})
#: A price list's own marks: the currency its prices are in, the standard flag (normalised).
MARK_COLUMNS = frozenset({"currency", "currencyisocode", "currencycode", "currencyid",
                          "transactioncurrencyid", "isstandard"})

#: The columns of a price's row that name its price list (normalised).
PRICE_LIST_REFS = frozenset({"pricebookid", "pricebook2id", "pricelistid", "pricelevelid",
                             "channel", "channelid", "saleschannel", "saleschannelid"})


#: Words of a column holding a record's own figure (normalised, found within a column name).
FIGURE_WORDS = ("amount", "total", "budget", "value", "percentage", "percent", "revenue",
                "cost", "balance")


def price_list_columns(cols: set[str]) -> bool:
    """Whether normalised columns ``cols`` name a price list and carry its mark, with no
    figure of the record's own (module docstring)."""
    return bool(cols & NAME_COLUMNS) and bool(cols & MARK_COLUMNS) and not any(
        w in c for c in cols for w in FIGURE_WORDS)
