"""A person written as a mailbox, ``Real Name <address>``: read by the address inside.

E-mail programs and the helpdesks built on them print a person so (Request Tracker's
requestor 'Jim Brandt <user1@example.com>', a message's From and To). The address is what
names the person in the export's people file; the name beside it is a display, often only
a first name. Discovery's links by value, staging's lookups, the activities' parties and an
e-mail column's value read such a value by its address, the same rule in each place (and
verification reads the export's cell so, to compare it with what arrived).
"""

from __future__ import annotations

import re

import polars as pl

__all__ = ["MAILBOX", "address_of", "mailbox_address"]

#: A whole value that is a display name (maybe none, maybe quoted) then an address in angle
#: brackets; group 1 the address.
MAILBOX = r"^[^<>]*<\s*([^<>\s@]+@[^<>\s@]+)\s*>$"


def mailbox_address(text: pl.Expr) -> pl.Expr:
    """``text`` trimmed, the address alone where it is a mailbox ('Jim <j@x.org>': 'j@x.org');
    any other value as it is."""
    text = text.cast(pl.Utf8).str.strip_chars()
    return pl.coalesce(text.str.extract(MAILBOX, 1), text)


_MAILBOX = re.compile(MAILBOX)


def address_of(text: str) -> str:
    """:func:`mailbox_address` of one value, in Python (verification's reading of a cell)."""
    text = text.strip()
    m = _MAILBOX.match(text)
    return m.group(1) if m else text
