"""Mailjet's own recorded records -> CSV files the way a Mailjet export would hold them.

Source: mailjet/mailjet-gem (Mailjet's official Ruby client, MIT), whose RSpec tests replay
recorded Mailjet API v3 responses (VCR cassettes under spec/cassettes). Every cassette is
read in path order; each response's Data records are gathered per API resource (the
resource named by the request's path), one row per distinct ID, first met wins.

    python3 convert.py GITDIR OUTDIR     # GITDIR: the fetched repository's git directory

Writes contacts.csv, contacts_lists.csv, list_recipients.csv, campaigns.csv,
campaign_drafts.csv, senders.csv, messages.csv: headed by the API's field names in the
record's order; a contact's properties (contactdata) as 'properties.<name>' columns;
columns no record fills left out; true/false, numbers and timestamps as the API gives them.
Deterministic: a rerun gives the same bytes. Needs PyYAML (the cassettes are YAML).
"""
import base64
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

COMMIT = "dd22b912e7a1e1447ea025d8a566a21d8774bb74"


USED = {"contact", "contactdata", "contactslist", "listrecipient", "campaign", "newsletter",
        "sender", "message"}


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor(
    "!binary", lambda loader, node: base64.b64decode(loader.construct_scalar(node)).decode("utf-8"))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def gather(gitdir):
    """{resource: {id: record}}, plus the cassettes that gave a record."""
    names = git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, "spec/cassettes").split("\n")
    recs, used = {}, []
    for name in sorted(n for n in names if n.endswith(".yml")):
        if name.startswith("spec/cassettes/Mailjet_Resource/metadata/"):
            continue  # the API's own schema (a description of resources), no records
        doc = yaml.load(git(gitdir, "show", f"{COMMIT}:{name}"), Loader=_Loader) or {}
        for it in doc.get("http_interactions") or []:
            uri = it["request"]["uri"]
            try:
                body = json.loads(it["response"]["body"].get("string") or "")
            except ValueError:
                continue
            if not isinstance(body, dict) or not body.get("Data"):
                continue
            m = re.search(r"/REST/([a-z]+)(?:/(\d+)/getcontactslists)?", uri)
            if not m:
                continue
            res = m.group(1)
            for r in body["Data"]:
                if not isinstance(r, dict):
                    continue
                if m.group(2):  # a contact's lists: its subscriptions, as listrecipient rows
                    res = "listrecipient"
                    r = {"ID": "", "ContactID": int(m.group(2)), "IsActive": r["IsActive"],
                         "IsUnsubscribed": r["IsUnsub"], "ListID": r["ListID"],
                         "SubscribedAt": r["SubscribedAt"], "UnsubscribedAt": ""}
                    key = (r["ContactID"], r["ListID"])
                elif "ID" in r:
                    key = r["ID"]
                else:
                    continue  # a record without its id (a documentation sample)
                bucket = recs.setdefault(res, {})
                if key not in bucket:
                    bucket[key] = r
                    if res in USED and name not in used:
                        used.append(name)
    return recs, used


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write(out, fname, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    cols = [c for c in cols if any(cell(r.get(c)) != "" for r in rows)]
    with open(out / fname, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])
    return len(rows)


def main(gitdir, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    recs, used = gather(gitdir)
    lists = recs.get("contactslist", {})
    data = {r["ContactID"]: r["Data"] for r in recs.get("contactdata", {}).values()}
    contacts = []
    for r in recs["contact"].values():
        row = dict(r)
        for p in data.get(r["ID"], []):
            row[f"properties.{p['Name']}"] = p["Value"]
        contacts.append(row)
    recipients = []
    for r in recs.get("listrecipient", {}).values():
        row = {k: r.get(k, "") for k in ("ID", "ContactID", "ListID", "ListName", "IsActive",
                                          "IsUnsubscribed", "SubscribedAt", "UnsubscribedAt")}
        if not row["ListName"] and r["ListID"] in lists:
            row["ListName"] = lists[r["ListID"]]["Name"]
        recipients.append(row)
    files = [
        ("contacts.csv", contacts),
        ("contacts_lists.csv", list(lists.values())),
        ("list_recipients.csv", recipients),
        ("campaigns.csv", list(recs.get("campaign", {}).values())),
        ("campaign_drafts.csv", list(recs.get("newsletter", {}).values())),
        ("senders.csv", list(recs.get("sender", {}).values())),
        ("messages.csv", list(recs.get("message", {}).values())),
    ]
    for fname, rows in files:
        print(f"{fname}: {write(out, fname, rows)} rows")
    (out / "LICENSE").write_bytes(subprocess.run(
        ["git", "--git-dir", gitdir, "show", f"{COMMIT}:MIT-LICENSE"], check=True,
        capture_output=True).stdout)
    print("cassettes read with records:", *used, sep="\n  ")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
