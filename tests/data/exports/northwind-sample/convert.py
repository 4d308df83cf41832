"""Northwind (microsoft/sql-server-samples, instnwnd.sql) -> one CSV per table, as an admin
panel exports a database: headers the column names of the CREATE TABLE statements, values
as the INSERT statements give them (strings unquoted, NULL empty), foreign keys as the ids.

Mechanical only: every ``INSERT [INTO] <table> [(columns)] VALUES (...)`` statement is
parsed; a statement without a column list takes the CREATE TABLE's column order. The two
binary image columns (Employees.Photo, Categories.Picture: 0x... bitmaps) are left out.
Rows are cut: Orders keeps its first 200 rows in file order, Order Details only the lines
of those orders; every other table is whole (<= 91 rows).

    python convert.py /path/to/instnwnd.sql OUTDIR
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

BINARY = {("Employees", "Photo"), ("Categories", "Picture")}
KEEP_ORDERS = 200


def _name(tok: str) -> str:
    """'"dbo"."Order Details"' / '[dbo].[Region]' / 'Territories' -> the table's name."""
    return re.split(r"[.]", tok.replace("[", "").replace("]", "").replace('"', ""))[-1].strip()


def create_columns(sql: str) -> dict[str, list[str]]:
    """Each CREATE TABLE's column names, in order."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r'CREATE TABLE\s+((?:\[dbo\]\.)?(?:"[^"]+"|\[[^\]]+\]|\w+))\s*\((.*?)\n\)',
                         sql, re.S | re.I):
        cols = []
        for line in m.group(2).split("\n"):
            c = re.match(r'\s*(?:"([^"]+)"|\[([^\]]+)\])\s+', line)
            if c and not line.strip().upper().startswith("CONSTRAINT"):
                cols.append(c.group(1) or c.group(2))
        out[_name(m.group(1))] = cols
    return out


def values(s: str, i: int) -> tuple[list[str | None], int]:
    """The SQL literals of the tuple opening at s[i] == '(' and the index after it."""
    assert s[i] == "("
    i += 1
    vals: list[str | None] = []
    while True:
        while s[i] in " \t\n,":
            i += 1
        if s[i] == ")":
            return vals, i + 1
        if s[i] in "Nn" and s[i + 1] == "'":
            i += 1
        if s[i] == "'":
            j, buf = i + 1, []
            while True:
                if s[j] == "'" and s[j + 1] == "'":
                    buf.append("'")
                    j += 2
                elif s[j] == "'":
                    break
                else:
                    buf.append(s[j])
                    j += 1
            vals.append("".join(buf))
            i = j + 1
        else:
            m = re.compile(r"[^,)\s]+").match(s, i)
            assert m, s[i:i + 40]
            tok = m.group(0)
            vals.append(None if tok.upper() == "NULL" else tok)
            i = m.end()


def main(src: str, outdir: str) -> None:
    sql = Path(src).read_text(encoding="utf-8", errors="strict").replace("\r", "")
    cols = create_columns(sql)
    rows: dict[str, list[dict[str, str | None]]] = {}
    ins = re.compile(r'\binsert\s+(?:into\s+)?((?:"dbo"\.|\[dbo\]\.)?(?:"[^"]+"|\[[^\]]+\]|\w+))'
                     r'\s*(\((?:\s*"[^"]+"\s*,?)+\))?\s*values\s*', re.I)
    for m in ins.finditer(sql):
        table = _name(m.group(1))
        names = re.findall(r'"([^"]+)"', m.group(2)) if m.group(2) else cols[table]
        vals, _ = values(sql, m.end())
        assert len(vals) == len(names), (table, vals)
        rows.setdefault(table, []).append(dict(zip(names, vals, strict=True)))
    orders = rows["Orders"][:KEEP_ORDERS]
    rows["Orders"] = orders
    kept = {o["OrderID"] for o in orders}
    rows["Order Details"] = [r for r in rows["Order Details"] if r["OrderID"] in kept]
    out = Path(outdir)
    for table, header in cols.items():
        header = [c for c in header if (table, c) not in BINARY]
        with open(out / f"{table}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows.get(table, []):
                w.writerow(["" if r.get(c) is None else r[c] for c in header])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
