"""A contacts file whose every row lists several people is the companies they work at.

Xero calls each customer and supplier a "contact", and its contacts export gives each row
up to five people (Person1FirstName, Person1LastName, Person1Email ... Person5Email): the
people of that customer. One person has no people of their own; a row that lists several
is an organisation, Dynamics 365's account, whatever the file's name says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from d365migrate.intake.kinds import col_norm

__all__ = ["people_blocks", "rows_of_people"]

#: A numbered person's part ('person1firstname', 'contact2email', 'contactperson3name').
_BLOCK = re.compile(r"^(?:person|contact|contactperson|people)(\d)(?:firstname|lastname|"
                    r"email|emailaddress|name|fullname|phone)$")


def people_blocks(columns: Sequence[str]) -> list[str]:
    """The numbers of the person blocks a file's columns give each row ('1', '2', ...)."""
    return sorted({m.group(1) for c in columns if (m := _BLOCK.match(col_norm(c)))})


def rows_of_people(columns: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """Contacts files whose rows each list two people or more: source -> ('account', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        blocks = people_blocks(columns.get(source, ())) if kind == "contact" else []
        if len(blocks) >= 2:
            out[source] = ("account", f"each row lists {len(blocks)} people of its own (person "
                                      f"{blocks[0]} to {blocks[-1]}): the organisations they "
                                      "work at, accounts")
    return out
