"""Numbers the platform gives records of some tables on create from the organisation's
auto-numbering settings, not from a column's ``AutoNumberFormat``: a case's ``ticketnumber``
("Case Number").

Microsoft's "Change auto-numbering prefixes for contracts, cases, articles, quotes, orders,
invoices, campaigns, categories, and knowledge articles" (Power Platform admin: Settings >
Data management > Auto numbering) says cases are numbered automatically: a prefix of up to
three characters, a number that starts at 1000 unless an admin set another, and a suffix that
keeps numbers made offline unique. The default case prefix is ``CAS``, which gives numbers
like ``CAS-01000-X0X0X0``. A number the caller supplies is kept.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .storage import Tx

#: Table -> (the numbered column, its default prefix).
ORG_NUMBERED = {"incident": ("ticketnumber", "CAS")}
FIRST_NUMBER = 1000  # the Number box's value before any numbering format is set
SUFFIX_LENGTH = 6
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def next_number(tx: Tx, table: str) -> int:
    """The table's next sequence number, kept in the org's settings (one writer: the
    transaction)."""
    name = f"autonumber:{table}"
    row = tx.conn.execute("SELECT value FROM settings WHERE name=?", (name,)).fetchone()
    number = int(row[0]) if row else FIRST_NUMBER
    tx.conn.execute("INSERT OR REPLACE INTO settings(name, value) VALUES(?, ?)",
                    (name, str(number + 1)))
    return number


def suffix(record_id: str) -> str:
    """Letter, digit, letter... (``X0X0X0``), drawn from the record's id so a number is the
    same on every replay of the same create."""
    digest = hashlib.sha256(record_id.encode()).digest()
    return "".join(_LETTERS[b % 26] if i % 2 == 0 else str(b % 10)
                   for i, b in enumerate(digest[:SUFFIX_LENGTH]))


def number_on_create(tx: Tx, table: str, data: dict[str, Any], record_id: str) -> None:
    """Fill the table's org-numbered column when the create leaves it out."""
    numbered = ORG_NUMBERED.get(table)
    if numbered is None:
        return
    column, prefix = numbered
    if data.get(column) in (None, ""):
        data[column] = f"{prefix}-{next_number(tx, table):05d}-{suffix(record_id)}"
