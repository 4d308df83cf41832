#!/usr/bin/env python3
"""Kustomer export (en) from MeltanoLabs/dbt-kustomer's fixed customer records.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, `integration_tests/data/source/customers.csv` of the
Apache-2.0 dbt package for Kustomer data (MeltanoLabs/dbt-kustomer): twenty fixed, fake
Kustomer customers ('Jean Test', 'Bernard Test', ...) as Kustomer's REST API
(`GET /v1/customers`) returns them and tap-kustomer lands them (type, id, and the JSON
objects attributes, relationships, links). Writes `customers.csv`: one row per customer,
'id' first, then the customer's attributes headed by Kustomer's API attribute names, nested
objects flattened with dots ('conversationCounts.open', 'lastMessageIn.channel'); the
e-mail and phone lists as their addresses and numbers joined by ';' ('emails', 'phones',
'sharedEmails'), lists of strings joined by ';', other lists of objects (locations holding
only a type, recentItems, activeUsers...) left out; then the relationships' ids ('org',
'modifiedBy'); columns no record fills left out. true/false, numbers as the records write
them, dates and times as the API gives them (ISO 8601, UTC), UTF-8, LF, minimal quoting.
"""
import csv
import io
import json
import subprocess
import sys

COMMIT = "6e48323160f3b4be7666203e16f3dc193ca20d57"
SOURCE = "integration_tests/data/source/customers.csv"
LIST_FIELD = {"emails": "email", "sharedEmails": "email", "phones": "phone",
              "sharedPhones": "phone"}


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


def flatten(prefix, obj, out):
    for k, v in obj.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            flatten(name + ".", v, out)
        elif isinstance(v, list):
            if k in LIST_FIELD:
                out[name] = ";".join(x.get(LIST_FIELD[k], "") for x in v if isinstance(x, dict))
            elif all(not isinstance(x, (dict, list)) for x in v):
                out[name] = ";".join(cell(x) for x in v)
        else:
            out[name] = cell(v)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    text = show(gitdir, commit, SOURCE).decode("utf-8")
    rows = []
    cols = ["id"]
    for src in csv.DictReader(io.StringIO(text)):
        rec = {"id": src["id"]}
        flatten("", json.loads(src["attributes"], parse_float=str), rec)
        rel = json.loads(src["relationships"])
        for name in ("org", "modifiedBy"):
            data = (rel.get(name) or {}).get("data") or {}
            if data.get("id"):
                rec[name] = data["id"]
        rows.append(rec)
    for rec in rows:
        for k in rec:
            if k not in cols and k not in ("org", "modifiedBy"):
                cols.append(k)
    cols += ["org", "modifiedBy"]
    cols = [c for c in cols if any(r.get(c, "") != "" for r in rows)]
    with open(f"{out}/customers.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for rec in rows:
            w.writerow([rec.get(c, "") for c in cols])
    print(f"customers.csv: {len(rows)} rows, {len(cols)} columns")


if __name__ == "__main__":
    main()
