"""Desk.com export (en) from the Desk.com API v2 responses that
forcedotcom/salesforce-deskcom-api's tests recorded (VCR cassettes; BSD-3-Clause), at 67a0836.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) every cassette under spec/cassettes/ at the
commit, in path order, and in each its GET responses with status 200, in the order
recorded. A response body is a Desk.com record or a page of records (`_embedded.entries`);
a record's embedded records (`embed=customer`) count too. Each record is sorted by its
`_links.self.class` (case, customer, company, user) and kept once per `_links.self.href`,
first met wins (later responses of an updated record are not repeated). Articles, topics,
labels and attachments are not written (knowledge base and case parts, not CRM records).

Writes users.csv, companies.csv, customers.csv and cases.csv, each headed by the API's field
names in the record's order, nested objects joined by '.' ('custom_fields.market'); a list
of objects as one cell per field with the values joined by '; ' ('emails.value'), a list of
values joined by '; ' ('labels'); of the HAL `_links` only the `href` of the record's own
link and of its links to records ('_links.self.href', '_links.customer.href',
'_links.assigned_user.href', '_links.company.href'), not the links to its sub-resources
(history, replies, notes, searches...). Columns no record fills are left out. Values as the
API gives them (ISO 8601 timestamps, true/false, numbers as written, null empty). UTF-8,
comma, LF, quoted where needed.
"""
import base64
import csv
import json
import os
import subprocess
import sys

import yaml

COMMIT = "67a083618090efa3ebcdfefc2e11ae1caa02f1de"
KINDS = {"user": "users.csv", "company": "companies.csv",
         "customer": "customers.csv", "case": "cases.csv"}
LINKS = {"self", "customer", "assigned_user", "assigned_group", "locked_by", "company"}


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor(
    "!binary", lambda loader, node: base64.b64decode(loader.construct_scalar(node)))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args],
                          check=True, capture_output=True).stdout


def records(body):
    out = []
    entries = (body.get("_embedded") or {}).get("entries")
    for rec in (entries if isinstance(entries, list) else [body]):
        out.append(rec)
        for sub in (rec.get("_embedded") or {}).values():
            if isinstance(sub, dict) and "_links" in sub:
                out.append(sub)
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k == "_embedded":
            continue
        if k == "_links" and not prefix:
            for name, link in v.items():
                if name in LINKS:
                    out[f"_links.{name}.href"] = (link or {}).get("href")
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            parts = {}
            for x in v:
                for kk, vv in x.items():
                    parts.setdefault(f"{prefix}{k}.{kk}", []).append(cell(vv))
            out.update({kk: "; ".join(vv) for kk, vv in parts.items()})
        elif isinstance(v, list):
            out[prefix + k] = "; ".join(cell(x) for x in v)
        else:
            out[prefix + k] = v
    return out


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    paths = sorted(git(gitdir, "ls-tree", "-r", "--name-only", COMMIT,
                       "spec/cassettes/").decode().splitlines())
    kept = {k: {} for k in KINDS}
    for path in paths:
        doc = yaml.load(git(gitdir, "show", f"{COMMIT}:{path}"), Loader=Loader)
        for hit in doc["http_interactions"]:
            if hit["request"]["method"] != "get" or hit["response"]["status"]["code"] != 200:
                continue
            body = hit["response"]["body"].get("string") or ""
            try:
                body = json.loads(body)
            except ValueError:  # the attachment's JPEG bytes, an HTML redirect
                continue
            if not isinstance(body, dict):
                continue
            for rec in records(body):
                self_link = (rec.get("_links") or {}).get("self") or {}
                kind = self_link.get("class")
                if kind in kept:
                    kept[kind].setdefault(self_link["href"], rec)
    for kind, name in KINDS.items():
        rows = [flat(r) for r in kept[kind].values()]
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


if __name__ == "__main__":
    main()
