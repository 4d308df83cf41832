#!/usr/bin/env python3
"""Render PipelineDeals' own recorded API responses as one CSV per object.

Reads, with `git show`, the VCR cassettes (recorded responses of PipelineDeals' API v3) that
PipelineDeals' own MIT-licensed Ruby client ships (github:PipelineDeals/pipelinedeals_api at
commit 91e4c352) and writes companies.csv, people.csv, deals.csv, notes.csv,
calendar_entries.csv and deal_stages.csv: one row per distinct record (by its id, first seen),
headed by the API's field names in the order the API writes them (the union over the records,
first seen). Nested objects that carry a name become 'parent.name' (company.name,
deal_stage.name, source.name, lead_source.name, lead_status.name, note_category.name,
category.name, deal.name, association.name, associated_company.name); other nested objects
(users, people, comments) are left out, their ids being columns of their own; lists of plain
values are joined with ', ', lists of objects left out; custom_fields become
'custom_fields.<label>'. Values as the API writes them ('2013/05/31 13:09:23 -0400',
value_in_cents in cents, true/false), null empty; UTF-8, LF, minimal quoting.

Usage: python3 convert.py GITDIR OUTDIR      (PyYAML reads the cassettes)
"""
import csv
import hashlib
import json
import os
import subprocess
import sys

import yaml

COMMIT = "91e4c3527de25313ac975183619477751c1af13f"
CAS = "spec/cassettes/"
OBJECTS = [
    ("companies", ["PipelineDeals_Company_items.yml"]),
    ("people", ["PipelineDeals_Person_items.yml"]),
    ("deals", ["PipelineDeals_Deal_items.yml"]),
    ("notes", ["PipelineDeals_Person_notes.yml", "PipelineDeals_Deal_notes.yml"]),
    ("calendar_entries", ["PipelineDeals_Person_calendar_entries.yml",
                          "PipelineDeals_Deal_calendar_entries.yml"]),
    ("deal_stages", ["list_deal_stages.yml"]),
]


def show(gitdir, path):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout
    print(f"read  {hashlib.sha256(data).hexdigest()}  {path}")
    return data


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def kinds(records):
    """Each key's shape over all records: 'named' (an object with a name), 'object' (any
    other object, or a list of objects), 'custom' (custom_fields) or 'plain'."""
    kind = {}
    for rec in records:
        for k, v in rec.items():
            if k == "custom_fields":
                kind[k] = "custom"
            elif isinstance(v, dict):
                if "name" in v:
                    kind[k] = "named"
                elif kind.get(k) != "named":
                    kind[k] = "object"
            elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
                kind.setdefault(k, "object")
                if kind[k] == "plain":
                    kind[k] = "object"
            elif v is not None and not isinstance(v, list):
                kind[k] = "plain"
            else:
                kind.setdefault(k, "plain")
    return kind


def flatten(rec, kind):
    out = {}
    for k, v in rec.items():
        if kind[k] == "custom":
            for label, val in (v or {}).items():
                out[f"custom_fields.{label}"] = cell(val)
        elif kind[k] == "named":
            out[f"{k}.name"] = cell(v.get("name")) if v else ""
        elif kind[k] == "object":
            continue
        elif isinstance(v, list):
            out[k] = ", ".join(cell(x) for x in v)
        else:
            out[k] = cell(v)
    return out


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    for name, cassettes in OBJECTS:
        records, seen = [], set()
        for cas in cassettes:
            doc = yaml.safe_load(show(gitdir, CAS + cas))
            for inter in doc["http_interactions"]:
                body = json.loads(inter["response"]["body"]["string"])
                for rec in body["entries"]:
                    if rec["id"] not in seen:
                        seen.add(rec["id"])
                        records.append(rec)
        kind = kinds(records)
        header, rows = [], []
        for rec in records:
            flat = flatten(rec, kind)
            for k in flat:
                if k not in header:
                    header.append(k)
            rows.append(flat)
        path = os.path.join(outdir, f"{name}.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow([r.get(k, "") for k in header])
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        print(f"wrote {digest}  {name}.csv  {len(rows)}")


if __name__ == "__main__":
    main()
