"""Dolibarr's demo SQL (dev/initdemo/initdemo.sql) -> one CSV per table, as the database holds it.

Run: python convert.py SOURCE.sql OUT_DIR, SOURCE.sql holding the file's INSERT/REPLACE
statements of the tables SOURCE.md lists, as the file writes them.

Each ``insert|replace into <table> (<columns>) values (<values>);`` is one row of
``<table>.csv``; the header is ``rowid`` then every column in the order the statements
first name it. A row without ``rowid`` gets the id MySQL's auto-increment gives it on a
fresh database (one more than the largest id inserted before it in the table), so the
references (``fk_soc``, ``fk_contact``...) keep meaning what they mean in Dolibarr. Strings
are read as MySQL reads them (``\\n`` a line break, ``\\'`` a quote), ``NULL`` and a column a
statement does not name are empty, numbers as written. ``now()`` and ``sysdate()`` (the
time the demo is loaded) are empty, and a column that holds nothing else is left out. The
users' ``pass`` (their password) is left out, as Dolibarr's own exports leave it.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

STATEMENT = re.compile(r"(?:insert|replace)\s+into\s+`?(\w+)`?\s*\(([^)]*)\)"
                       r"\s*values\s*\((.*?)\)\s*;", re.I | re.S)
COMPUTED = object()
LEFT_OUT = {"pass"}
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "'": "'", '"': '"', "\\": "\\"}


def literals(text: str) -> list[object]:
    """The values of one VALUES list: str, None (NULL) or COMPUTED (now(), sysdate())."""
    out: list[object] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in " \n\t,":
            i += 1
        elif ch == "'":
            buf = []
            i += 1
            while text[i] != "'" or text[i:i + 2] == "''":
                if text[i] == "\\":
                    buf.append(ESCAPES.get(text[i + 1], text[i + 1]))
                    i += 2
                elif text[i:i + 2] == "''":
                    buf.append("'")
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            out.append("".join(buf))
            i += 1
        else:
            m = re.match(r"[^,]+", text[i:])
            token = m.group(0).strip()
            i += m.end()
            if token.upper() == "NULL":
                out.append(None)
            elif token.lower() in ("now()", "sysdate()"):
                out.append(COMPUTED)
            else:
                out.append(token)
    return out


def main(src: Path, dst: Path) -> None:
    tables: dict[str, tuple[list[str], list[dict]]] = {}
    for table, cols, vals in STATEMENT.findall(src.read_text(encoding="utf-8")):
        names = [c.strip() for c in cols.split(",")]
        values = literals(vals)
        assert len(names) == len(values), (table, names, values)
        values = [v for c, v in zip(names, values, strict=True) if c not in LEFT_OUT]
        names = [c for c in names if c not in LEFT_OUT]
        columns, rows = tables.setdefault(table, (["rowid"], []))
        columns.extend(c for c in names if c not in columns)
        row = dict(zip(names, values, strict=True))
        if row.get("rowid") in (None, ""):
            row["rowid"] = str(max((int(r["rowid"]) for r in rows), default=0) + 1)
        rows.append(row)
    dst.mkdir(parents=True, exist_ok=True)
    for table, (columns, rows) in tables.items():
        keep = [c for c in columns
                if not all(r.get(c) in (None, COMPUTED) for r in rows)
                or not any(r.get(c) is COMPUTED for r in rows)]
        with (dst / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(keep)
            for r in rows:
                w.writerow(["" if r.get(c) in (None, COMPUTED) else r[c] for c in keep])
        print(table, len(rows), "rows", len(keep), "columns; left out:",
              sorted(set(columns) - set(keep)))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
