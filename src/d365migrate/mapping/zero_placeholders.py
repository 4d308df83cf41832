"""A column of nothing but zeros says nothing about what it holds.

Old database dumps write ``0`` for a text left empty (OpenCATS's test database: a
candidate's notes, web site, second e-mail and cell phone all ``0``). Typed by its values,
such a column is a number, and a number is no e-mail address, no web address and no
description, so its name's target is ruled out and the column is left unmapped. Read as
empty instead, it is judged by its name alone, as every empty column is (and claims a
target only after a column that has values for it). A real count or flag that is zero in
every row loses nothing by that: its name still says what it is.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["zeros_only"]

#: How a zero is written in a column read as text.
ZEROS = frozenset({"0", "0.0", "0.00"})


def zeros_only(values: Iterable[str]) -> bool:
    """Whether every value is a zero (and there is at least one)."""
    seen = False
    for v in values:
        if v.strip() not in ZEROS:
            return False
        seen = True
    return seen
