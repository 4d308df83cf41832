"""Holded export in English from the Holded records an MIT-licensed Holded API client ships
(energio-es/holded-mcp: holded_api_specs/, the OpenAPI specs of Holded's API modules as
Holded's developer portal publishes them, each GET carrying a recorded example response)
-- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding energio-es/holded-mcp commit 68a1b1b6; OUT: the folder to
write. Reads holded_api_specs/invoice-api.json, crm-api.json and projects-api.json with
`git show`, takes the example 200 responses of the list and single-record reads and writes
one CSV per object, one row per distinct record (by Holded's id, first seen wins), the
columns the API's field names in the responses' order (a nested object's field as
'parent.field'; a list of plain values joined with ', '; a list of objects left out, save a
contact's contactPersons, written as contact_persons.csv with the contact's id):
contacts.csv, contact_persons.csv, leads.csv, funnels.csv, events.csv, products.csv,
invoices.csv, payments.csv, tasks.csv. Values as the API writes them (Unix times, numbers),
true/false, null empty, UTF-8, LF. A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import subprocess
import sys

COMMIT = "68a1b1b6686922d5322dcc3d14862f42ca3d5ca8"
SPECS = ("invoice", "crm", "projects")


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def examples(spec, path):
    """The records of the example 200 responses of GET `path`, in the spec's order."""
    out = []
    op = spec["paths"][path]["get"]
    for v in op["responses"].get("200", {}).get("content", {}).values():
        for ex in v.get("examples", {}).values():  # OpenAPI named examples
            value = ex.get("value")
            if isinstance(value, list):
                out += value
            elif isinstance(value, dict) and value:
                out.append(value)
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def flatten(r, prefix=""):
    row = {}
    for k, v in r.items():
        if isinstance(v, list):
            if any(isinstance(x, (dict, list)) for x in v):
                continue  # a list of objects: not a column of the list
            row[f"{prefix}{k}"] = ", ".join(cell(x) for x in v)
        elif isinstance(v, dict):
            row.update(flatten(v, f"{prefix}{k}."))
        else:
            row[f"{prefix}{k}"] = cell(v)
    return row


def distinct(records, key="id"):
    seen, out = set(), []
    for r in records:
        if r[key] in seen:
            continue
        seen.add(r[key])
        out.append(r)
    return out


def write(out, name, records):
    rows = [flatten(r) for r in records]
    header = []
    for r in rows:
        header += [c for c in r if c not in header]
    path = f"{out}/{name}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    return path


def main(gitdir, out):
    specs = {}
    for s in SPECS:
        path = f"holded_api_specs/{s}-api.json"
        raw = show(gitdir, path)
        print(hashlib.sha256(raw).hexdigest(), path)
        specs[s] = json.loads(raw)
    inv, crm, prj = specs["invoice"], specs["crm"], specs["projects"]

    contacts = distinct(examples(inv, "/contacts") + examples(inv, "/contacts/{contactId}"))
    persons = distinct([{"contactId": c["id"], **p} for c in contacts
                        for p in c.get("contactPersons", [])], "personId")
    leads = distinct(examples(crm, "/leads") + examples(crm, "/leads/{leadId}"))
    funnels = distinct(examples(crm, "/funnels") + examples(crm, "/funnels/{funnelId}"))
    events = distinct(examples(crm, "/events") + examples(crm, "/events/{eventId}"))
    products = distinct(examples(inv, "/products"))
    invoices = distinct(examples(inv, "/documents/{docType}"))
    payments = distinct(examples(inv, "/payments") + examples(inv, "/payments/{paymentId}"))
    tasks = distinct(examples(prj, "/tasks"))

    written = [
        write(out, "contacts.csv", contacts),
        write(out, "contact_persons.csv", persons),
        write(out, "leads.csv", leads),
        write(out, "funnels.csv", funnels),
        write(out, "events.csv", events),
        write(out, "products.csv", products),
        write(out, "invoices.csv", invoices),
        write(out, "payments.csv", payments),
        write(out, "tasks.csv", tasks),
    ]
    for path in written:
        with open(path, "rb") as f:
            raw = f.read()
        print(hashlib.sha256(raw).hexdigest(), path.rsplit("/", 1)[-1], raw.count(b"\n") - 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
