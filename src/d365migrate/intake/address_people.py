"""A file of addresses that are people's own: a shop's address book, one person a row.

A file named for addresses usually holds further addresses of other records (Dataverse's
customeraddress, CiviCRM's Address rows: a contact's id beside each), which no Sales table
keeps as rows of their own. But a shop's address book written out with each addressee's
given and family name and no link to any other record (Reaction Commerce's and
Smartstore's address forms, QloApps' and Sylius' address lists) is its people: contacts,
each with their address.
"""

from __future__ import annotations

from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm
from d365migrate.intake.not_sales import not_sales_word

__all__ = ["address_book", "address_people"]

_FIRST, _LAST = frozenset(FIRST_NAME_COLUMNS), frozenset(LAST_NAME_COLUMNS)
#: Column endings of a link to another record by its id ('id_customer' starts with it).
_LINK_ENDS = ("id", "ids", "key", "ref", "uuid", "guid")
#: Words of a column naming the record an address belongs to (a link by name or type).
_OWNERS = frozenset({"linkdoctype", "linkname", "linkedto", "parentid", "parenttype",
                     "entitytype", "objecttype", "relatedto", "owner", "contactid",
                     "customerid", "accountid", "companyid"})


def address_people(columns: list[str]) -> list[str] | None:
    """[given name column, family name column] when a file of addresses names each row's
    addressee by given and family name and links to no other record (no id column but its
    own first one, no column naming an owner record); else None."""
    read = column_readings(columns)

    def first(words: frozenset[str]) -> str | None:
        return next((c for c in columns if col_norm(c) in words or read[c] & words), None)

    given, family = first(_FIRST), first(_LAST)
    if given is None or family is None or given == family:
        return None
    for i, c in enumerate(columns):
        norm = col_norm(c)
        if norm in _OWNERS or norm.startswith("id") and norm != "id" and i > 0 \
                or norm.endswith(_LINK_ENDS) and i > 0:
            return None
    return [given, family]


def address_book(source: str, columns: list[str]) -> str | None:
    """The evidence line when a file its name calls addresses is an address book's people
    (:func:`address_people`), else None."""
    people = address_people(columns) if (not_sales_word(source) or ("",))[0] == "address" \
        else None
    return None if people is None else (
        f"its addresses are people's own ({', '.join(people)}; no link to another record): "
        "an address book's people, contacts")
