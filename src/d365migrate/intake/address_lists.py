"""A file of e-mail addresses and nothing else: an address book's or a mailing list's people.

Roundcube's import takes a file with one 'Primary Email' column; Outlook exports a contact
list as 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address' alone. No kind's signature
reaches its threshold on such a file (a user has an e-mail too, and more), yet every row is
a person known by address: a contact. Only a person's own addresses count: an address that
routes a message ('from', 'to', 'cc', 'sender', 'reply to') is a message's, not a person's.
Read by :func:`d365migrate.intake.organisation_files.silent_kind` for a file whose name says
nothing.
"""

from __future__ import annotations

from d365migrate.intake.kinds import name_word_split

__all__ = ["ADDRESS_WORDS", "QUALIFIER_WORDS", "WHOLE_NAMES", "ATTRIBUTE_BAGS",
           "address_list_columns", "named_address_columns"]

#: The words that name an e-mail address ('E-mail 2 Address', 'email_address', 'Mail').
ADDRESS_WORDS = frozenset({"email", "e", "mail", "address", "addr"})
#: The words that say whose or which of a person's addresses it is.
QUALIFIER_WORDS = frozenset({"primary", "secondary", "other", "home", "work", "business",
                             "personal", "private", "alternate", "alt", "main", "additional"})


def _own_address(column: str) -> bool:
    words = name_word_split(column)
    named = {"email"} <= set(words) or {"e", "mail"} <= set(words) or "mail" in words
    return named and all(w in ADDRESS_WORDS or w in QUALIFIER_WORDS or w.isdigit()
                         for w in words)


def address_list_columns(columns: list[str]) -> list[str]:
    """The columns, when every one names a person's own e-mail address (one to three of
    them), else []."""
    own = [c for c in columns if not c.startswith("_")]
    if not 1 <= len(own) <= 3 or not all(_own_address(c) for c in own):
        return []
    return own


#: A person's whole name in one column (normalised).
WHOLE_NAMES = frozenset({"name", "fullname", "displayname", "contactname", "subscribername"})
#: A column of free attributes beside them (listmonk's import: a JSON object).
ATTRIBUTE_BAGS = frozenset({"attributes", "attribs", "attrs", "customfields", "properties",
                            "meta", "metadata", "tags"})


def named_address_columns(columns: list[str]) -> list[str]:
    """The columns of a file of one e-mail address and one whole name a row, with at most
    a column of free attributes beside them (listmonk's subscriber import: email, name,
    attributes): a mailing list's people; else []."""
    own = [c for c in columns if not c.startswith("_")]
    mail = [c for c in own if _own_address(c)]
    norm = {c: "".join(name_word_split(c)) for c in own}
    names = [c for c in own if norm[c] in WHOLE_NAMES]
    bags = [c for c in own if norm[c] in ATTRIBUTE_BAGS]
    if len(mail) != 1 or len(names) != 1 or len(bags) > 1 or len(own) != 2 + len(bags):
        return []
    return mail + names
