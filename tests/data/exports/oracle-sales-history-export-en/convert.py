"""Oracle's SH (Sales History) sample schema -> the CSVs SQL Developer's export writes.

Reads the schema's own fixed data files (SQL*Loader .dat files with their .ctl control
files) and its CREATE TABLE script from a git directory of oracle-samples/db-sample-schemas
at commit 3b12adfc (the last commit holding the schema's v3 data files in the stored
snapshot: the newest commit's customers.csv and sales.csv are absent from it) and writes
one CSV per table as SQL Developer's Database Export (format csv, "Separate Files") writes
it: ``<TABLE>_DATA_TABLE.csv``, a header of the upper-case column names in double quotes,
the columns in the table's CREATE TABLE order, character values in double quotes (a quote
doubled), numbers bare, dates in the session's default NLS_DATE_FORMAT for American
English, 'DD-MON-RR' ('31-MAY-98'), bare; NULL empty; LF line ends, UTF-8.

    python convert.py GITDIR [OUT]

Python 3, standard library only (and git). Deterministic: a rerun gives the same bytes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

COMMIT = "3b12adfc4859cfdafc3363bc4992a461ba8ddb8f"
BASE = "sales_history/"
CREATE = "csh_v3.sql"

# table -> (control file, data file): the files sh_main.sql / lsh_v3.sql name, or, for the
# customers, the schema's second customer file (cust1v3.dat is absent from the snapshot)
TABLES = {
    "CHANNELS": ("chan_v3.ctl", "chan_v3.dat"),
    "COUNTRIES": ("coun_v3.ctl", "coun_v3.dat"),
    "CUSTOMERS": ("cust2v3.ctl", "cust2v3.dat"),
    "PRODUCTS": ("prod_v3.ctl", "prod1v3.dat"),
    "PROMOTIONS": ("prom_v3.ctl", "prom1v3.dat"),
    "TIMES": ("time_v3.ctl", "time_v3.dat"),
    "SALES": ("dmsal_v3.ctl", "dmsal_v3.dat"),
}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def show(gitdir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{BASE}{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def table_columns(sql: str) -> dict[str, list[tuple[str, str]]]:
    """CREATE TABLE name ( col TYPE ..., ... ) -> {NAME: [(COL, TYPE), ...]}."""
    out: dict[str, list[tuple[str, str]]] = {}
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\)\s*(?:--|PCTFREE|;)", sql, re.S | re.I):
        cols = []
        for line in m.group(2).splitlines():
            line = line.strip()
            if not line or line.startswith("--"):
                continue
            name, typ = line.split()[:2]
            cols.append((name.upper(), re.sub(r"\(.*", "", typ).upper().rstrip(",")))
        out[m.group(1).upper()] = cols
    return out


def control(ctl: str) -> tuple[list[tuple[str, bool]], str, str]:
    """The control file's field list [(name, filler)], its terminator and enclosure."""
    body = ctl[ctl.upper().index("LOAD DATA"):]
    term = re.search(r"TERMINATED BY '(.)'", body).group(1)
    encl = re.search(r"ENCLOSED BY '(.)'", body).group(1)
    fields = body[body.index("(") + 1:]
    names = []
    for part in re.split(r",\s*\n", fields):
        part = part.strip()
        if not part:
            continue
        word = part.split()[0].rstrip(",)")
        names.append((word.upper(), " FILLER" in f" {part.upper()}"))
    return names, term, encl


def split(line: str, term: str, encl: str) -> list[str | None]:
    out: list[str | None] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == encl:
            j = line.index(encl, i + 1)
            out.append(line[i + 1:j])
            i = j + 1
        else:
            j = line.find(term, i)
            j = n if j < 0 else j
            raw = line[i:j]
            out.append(raw if raw != "" else None)
            i = j
        if i >= n:
            break
        i += 1  # the terminator
    return out


def as_date(text: str) -> str:
    y, m, d = (int(x) for x in text[:10].split("-"))
    day = date(y, m, d)
    return f"{day.day:02d}-{MONTHS[day.month - 1]}-{day.year % 100:02d}"


def as_number(text: str) -> str:
    d = Decimal(text.strip())
    s = format(d.normalize(), "f")
    return s if s not in ("-0",) else "0"


def cell(value: str | None, typ: str) -> str:
    if value is None or value == "":
        return ""   # Oracle stores '' as NULL
    if typ == "DATE":
        return as_date(value)
    if typ == "NUMBER":
        return as_number(value)
    if typ == "CHAR":
        return '"' + value.replace('"', '""') + '"'
    return '"' + value.replace('"', '""') + '"'


def convert(gitdir: str, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    tables = table_columns(show(gitdir, CREATE))
    counts = {}
    for table, (ctl_name, dat_name) in TABLES.items():
        fields, term, encl = control(show(gitdir, ctl_name))
        cols = tables[table]
        lines = ['"' + '","'.join(c for c, _ in cols) + '"']
        for raw in show(gitdir, dat_name).splitlines():
            if not raw.strip():
                continue
            values = split(raw, term, encl)
            row: dict[str, str | None] = {}
            for (name, filler), value in zip(fields, values, strict=False):  # extra fields unloaded
                if not filler:
                    row[name] = value
            lines.append(",".join(cell(row.get(c), t) for c, t in cols))
        (out / f"{table}_DATA_TABLE.csv").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
        counts[table] = len(lines) - 1
    return counts


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    for table, n in convert(argv[0], out).items():
        print(f"{table}_DATA_TABLE.csv: {n} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
