"""One multi-row VALUES list of a MySQL dump (``INSERT ... VALUES (1,'a',NULL),(...);``) read
into rows, MySQL's escapes resolved: the part every converter of a MySQL dump shares (Admidio,
FrontAccounting). Ours; run through the converters beside it.
"""

from __future__ import annotations

import csv
from pathlib import Path


def values_list(text: str, pos: int) -> tuple[list[list[str | None]], int]:
    """The tuples of one multi-row VALUES list starting at ``pos``; MySQL escapes read."""
    rows: list[list[str | None]] = []
    i = pos
    while True:
        while text[i] in " \r\n\t,":
            i += 1
        if text[i] == ";":
            return rows, i + 1
        assert text[i] == "(", text[i:i + 40]
        i += 1
        row: list[str | None] = []
        while True:
            while text[i] in " \r\n\t":
                i += 1
            if text[i] == "'":
                i += 1
                buf = []
                while True:
                    c = text[i]
                    if c == "\\":
                        nxt = text[i + 1]
                        buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                        i += 2
                    elif c == "'" and text[i + 1] == "'":
                        buf.append("'")
                        i += 2
                    elif c == "'":
                        i += 1
                        break
                    else:
                        buf.append(c)
                        i += 1
                row.append("".join(buf))
            else:
                j = i
                while text[j] not in ",)":
                    j += 1
                tok = text[i:j].strip()
                row.append(None if tok.upper() == "NULL" else tok)
                i = j
            while text[i] in " \r\n\t":
                i += 1
            if text[i] == ",":
                i += 1
                continue
            assert text[i] == ")"
            i += 1
            break
        rows.append(row)


def write_table(path: Path, cols: list[str], rows: list[list[str | None]],
                skip: set[str] | frozenset[str] = frozenset()) -> None:
    """One table as the admin panel's CSV would give it: a header of its columns (those in
    ``skip`` left out: secrets, hashes), NULL as an empty cell."""
    keep = [i for i, c in enumerate(cols) if c not in skip]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([cols[i] for i in keep])
        for r in rows:
            w.writerow(["" if r[i] is None else r[i] for i in keep])
