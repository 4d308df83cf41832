"""A reference written as a path to the other record's field: iTop's 'org_id->name'.

Tools that export a link by what the linked record is called rather than by its id head the
column with the reference and the field it shows, joined by an arrow (iTop's CSV export and
import: ``org_id->name``, ``manager_id->friendlyname``; the same in its bulk loader). The
column is the reference (``org_id``: the organisation) whichever field of the other record
it shows, so discovery and the map read its name without the path; which field the values
are (the name) is told by the values, as for any link by name.

With localized output iTop heads the same column with the labels in the user's language,
the other record's field included: ``Organisation->Nom organisation``, ``Manager->Voller
Name (Friendly Name)``, ``Localidad->Nombre``; the field after the arrow may then be any
label of words (letters in any alphabet, spaces, brackets, hyphens, apostrophes, dots).

Tryton's client exports a linked record by the path of its field and the linked record's
name, joined by slashes: 'Party/Record Name', in German 'Partei/Record Name', an address's
country 'Adressen/Land/Record Name' (the last part is never translated). The path before
'Record Name' is read: the party, the addresses' country.
"""

from __future__ import annotations

import re

__all__ = ["without_path"]

#: 'org_id->name', 'manager_id -> friendlyname', 'parent_id->code', 'Manager->Voller Name
#: (Friendly Name)': a reference, then an arrow and one field (code or label) of the record
#: it points to.
_PATH = re.compile(r"^\s*(.*?\S)\s*->\s*[^\W\d][\w .'’()\-]*$")


#: 'Partei/Record Name', 'Adressen/Land/Record Name': Tryton's path to a linked record's name.
_RECORD_NAME = re.compile(r"^\s*(.*?\S)\s*/\s*record name\s*$", re.I)


def without_path(name: str) -> str:
    """The reference a path column names ('org_id->name' -> 'org_id', 'Partei/Record Name'
    -> 'Partei'); the name itself when it is no path (or nothing stands before it)."""
    m = _PATH.match(name) or _RECORD_NAME.match(name)
    return m.group(1) if m else name

