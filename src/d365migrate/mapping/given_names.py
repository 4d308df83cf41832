"""A person's 'name' beside a last name and no first name: the given name.

Exports that split a person's name in two often head the given half plainly 'name' and the
other 'surname' or 'last name': Turkish 'Adı' beside 'Soyad' (iTop's Turkish labels), Italian
'Nome' beside 'Cognome', a form's 'Name' beside 'Surname'. With a family-name column and no
first-name or whole-name column on the row, such a 'name' on a person's table (a contact, a
lead) is the first name, not the whole name: the mirror of mapping/lead_names.py's 'a first
name and a name but no last name' (Axelor's ``firstName`` and ``name``: the surname). Beside
a first and a last name each filled wherever 'name' is, 'name' is the whole name again:
neither half (where the halves are empty, it is the only last name there is).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm
from d365migrate.mapping.lead_names import read_header

__all__ = ["given_name_candidates"]

#: a person's whole name in one column: then a 'name' is no half of it
_WHOLE = frozenset({"fullname", "contactname", "personname", "displayname"})


def given_name_candidates(phrase: str, kind: str, columns: Sequence[str],
                          names: Mapping[str, Any],
                          cands: list[tuple[float, str, str]], column: str = "",
                          filled: Mapping[str, int] | None = None
                          ) -> list[tuple[float, str, str]]:
    """``cands`` of the person's column ``phrase`` (its header ``column``, read in its
    language: 'Adı' is 'name'), the given name when it is a plain 'name' beside a last name
    and neither a first nor a whole name (module docstring)."""
    if kind != "text" or "firstname" not in names or (
            phrase != "name" and not (column and read_header(column, columns) == "name")):
        return cands
    normed = {col_norm(c) for c in columns} | {read_header(c, columns) for c in columns}
    # the halves in other columns, each filled wherever this one is (Copper's and amoCRM's
    # empty last names beside a whole 'name': that is the only last name there is)
    full = filled or {}
    others = {n for c in columns if c != column and full.get(c, 0) >= full.get(column, 0)
              for n in (col_norm(c), read_header(c, columns))}
    if filled is not None and others & {*LAST_NAME_COLUMNS} and others & {*FIRST_NAME_COLUMNS}:
        # beside both halves, a plain 'name' is the whole name again (Workable's candidates:
        # 'name', 'firstname', 'lastname'): no half of it, the halves say theirs
        return [c for c in cands if c[1] not in ("lastname", "firstname")]
    if not normed & {*LAST_NAME_COLUMNS} or normed & {*FIRST_NAME_COLUMNS} or normed & _WHOLE:
        return cands
    cands = [c for c in cands if c[1] not in ("fullname", "lastname", "firstname")]
    cands.append((0.93, "firstname", "beside a last name and no first name, 'name' is the "
                  f"person's given name: {names['firstname'].describe()}"))
    return cands
