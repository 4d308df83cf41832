"""Rows written keyed by column name: a header naming a column twice over rows one field short.

EGroupware's addressbook export builds each row as a map from the column's label to its value
and writes the header from the labels in order. Where a translation gives two fields one
label (Russian 'Создано' for both 'created' and 'created by'), the map keeps the label once,
at its first place, holding the later field's value: every row is one field short of the
header for each repeat, and every value after the first repeat stands one column to the left
of its name. Read as written, the file's delimiter is not even recognised. Such a header is
read without the later occurrences of each repeated name, so each value stands under its own
name again; the file's warnings say which names were dropped and why (the first place holds
the later field's value: what the program wrote).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence

from d365migrate.intake.dialect import Problem
from d365migrate.intake.wide_headers import collapsed_repeats

__all__ = ["unkeyed_header", "without_repeats"]


def without_repeats(names: Sequence[str]) -> list[str]:
    """``names`` keeping each one's first place only."""
    seen: set[str] = set()
    out = []
    for name in names:
        if name.strip() not in seen:
            seen.add(name.strip())
            out.append(name)
    return out


def unkeyed_header(body: bytes, delim: str, quote: str | None, label: str,
                   problems: list[Problem], line: int) -> bytes:
    """``body`` (the header line first) with the header's later repeats dropped where its
    rows were written keyed by name; else ``body`` unchanged."""
    end = body.find(b"\n")
    if end < 0:
        return body
    qc = quote or '"'
    header_line = body[:end].decode("utf-8", errors="ignore").rstrip("\r")
    header = next(csv.reader([header_line], delimiter=delim, quotechar=qc), [])
    counts = Counter(x.strip() for x in header)
    twice = sorted(n for n, c in counts.items() if c > 1)
    if not twice:
        return body   # nearly every file: no name twice, nothing more read
    sample = body[:200_000].decode("utf-8", errors="ignore")
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim,
                                      quotechar=qc,
                                      quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE)
                if r][:200]
    except csv.Error:
        return body
    if len(body) > 200_000 and len(rows) > 2:
        rows = rows[:-1]   # the sample may cut its last record short
    if len(rows) < 2 or rows[0] != header:
        return body   # a header over several lines: left as it is
    modal = Counter(len(r) for r in rows[1:]).most_common(1)[0][0]
    if not collapsed_repeats(rows, modal):
        return body
    problems.append(Problem(label, line, (
        f"the header names {', '.join(repr(n) for n in twice)} more than once over rows "
        f"{len(header) - modal} field(s) short of it: the rows were written keyed by column "
        "name (each repeated name holds one value, its later field's); the later "
        f"occurrence(s) of {'that name' if len(twice) == 1 else 'those names'} are not read"),
        "warning"))
    kept = without_repeats(header)
    text = delim.join(f"{qc}{n.replace(qc, qc * 2)}{qc}" for n in kept)
    return text.encode("utf-8") + body[end:]
