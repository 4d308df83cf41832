"""A file named for users whose people are written about, not signed in: contacts.

'authors' names a program's users where they write (a blog's, a CMS's authors sign in), but
a bookshop's authors (SAP's CAP sample: Emily Brontë, died 1848 in Haworth) are people the
records are about. A date or place of death is no staff member's, and with no sign-in,
e-mail or role column beside it the file holds no one who works in the org: its people move
as contacts, if at all.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.content_words import folded
from d365migrate.intake.person_files import STAFF_COLUMNS

__all__ = ["born_people"]

#: Folded header parts saying death, in the export languages ('Date of Death', 'Date de
#: décès', 'Sterbedatum', 'Todestag', 'Fecha de muerte', 'Data di morte', 'Overlijdensdatum').
_DEATH = ("death", "deces", "sterbe", "todes", "muerte", "morte", "overlijden", "died")


def born_people(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                ) -> dict[str, tuple[str, str]]:
    """Users files of people with a death column and no sign-in or e-mail: source ->
    ('contact', why)."""
    out = {}
    for source, kind in kinds.items():
        if kind != "user" or source not in tables:
            continue
        names = [folded(c) for c in tables[source].columns]
        died = next((c for c, f in zip(tables[source].columns, names, strict=True)
                     if any(w in f for w in _DEATH)), None)
        if died is None or any(f in STAFF_COLUMNS or "mail" in f or "role" in f
                               or "password" in f for f in names):
            continue
        out[source] = ("contact", f"its people have a '{died}' and no sign-in, e-mail or "
                       "role: people the records are about, not staff; contacts")
    return out
