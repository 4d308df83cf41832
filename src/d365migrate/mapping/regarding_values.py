"""An activity's regarding record: the ids beside a column that names each row's record kind.

SuiteCRM writes an activity's regarding record as two columns, 'Parent Type' (Accounts,
Opportunities, Cases: the module's name, in English whatever the user's language) and the
record's id beside it; its translations name the id column in words no list may hold
(Persian 'شناسه مربوط به', Traditional Chinese '關聯到ID', Urdu 'ID سے متعلق'; issue 13's round
H). The kind column's values say what the pair is in any language: the id column next to it
is the regarding record's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from d365migrate.mapping.sourcecols import Profile

__all__ = ["regarding_beside_type"]

#: Record kinds as a program names them in a polymorphic link's type column (folded).
_KINDS = frozenset({
    "account", "accounts", "contact", "contacts", "lead", "leads", "opportunity",
    "opportunities", "case", "cases", "bug", "bugs", "project", "projects", "projecttask",
    "prospect", "prospects", "quote", "quotes", "deal", "deals", "company", "companies",
    "person", "people", "persons", "organization", "organizations", "organisation",
    "organisations", "task", "tasks", "meeting", "meetings", "call", "calls", "contract",
    "contracts", "invoice", "invoices", "ticket", "tickets", "campaign", "campaigns",
    "order", "orders", "product", "products", "document", "documents"})
_ID = re.compile(r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                 r"[0-9a-fA-F]{12}|[0-9a-fA-F]{24,32})$")
_NUMBER = re.compile(r"^\d{1,12}$")


def _kinds(p: Profile) -> bool:
    return bool(p.values) and p.kind == "text" and all(
        re.sub(r"[\s_-]", "", v.lower()) in _KINDS for v in p.values)


def _ids(p: Profile) -> bool:
    """Record ids: uuids or long hex ids; numbers only where they differ (a duration's
    '30' on every row is no id)."""
    return bool(p.values) and (all(_ID.match(v.strip()) for v in p.values) or (
        p.distinct >= 2 and all(_NUMBER.match(v.strip()) for v in p.values)))


def regarding_beside_type(columns: Sequence[str], profiles: Mapping[str, Profile],
                          free: Callable[[str], bool]) -> tuple[str, str] | None:
    """(id column, kind column) of the one pair where a column of record kinds stands
    beside an unread column of ids; None where none or more than one does."""
    pairs = []
    for i, col in enumerate(columns):
        if col not in profiles or not _kinds(profiles[col]):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(columns) and free(columns[j]) and _ids(profiles[columns[j]]):
                pairs.append((columns[j], col))
                break
    return pairs[0] if len(pairs) == 1 else None
