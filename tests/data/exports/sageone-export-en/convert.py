#!/usr/bin/env python3
"""Sage One (Sage Business Cloud Accounting) export (en) from its SDK's recorded API responses.

Built for round Z29 (session 60, keys491). Usage:

    python convert.py GITDIR OUTDIR [COMMIT]

GITDIR: a git directory of GitHub Sage/sageone_api_ruby_sdk (MIT, Sage's own Ruby client of
the Sage One Accounts API v1, UK) holding commit 1ee8a8c1724d3f8b2a18a0c7151f916708c8d72f;
files are read with `git show COMMIT:PATH`.

Rules (nothing here is invented data):
- Rows: the Sage One API responses the SDK's RSpec tests replay (VCR cassettes,
  spec/cassettes/**/*.json: real calls to api.sageone.com/accounts/v1 on Sage's test
  businesses, September and December 2014). Every 2xx GET, POST or PUT response of the
  contacts, products, services, sales_invoices and purchase_invoices resources gives its
  records (a list's `$resources`, or the one record); a record's last recorded state wins
  (latest response `Date`, ties by cassette path and order); a record whose DELETE was
  recorded at or after its last state is left out (it no longer exists).
- Columns: Sage's API field names in order of first appearance; nested objects flattened
  with dots ('contact_type.name', 'main_address.country.id'), fields starting with '$'
  (SData's '$key', a copy of the id) left out, fields no record fills left out. A sales
  invoice's `line_items` list is its own file, sales_invoice_line_items.csv, each row headed
  by its invoice's id ('sales_invoice_id'); purchase invoices' lines are left out.
- Values as the API gives them: dates dd/mm/yyyy, amounts as decimal strings ('59.95'),
  0/1 flags as given, true/false, null empty; UTF-8, LF, rows by id.
"""
import csv
import hashlib
import json
import re
import subprocess
import sys
from email.utils import parsedate_to_datetime

COMMIT = "1ee8a8c1724d3f8b2a18a0c7151f916708c8d72f"
RESOURCES = ["contacts", "products", "services", "sales_invoices", "purchase_invoices"]
URI = re.compile(r"/accounts/v1/([a-z_]+)(?:/(\d+))?(?:\?.*)?$")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def flat(rec, prefix=""):
    row = {}
    for k, v in rec.items():
        if k.startswith("$"):
            continue
        if isinstance(v, dict):
            row.update(flat(v, f"{prefix}{k}."))
        elif not isinstance(v, list):
            row[prefix + k] = v
    return row


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(path, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols and any(x.get(k) not in (None, "") for x in rows):
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    paths = sorted(p for p in git(gitdir, "ls-tree", "-r", "--name-only", commit,
                                  "spec/cassettes").decode().split("\n") if p.endswith(".json"))
    state = {r: {} for r in RESOURCES}     # id -> (sort key, record)
    deleted = {r: {} for r in RESOURCES}   # id -> sort key of the DELETE
    print("read:")
    for p in ["LICENSE"] + paths:
        raw = git(gitdir, "show", f"{commit}:{p}")
        print(f"    {hashlib.sha256(raw).hexdigest()}  {p}")
        if p == "LICENSE":
            continue
        for n, i in enumerate(json.loads(raw)["http_interactions"]):
            m = URI.search(i["request"]["uri"])
            code = i["response"]["status"]["code"]
            if not m or m.group(1) not in RESOURCES or not 200 <= code < 300:
                continue
            res, rid = m.group(1), m.group(2)
            when = parsedate_to_datetime(i["response"]["headers"]["Date"][0])
            key = (when, p, n)
            method = i["request"]["method"]
            if method == "delete":
                deleted[res][int(rid)] = max(key, deleted[res].get(int(rid), key))
                continue
            if method not in ("get", "post", "put"):
                continue
            body = json.loads(i["response"]["body"]["string"] or "null")
            if not isinstance(body, dict):
                continue
            recs = body["$resources"] if "$resources" in body else [body]
            for rec in recs:
                if isinstance(rec, dict) and "id" in rec:
                    old = state[res].get(rec["id"])
                    if old is None or key >= old[0]:
                        state[res][rec["id"]] = (key, rec)
    print("wrote:")
    for res in RESOURCES:
        live = [rec for rid, (key, rec) in sorted(state[res].items())
                if not (rid in deleted[res] and deleted[res][rid] >= key)]
        rows = [flat(rec) for rec in live]
        sha = write(f"{outdir}/{res}.csv", rows)
        print(f"    {sha}  {len(rows):3d}  {res}.csv")
        if res == "sales_invoices":
            lines = []
            for rec in live:
                for li in rec.get("line_items") or []:
                    lines.append({"sales_invoice_id": rec["id"], **flat(li)})
            sha = write(f"{outdir}/sales_invoice_line_items.csv", lines)
            print(f"    {sha}  {len(lines):3d}  sales_invoice_line_items.csv")


if __name__ == "__main__":
    main()
