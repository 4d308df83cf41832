"""A ticket's 'name' beside its subject is the name of who wrote in, not the case's title.

A help desk's ticket form asks the person for a name, an e-mail and a subject (osTicket's
tickets: `name`, `email`, `subject`, `message`). A case's title is its subject; where a
file of cases has a subject column, its bare 'name' is the customer's name (a Customer
column), as a consultant reads the form. Without a subject, 'name' stays the title (a
ticket file named by its name, Helpy's topics).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.intake.kinds import col_norm

__all__ = ["SUBJECTS", "case_name_candidates"]

#: A case's subject line (normalised): its title.
SUBJECTS = frozenset({"subject", "ticketsubject", "casesubject", "subjectline", "summary"})
#: A bare name (normalised).
_NAMES = frozenset({"name", "fullname", "yourname"})


def case_name_candidates(phrase: str, columns: Sequence[str], names: Mapping[str, Any],
                         cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """The candidates of a case's column: for a bare name beside a subject, the customer
    (never the title)."""
    if col_norm(phrase) not in _NAMES or not any(col_norm(c) in SUBJECTS for c in columns):
        return cands
    rest = [c for c in cands if c[1] != "title"]
    if "customerid" not in names:
        return rest
    why = ("a ticket's name beside its subject is who wrote in (the subject is the title): "
           + names["customerid"].describe())
    return [(0.9, "customerid", why), *[c for c in rest if c[1] != "customerid"]]
