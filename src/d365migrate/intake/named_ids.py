"""A link column named for a thing no CRM record is (a payment term, a currency, a tax, a
warehouse...) does not point at a file keyed for something else: Compiere's
``C_PaymentTerm_ID`` holds payment terms' ids, and where they are the same numbers as
``AD_User.AD_User_ID`` (each table numbers its rows from 1000000) they are no users all the
same. The name says what the values are; the values matching says nothing.

Only such things are judged: a role's name (``parent_id``, ``manager_id``, ``SupportRepId``)
names no kind of record, and links wherever its values lead.
"""

from __future__ import annotations

from d365migrate.intake.kinds import name_word_split, normalize_name

#: The words that say a column is an id, not what it is the id of.
_ID_WORDS = frozenset({"id", "ids", "key", "no", "nr", "num", "number", "code", "ref"})
#: Things an ERP keeps ids of that are no record of a CRM's: what an order is paid, priced,
#: taxed, counted, stored or shipped by, and where.
THINGS = frozenset({"payment", "term", "terms", "paymentterm", "currency", "tax", "uom",
                    "unit", "warehouse", "locator", "category", "shipper", "incoterm",
                    "incoterms", "country", "region", "language", "calendar", "period",
                    "bank", "pricing", "pricelist", "discount", "schema", "tariff"})


def _words(name: str) -> set[str]:
    """The name's words of three letters or more, singular, without the id words."""
    return {normalize_name(w) for w in name_word_split(name)
            if len(w) >= 3 and w not in _ID_WORDS}


def names_another(column: str, target_file: str, target_column: str) -> bool:
    """Whether ``column`` (``C_PaymentTerm_ID``) is an id named for a thing no CRM record
    is, and no word of its name is in the target's key (``AD_User_ID``) or file name
    (``AD_User``)."""
    words = name_word_split(column)
    if len(words) < 2 or words[-1] not in _ID_WORDS:
        return False
    mine = _words(column)
    if not mine & THINGS:
        return False
    return not mine & (_words(target_column) | _words(target_file))
