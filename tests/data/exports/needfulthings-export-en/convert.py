#!/usr/bin/env python3
"""Build needfulthings-export-en: Evidence's demo shop "Needful Things" as Evidence writes it.

Evidence (evidence-dev/evidence, MIT) ships a DuckDB database of a fictional shop's 10,000
orders, `needful_things.duckdb` (table `orders`), as the data source of its end-to-end test
sites and its docs (`sources/needful_things/orders.sql`: `select * from orders`). A page's
DataTable offers the rows through Evidence's own CSV download (core-components
`DownloadData.svelte`: the `export-to-csv` 0.2.1 library with fieldSeparator ',',
quoteStrings '"', decimalSeparator '.', useKeysAsHeaders, useBom, after
JSON.parse(JSON.stringify(rows))). This writes what that download gives for the query
`select * from orders`:

* a UTF-8 byte order mark, then the column names as the header, unquoted, ',' separated;
* every row ended by CR LF (the header too, the last row too);
* strings in double quotes (inner quotes doubled); numbers as JavaScript prints them
  (12.35, 3 for 3.0); timestamps as JSON.stringify prints a Date: '2020-06-08T16:13:42.000Z'
  (the stored timestamps carry no zone; Evidence reads them as UTC);
* rows in the table's id order (the stored order).

Usage (python with the `duckdb` package; git on PATH):

    python convert.py GITDIR OUTDIR

GITDIR holds evidence-dev/evidence commit bdf2ce10 (the `fetch` tool's mirror). Writes
OUTDIR/orders.csv. Deterministic: the same bytes on every run.
"""
import math
import os
import subprocess
import sys
import tempfile

import duckdb

COMMIT = "bdf2ce10040f81dbfcd43acde438052cc25b8e5c"
DB_PATH = "e2e/basic/sources/needful_things/needful_things.duckdb"
EOL = "\r\n"
BOM = "\ufeff"


def js_number(value):
    """A number as JavaScript's Number.prototype.toString prints it (the values here)."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if math.isfinite(value) and value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def js_iso(ts):
    """A JavaScript Date at UTC through JSON.stringify: toISOString()."""
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


def format_cell(value):
    """export-to-csv 0.2.1 _formatData, after the JSON round trip Evidence makes."""
    if value is None:
        return "null"
    if hasattr(value, "strftime"):
        value = js_iso(value)
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return js_number(value)


def main(gitdir, outdir):
    blob = subprocess.run(
        ["git", "--git-dir", gitdir, "show", f"{COMMIT}:{DB_PATH}"],
        check=True, capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "needful_things.duckdb")
        with open(path, "wb") as handle:
            handle.write(blob)
        con = duckdb.connect(path, read_only=True)
        cur = con.execute("select * from orders order by id")
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
        con.close()
    out = [BOM, ",".join(names), EOL]
    for row in rows:
        out.append(",".join(format_cell(v) for v in row))
        out.append(EOL)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "orders.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(out))
    print(f"orders.csv: {len(rows)} rows")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
