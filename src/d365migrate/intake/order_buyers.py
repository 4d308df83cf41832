"""An order's bare 'user': the buyer who placed it, not a member of staff.

In a shop's system the people who buy have logins: Spree's and Solidus' ``orders.user_id``,
Saleor's ``order.user_id``, WooCommerce's ``customer_user``, the Jaffle Shop's
``raw_orders.user_id`` all name the customer who placed the order. A CRM's own records
(leads, deals, activities) name their owner with the same 'user_id' (Close, Pipedrive,
Krayin), but a sales order there is owned by its 'owner' and bought by its 'customer'.
So in a file of orders, a column naming a user and nothing else ('user_id', 'userId',
'user') is the buyer when the file has no other column naming its customer ('customer_id',
'client', 'account_id', 'contact_id', 'buyer'...) and, for discovery, when the export holds
no users file for it to name: it links the export's customers (their people first, then
companies), and the suggestion engine takes it as the order's customer.

The buyer's own name and address on each row of an order list (Aimeos' orders: a first and a
last name, a street, a phone) make its columns look like a file of people; beside a sale's
money (a price, a tax, a currency, a ship date) under a name that says orders, they are the
order's buyer, and the file is orders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from d365migrate.intake.header_readings import vocabulary_columns
from d365migrate.intake.kinds import col_norm, name_word_split

__all__ = ["BUYER_WORDS", "SALE_COLUMNS", "bare_user", "buyer_kind", "names_other_buyer",
           "sale_of_buyer"]

#: Words of a column naming an order's customer outright.
BUYER_WORDS = frozenset({"customer", "customers", "cust", "client", "clients", "buyer",
                         "buyers", "purchaser", "account", "accounts", "contact",
                         "contacts", "company", "partner", "shopper", "member"})

_ID_WORDS = frozenset({"id", "ids", "key", "no", "number"})


def bare_user(words: Sequence[str]) -> bool:
    """True when a column's words name a user and nothing else ('user_id', 'userId')."""
    return [w.lower() for w in words if w.lower() not in _ID_WORDS] in (["user"], ["users"])


def names_other_buyer(column: str, columns: Iterable[str]) -> bool:
    """True when another column of the file names the customer ('customer_id', 'client')."""
    return any(c != column and set(w.lower() for w in name_word_split(c)) & BUYER_WORDS
               for c in columns)


def buyer_kind(column: str, file_kind: str, columns: Iterable[str],
               kinds_present: Iterable[str]) -> str | None:
    """The customers' kind ('contact', else 'account') an order file's bare user column
    links, when the export holds no users and the file names no other customer; else None."""
    kinds = set(kinds_present)
    if file_kind != "order" or "user" in kinds or not bare_user(name_word_split(column)):
        return None
    if names_other_buyer(column, columns):
        return None
    return next((k for k in ("contact", "account") if k in kinds), None)


#: A sale's own money and dates (normalised, as discovery and the vocabulary read headers).
SALE_COLUMNS = frozenset({"price", "tax", "totaltax", "currency", "total", "totalamount",
                          "subtotal", "grandtotal", "discount", "cost", "freight",
                          "shipping", "shipdate", "shippingdate", "invoiceno",
                          "invoicenumber", "ordertotal", "paymentstatus", "shipstatus",
                          # a shop's order list of one item a row (Evidence's Needful
                          # Things: order_datetime, item, sales)
                          "sales", "amount", "orderdate", "orderdatetime", "quantity", "qty",
                          "item"})


def sale_of_buyer(named: str | None, how: str, best: str, columns: list[str]) -> str | None:
    """Why a file named for orders or quotes is one, though its columns scored it people or
    a company (the buyer's name and address on each row), when two columns or more are a
    sale's money or dates (module docstring); else None."""
    if named not in ("order", "quote") or how != "exact" or best not in (
            "contact", "account", "lead"):
        return None
    sale = sorted(({col_norm(c) for c in columns} | vocabulary_columns(columns))
                  & SALE_COLUMNS)
    if len(sale) < 2:
        return None
    return (f"its name says {named}s and its rows carry a sale's money ({', '.join(sale[:4])}) "
            f"beside the buyer's name and address: {named}s")
