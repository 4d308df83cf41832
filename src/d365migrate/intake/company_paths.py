"""A company written as a path to its record: a link, no company name of the row's own.

iTop's CSV export heads a person's organisation ``org_id->name``, and in its users' languages
``Organisation->Name``, ``Organización->Nombre`` (:mod:`.path_columns`): the values are the
names of records of another file, the organisations. Such a column is the person's company
as a link, as an ``org_id`` column is, not the text company name a lead carries; discovery
counts it as a company id.

A related object's field written as its path names the object too: ServiceDesk Plus'
'status.name', 'priority.name' and 'requester.id' are a request's status, priority and
requester, as 'status', 'priority' and 'requester_id' would be. Discovery reads only a
path's last step ('name', 'id'), which says nothing of the record; the step before it says
what the record has (:func:`path_parents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.path_columns import without_path

__all__ = ["company_paths", "path_parents"]

#: What a company reference reads as ('org_id', 'Organización', 'Firma'): its English words.
_COMPANY_WORDS = frozenset({"org", "orgid", "organization", "organisation", "company",
                            "companyid", "account", "accountid", "companyname"})


def company_paths(columns: list[str]) -> list[str]:
    """The path columns whose reference is a company ('org_id->name', 'Organización->Nombre',
    'Firma->Name'): the record's company as a link to another file's record, written by what
    that record is called."""
    out = []
    for c in columns:
        ref = without_path(c)
        if ref != c and ({col_norm(ref)} | content_columns([ref])) & _COMPANY_WORDS:
            out.append(c)
    return out


#: A path's last step that only names or identifies the object before it.
_LEAF = re.compile(r"^(?:.*[.>/])?([^.>/]+)[.>/](name|id|value|display_value|code|label)$",
                   re.I)


def path_parents(columns: Iterable[str]) -> set[str]:
    """The objects paths name by their fields ('status.name' -> 'status', 'requester.id' ->
    'requesterid'), as discovery compares column names."""
    out: set[str] = set()
    for col in columns:
        m = _LEAF.match(col.strip())
        if m and (parent := col_norm(m.group(1))):
            out.add(parent + ("id" if m.group(2).lower() == "id" else ""))
    return out
