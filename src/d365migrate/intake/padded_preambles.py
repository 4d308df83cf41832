"""Title lines padded to the table's width above a CSV's header.

Some programs open each exported file with a banner (Invoice Ninja v4: "Invoice Ninja
v4.5.17 - December 19, 2020 11:28 pm", a blank line, then the entity's name, CLIENTS) and
pad every one of those lines with empty cells to the header's width. Being as wide as the
data, they pass for the header under the sniffer's rule that a preamble is narrower than
the table. They are told apart by what they hold: no more than one filled cell each, over a
row that names most of its columns, each name once.
"""

from __future__ import annotations

MAX_LINES = 5          # a banner of a few lines, never a table's worth


def padded_preamble(rows: list[list[str]], width: int) -> int:
    """How many leading ``rows`` of ``width`` cells are title lines (at most one filled
    cell, at least one of them filled) above a header that names most of its cells, each
    once; 0 when the first row is the header."""
    if width < 3:
        return 0
    skip = 0
    while skip < min(len(rows), MAX_LINES) and len(rows[skip]) == width \
            and sum(bool(c.strip()) for c in rows[skip]) <= 1:
        skip += 1
    if not skip or skip >= len(rows) or not any(c.strip() for r in rows[:skip] for c in r):
        return 0
    header = [c.strip() for c in rows[skip]]
    named = [c for c in header if c]
    if len(header) != width or len(named) * 2 < width or len(named) < 2:
        return 0
    if len({c.casefold() for c in named}) * 2 < len(named):
        return 0       # the same few values throughout: a data row, not a header
    return skip
