"""Sakila (jOOQ/sakila, postgres-sakila-db/postgres-sakila-insert-data-using-copy.sql) -> one
CSV per table, as an admin panel exports a database: headers the column names of each
``COPY public.<table> (<columns>) FROM stdin`` statement, values as the COPY rows give them
(PostgreSQL's text format unescaped: \\N empty, \\t \\n \\\\ as the characters), foreign keys
as the ids. staff.password (a password hash) is left out.

Mechanical cut, to keep the export small ("first" = lowest ids): customer keeps its first
200 rows; payment the first 200 payments of kept customers; rental the first 200 rentals of
kept customers and every rental a kept payment names; inventory the items kept rentals
name; film its first 200 rows and every film kept inventory names; film_category the rows of
kept films; film_actor the first 200 rows of kept films; address the addresses kept
customers, staff and stores name; city the cities of kept addresses. language, country,
actor, category, staff and store are whole.

    python convert.py /path/to/postgres-sakila-insert-data-using-copy.sql OUTDIR
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CUT = 200
LEFT_OUT = {("staff", "password")}
ESC = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(v: str) -> str | None:
    if v == r"\N":
        return None
    return re.sub(r"\\(.)", lambda m: ESC.get(m.group(1), m.group(1)), v)


def read(src: str) -> dict[str, tuple[list[str], list[dict[str, str | None]]]]:
    """Each COPY block's columns and rows."""
    out: dict[str, tuple[list[str], list[dict[str, str | None]]]] = {}
    lines = Path(src).read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"COPY public\.(\w+) \(([^)]*)\) FROM stdin;", lines[i])
        i += 1
        if not m:
            continue
        cols = [c.strip() for c in m.group(2).split(",")]
        rows = []
        while lines[i] != r"\.":
            rows.append(dict(zip(cols, (_unescape(v) for v in lines[i].split("\t")), strict=True)))
            i += 1
        out[m.group(1)] = (cols, rows)
    return out


def main(src: str, outdir: str) -> None:
    t = read(src)

    def by_id(table: str, key: str) -> list[dict]:
        return sorted(t[table][1], key=lambda r: int(r[key]))

    keep: dict[str, list[dict]] = {}
    for name in ("language", "country", "actor", "category", "staff", "store"):
        keep[name] = t[name][1]
    keep["customer"] = by_id("customer", "customer_id")[:CUT]
    cust = {r["customer_id"] for r in keep["customer"]}
    keep["payment"] = [r for r in by_id("payment", "payment_id") if r["customer_id"] in cust][:CUT]
    paid = {r["rental_id"] for r in keep["payment"]}
    rentals = [r for r in by_id("rental", "rental_id") if r["customer_id"] in cust]
    first = {r["rental_id"] for r in rentals[:CUT]}
    keep["rental"] = [r for r in rentals if r["rental_id"] in first | paid]
    inv = {r["inventory_id"] for r in keep["rental"]}
    keep["inventory"] = [r for r in by_id("inventory", "inventory_id") if r["inventory_id"] in inv]
    films = by_id("film", "film_id")
    fids = {r["film_id"] for r in films[:CUT]} | {r["film_id"] for r in keep["inventory"]}
    keep["film"] = [r for r in films if r["film_id"] in fids]
    keep["film_category"] = [r for r in t["film_category"][1] if r["film_id"] in fids]
    keep["film_actor"] = [r for r in t["film_actor"][1] if r["film_id"] in fids][:CUT]
    addr = ({r["address_id"] for r in keep["customer"]} | {r["address_id"] for r in keep["staff"]}
            | {r["address_id"] for r in keep["store"]})
    keep["address"] = [r for r in by_id("address", "address_id") if r["address_id"] in addr]
    cities = {r["city_id"] for r in keep["address"]}
    keep["city"] = [r for r in by_id("city", "city_id") if r["city_id"] in cities]
    for name, data in keep.items():
        header = [c for c in t[name][0] if (name, c) not in LEFT_OUT]
        with open(Path(outdir) / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows([["" if r[c] is None else r[c] for c in header] for r in data])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
