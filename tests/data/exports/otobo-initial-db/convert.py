"""OTOBO's initial database content (scripts/database/otobo-initial_insert.xml: the rows the
installer writes into a new OTOBO help desk) -> one CSV per database table.

Why: a help desk's owner with no export module hands over its database tables, each dumped
as CSV with a header row (`mysql ... INTO OUTFILE`, `psql \\copy ... csv header`). Rules,
mechanical:

- one file per table, `<table>.csv`, in the order the XML first inserts into it;
- columns are the `<Data Key=...>` names in the order the rows give them (a column some rows
  leave out is an empty cell there);
- values untouched (the XML's entities decoded, as the database stores them), except the SQL
  keyword `current_timestamp`, which the database replaces by the time of the insert: it is
  written as the time of the commit that last changed the file, `YYYY-MM-DD HH:MM:SS` (the
  database's own format), so the rows read as installed then.

Usage: python convert.py /path/to/otobo.git COMMIT OUTDIR
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

SOURCE = "scripts/database/otobo-initial_insert.xml"


def main(repo: str, commit: str, out: str) -> None:
    """Write one CSV per table of the initial insert into ``out``."""
    xml = subprocess.check_output(["git", "-C", repo, "show", f"{commit}:{SOURCE}"])
    stamp = subprocess.check_output(
        ["git", "-C", repo, "log", "-1", "--format=%cI", commit, "--", SOURCE]).decode().strip()
    installed = datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M:%S")
    tables: dict[str, list[dict[str, str]]] = {}
    for insert in ET.fromstring(xml).iter("Insert"):
        row: dict[str, str] = {}
        for data in insert.iter("Data"):
            value = data.text or ""
            row[data.get("Key", "")] = installed if value == "current_timestamp" else value
        tables.setdefault(insert.get("Table", ""), []).append(row)
    Path(out).mkdir(parents=True, exist_ok=True)
    for table, rows in tables.items():
        header: list[str] = []
        for r in rows:
            header += [k for k in r if k not in header]
        with (Path(out) / f"{table}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:4])
