"""A file that numbers its own records as the kind's records are numbered is that kind.

Tiledesk's requests carry a 'Ticket ID' (1, 2, 3: one per row, beside the record's own
'Id') and a 'Conversation Id' (the chat they came from). The conversation's id alone would
read the file as the child of a conversation, a ticket's part; the ticket's own number on
every row, one each, says the rows are the tickets themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["numbers_itself"]


def numbers_itself(kind: str, named: str | None, unique: Iterable[str],
                   own_evidence: set[str]) -> bool:
    """True when a column the kind's signature counts as its own number ('ticketid',
    'casenumber') holds one value per row and the file's name names no other kind."""
    if named not in (None, kind):
        return False
    return any(c in own_evidence and c.endswith(("id", "number")) for c in unique)
