"""A link named by the other record's number: 'debtor_no' on a sales order or a customer's
contact (the customer's number: webERP's 'debtorno', FrontAccounting's 'debtor_no'),
'order_no' on an order's lines, 'customer_no' on an invoice. Small-business ERPs key their
records by a number or code a person types, and name the column that points at one after
the record and its number ('no'), not its 'id'.

Only two words, the first naming a record of another table (an ERP's shorthand spelled out:
'debtor' a customer); 'order_no' on the orders themselves is the order's own number, and a
'phone_no' names no record at all. Nor where another column of the file names that record by
its id or name (Zoho's sales orders: 'Account_Name' is the customer, 'Customer_No' a number
the customer gave): the link is that column, the number a reference of its own."""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.mapping.shorthand_names import spelled_out
from d365migrate.mapping.vocabulary import Vocabulary

__all__ = ["numbered_link"]

#: The words for a record's number after the record's word.
_NUMBER_WORDS = frozenset({"no", "nr"})
#: The last words of a column that links a record by its id or names it.
_LINK_WORDS = frozenset({"id", "key", "name", "guid", "uuid"})


def _names(ws: tuple[str, ...], vocab: Vocabulary) -> str | None:
    return vocab.entity(ws[0]) or vocab.entity(spelled_out(ws[0]))


def numbered_link(words: list[str] | tuple[str, ...], table: str, vocab: Vocabulary,
                  siblings: Iterable[tuple[str, ...]] = ()) -> str | None:
    """The table a '<record>_no' column on ``table`` points at, or None. ``siblings``: the
    words of the file's other columns."""
    if len(words) != 2 or words[1] not in _NUMBER_WORDS:
        return None
    target = _names(tuple(words), vocab)
    if target in (None, "_self", table):
        return None
    if any(len(s) == 2 and s[1] in _LINK_WORDS and _names(s, vocab) == target
           for s in siblings):
        return None
    return target
