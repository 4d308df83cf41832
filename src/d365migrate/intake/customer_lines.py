"""A file read as order lines by its columns alone, whose every row names its own customer,
is a customer's record of its own, not a line of an order.

An order's line says which product, how many and at what price; who bought it is its
order's business. Lemon Squeezy's subscriptions and licence keys carry an order id and a
product id too (the order that started them), but each row names its customer ('Customer
ID', 'Customer email'): a subscription, a licence, each a record about the customer, which no
Sales table holds as a line. A line with a price (Superset's order lines, each naming its
customer again) stays a line. A file whose name says order lines ('order_items') stays one.

So is a file read as contacts by the subscriber's name and e-mail it repeats on each row
(Chargify's subscriptions), when its own id is named for the file ('Subscription ID' in
"subscriptions") and another column holds its customer's id: each row is about a customer,
not the customer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from d365migrate.intake.kinds import col_norm, name_kind, name_words

__all__ = ["customer_records"]

#: A row's own customer (normalised column names).
_CUSTOMER = frozenset({"customerid", "customername", "customeremail", "customer",
                       "customernumber", "buyerid", "buyeremail", "clientid", "clientname"})
#: A line's price (normalised column names): 'PriceEach', 'unit_price', 'line_total'.
_PRICED = re.compile(r"price|amount|total|sales$")
#: A row's customer by id (normalised column names).
_CUSTOMER_IDS = frozenset({"customerid", "customernumber", "buyerid", "clientid"})


def customer_records(columns: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
                     ) -> dict[str, tuple[str, str]]:
    """Order-line files (by columns, not by name) that name a customer on each row, and
    contact files of a record of their own that name their customer's id: source ->
    ('unknown', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        if kind not in ("order_line", "contact") or name_kind(source)[0] is not None:
            continue
        cols = columns.get(source, ())
        own = name_words(source)[-1:]
        if kind == "contact" and not (own and any(col_norm(c) == f"{own[0]}id" for c in cols)):
            continue   # people under a name of no kind: their own file
        if kind == "order_line" and any(_PRICED.search(col_norm(c)) for c in cols):
            continue   # a line priced as sold (Superset's PriceEach): the buyer said again
        lines = kind == "order_line"
        named = [c for c in cols if col_norm(c) in (_CUSTOMER if lines else _CUSTOMER_IDS)]
        said, isnt = ("order lines", "a line of an order") if lines else ("people", "the customer")
        if named:
            out[source] = ("unknown", f"its rows name their own customer ('{named[0]}') and "
                                      f"its name no {said}: a customer's record of its own (a "
                                      f"subscription, a licence), not {isnt}")
    return out
