"""A person's or a deal's company under words no list reads, told by its values.

A contact's employer, a lead's company and a deal's account are written by the company's
name ('Sea Region Inc', 'J.K.M. Corp (HA)', 'P Piper & Sons'), under the translator's own
words in a language no list reads yet (SuiteCRM Urdu's 'اکاؤنٹ کا نام', CiviCRM Romanian's
'Angajator curent'; issue 13's round H). Company names carry legal forms and the nouns
companies name themselves by in every language's exports (Inc, Ltd, GmbH, Holdings, Trust):
a column of names most of which do is a company, which on a contact is its parent, on a lead
its company's name, on a deal its customer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from d365migrate.mapping.sourcecols import Profile

__all__ = ["company_column"]

#: Legal forms and company nouns (lower case, full stops dropped).
_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
    "oy", "ab", "aps", "pty", "pvt", "sons", "group", "holdings", "partners", "industries",
    "enterprises", "trust", "foundation", "association", "partnership", "fund", "alliance",
    "institute", "society", "network", "collective", "services", "solutions", "systems",
    "agency", "bank", "hotels", "software", "consulting", "technologies", "international"})
#: The share of a column's distinct names that must carry one.
_SHARE = 0.3
_MIN_VALUES = 3
#: The share of them that must be proper names, and the little words a name may hold.
_PROPER = 0.8
_LITTLE = frozenset({"and", "of", "the", "de", "du", "des", "la", "le", "von", "van", "der",
                     "y", "e", "et", "und"})
#: The company's target on each table.
TARGETS = {"contact": "parentcustomerid", "lead": "companyname", "opportunity": "customerid",
           "incident": "customerid"}


def _company(v: str) -> bool:
    return bool(_FORMS & set(re.findall(r"[a-z]+", v.lower().replace(".", ""))))


def _proper(v: str) -> bool:
    """A proper name: each word capitalised but the little ones ('P Piper & Sons'), not a
    phrase ('Phone therapist for Skylight Technologies': a project's name)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'.-]*", v) if w.lower() not in _LITTLE]
    return bool(words) and all(w[0].isupper() for w in words)


def company_names(p: Profile) -> bool:
    """Proper names, a share of which carry a legal form."""
    values = [v.strip() for v in p.values if v and v.strip()]
    if p.kind != "text" or len(values) < _MIN_VALUES or any(
            "@" in v or "://" in v or v.replace(" ", "").isdigit() for v in values):
        return False
    return sum(map(_proper, values)) / len(values) >= _PROPER and \
        sum(map(_company, values)) / len(values) >= _SHARE


def company_column(table: str, columns: list[str], profiles: Mapping[str, Profile],
                   targets: Mapping[str, object], owner: Mapping[str, str],
                   free: Callable[[str], bool]) -> tuple[str, str] | None:
    """(column, target) of the one unread column of company names, not the file's first
    (the record's own name), on a contact, a lead or a deal whose company is unread."""
    target = TARGETS.get(table)
    if target is None or target not in targets or target in owner:
        return None
    found = [c for c in columns[1:] if c in profiles and free(c)
             and company_names(profiles[c])]
    return (found[0], target) if len(found) == 1 else None
