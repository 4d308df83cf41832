"""AWeber export (en) from the AWeber API responses that AWeber's own Ruby API library
(AWeber-API-Ruby-Library, "Official AWeber API gem", MIT, Copyright (c) 2010 AWeber
Communications, Inc.; the stored copy is github.com/cgilchrist/AWeber-API-Ruby-Library)
keeps as fixed records for its specs, at 117a1711.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) spec/fixtures/*.json: an account's lists
(lists), a list's subscribers (subscribers), a list's follow-up campaigns (campaigns) and
a list's sign-up web forms (web_forms), each an API collection page whose 'entries' are
the records. Writes lists.csv, subscribers.csv, campaigns.csv and web_forms.csv, headed by
the API's field names in the record's order; each record's 'http_etag' (a cache tag),
'resource_type_link' (the API's documentation address of the record's type) and
'*_collection_link' (the API addresses of a record's child collections) are left out;
'self_link' (the record's API address) and 'last_followup_sent_link' (the API address of
the follow-up campaign last sent to a subscriber) are kept. Columns no record fills are
left out. Values as the API gives them ('YYYY-MM-DD hh:mm:ss-05:00' times, numbers as
written, true/false, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "117a1711c67857c3527115f1f0a5953450aa7cc6"
FIX = "spec/fixtures/"
FILES = ("lists", "subscribers", "campaigns", "web_forms")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def load(gitdir, name):
    return json.loads(git(gitdir, "show", f"{COMMIT}:{FIX}{name}.json"))["entries"]


def keep(field):
    return field not in ("http_etag", "resource_type_link") and not field.endswith(
        "_collection_link")


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, rows):
    fields = []
    for r in rows:
        for k in r:
            if keep(k) and k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    return len(rows)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in FILES:
        n = write(out, name, load(gitdir, name))
        print(f"{name}.csv: {n} rows")
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(git(gitdir, "show", f"{COMMIT}:LICENSE"))


if __name__ == "__main__":
    main()
