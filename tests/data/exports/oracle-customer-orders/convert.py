"""Oracle's CO (Customer Orders) sample schema -> one CSV per table, as an admin panel's
export gives it (see SOURCE.md). Reads customer_orders/co_populate.sql from a git checkout of
oracle-samples/db-sample-schemas and parses its INSERT statements; nothing is made up.

    python convert.py GIT_DIR [COMMIT] [OUT_DIR]
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

# a table's columns in the order its CREATE TABLE (co_create.sql) gives them; BLOB columns
# (logo, product_image) hold no data in co_populate.sql and are left empty
COLUMNS = {
    "customers": ["customer_id", "email_address", "full_name"],
    "stores": ["store_id", "store_name", "web_address", "physical_address", "latitude",
               "longitude", "logo", "logo_mime_type", "logo_filename", "logo_charset",
               "logo_last_updated"],
    "products": ["product_id", "product_name", "unit_price", "product_details",
                 "product_image", "image_mime_type", "image_filename", "image_charset",
                 "image_last_updated"],
    "orders": ["order_id", "order_tms", "customer_id", "order_status", "store_id"],
    "shipments": ["shipment_id", "store_id", "customer_id", "delivery_address",
                  "shipment_status"],
    "order_items": ["order_id", "line_item_id", "product_id", "unit_price", "quantity",
                    "shipment_id"],
    "inventory": ["inventory_id", "store_id", "product_id", "product_inventory"],
}
# orders kept: the first ones by id (the rest cut mechanically), with every row that refers
# to them or that they refer to
KEEP_ORDERS = 300

TOKEN = re.compile(r"""\s*(?:(?P<str>'(?:[^']|'')*')
                   |(?P<num>-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE]-?\d+)?)
                   |(?P<id>[A-Za-z_][A-Za-z0-9_$#.]*)|(?P<op>:=|\|\||[(),;]))""", re.X)


def tokens(text: str) -> list[tuple[str, str]]:
    """The SQL text as (kind, text) tokens; comments and lines SQL*Plus reads are dropped."""
    lines = [ln for ln in text.splitlines()
             if not re.match(r"\s*(rem|REM|Rem|--|Prompt|PROMPT|SET|set)\b", ln)]
    text = "\n".join(lines)
    out, pos = [], 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            pos += 1
            continue
        kind = m.lastgroup or "op"
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def value(toks, i, variables):
    """One value expression from token i: (value, next index). A string is unquoted, a
    function call gives its first argument (TO_TIMESTAMP's text, UTL_RAW's JSON), '||'
    joins strings, a PL/SQL variable gives what was assigned to it."""
    kind, text = toks[i]
    if kind == "str":
        v, i = text[1:-1].replace("''", "'"), i + 1
    elif kind == "num":
        v, i = text, i + 1
    elif kind == "id" and text.upper() == "NULL":
        v, i = "", i + 1
    elif kind == "id" and i + 1 < len(toks) and toks[i + 1][1] == "(":
        args, i = arglist(toks, i + 1, variables)
        v = args[0] if args else ""
    elif kind == "id":
        v, i = variables[text], i + 1
    else:
        raise ValueError(f"unexpected {text!r}")
    if i < len(toks) and toks[i][1] == "||":
        rest, i = value(toks, i + 1, variables)
        v = v + rest
    return v, i


def arglist(toks, i, variables):
    """The values of a parenthesised list starting at token i (an opening parenthesis)."""
    assert toks[i][1] == "("
    i += 1
    vals = []
    while toks[i][1] != ")":
        v, i = value(toks, i, variables)
        vals.append(v)
        if toks[i][1] == ",":
            i += 1
    return vals, i + 1


def inserts(text: str) -> list[tuple[str, dict[str, str]]]:
    """Every INSERT INTO table (columns) VALUES (...) as (table, {column: value})."""
    toks, out, variables, i = tokens(text), [], {}, 0
    while i < len(toks):
        if toks[i][0] == "id" and i + 1 < len(toks) and toks[i + 1][1] == ":=":
            variables[toks[i][1]], i = value(toks, i + 2, variables)
            continue
        if toks[i][1].upper() == "INSERT" and toks[i + 1][1].upper() == "INTO":
            table = toks[i + 2][1].lower()
            j = i + 3
            cols = COLUMNS[table]
            if toks[j][1] == "(":
                cols, j = [c.lower() for c in arglist_names(toks, j)], skip_paren(toks, j)
            assert toks[j][1].upper() == "VALUES"
            vals, i = arglist(toks, j + 1, variables)
            out.append((table, dict(zip(cols, vals, strict=True))))
            continue
        i += 1
    return out


def arglist_names(toks, i):
    names, i = [], i + 1
    while toks[i][1] != ")":
        if toks[i][0] == "id":
            names.append(toks[i][1])
        i += 1
    return names


def skip_paren(toks, i):
    while toks[i][1] != ")":
        i += 1
    return i + 1


def main(git_dir: str, commit: str = "HEAD", out_dir: str = ".") -> None:
    text = subprocess.run(["git", "--git-dir", git_dir, "show",
                           f"{commit}:customer_orders/co_populate.sql"],
                          check=True, capture_output=True, text=True).stdout
    rows: dict[str, list[dict[str, str]]] = {t: [] for t in COLUMNS}
    for table, row in inserts(text):
        rows[table].append(row)
    # inventory rows carry no id in the script (an identity column): numbered as inserted
    for n, row in enumerate(rows["inventory"], 1):
        row.setdefault("inventory_id", str(n))
    orders = sorted(rows["orders"], key=lambda r: int(r["order_id"]))[:KEEP_ORDERS]
    kept = {r["order_id"] for r in orders}
    items = [r for r in rows["order_items"] if r["order_id"] in kept]
    shipments = {r["shipment_id"] for r in items if r["shipment_id"]}
    rows["orders"], rows["order_items"] = orders, items
    rows["shipments"] = [r for r in rows["shipments"] if r["shipment_id"] in shipments]
    for table, cols in COLUMNS.items():
        with open(Path(out_dir) / f"{table}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=[c.upper() for c in cols])
            w.writeheader()
            for r in rows[table]:
                w.writerow({c.upper(): r.get(c, "") for c in cols})


if __name__ == "__main__":
    main(*sys.argv[1:])
