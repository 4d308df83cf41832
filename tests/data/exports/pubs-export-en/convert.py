"""Microsoft's pubs sample database, one CSV per table as SQL Server Management Studio's
"Save Results As" (CSV) writes the result of ``SELECT * FROM dbo.<table>`` (ours; see
SOURCE.md).

Usage::

    python convert.py GITDIR OUT

GITDIR is a git directory holding microsoft/sql-server-samples at COMMIT (the ``fetch``
tool's mirror); the install script ``instpubs.sql`` is read from it with ``git show``.

What the script's rows become, as SQL Server stores them and SSMS shows them in its grid:

* columns in CREATE TABLE order, headers the column names (SSMS's "Include column headers
  when copying or saving the results");
* NULL written as the text ``NULL`` (as the grid shows it and Save Results As writes it);
* ``char(n)`` (and the user type ``empid``, char(9)) padded with blanks to n characters,
  ``varchar`` as inserted; ``datetime`` as ``yyyy-mm-dd hh:mm:ss.000`` (the script's
  ``set dateformat mdy``, two-digit years under SQL Server's cutoff 2049: ``94`` -> 1994);
  ``money`` with two decimals (``19.99``), ``dec(4,2)`` with two, ``bit`` as 1 / 0, ``image``
  as the grid's ``0x...`` hex, ``text`` as inserted (line breaks kept: "Retain CR/LF on copy
  or save");
* the columns an INSERT leaves out get the CREATE TABLE's defaults: ``titles.type``
  'UNDECIDED', ``titles.pubdate`` getdate() -- here fixed at the commit's time (UTC) so a
  rerun gives the same bytes -- and NULL; ``jobs.job_id`` the IDENTITY(1,1) in insert order;
* rows in the order of the table's clustered primary key (SQL Server returns a heap or a
  clustered table's rows in that order for ``SELECT *`` here); tables without a clustered
  key (discounts, roysched) in insert order;
* "Quote strings containing list separators when saving .csv results" on: a value holding a
  comma, a double quote or a line break is quoted, quotes doubled; rows end CR LF; UTF-8
  with a byte order mark (SSMS's default for saved results).
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
SCRIPT = "samples/databases/northwind-pubs/instpubs.sql"
# getdate() at install: the commit's time, 2026-06-24 13:00:05 -0700, in UTC
INSTALL_TIME = datetime(2026, 6, 24, 20, 0, 5, tzinfo=timezone.utc).replace(tzinfo=None)

USER_TYPES = {"id": "varchar(11)", "tid": "varchar(6)", "empid": "char(9)"}
# the clustered primary keys (CONSTRAINT ... PRIMARY KEY CLUSTERED in the script)
ORDER = {
    "authors": ["au_id"], "publishers": ["pub_id"], "titles": ["title_id"],
    "titleauthor": ["au_id", "title_id"], "stores": ["stor_id"],
    "sales": ["stor_id", "ord_num", "title_id"], "jobs": ["job_id"], "pub_info": ["pub_id"],
}
# the employee's primary key is NONCLUSTERED; its clustered index is employee_ind
# (lname, fname, minit), which SELECT * follows
ORDER["employee"] = ["lname", "fname", "minit"]
TABLES = ["publishers", "authors", "titles", "titleauthor", "stores", "sales", "employee",
          "jobs", "discounts", "roysched", "pub_info"]


def git_show(gitdir: str, path: str) -> str:
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def columns(sql: str) -> dict[str, list[tuple[str, str, str | None]]]:
    """Table -> [(column, type, default)] from the CREATE TABLE statements."""
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for m in re.finditer(r"CREATE TABLE (\w+)\s*\((.*?)\n\)\s*\nGO", sql, re.S):
        cols: list[tuple[str, str, str | None]] = []
        for part in re.split(r"\n(?=   \w)", m.group(2)):
            cm = re.match(r"\s*(\w+)\s+(\w+(?:\(\d+(?:,\d+)?\))?)", part)
            if not cm or cm.group(1).upper() == "CONSTRAINT":
                continue
            dm = re.search(r"DEFAULT\s*\(?\s*('([^']*)'|getdate\(\)|\d+)", part, re.I)
            default = None
            if dm:
                default = dm.group(2) if dm.group(2) is not None else dm.group(1)
            typ = USER_TYPES.get(cm.group(2), cm.group(2))
            cols.append((cm.group(1), typ, default))
        out[m.group(1)] = cols
    return out


TOKEN = re.compile(r"\s*(?:'((?:[^']|'')*)'|(NULL)\b|(0x[0-9A-Fa-f]+)|\$?(-?\d+(?:\.\d+)?))"
                   r"\s*(,|\))", re.S | re.I)


def inserts(sql: str) -> list[tuple[str, list[str] | None, list[object]]]:
    """(table, named columns or None, values) for each INSERT ... VALUES (...)."""
    out = []
    head = re.compile(r"^insert\s+(\w+)\s*(?:\(([^)]*)\))?\s*values\s*\(", re.I | re.M)
    for m in head.finditer(sql):
        pos, vals = m.end(), []
        while True:
            t = TOKEN.match(sql, pos)
            if t is None:
                raise ValueError(f"cannot read the values at {sql[pos:pos + 60]!r}")
            if t.group(1) is not None:
                vals.append(t.group(1).replace("''", "'"))
            elif t.group(2):
                vals.append(None)
            elif t.group(3):
                vals.append(bytes.fromhex(t.group(3)[2:]))
            else:
                vals.append(Decimal(t.group(4)))
            pos = t.end()
            if t.group(5) == ")":
                break
        named = [c.strip() for c in m.group(2).split(",")] if m.group(2) else None
        out.append((m.group(1), named, vals))
    return out


def mdy(text: str) -> datetime:
    month, day, year = (int(x) for x in text.split("/"))
    if year < 100:
        year += 1900 if year > 49 else 2000
    return datetime(year, month, day)


def cell(value: object, typ: str) -> str:
    """A value as SSMS's grid shows it (and Save Results As writes it)."""
    if value is None:
        return "NULL"
    base = typ.split("(")[0].lower()
    if base == "datetime":
        d = value if isinstance(value, datetime) else mdy(str(value))
        return d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 1000:03d}"
    if base == "money":
        return f"{Decimal(value):.2f}"
    if base == "dec":
        return f"{Decimal(value):.{int(typ.split(',')[1].rstrip(')'))}f}"
    if base == "image":
        return "0x" + bytes(value).hex().upper()  # type: ignore[arg-type]
    if base in ("int", "smallint", "tinyint", "bit"):
        return str(int(Decimal(value)))  # type: ignore[arg-type]
    if base == "char":
        return str(value).ljust(int(typ.split("(")[1].rstrip(")")))
    return str(value)


def csv_field(text: str) -> str:
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main(gitdir: str, out: str) -> None:
    sql = git_show(gitdir, SCRIPT)
    defs = columns(sql)
    rows: dict[str, list[dict[str, object]]] = {t: [] for t in TABLES}
    for table, named, vals in inserts(sql):
        cols = defs[table]
        if table == "jobs":
            row: dict[str, object] = {"job_id": Decimal(len(rows[table]) + 1)}
            names = [c for c, _, _ in cols if c != "job_id"]
        else:
            row = {}
            names = named or [c for c, _, _ in cols]
        if len(names) != len(vals):
            raise ValueError(f"{table}: {len(names)} columns, {len(vals)} values")
        row.update(zip(names, vals, strict=True))
        for name, _typ, default in cols:
            if name not in row:
                row[name] = INSTALL_TIME if default == "getdate()" else default
        rows[table].append(row)
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        cols = defs[table]
        data = [[cell(r[c], t) for c, t, _ in cols] for r in rows[table]]
        if table in ORDER:
            idx = [[c for c, _, _ in cols].index(k) for k in ORDER[table]]
            numeric = {i for i in idx if cols[i][1].split("(")[0] in ("int", "smallint")}
            data.sort(key=lambda line: [(int(line[i]), "") if i in numeric
                                        else (0, line[i].casefold()) for i in idx])
        lines = [",".join(csv_field(c) for c, _, _ in cols)]
        lines += [",".join(csv_field(v) for v in line) for line in data]
        (target / f"{table}.csv").write_bytes(
            ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
        print(f"{table}.csv: {len(data)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
