"""Freshservice export (en) from the Freshservice API v2 responses that
JupiterOne/graph-freshservice (JupiterOne's Freshservice integration, MPL-2.0) recorded for
its tests as Polly HAR files against the help desk creativicehelpdesk.freshservice.com, at
de3d76c8.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) four recordings: fetch-agents (GET
/api/v2/agents), fetch-agent-groups (GET /api/v2/groups), fetch-agent-roles (GET
/api/v2/roles) and fetch-tickets (GET /api/v2/tickets); each response body is JSON. The
other recordings repeat the same pages. Writes agents.csv, groups.csv, roles.csv and
tickets.csv, one row per record in the response's order, headed by the API's field names
in the record's order, nested objects joined by '.', lists of ids or e-mail addresses
joined by ';', lists of objects (an agent's roles) left out, as are columns no record fills.
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF. Also copies the repository's LICENSE into OUT.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "de3d76c828674fc9201e0bc57243c0bd4d13e962"
REC = "src/steps/{}/__recordings__/{}/recording.har"
FILES = [  # (file, recording step, recording, response key)
    ("agents.csv", "agent", "fetch-agents_730038084", "agents"),
    ("groups.csv", "agent-groups", "fetch-agent-groups_631819918", "groups"),
    ("roles.csv", "agent-roles", "fetch-agent-roles_418001527", "roles"),
    ("tickets.csv", "tickets", "fetch-tickets_2748934903", "tickets"),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                out[prefix + k] = ";".join(str(x) for x in v)
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
    for name, step, rec, key in FILES:
        har = json.loads(show(gitdir, REC.format(step, rec)))
        records = []
        for entry in har["log"]["entries"]:
            records += json.loads(entry["response"]["content"]["text"])[key]
        write(out, name, records)
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main()
