"""Koha's CSV exports of its sample patrons and sample libraries.

Built for round W (session 49, keys341). Usage:

    python convert.py --lang en KOHA OUT

KOHA: files of GitHub Koha-Community/Koha under their own paths (SOURCE.md lists them with
their commits and SHA-256): installer/data/mysql/en/optional/sample_patrons.sql and
installer/data/mysql/en/optional/sample_libraries.sql.

Rules (nothing here is invented data):
- Rows: the INSERT statements of Koha's English optional installer data: every row of
  sample_patrons.sql's INSERT INTO `borrowers` (50 patrons) and of sample_libraries.sql's
  INSERT INTO branches (9 libraries), in their order. SQL NULL is an empty cell.
- patrons.csv: what Koha's own patron export script writes,
  ``misc/export_borrowers.pl --show-header --separator=, --field=F ...`` with the fields
  of the INSERT's column list in its order (the script heads each column by the field
  name and writes each value as the database holds it; an undefined value is empty).
- libraries.csv: Koha's guided report ``SELECT branchcode, branchname, branchaddress1 FROM
  branches`` downloaded as CSV (reports/guided_reports.pl's export: the column names as
  header, the raw values).
- Neither export has translated headers or cells: the field names are the same in every
  language Koha ships, so --lang takes only en.
- CSV as Perl's Text::CSV writes it with its defaults (comma, '"' quoting, a field quoted
  when it holds the separator, a quote, a space or a line break, quote_space on), each
  line ending in "\\n"; UTF-8.
"""
import argparse
import os
import re

LANGS = ("en",)
SRC = "installer/data/mysql/en/optional"

# (output file, source file, table, fields to export or None for the INSERT's column list)
FILES = [
    ("patrons.csv", "sample_patrons.sql", "borrowers", None),
    ("libraries.csv", "sample_libraries.sql", "branches",
     ["branchcode", "branchname", "branchaddress1"]),
]

TOKEN = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?[0-9][0-9.]*)|([(),;]))", re.S)


def parse_insert(sql, table):
    """(columns, rows) of the INSERT INTO `table` statement of a MySQL dump."""
    sql = re.sub(r"--[^\n]*", "", sql)
    m = re.search(r"INSERT INTO `?" + re.escape(table) + r"`?\s*\(([^)]*)\)\s*VALUES", sql)
    if not m:
        raise SystemExit(f"no INSERT INTO {table}")
    cols = [c.strip().strip("`") for c in m.group(1).split(",")]
    rows, row, pos, depth = [], None, m.end(), 0
    while True:
        t = TOKEN.match(sql, pos)
        if not t:
            raise SystemExit(f"cannot read {table} at {pos}: {sql[pos:pos + 40]!r}")
        pos = t.end()
        text, null, num, punct = t.groups()
        if punct == "(":
            row, depth = [], 1
        elif punct == ")":
            rows.append(row)
            depth = 0
        elif punct == ";":
            break
        elif punct == ",":
            continue
        elif depth:
            if null:
                row.append(None)
            elif num is not None:
                row.append(num)
            else:
                row.append(re.sub(r"\\(.)|''", lambda x: x.group(1) or "'", text))
    for r in rows:
        if len(r) != len(cols):
            raise SystemExit(f"{table}: a row of {len(r)} values for {len(cols)} columns")
    return cols, rows


def text_csv(values):
    """One line as Text::CSV's combine() + string() writes it with its defaults."""
    out = []
    for v in values:
        v = "" if v is None else str(v)
        if re.search(r'[,"\s]', v):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("koha")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, source, table, fields in FILES:
        with open(os.path.join(a.koha, SRC, source), encoding="utf-8") as fh:
            cols, rows = parse_insert(fh.read(), table)
        fields = fields or cols
        idx = [cols.index(f) for f in fields]
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(text_csv(fields))
            for r in rows:
                fh.write(text_csv([r[i] for i in idx]))


if __name__ == "__main__":
    main()
