"""Sellsy export (en) from the recorded Sellsy API v2 responses that DeskproApps/sellsy's
tests use as mocks (MIT), at a2466ad8.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) testing/mocks/mockCompanies.json (GET
/companies), mockSearchContacts.json (POST /search, contacts) and mockContact.json (GET
/contacts/{id}), mockActivities.json (GET /activities) and writes companies.csv,
contacts.csv (one row per contact id, the full record before the search entry) and
phonecalls.csv (one row per phone call id, its latest state, from the activities'
phonecall models). Columns are the API's field names in the response's order, nested
objects joined by '.' ('legal_france.siret', 'owner.id'), lists, '_embed' and 'object' left
out, as are columns no record fills. Values as the API gives them (ISO 8601 timestamps,
true/false, numbers as written). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "a2466ad846b0cd922a98dbdbd6d89ffbd5bd1a72"
M = "testing/mocks/"


def show(gitdir, path):
    return json.loads(subprocess.run(
        ["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
        check=True, capture_output=True).stdout)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k in ("_embed", "object"):
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            continue
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, records):
    fields = []
    for r in records:
        for k in r:
            if k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in records)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in records:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name, len(records))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    write(out, "companies.csv", [flat(r) for r in show(gitdir, M + "mockCompanies.json")["data"]])
    contacts, seen = [], set()
    full = show(gitdir, M + "mockContact.json")
    for r in [full] + show(gitdir, M + "mockSearchContacts.json")["data"]:
        cid = r["object"]["id"] if isinstance(r.get("object"), dict) else r["id"]
        if cid in seen:
            continue
        seen.add(cid)
        f = flat(r)
        f["id"] = cid
        contacts.append(f)
    write(out, "contacts.csv", contacts)
    calls = {}
    for a in show(gitdir, M + "mockActivities.json")["data"]:
        model = (a.get("object") or {}).get("model")
        if a["object"]["type"] == "phonecall" and model:
            prev = calls.get(model["id"])
            if prev is None or model["updated"] >= prev["updated"]:
                calls[model["id"]] = model
    write(out, "phonecalls.csv", [flat(calls[k]) for k in sorted(calls)])


if __name__ == "__main__":
    main()
