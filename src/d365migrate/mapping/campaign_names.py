"""A campaign file with no name column is named by its subject.

A Dynamics 365 campaign must have a name. Newsletter tools that keep no name of their own
list each send by its subject (phpList's campaigns: 'subject', a body, a schedule): with no
column naming the campaign, the subject is its name, not the marketing message. Beside a
name column (listmonk's and Mailtrain's campaigns) the subject stays the message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.intake.kinds import col_norm

__all__ = ["SUBJECT_COLUMNS", "NAME_COLUMNS", "campaign_name_candidates"]

#: A send's subject line (normalised).
SUBJECT_COLUMNS = frozenset({"subject", "subjectline", "emailsubject", "mailsubject"})
#: What names a campaign when a file has one (normalised), beside any '..name' column
#: that names no person (Marketing Cloud's 'email_name' names the send).
NAME_COLUMNS = frozenset({"name", "title", "campaigntitle", "label"})
#: How the names of the people around a send begin: the sender's, a recipient's, a user's.
_PEOPLE = ("from", "sender", "to", "reply", "recipient", "subscriber", "owner", "user",
           "created", "modified", "contact", "first", "last", "full")


def _names_it(col: str) -> bool:
    return col in NAME_COLUMNS or (col.endswith("name") and not col.startswith(_PEOPLE))


def campaign_name_candidates(phrase: str, columns: Sequence[str],
                             names: Mapping[str, Any],
                             cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """The candidates of a campaign's column, with its name first for the subject of a file
    that has no name column."""
    if col_norm(phrase) not in SUBJECT_COLUMNS or "name" not in names \
            or any(_names_it(col_norm(c)) for c in columns):
        return cands
    why = "a campaign with no name column is named by its subject: " + names["name"].describe()
    return [(0.98, "name", why), *[c for c in cands if c[1] != "name"]]
