"""Turn X2CRM's install sample data (protected/data/dummy_data.sql) into one CSV per table.

Ours, not X2CRM's: a mechanical converter (see SOURCE.md). Usage::

    git -C <X2CRM clone> show <commit>:x2engine/protected/data/dummy_data.sql > dummy_data.sql
    python convert.py dummy_data.sql OUT_DIR

Each ``INSERT INTO `x2_<table>` (columns) VALUES (...),(...)`` becomes ``<table>.csv``
(the ``x2_`` prefix dropped) for the tables in ``TABLES``: the header is the statement's
column list as X2CRM names its fields, each row one tuple, values as MySQL reads them
(quoted strings unescaped, NULL as an empty cell, numbers as written). Nothing is edited,
no row or column dropped.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

# the CRM's records and their setup, as a module-by-module export gives them; the rest of
# the dump (caches, logins, layouts, permissions, settings, view logs) is the app's state
TABLES = ["accounts", "contacts", "opportunities", "actions", "action_text", "products",
          "quotes", "quotes_products", "services", "campaigns", "docs", "media", "users",
          "groups", "lists", "list_items", "workflows", "workflow_stages", "flows", "tags",
          "relationships", "phone_numbers", "events"]

_ESCAPES = {"0": "\0", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "b": "\b"}


def _values(text: str, pos: int) -> tuple[list[list[str | None]], int]:
    """Parse ``(v, v, ...),(...)`` from ``pos`` up to the closing ``;``."""
    rows: list[list[str | None]] = []
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == ";":
            return rows, pos + 1
        if ch in " ,\n\r\t":
            pos += 1
            continue
        if ch != "(":
            raise ValueError(f"unexpected {ch!r} at {pos}")
        pos += 1
        row: list[str | None] = []
        while True:
            while text[pos] in " \n\r\t":
                pos += 1
            if text[pos] == "'":
                pos += 1
                buf = []
                while True:
                    c = text[pos]
                    if c == "\\":
                        nxt = text[pos + 1]
                        buf.append(_ESCAPES.get(nxt, nxt))
                        pos += 2
                    elif c == "'" and text[pos + 1] == "'":
                        buf.append("'")
                        pos += 2
                    elif c == "'":
                        pos += 1
                        break
                    else:
                        buf.append(c)
                        pos += 1
                row.append("".join(buf))
            else:
                m = re.compile(r"[^,)]*").match(text, pos)
                assert m
                raw = m.group(0).strip()
                row.append(None if raw.upper() == "NULL" else raw)
                pos = m.end()
            while text[pos] in " \n\r\t":
                pos += 1
            if text[pos] == ",":
                pos += 1
                continue
            if text[pos] == ")":
                pos += 1
                break
            raise ValueError(f"unexpected {text[pos]!r} at {pos}")
        rows.append(row)
    return rows, pos


def convert(sql: str, out: Path) -> dict[str, int]:
    """Write the tables of ``TABLES`` found in ``sql`` to ``out``; rows per file."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for m in re.finditer(r"INSERT INTO `x2_(\w+)` \(([^)]*)\) VALUES", sql):
        table = m.group(1)
        columns = [c.strip().strip("`") for c in m.group(2).split(",")]
        rows, _ = _values(sql, m.end())
        if table not in TABLES:
            continue
        for r in rows:
            if len(r) != len(columns):
                raise ValueError(f"{table}: a row of {len(r)} values for {len(columns)} columns")
        with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(columns)
            w.writerows([["" if v is None else v for v in r] for r in rows])
        counts[table] = len(rows)
    return counts


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    for name, rows in convert(src.read_text(encoding="utf-8"), dest).items():
        print(f"{name}.csv: {rows} rows")
