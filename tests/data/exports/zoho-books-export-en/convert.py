#!/usr/bin/env python3
"""Zoho Books export (en) from madisonrickert/zoho-books-cli's fixed contacts fixture.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, `bench/fixtures/synthetic/contacts_list.zb.json` of the
MIT-licensed Zoho Books command-line client (madisonrickert/zoho-books-cli): a Zoho Books v3
`GET /contacts` list response with five fixed, fake contacts, as the client prints it
(`{"ok", "data": {"items": [...]}}`). Writes `contacts.csv`: one row per contact, columns
headed by Zoho Books' API field names in the response's order; lists and objects left out
(custom_fields, custom_field_hash, contactperson_custom_fields, tags), fields no record fills
left out; true/false, numbers as the fixture writes them (parse_float=str), dates and times
as the API gives them, UTF-8, LF.
"""
import csv
import json
import subprocess
import sys

COMMIT = "ff39b6b1bd7a621a1ffaf24df5c7524fbbb32d61"
SOURCE = "bench/fixtures/synthetic/contacts_list.zb.json"


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    data = json.loads(show(gitdir, commit, SOURCE), parse_float=str)
    items = data["data"]["items"]
    cols = []
    for rec in items:
        for k, v in rec.items():
            if isinstance(v, (list, dict)) or k in cols:
                continue
            cols.append(k)
    cols = [c for c in cols if any(cell(r.get(c)) != "" for r in items)]
    with open(f"{out}/contacts.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for rec in items:
            w.writerow([cell(rec.get(c)) for c in cols])
    print(f"contacts.csv: {len(items)} rows, {len(cols)} columns")


if __name__ == "__main__":
    main()
