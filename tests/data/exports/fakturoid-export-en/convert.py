#!/usr/bin/env python3
"""Fakturoid export (en) from fakturoid/fakturoid-php's test fixtures.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, the fixed Fakturoid API v2 responses that Fakturoid's own
PHP client (fakturoid/fakturoid-php, MIT) kept as its tests' fixtures (tests/fixtures/*.json,
added in 11a21358 and removed a week later). Writes one CSV per resource, one row per
distinct record (by id; events, which have none, by their whole content), first met wins,
files in SOURCES order. Columns are headed by the API's field names in order of first
appearance, nested objects joined by '.' ('user.full_name'), lists (an invoice's lines,
tags, EET records) left out, columns no record fills left out; true/false, null empty,
numbers and timestamps as the API writes them; UTF-8, comma-separated, LF.
"""
import csv
import hashlib
import json
import subprocess
import sys

COMMIT = "11a21358de8cdaac55cc409658a2cc2bd3aa5cda"
FIX = "tests/fixtures/"
# csv name -> fixture files (lists or single records), in reading order
RESOURCES = [
    ("users", ["users.json", "user.json"]),
    ("subjects", ["subjects.json", "subject.json"]),
    ("invoices", ["invoices.json", "proforma_invoices.json", "search_invoices.json",
                  "invoice.json"]),
    ("expenses", ["expenses.json", "search_expenses.json", "expense.json"]),
    ("generators", ["generators.json", "recurring_generators.json", "generator.json"]),
    ("todos", ["todos.json"]),
    ("events", ["events.json", "paid_events.json"]),
]
EXTRA = ["composer.json"]   # read for the licence (MIT) the fixtures were published under


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        name = prefix + k
        if isinstance(v, dict):
            out.update(flat(v, name + "."))
        elif isinstance(v, list):
            continue
        else:
            out[name] = v
    return out


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT

    def show(path, rev=commit):
        return subprocess.run(["git", "--git-dir", gitdir, "show", f"{rev}:{path}"],
                              check=True, capture_output=True).stdout

    paths = [FIX + f for _, files in RESOURCES for f in files] + EXTRA
    read = {p: show(p) for p in paths}
    for path, data in read.items():
        print(hashlib.sha256(data).hexdigest(), path, file=sys.stderr)
    # the fixtures' commit has no LICENSE file: the repository's LICENSE.md (MIT, Fakturoid
    # s.r.o.) from its first commit that has one
    lic_rev = subprocess.run(["git", "--git-dir", gitdir, "log", "--reverse", "--format=%H",
                              "HEAD", "--", "LICENSE.md"], check=True, capture_output=True,
                             text=True).stdout.split()[0]
    lic = show("LICENSE.md", lic_rev)
    print(hashlib.sha256(lic).hexdigest(), f"LICENSE.md ({lic_rev})", file=sys.stderr)
    with open(f"{outdir}/LICENSE", "wb") as fh:
        fh.write(lic)
    for name, files in RESOURCES:
        records, seen = [], set()
        for f in files:
            data = json.loads(read[FIX + f].decode("utf-8"))
            for rec in data if isinstance(data, list) else [data]:
                row = flat(rec)
                ident = (str(row["id"]) if "id" in row
                         else json.dumps(row, sort_keys=True, ensure_ascii=False))
                if ident in seen:
                    continue
                seen.add(ident)
                records.append(row)
        cols = []
        for rec in records:
            cols.extend(k for k in rec if k not in cols)
        cols = [c for c in cols if any(fmt(r.get(c)) != "" for r in records)]
        with open(f"{outdir}/{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for rec in records:
                w.writerow([fmt(rec.get(c)) for c in cols])
        print(f"{name}.csv {len(records)} rows, {len(cols)} columns", file=sys.stderr)


if __name__ == "__main__":
    main()
