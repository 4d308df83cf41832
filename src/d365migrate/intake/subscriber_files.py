"""A file named for a mailing list's members that holds the people themselves.

Email-marketing systems name their subscribers after the list they are on: Mailchimp's
``list_members`` (an audience's members), a ``segment_subscribers`` or
``audience_members`` file. 'member' is a team's member too (a user), and a file of a list's
members is often only who is on which list (``list_id`` and a person's id:
:func:`d365migrate.intake.kinds.list_membership`). When the rows carry a person's name and
e-mail beside the subscription's own columns (the list, the opt-in, the sign-up), each row
is the subscriber: a contact to market to, whatever the list word before 'members' says.
"""

from __future__ import annotations

from d365migrate.intake.column_signatures import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS
from d365migrate.intake.kinds import (
    LIST_WORDS,
    col_norm,
    kind_of_word,
    name_words,
    subscriber_columns,
)

__all__ = ["list_subscribers"]

#: A person's own name columns (no bare 'name': in a list's file that is often the list's).
PERSON_NAME_COLUMNS = frozenset({*FIRST_NAME_COLUMNS, *LAST_NAME_COLUMNS, "fullname"})


def list_subscribers(source: str, columns: list[str]) -> str | None:
    """Why a file is a mailing list's subscribers (contacts), or None: its name is a list
    word then a person's ('list_members', 'audience_subscribers'), and its columns hold an
    e-mail, a person's own name and two of a subscription's columns (``list_id``,
    ``timestamp_opt``, ``ip_signup``...)."""
    words = name_words(source)
    if len(words) < 2 or kind_of_word(words[-1]) not in ("contact", "lead", "user") \
            or not any(w in LIST_WORDS for w in words[:-1]):
        return None
    subscribed = subscriber_columns(columns)
    named = [c for c in columns if col_norm(c) in PERSON_NAME_COLUMNS]
    if len(subscribed) < 2 or not named:
        return None
    return (f"its rows are a mailing list's subscribers themselves (a name, '{named[0]}', "
            f"an e-mail and {', '.join(subscribed[:3])}), not who is on which list: contacts")
