"""A company's 'Contact email': the address to reach it, not a link to a contact by e-mail.

A column named for another record and ending in 'email' ('requester_email', 'owner_email')
links to that record by its address. On a record that has an e-mail of its own (an account,
a lead) and no other e-mail column, an e-mail named for its contact person ('Contact email',
'Contact e-mail') is that record's own address: a small business's customers list carries
the contact person's name, e-mail and phone on the company's row, and the export holds no
contacts to link to. Taken as a link it would leave the company's only address unloaded.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["own_contact_email"]

#: Tables with an e-mail of their own that a contact person's address stands for.
_OWN_EMAIL_TABLES = frozenset({"account", "lead"})


def own_contact_email(words: list[str], ref: str | None, table: str,
                      siblings: Iterable[tuple[str, ...]]) -> bool:
    """True when an e-mail column read as a link to a contact (``ref``) is the record's own
    e-mail: the record's table has one, and no other column of the file is an e-mail."""
    if ref != "contact" or table not in _OWN_EMAIL_TABLES or not words \
            or words[-1] not in ("email", "mail"):
        return False
    own = tuple(words)
    return not any(s != own and s and s[-1] in ("email", "mail", "emails") for s in siblings)
