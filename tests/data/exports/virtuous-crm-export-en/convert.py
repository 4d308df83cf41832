"""Virtuous CRM export (en) from the fixed Virtuous API records that taylorbrooks/virtuous
(a Ruby client for the Virtuous donor CRM, MIT) keeps as its specs' mock responses, at
3288ef11.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) spec/support/fixtures/*.json: contact.json
(a contact with its contact individual), individual.json (that individual again),
contact_addresses.json, gift.json and gifts.json, gift_designations.json, projects.json and
recurring_gift.json. One row per distinct id, first met wins (the individual inside
contact.json before individual.json; gift.json before gifts.json). Writes contacts.csv,
individuals.csv, contact_addresses.csv, gifts.csv, gift_designations.csv, projects.csv and
recurring_gifts.csv, headed by the API's field names in the record's order, nested objects
joined by '.' ('address.city'); an individual's contact methods as their values joined by
';' ('contactMethods'); other lists (a contact's individuals, gift designations, custom
fields) left out, as are columns no record fills and the API's own link paths ('...Url').
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "3288ef11a19aa59c499782bc395454cd65eafa07"
FIX = "spec/support/fixtures/"


def show(gitdir, name):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{FIX}{name}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    data = json.loads(out)
    if isinstance(data, dict) and "list" in data:
        return data["list"]
    return data if isinstance(data, list) else [data]


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k.endswith("Url"):
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "contactMethods":
                out[prefix + k] = ";".join(m["value"] for m in v)
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
    rows, seen = [], set()
    for r in records:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        rows.append(flat(r))
    fields = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
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
    contacts = show(gitdir, "contact.json")
    write(out, "contacts.csv", contacts)
    write(out, "individuals.csv", [i for c in contacts for i in c["contactIndividuals"]]
          + show(gitdir, "individual.json"))
    write(out, "contact_addresses.csv", show(gitdir, "contact_addresses.json"))
    write(out, "gifts.csv", show(gitdir, "gift.json") + show(gitdir, "gifts.json"))
    write(out, "gift_designations.csv", show(gitdir, "gift_designations.json"))
    write(out, "projects.csv", show(gitdir, "projects.json"))
    write(out, "recurring_gifts.csv", show(gitdir, "recurring_gift.json"))


if __name__ == "__main__":
    main()
