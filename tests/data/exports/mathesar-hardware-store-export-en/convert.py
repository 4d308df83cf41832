"""Build Mathesar's demo-dataset exports (hardware store, bike shop) from its own SQL files.

Mathesar (mathesar-foundation/mathesar) loads its sample data sets from
``mathesar/examples/resources/load_<dataset>.sql`` (CREATE TABLE + INSERT INTO). Its table
export (``mathesar/views/export.py``: ``csv.DictWriter`` over
``msar.get_table_columns_and_records``) heads each column with the column's own name and
writes each cell as ``msar.format_data`` prints it: timestamps ``YYYY-MM-DDTHH:MI:SS.f AD``,
money as a plain number, NULL as an empty cell. Column names are the data's own: Mathesar
does not translate them, so English is the only language.

Usage: convert.py --lang en --dataset hardware-store|bike-shop --src FOLDER [--out FOLDER]
where FOLDER holds the two SQL files (``git show COMMIT:mathesar/examples/resources/...``).
"""
from __future__ import annotations

import argparse
import csv
import re
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

# dataset -> (SQL file, output folder, the tables exported)
DATASETS = {
    "hardware-store": ("load_hardware_store.sql", "mathesar-hardware-store-export-en",
                       ["Customers", "Transactions", "Assets"]),
    "bike-shop": ("load_bike_shop.sql", "mathesar-bike-shop-export-en",
                  ["Customers", "Service Requests", "Mechanics"]),
}


def _columns(sql: str, table: str) -> list[tuple[str, str]]:
    body = re.search(rf'CREATE TABLE "{re.escape(table)}" \((.*?)\n\);', sql, re.S).group(1)
    cols = []
    for line in body.splitlines():
        line = line.strip().rstrip(",")
        if not line or line.startswith("CONSTRAINT"):
            continue
        m = re.match(r'("[^"]+"|\w+)\s+(.*)', line)
        cols.append((m.group(1).strip('"'), m.group(2)))
    return cols


def _values(sql: str, table: str) -> list[list[str | None]]:
    body = re.search(rf'INSERT INTO "{re.escape(table)}" VALUES\n(.*?);\n', sql, re.S).group(1)
    rows = []
    for line in body.splitlines():
        line = line.strip().rstrip(",")
        if not line:
            continue
        inner = line[1:-1]
        cells: list[str | None] = []
        for m in re.finditer(r"\s*('(?:[^']|'')*'|[^,]+)\s*(?:,|$)", inner):
            tok = m.group(1).strip()
            if tok == "NULL":
                cells.append(None)
            elif tok.startswith("'"):
                cells.append(tok[1:-1].replace("''", "'"))
            else:
                cells.append(tok)
        rows.append(cells)
    return rows


def _timestamp(val: str) -> str:
    # msar.format_data(timestamp): to_char 'YYYY-MM-DD"T"HH24:MI' + ':' + seconds
    # 'FM00.0999999999' + ' AD'
    date, time = val.split(" ")
    hh, mi, ss = time.split(":")
    sec = Decimal(ss)
    whole, _, frac = f"{sec:f}".partition(".")
    frac = (frac.rstrip("0") or "0")
    return f"{date}T{hh}:{mi}:{int(whole):02d}.{frac} AD"


def _number(val: str) -> str:
    # a numeric through jsonb and json.loads: a float (or int) printed by csv
    num = float(val) if "." in val else int(val)
    return str(num)


def _cell(val: str | None, typ: str) -> str:
    if val is None:
        return ""
    if typ.startswith("timestamp"):
        return _timestamp(val)
    if typ.startswith(("integer", "mathesar_types.mathesar_money")):
        return _number(val)
    return val


def build(dataset: str, src: Path, out: Path | None) -> list[Path]:
    sql_name, folder, tables = DATASETS[dataset]
    sql = (src / sql_name).read_text(encoding="utf-8")
    out = out or HERE.parent / folder
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        cols = _columns(sql, table)
        path = out / f"{table}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)  # DictWriter's default dialect: excel, \r\n
            writer.writerow([name for name, _ in cols])
            for row in _values(sql, table):
                assert len(row) == len(cols), (table, row)
                writer.writerow([_cell(v, t) for v, (_, t) in zip(row, cols, strict=True)])
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lang", default="en", choices=["en"])
    ap.add_argument("--dataset", required=True, choices=sorted(DATASETS))
    ap.add_argument("--src", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    for path in build(args.dataset, args.src, args.out):
        print(path)


if __name__ == "__main__":
    main()
