"""Zendesk Sell (formerly Base CRM) export (en) from the fixed Zendesk Sell API v2 records
that zendesk/zendesk-sell-for-zapier's Jest tests replay as the API's responses (Apache-2.0),
at b2013f55.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the JSON fixtures of users, contacts
(companies and people: one API resource, `is_organization` tells them apart; the tests keep
them in two fixtures, written here as two files), leads, deals, pipelines, stages, notes,
tasks and products. Each fixture is a collection {"items": [{"data": {...}, "meta": ...}]};
one row per item's data, in the fixture's order, first met id wins. Writes users.csv,
companies.csv, contacts.csv, leads.csv, deals.csv, pipelines.csv, stages.csv, notes.csv,
tasks.csv and products.csv, headed by the API's field names in the record's order, nested
objects joined by '.' ('address.street', 'custom_fields.Custom Field 1'), a list of scalars
(tags) joined by ';', a list of objects (a product's prices) as one column per field,
its entries joined by ';' ('prices.amount', 'prices.currency'); columns no record fills are
left out. Values as the API gives them (ISO 8601 timestamps, true/false, numbers as
written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "b2013f558f0ecef7688d840895231935b246d1d5"

FILES = [
    ("users.csv", ["src/users/__test__/usersResponse.fixture.json"]),
    ("companies.csv", ["src/contact/__test__/multipleCompanies.fixture.json"]),
    ("contacts.csv", ["src/contact/__test__/multipleContacts.fixture.json"]),
    ("leads.csv", ["src/lead/__test__/multipleLeads.fixture.json",
                   "src/lead/__test__/unqualifiedLeads.fixture.json"]),
    ("deals.csv", ["src/deal/__test__/multipleDeals.fixture.json"]),
    ("pipelines.csv", ["src/deal/stages/__test__/pipelinesResponse.fixture.json"]),
    ("stages.csv", ["src/deal/stages/__test__/multipleStages.fixture.json",
                    "src/deal/stages/__test__/stagesResponse.fixture.json"]),
    ("notes.csv", ["src/notesTasks/notes/__test__/multipleNotesResponse.fixture.json"]),
    ("tasks.csv", ["src/notesTasks/tasks/__test__/multipleTasksResponse.fixture.json"]),
    ("products.csv", ["src/products/catalog/__test__/multipleProducts.fixture.json"]),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if v and all(isinstance(e, dict) for e in v):
                keys = []
                for e in v:
                    keys += [x for x in e if x not in keys]
                for x in keys:
                    out[f"{prefix}{k}.{x}"] = ";".join(cell(e.get(x)) for e in v)
            else:
                out[prefix + k] = ";".join(cell(e) for e in v)
        else:
            out[prefix + k] = v
    return out


def write(out, name, records):
    rows, seen = [], set()
    for r in records:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        rows.append(flat(r))
    fields = []
    for r in rows:
        fields += [k for k in r if k not in fields]
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name, len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name, paths in FILES:
        records = []
        for p in paths:
            records += [item["data"] for item in json.loads(show(gitdir, p))["items"]]
        write(out, name, records)


if __name__ == "__main__":
    main()
