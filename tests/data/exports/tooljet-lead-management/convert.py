"""Rebuild ToolJet's "Lead Management System" template export (see SOURCE.md): ours.

``python convert.py OUT_DIR data.csv:lead_management_system`` writes each ToolJet Database
table of a template as ``<table>.csv``: the rows as the template's ``data/<table>/data.csv``
holds them (the file ToolJet's template installer loads into the table, in the table's
column order, headed by the columns' names: ToolJet Database gives a column no other
label), an empty ``id`` (the table's serial primary key, left to the database) filled with
the number PostgreSQL's sequence gives the row on a fresh table (1, 2, ... in file order).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def convert(out_dir: Path, pairs: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for pair in pairs:
        src, table = pair.rsplit(":", 1)
        with open(src, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        key = header.index("id") if "id" in header else None
        if key is not None:
            for number, row in enumerate(body, start=1):
                if not row[key]:
                    row[key] = str(number)
        with open(out_dir / f"{table}.csv", "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, lineterminator="\n").writerows([header, *body])


if __name__ == "__main__":
    convert(Path(sys.argv[1]), sys.argv[2:])
