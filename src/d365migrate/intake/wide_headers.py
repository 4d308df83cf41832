"""A header wider than every row under it: the rows leave out their trailing fields.

A program that writes its CSV by hand can name more columns than it fills: IBM's
edb-tickets writes `user_email,...,created_at,updated_at,category` over rows of seven
values, the last ones left off entirely (not even empty fields). The dialect sniffer reads
leading lines of another width than the data as a preamble (a report's title); but a
preamble is no row of column names over data: when the first line is wider than every line
below it, each of its fields reads as a column name (words, no '@', no number alone, none
twice) and the line below it does not (an e-mail, a number: a record's values), the first
line is the header and the rows' missing fields are empty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["collapsed_repeats", "header_over_short_rows"]

#: A column name: a letter first, then letters, digits, spaces and name punctuation.
_NAME = re.compile(r"^[^\W\d][\w .\-/#()]*$")


def _names(fields: Sequence[str]) -> bool:
    names = [f.strip() for f in fields]
    return all(_NAME.match(n) for n in names) and len(set(names)) == len(names)


def header_over_short_rows(rows: Sequence[Sequence[str]], modal: int) -> bool:
    """True when the first row is a header wider than the data rows (all of width
    ``modal`` below it): every field a column name, the second row not all names."""
    if len(rows) < 2 or len(rows[0]) <= modal:
        return False
    if any(len(r) > modal for r in rows[1:]):
        return False
    return _names(rows[0]) and not _names(rows[1])


def collapsed_repeats(rows: Sequence[Sequence[str]], modal: int) -> bool:
    """True when the first row names columns more than every row below it holds (all of
    width ``modal``), exactly as many more as it repeats names: rows written keyed by name,
    a repeated name kept once (intake/keyed_rows.py)."""
    if len(rows) < 2 or len(rows[0]) <= modal or any(len(r) != modal for r in rows[1:]):
        return False
    counts = Counter(x.strip() for x in rows[0])
    repeats = sum(n - 1 for n in counts.values() if n > 1)
    return repeats == len(rows[0]) - modal and all(x.strip() for x in rows[0])
