"""A header that names a region in an address and a department elsewhere: French 'Département'.

France's départements are its address's region, so vtiger's and coreBOS' French contacts head
their state 'Département' beside 'Ville' and 'Code postal'. The same word is a company's
department (Zurmo's and erxes' French contacts, whose address has its own 'Province/Région')
and a helpdesk's queue (OpenSupports' and Faveo's tickets, no address at all). Read as the
address's state only inside an address that names no other region; asked by
``foreign_names`` for each such header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from d365migrate.intake.content_words import folded

__all__ = ["region_or_department"]

#: Folded words that are a region in an address or a department (French 'département').
_REGION_OR_DEPARTMENT = frozenset({"departement"})
#: English readings that say a header is part of an address.
_ADDRESS_WORDS = frozenset({"city", "postal", "zip", "street", "address"})
#: Folded words of another header that names the address's region itself.
_OTHER_REGION = frozenset({"province", "region", "etat", "state", "canton"})


def region_or_department(key: str, reading: tuple[str, ...], heads: Iterable[str],
                         table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """``reading`` of the folded header ``key``, or ('department',) where the header is a
    department: no other header of the file is an address part, or another names the
    region ('Province/Région'); given for two addresses ('Adresse principale::Département'
    and 'Adresse de courrier::Département', the reader's 'Département_2') beside their own
    'Région', the address's county; ``table``: the file language's words."""
    if reading != ("state",) or not key.startswith(tuple(_REGION_OR_DEPARTMENT)):
        return reading
    address = other = block = False
    for head in heads:
        f = folded(head)
        if f == key + "2":
            block = True   # YetiForce's 'Adresse principale::Département' of two addresses
        words = [w for part in re.split(r"[\s/\-_().,:]+", head) if (w := folded(part))]
        if not words or words[0] in _REGION_OR_DEPARTMENT:
            continue
        if set(words) & _OTHER_REGION:
            other = True
        read = set(table.get(f, ())) | {w for x in words for w in table.get(x, ())}
        if read & _ADDRESS_WORDS or set(words) & _ADDRESS_WORDS:
            address = True
    if block:   # beside the block's own 'Région': its county
        return ("county",) if other else reading
    return reading if address and not other else ("department",)
