"""webERP's demo company (sql/mysql/weberp-demo.sql, "weberpdemo") -> one CSV per table, as a
database tool's table export gives them (see SOURCE.md). Ours; the data is not committed.

    python convert.py weberp-demo.sql OUT_DIR

The dump's INSERTs name no columns: each table's columns are those of its CREATE TABLE, in
order; one INSERT per row. Values are untouched (NULL -> empty, HTML entities such as
``&amp;`` kept as the dump has them). The user's password hash is left out.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

CREATE = re.compile(r"CREATE TABLE `(\w+)` \((.*?)\n\) ENGINE", re.S)
INSERT = re.compile(r"INSERT INTO `(\w+)` VALUES\s*")
TAKE = ["debtorsmaster", "custbranch", "custcontacts", "salesman", "suppliers",
        "suppliercontacts", "stockcategory", "stockmaster", "prices", "salesorders",
        "salesorderdetails", "debtortrans", "www_users"]
SKIP = {"www_users": {"password"}}


def main(sql: str, out: str) -> None:
    text = Path(sql).read_text(encoding="utf-8")
    cols = {m.group(1): [ln.strip().split("`")[1] for ln in m.group(2).splitlines()
                         if ln.strip().startswith("`")] for m in CREATE.finditer(text)}
    rows: dict[str, list[list[str | None]]] = {}
    for m in INSERT.finditer(text):
        if m.group(1) in TAKE:
            rows.setdefault(m.group(1), []).extend(values_list(text, m.end())[0])
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for name in TAKE:
        head = cols[name]
        data = rows.get(name, [])
        assert all(len(r) == len(head) for r in data), name
        keep = [c for c in head if c not in SKIP.get(name, set())]
        idx = [head.index(c) for c in keep]
        with (dest / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(keep)
            for r in data:
                w.writerow(["" if r[i] is None else r[i] for i in idx])
        print(f"{name}.csv: {len(data)} rows x {len(keep)} columns")


if __name__ == "__main__":
    main(*sys.argv[1:3])
