"""Fortnox export in English from the Fortnox records the LGPL-3.0 Ruby client of the Fortnox
API, accodeing/fortnox-api, records for its specs (VCR cassettes: recorded Fortnox API
responses under spec/vcr_cassettes/) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding accodeing/fortnox-api commit f1f3defd; OUT: the folder to
write. Reads every cassette of the customers, articles, invoices and orders specs with
`git show` (YAML, read with PyYAML; each response body is a JSON string), and
writes one CSV per entity, one row per distinct record (by its number: CustomerNumber,
ArticleNumber, DocumentNumber) as the latest recorded response shows it, a full record
(GET/POST/PUT of one record) before a list summary of the same time or earlier; rows in
number order. Columns: the API's field names in the responses' order (the union over the
file's records); '@url', nested objects and lists (invoice rows, e-mail settings, labels...)
and the fields no record fills are left out. Values as the API writes them (dates
YYYY-MM-DD, numbers as JSON writes them), true/false, null empty, UTF-8, LF. A rerun gives
the same bytes.
"""
import csv
import hashlib
import json
import subprocess
import sys
from email.utils import parsedate_to_datetime

import yaml  # PyYAML: the cassettes are YAML

COMMIT = "f1f3defd324bb0b5c3bde90b9001590b62d39c8c"
DIR = "spec/vcr_cassettes/"
ENTITIES = {  # file: (cassette folder, single key, list key, number field)
    "customers": ("customers", "Customer", "Customers", "CustomerNumber"),
    "articles": ("articles", "Article", "Articles", "ArticleNumber"),
    "invoices": ("invoices", "Invoice", "Invoices", "DocumentNumber"),
    "orders": ("orders", "Order", "Orders", "DocumentNumber"),
}


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args],
                          capture_output=True, check=True).stdout


def bodies(raw):
    """(recorded time, JSON body) of each recorded response of a VCR cassette (YAML)."""
    y = yaml.safe_load(raw) or {}
    out = []
    for it in y.get("http_interactions") or []:
        body = (it.get("response") or {}).get("body") or {}
        if isinstance(body.get("string"), str):
            out.append((parsedate_to_datetime(it["recorded_at"]), body["string"]))
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def main(gitdir, out):
    paths = git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, DIR).decode().split("\n")
    for name, (folder, one, many, num) in ENTITIES.items():
        best = {}  # number -> (recorded_at, full?, record)
        order = []
        for p in sorted(x for x in paths if x.startswith(DIR + folder + "/")
                        and x.endswith(".yml")):
            raw = git(gitdir, "show", f"{COMMIT}:{p}")
            print(hashlib.sha256(raw).hexdigest(), p)
            for at, body in bodies(raw):
                try:
                    j = json.loads(body)
                except ValueError:
                    continue
                if not isinstance(j, dict):
                    continue
                recs = [(True, j[one])] if isinstance(j.get(one), dict) else \
                    [(False, r) for r in j.get(many) or []]
                for full, r in recs:
                    for k in r:
                        if k not in order:
                            order.append(k)
                    rank = (at, full)
                    n = r[num]
                    if n not in best or rank >= best[n][0]:
                        best[n] = (rank, r)
        rows = [best[n][1] for n in sorted(best, key=lambda n: (len(n), n))]
        header = [k for k in order if k != "@url"
                  and all(not isinstance(r.get(k), (dict, list)) for r in rows)
                  and any(cell(r.get(k)) != "" for r in rows)]
        path = f"{out}/{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow([cell(r.get(h)) for h in header])
        with open(path, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), f"{name}.csv", len(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
