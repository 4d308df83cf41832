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


#: A customer's own name, as a file of customers names it ('customer_name', 'client_name').
CUSTOMER_NAME_COLUMNS = frozenset({"customername", "clientname", "customerdisplayname",
                                   "clientdisplayname"})


def contact_of_named_customer(first: str, last: str, norms: Iterable[str]) -> bool:
    """True when a row's first and last name are its contact person's ('contact_first_name',
    'contact_last_name') beside the customer's own name ('customer_name'): Wave's customers,
    a company a row with the person to ask for, are accounts, not their contacts."""
    return first.startswith("contact") and last.startswith("contact") \
        and any(n in CUSTOMER_NAME_COLUMNS for n in norms)


#: A word that is a whole name alone and a given name beside a surname ('Nombre').
PLAIN_NAME_WORDS = frozenset({"nom", "nombre", "nome", "naam"})
#: Given names said in the plural, a person's given names ('Nombres' beside 'Apellidos').
GIVEN_NAMES_WORDS = frozenset({"nombres", "prenoms", "vornamen", "voornamen"})


def whole_name_beside_given(first: str, norms: Iterable[str], given: Iterable[str]) -> bool:
    """True when the column read as the given name is a plain whole-name word ('Nombre')
    and another column of the file is the given name: 'Nombres' (Spanish's given names),
    a given-name word of ``given``, or the same word a second time ('Nome', 'Nome_2'). The
    plain one is then the record's own name (Invoice Ninja's Spanish clients: 'Nombre',
    then the contact person's 'Nombres' and 'Apellidos'), keys120."""
    if first not in PLAIN_NAME_WORDS:
        return False
    others = set(GIVEN_NAMES_WORDS) | set(given) | {first + "2"}
    return any(n != first and n in others for n in norms)
