"""ActiveCampaign export (en) from ActiveCampaign's own example records: the response
examples of its API v3 reference (the OpenAPI document spec/v3.json) that
ohneben/ActiveCampaign-MCP (an MCP server for ActiveCampaign, MIT) keeps, at 47cf73f5.

Usage: python3 convert.py GITDIR OUT

Reads spec/v3.json with `git show` (no repository code runs) and takes the 'Result'
example of the success response of each list endpoint: GET /users, /accounts, /contacts,
/deals, /dealGroups (the pipelines, with their deal stages side-loaded), /dealTasks,
/dealTasktypes and /notes. An example given as text is parsed as JSON; the /accounts one
writes its 'links' object with list brackets ("links": [ "notes": ..., ... ]) and is read
with those brackets as braces. Writes users.csv, accounts.csv, contacts.csv, deals.csv,
deal_groups.csv, deal_stages.csv, deal_tasks.csv, deal_task_types.csv and notes.csv, one row
per record in the example's order, headed by the API's field names in the record's order
(first met first), nested objects joined by '.' ('owner.type'), lists of values joined by
';' (a pipeline's 'stages'); the 'links' objects (API URLs), lists of objects (empty
'scoreValues') and columns no record fills are left out. Values as the API gives them
(ISO 8601 timestamps, '0000-00-00' unset dates, numbers and flags as written, true/false,
null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "47cf73f59ad39b275fab77eae8c729152bd5d011"

FILES = [  # (file, endpoint, the response's list)
    ("users.csv", "/users", "users"),
    ("accounts.csv", "/accounts", "accounts"),
    ("contacts.csv", "/contacts", "contacts"),
    ("deals.csv", "/deals", "deals"),
    ("deal_groups.csv", "/dealGroups", "dealGroups"),
    ("deal_stages.csv", "/dealGroups", "dealStages"),
    ("deal_tasks.csv", "/dealTasks", "dealTasks"),
    ("deal_task_types.csv", "/dealTasktypes", "dealTasktypes"),
    ("notes.csv", "/notes", "notes"),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def example(spec, endpoint):
    responses = spec["paths"][endpoint]["get"]["responses"]
    code = min(c for c in responses if c.startswith("2"))
    value = responses[code]["content"]["application/json"]["examples"]["Result"]["value"]
    if isinstance(value, str):
        # "links": [ "k": "v", ... ] -> "links": { ... } (the /accounts example)
        value = re.sub(r'("links":\s*)\[([^\[\]]*)\]', r"\1{\2}", value)
        value = json.loads(value)
    return value


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k == "links":
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if v and not any(isinstance(x, (dict, list)) for x in v):
                out[prefix + k] = ";".join(cell(x) for x in v)
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
    rows = [flat(r) for r in records]
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
    spec = json.loads(show(gitdir, "spec/v3.json"))
    for name, endpoint, key in FILES:
        write(out, name, example(spec, endpoint)[key])


if __name__ == "__main__":
    main()
