"""A person's name columns with the record's own word before them: Oracle's customers'
'CUST_FIRST_NAME' and 'CUST_LAST_NAME', a contact's 'contact_first_name', a member's
'member_last_name'. The word names the row's person, so the column is their first or last
name, as 'first_name' is; a word naming someone else ('billing_first_name': the person a
bill goes to; 'manager_last_name') is no such word."""

from __future__ import annotations

from collections.abc import Iterable

#: Words (normalised) a file of people puts before its people's own fields.
OWN_PERSON_WORDS = ("cust", "customer", "client", "contact", "person", "member", "buyer",
                    "shopper", "consumer", "patron")


def own_name_column(norm: str, names: Iterable[str]) -> bool:
    """True when a normalised column name is one of ``names`` ('firstname'), bare or after
    a word naming the row's own person ('custfirstname')."""
    return any(norm == n or (norm.endswith(n) and norm[:-len(n)] in OWN_PERSON_WORDS)
               for n in names)
