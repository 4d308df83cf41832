"""A ticket's 'name' beside its subject is the name of who wrote in, not the case's title.

A help desk's ticket form asks the person for a name, an e-mail and a subject (osTicket's
tickets: `name`, `email`, `subject`, `message`). A case's title is its subject; where a
file of cases has a subject column, its bare 'name' is the customer's name (a Customer
column), as a consultant reads the form. Without a subject, 'name' stays the title (a
ticket file named by its name, Helpy's topics). A 'name' of numbers alone beside a subject
names no person: it is the case's number (X2CRM's "Case Name" 1000, 1001, its id again).

A case's 'impact' (how widely it hurts: X2CRM's "2 - Critical", "3 - Moderate") is, with
the urgency, what sets a case's priority; where the file has no priority, urgency or
severity of its own, the impact is the case's priority (an org's cases keep their Priority;
their Severity has a default option only). Beside a priority (ServiceNow's impact, urgency
and priority), the impact stays unmapped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.intake.kinds import col_norm

__all__ = ["SUBJECTS", "case_name_candidates", "impact_candidates"]

#: A case's subject line (normalised): its title.
SUBJECTS = frozenset({"subject", "ticketsubject", "casesubject", "subjectline", "summary"})
#: A bare name (normalised).
_NAMES = frozenset({"name", "fullname", "yourname"})


def _cut_prefix(phrase: str, column: str) -> bool:
    """Whether the column is the phrase with a prefix cut off ('SolutionName' read as
    'name'), not a bare name written otherwise ('Your Name', French 'Nom')."""
    whole, read = col_norm(column), col_norm(phrase)
    return whole not in _NAMES and whole != read and whole.endswith(read)


def case_name_candidates(phrase: str, columns: Sequence[str], names: Mapping[str, Any],
                         cands: list[tuple[float, str, str]],
                         values: Sequence[str] = (), column: str | None = None
                         ) -> list[tuple[float, str, str]]:
    """The candidates of a case's column: for a bare name beside a subject, the customer
    (never the title); for one whose every value is a number, the case's number. A name
    read bare only once a block's prefix is cut ('SolutionName' beside 'SolutionId',
    'SolutionNote': Corteza's cases) is that other thing's name, no one who wrote in."""
    if col_norm(phrase) not in _NAMES or not any(col_norm(c) in SUBJECTS for c in columns) \
            or column is not None and _cut_prefix(phrase, column):
        return cands
    rest = [c for c in cands if c[1] != "title"]
    vals = [v.strip() for v in values if v and v.strip()]
    if vals and all(v.isdigit() for v in vals):
        rest = [c for c in rest if c[1] not in ("customerid", "ticketnumber")]
        if "ticketnumber" not in names:
            return rest
        why = ("a case's 'name' of numbers alone beside its subject names no person: the "
               "case's number, " + names["ticketnumber"].describe())
        return [(0.9, "ticketnumber", why), *rest]
    if "customerid" not in names:
        return rest
    why = ("a ticket's name beside its subject is who wrote in (the subject is the title): "
           + names["customerid"].describe())
    return [(0.9, "customerid", why), *[c for c in rest if c[1] != "customerid"]]


#: A case's own priority by any of its names (normalised): beside one, the impact says less.
_PRIORITIES = frozenset({"priority", "prioritycode", "urgency", "severity", "severitycode",
                         "ticketpriority", "casepriority"})


def impact_candidates(phrase: str, columns: Sequence[str], names: Mapping[str, Any],
                      cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """The candidates of a case's 'impact': its priority when no column beside says one."""
    if col_norm(phrase) != "impact" or "prioritycode" not in names or any(
            col_norm(c) in _PRIORITIES for c in columns):
        return cands
    why = ("a case's impact, with no priority of its own beside it, sets its priority: "
           + names["prioritycode"].describe())
    return [(0.85, "prioritycode", why), *[c for c in cands if c[1] != "prioritycode"]]
