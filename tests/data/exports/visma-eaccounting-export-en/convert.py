"""Visma eAccounting export in English from the fixed Visma eAccounting API records the MIT
Rust client of that API, jimmystridh/spiris-rust, ships for its tests (tests/fixtures/*.json
and the mock response bodies of tests/articles_test.rs and tests/orders_test.rs) -- see
SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding jimmystridh/spiris-rust commit b10c2b1e; OUT: the folder to
write. Reads the files below with `git show` (JSON; a test file's raw strings r#"..."# that
parse as JSON), takes each record (a body's "Data" list or the body itself) holding an "Id",
one row per distinct Id, first met wins (files in the order listed), and writes
customers.csv, articles.csv, orders.csv, invoices.csv and invoice_rows.csv (the invoices'
"Rows", headed by 'InvoiceId'). Columns: the API's field names in the records' order (the
union over the file's records); nested objects joined by '.' ('InvoiceAddress.City'); lists
left out (an invoice's Rows go to invoice_rows.csv). Values as the JSON writes them (numbers
as written, 5000.00; timestamps as the API gives them), true/false, null empty, UTF-8, LF.
A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import os
import re
import subprocess
import sys

COMMIT = "b10c2b1e975ebc9772f79073b2e6ec7ce6f0bfa5"
SOURCES = {  # file: the repository files read, in order (first met wins)
    "customers": ["tests/fixtures/customer_full.json", "tests/fixtures/customer_simple.json",
                  "tests/fixtures/customer_list_page1.json",
                  "tests/fixtures/customer_list_page2.json"],
    "articles": ["tests/fixtures/article_simple.json", "tests/articles_test.rs"],
    "orders": ["tests/orders_test.rs"],
    "invoices": ["tests/fixtures/invoice_simple.json", "tests/fixtures/invoice_with_rows.json"],
}
PREFIX = {"customers": "cust-", "articles": "art-", "orders": "ord-", "invoices": "inv-"}


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args],
                          capture_output=True, check=True).stdout


def loads(text):
    return json.loads(text, parse_float=str, parse_int=str)


def bodies(path, raw):
    text = raw.decode("utf-8")
    if path.endswith(".json"):
        return [loads(text)]
    out = []
    for m in re.finditer(r'r#"(.*?)"#', text, re.S):
        try:
            out.append(loads(m.group(1)))
        except ValueError:
            continue
    return out


def records(body):
    items = body["Data"] if isinstance(body, dict) and "Data" in body else [body]
    return [r for r in items if isinstance(r, dict) and "Id" in r]


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, list):
            continue
        if isinstance(v, dict):
            out.update(flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write(out, name, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    cols = [c for c in cols if any(cell(r.get(c)) != "" for r in rows)]
    path = os.path.join(out, name + ".csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])
    data = open(path, "rb").read()
    print(f"{hashlib.sha256(data).hexdigest()}  {name}.csv  {len(rows)} rows")


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    read = {}
    tables = {}
    for name, paths in SOURCES.items():
        seen = {}
        for p in paths:
            raw = git(gitdir, "show", f"{COMMIT}:{p}")
            read[p] = hashlib.sha256(raw).hexdigest()
            for body in bodies(p, raw):
                for rec in records(body):
                    if rec["Id"].startswith(PREFIX[name]) and rec["Id"] not in seen:
                        seen[rec["Id"]] = rec
        tables[name] = list(seen.values())
    rows = []
    for inv in tables["invoices"]:
        for line in inv.get("Rows") or []:
            rows.append({"InvoiceId": inv["Id"], **flat(line)})
    for name in ("customers", "articles", "orders", "invoices"):
        write(out, name, [flat(r) for r in tables[name]])
    write(out, "invoice_rows", rows)
    raw = git(gitdir, "show", f"{COMMIT}:LICENSE-MIT")
    read["LICENSE-MIT"] = hashlib.sha256(raw).hexdigest()
    for p, h in sorted(read.items()):
        print(f"read {h}  {p}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
