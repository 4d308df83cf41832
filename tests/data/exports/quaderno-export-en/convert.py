#!/usr/bin/env python3
"""Quaderno export (en) from quaderno/quaderno-ruby's recorded API responses.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, the Quaderno API responses that Quaderno's own Ruby
client (quaderno/quaderno-ruby, MIT) recorded for its RSpec tests as VCR cassettes
(spec/fixtures/quaderno_cassettes/all_*.yml: the list of each resource, one page each).
Writes one CSV per resource, one row per record (by id, first met wins) in the API's order.
Columns are headed by the API's field names in order of first appearance, nested objects
joined by '.' ('contact.id', 'contact.full_name'), lists (a document's lines, taxes,
payments, tags) left out, columns no record fills left out; true/false, null empty,
numbers, amounts in cents and Unix timestamps as the API writes them; UTF-8,
comma-separated, LF. The cassettes are YAML (a body may be base64, tagged !binary): read
with PyYAML, the one module outside the standard library.
"""
import base64
import csv
import hashlib
import json
import subprocess
import sys

import yaml

COMMIT = "936027d2abd1accb88c3d7656f76cf4a71734754"
CAS = "spec/fixtures/quaderno_cassettes/"
# csv name -> cassette, in writing order
RESOURCES = [
    ("contacts", "all_contacts.yml"),
    ("items", "all_items.yml"),
    ("estimates", "all_estimates.yml"),
    ("invoices", "all_invoices.yml"),
    ("receipts", "all_receipts.yml"),
    ("expenses", "all_expenses.yml"),
]
LICENSE = "LICENSE.txt"


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!binary", lambda loader, node: base64.b64decode(
    loader.construct_scalar(node)))


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


def records(cassette):
    doc = yaml.load(cassette, Loader=Loader)
    out = []
    for it in doc["http_interactions"]:
        if it["request"]["method"] != "get" or it["response"]["status"]["code"] != 200:
            continue
        body = it["response"]["body"]["string"]
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        data = json.loads(body)
        out.extend(data if isinstance(data, list) else [data])
    return out


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT

    def show(path):
        return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout

    lic = show(LICENSE)
    print(hashlib.sha256(lic).hexdigest(), LICENSE, file=sys.stderr)
    with open(f"{outdir}/LICENSE", "wb") as fh:
        fh.write(lic)
    for name, cassette in RESOURCES:
        raw = show(CAS + cassette)
        print(hashlib.sha256(raw).hexdigest(), CAS + cassette, file=sys.stderr)
        rows, seen = [], set()
        for rec in records(raw):
            if rec["id"] in seen:
                continue
            seen.add(rec["id"])
            rows.append(flat(rec))
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and any(fmt(x.get(k)) != "" for x in rows):
                    cols.append(k)
        path = f"{outdir}/{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(c)) for c in cols])
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        print(f"{digest}  {name}.csv  {len(rows)}")


if __name__ == "__main__":
    main()
