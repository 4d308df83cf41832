"""A file read as order lines by its columns alone, whose every row names its own customer,
is a customer's record of its own, not a line of an order.

An order's line says which product, how many and at what price; who bought it is its
order's business. Lemon Squeezy's subscriptions and licence keys carry an order id and a
product id too (the order that started them), but each row names its customer ('Customer
ID', 'Customer email'): a subscription, a licence, each a record about the customer, which no
Sales table holds as a line. A file whose name says order lines ('order_items') stays one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from d365migrate.intake.kinds import col_norm, name_kind

__all__ = ["customer_records"]

#: A row's own customer (normalised column names).
_CUSTOMER = frozenset({"customerid", "customername", "customeremail", "customer",
                       "customernumber", "buyerid", "buyeremail", "clientid", "clientname"})


def customer_records(columns: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
                     ) -> dict[str, tuple[str, str]]:
    """Order-line files (by columns, not by name) that name a customer on each row:
    source -> ('unknown', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        if kind != "order_line" or name_kind(source)[0] is not None:
            continue
        named = [c for c in columns.get(source, ()) if col_norm(c) in _CUSTOMER]
        if named:
            out[source] = ("unknown", f"its rows name their own customer ('{named[0]}') and "
                                      "its name no order lines: a customer's record of its own "
                                      "(a subscription, a licence), not a line of an order")
    return out
