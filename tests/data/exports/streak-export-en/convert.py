#!/usr/bin/env python3
"""Streak export (en) from KissKissBankBank/streaker's recorded API responses.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, the VCR cassettes of the MIT-licensed Ruby client of
the Streak API (CRM in Gmail) KissKissBankBank/streaker: real HTTP interactions with
www.streak.com/api/v1 recorded in 2018 for its RSpec tests. Each response body (a YAML
literal block `string: |-`) that is a Streak box (a record in a pipeline: JSON with a
`boxKey`) is a box as Streak's API returned it. Writes:

- boxes.csv: one row per distinct boxKey, its latest recorded state (greatest
  lastSavedTimestamp; a tie keeps the first met, cassettes in name order); columns are
  Streak's API field names in order of first appearance; the sharing entries (people)
  as their e-mail addresses joined by '; ', the box's custom field values as
  'fields.<field key>', other nested arrays left out; numbers as written (timestamps in
  epoch milliseconds, as the API gives them), true/false, null empty.
- users.csv: one row per distinct userKey of the sharing entries met on the boxes
  (assignee, creator, followers): the Streak users of the team, the entry's fields.

UTF-8, comma-separated, minimal quoting, LF. Deterministic.
"""
import csv
import json
import re
import subprocess
import sys

COMMIT = "b4ef4e2569c68a8d94eac0ce08a33a8d1cbb4645"
CASSETTES = [
    "fixtures/vcr_cassettes/api_create.yml",
    "fixtures/vcr_cassettes/api_name_update.yml",
    "fixtures/vcr_cassettes/api_not_found_error.yml",
    "fixtures/vcr_cassettes/api_one_field_update.yml",
    "fixtures/vcr_cassettes/api_owner_update.yml",
    "fixtures/vcr_cassettes/api_stage_update.yml",
    "fixtures/vcr_cassettes/box_create.yml",
    "fixtures/vcr_cassettes/box_name_update.yml",
    "fixtures/vcr_cassettes/box_not_found_error.yml",
    "fixtures/vcr_cassettes/box_one_field_update.yml",
    "fixtures/vcr_cassettes/box_owner_update.yml",
    "fixtures/vcr_cassettes/box_stage_update.yml",
]
SHARING = ("assignedToSharingEntries", "creatorSharingEntry", "followerSharingEntries")
USER_FIELDS = ["userKey", "email", "fullName", "displayName", "image"]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def literal_blocks(text):
    """The YAML literal blocks `string: |-` of a cassette, dedented."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)string: \|-$", lines[i])
        i += 1
        if not m:
            continue
        indent = len(m.group(1))
        block = []
        while i < len(lines) and (not lines[i].strip()
                                  or len(lines[i]) - len(lines[i].lstrip()) > indent):
            block.append(lines[i])
            i += 1
        pad = min(len(b) - len(b.lstrip()) for b in block if b.strip())
        yield "\n".join(b[pad:] for b in block).strip("\n")


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def emails(entry):
    if isinstance(entry, dict):
        entry = [entry]
    return "; ".join(e.get("email", "") for e in entry or [])


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    boxes = {}   # boxKey -> record (latest state)
    order = []
    for path in CASSETTES:
        for body in literal_blocks(show(gitdir, commit, path)):
            try:
                rec = json.loads(body)
            except ValueError:
                continue
            if not isinstance(rec, dict) or "boxKey" not in rec:
                continue
            key = rec["boxKey"]
            if key not in boxes:
                order.append(key)
                boxes[key] = rec
            elif rec.get("lastSavedTimestamp", 0) > boxes[key].get("lastSavedTimestamp", 0):
                boxes[key] = rec
    # columns in order of first appearance (over all recorded states, so a rerun is stable)
    columns, users, rows = [], {}, []
    for key in order:
        rec = boxes[key]
        row = {}
        for name, value in rec.items():
            if name in SHARING:
                row[name] = emails(value)
                for e in value if isinstance(value, list) else [value]:
                    if e and e.get("userKey") and e["userKey"] not in users:
                        users[e["userKey"]] = e
            elif name == "fields":
                for fkey in sorted(value, key=lambda k: int(k) if k.isdigit() else k):
                    row[f"fields.{fkey}"] = cell(value[fkey])
            elif isinstance(value, (list, dict)):
                continue
            else:
                row[name] = cell(value)
        for name in row:
            if name not in columns:
                columns.append(name)
        rows.append(row)
    with open(f"{out}/boxes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([row.get(c, "") for c in columns])
    with open(f"{out}/users.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(USER_FIELDS)
        for e in users.values():
            w.writerow([cell(e.get(c)) for c in USER_FIELDS])
    print(f"boxes.csv {len(rows)} rows, users.csv {len(users)} rows")


if __name__ == "__main__":
    main()
