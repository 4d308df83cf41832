"""Build the ManageEngine ServiceDesk Plus export (en) from recorded API records.

The records are ServiceDesk Plus Cloud API v3 responses that demisto/content (Cortex XSOAR's
content repository, MIT) keeps as its ServiceDeskPlus integration's test data, in
Packs/ServiceDeskPlus/Integrations/ServiceDeskPlus/test_data/response_constants.py.

Usage: python3 convert.py SRC OUT
  SRC: a directory holding that file at its repository path and the repository's LICENSE
  OUT: the export folder (technicians.csv, requesters.csv, requests.csv, LICENSE written)

Rules (see SOURCE.md): one row per request, by display_id (the request number), the first
response met wins in the file's order of single-request responses (list single, then
create/update), then the list and fetch responses; people (requester, technician,
created_by, submitted_by) are one row per id, a technician when any appearance says
is_technician true or names them technician/created_by/submitted_by, else a requester,
each field's first non-empty value wins. Nested objects are joined by '.': people keep
id, name and email_id, times display_value and value, other objects (status, priority,
mode...) their name. Lists are left out, and so are columns no record fills.
"""
import ast
import csv
import os
import shutil
import sys

REL = "Packs/ServiceDeskPlus/Integrations/ServiceDeskPlus/test_data/response_constants.py"
PEOPLE = ("requester", "technician", "created_by", "submitted_by", "on_behalf_of")
STAFF = ("technician", "created_by", "submitted_by")


def load(src):
    with open(os.path.join(src, REL), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def flat_request(rec):
    row = {}
    for k, v in rec.items():
        if isinstance(v, list):
            continue
        if isinstance(v, dict):
            if k in PEOPLE:
                for sub in ("id", "name", "email_id"):
                    if sub in v:
                        row[f"{k}.{sub}"] = v[sub]
            elif "display_value" in v:
                row[f"{k}.display_value"] = v["display_value"]
                row[f"{k}.value"] = v["value"]
            elif "name" in v:
                row[f"{k}.name"] = v["name"]
            continue
        row[k] = v
    return row


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write(path, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    cols = [c for c in cols if any(cell(r.get(c)) != "" for r in rows)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])
    return len(rows)


def main(src, out):
    d = load(src)
    singles = [d["RESPONSE_LIST_SINGLE_REQUEST"]["request"],
               d["RESPONSE_CREATE_REQUEST"]["request"],
               d["RESPONSE_UPDATE_REQUEST"]["request"]]
    lists = (d["RESPONSE_LIST_MULTIPLE_REQUESTS"]["requests"]
             + d["RESPONSE_FETCH_INCIDENTS"]["requests"])
    requests, seen = [], set()
    for rec in singles + lists:
        if rec["display_id"] in seen:
            continue
        seen.add(rec["display_id"])
        requests.append(rec)
    people, staff, order = {}, set(), []
    appearances = []
    for rec in requests + singles:
        for role in PEOPLE:
            if isinstance(rec.get(role), dict):
                appearances.append((role, rec[role]))
    resolution = d["RESPONSE_RESOLUTION_LIST"]["resolution"]
    appearances.append(("submitted_by", resolution["submitted_by"]))
    for role, p in appearances:
        pid = p["id"]
        if pid not in people:
            people[pid] = {}
            order.append(pid)
        for k, v in p.items():
            if people[pid].get(k) is None and v is not None:
                people[pid][k] = v
            people[pid].setdefault(k, v)
        if role in STAFF or p.get("is_technician") is True:
            staff.add(pid)
    os.makedirs(out, exist_ok=True)
    n = {}
    n["technicians.csv"] = write(os.path.join(out, "technicians.csv"),
                                 [people[i] for i in order if i in staff])
    n["requesters.csv"] = write(os.path.join(out, "requesters.csv"),
                                [people[i] for i in order if i not in staff])
    n["requests.csv"] = write(os.path.join(out, "requests.csv"),
                              [flat_request(r) for r in requests])
    shutil.copyfile(os.path.join(src, "LICENSE"), os.path.join(out, "LICENSE"))
    for name, rows in n.items():
        print(f"{name}: {rows} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
