"""A contacts file its contact persons belong to is the customers: accounts.

Moneybird calls every customer a "contact" and keeps the people at each one as its
"contact persons", each row naming its customer by the customer's number ('Customer
number', 'Klantnummer'). Read alone, a customers file with a company name beside an
addressee's first and last name looks like people; beside a second file of people whose
rows carry its numbers in a column of the same name, it is the customers those people work
for: Dynamics 365's accounts, the addressee a name on the account, no contact of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.key_rules import FIRM_COLUMNS
from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm

__all__ = ["customers_of_persons"]

#: A column naming a customer by its number or code (normalised): 'Customer number',
#: 'Klantnummer', 'Kundennr', 'customer_id' (no 'Postal Code' two address books share).
_NUMBERED = re.compile(r"^(customer|klant|kunden?|client|cliente|company|account|relation|"
                       r"relatie|debtor|debiteur|debitor)(number|nummer|numero|nr|no|id|"
                       r"code|num)$")
_NAMES = frozenset({*FIRST_NAME_COLUMNS, *LAST_NAME_COLUMNS})


def _values(series: pl.Series) -> list[str]:
    return [v for v in (str(x).strip() for x in series.drop_nulls().to_list()) if v]


def customers_of_persons(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                         ) -> dict[str, tuple[str, str]]:
    """Contacts files another contacts file's people belong to (module docstring):
    source -> ('account', why)."""
    people = [s for s, k in kinds.items() if k == "contact" and s in tables]
    out: dict[str, tuple[str, str]] = {}
    for source in people:
        df = tables[source]
        if not any(col_norm(c) in FIRM_COLUMNS for c in df.columns):
            continue   # no company named: a file of people
        for col in (c for c in df.columns if _NUMBERED.search(col_norm(c))):
            ids = _values(df[col])
            if not ids or len(set(ids)) < len(ids):
                continue   # the customers' own number is each row's once
            for other in (p for p in people if p != source and col in tables[p].columns):
                persons = tables[other]
                refs = _values(persons[col])
                named = {col_norm(c) for c in persons.columns} | content_columns(
                    list(persons.columns))   # 'Voornaam', 'Achternaam'
                if refs and set(refs) <= set(ids) and named & _NAMES:
                    out[source] = ("account", f"the contact persons of '{other}' belong to its "
                                   f"rows ('{col}'): the customers they work for, accounts")
                    break
            if source in out:
                break
    for source in people:   # Holded's contact_persons.contactId: its contacts' 'id'
        if source in out or "id" not in tables[source].columns:
            continue
        ids = set(_values(tables[source]["id"]))
        link = re.sub(r"s$", "", col_norm(source)) + "id"
        for other in (p for p in people if p != source):
            col = next((c for c in tables[other].columns if col_norm(c) == link), None)
            refs = _values(tables[other][col]) if col else []
            if refs and set(refs) <= ids and {col_norm(c) for c in tables[other].columns} & (
                    _NAMES | {"name"}):
                out[source] = ("account", f"the people of '{other}' belong to its rows "
                               f"('{col}'): the customers they work for, accounts")
                break
    return out
