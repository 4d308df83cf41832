"""Columns that list several records a row: no lookup holds them.

A lookup points at one record. A column named for several ('team_user_ids', Odoo's
import-compatible export of a many2many, 'partner_ids/id') whose cells list more than one
record ('base.res_partner_1,base.res_partner_4', or a JSON list) is a meeting's attendees or
a record's tags, not the one record it is regarding; the map leaves it, and the reason says
why. A column of one record a row under such a name (erxes' companyIds, '[\"c1\"]') is still
a lookup. An owner keeps its list (a task's assignees): the owner is one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from d365migrate.intake.json_cells import one_each
from d365migrate.intake.kinds import name_word_split

__all__ = ["lists_records"]

#: two or more ids in one cell, separated by commas (Odoo's '<field>_ids/id' export)
_SEVERAL = re.compile(r"^\s*[\w.:-]+\s*(,\s*[\w.:-]+\s*)+$")


def lists_records(name: str, values: Sequence[str], lookup_type: str) -> bool:
    """Whether column ``name`` with these distinct ``values`` lists several records a row,
    so that no lookup of ``lookup_type`` can hold it."""
    words = name_word_split(name)
    if words[-1:] == ["ids"]:
        return not one_each(list(values))
    if words[-2:] == ["ids", "id"] and lookup_type != "Owner":
        return any(_SEVERAL.match(str(v)) for v in values)
    return False
