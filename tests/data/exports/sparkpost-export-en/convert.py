"""SparkPost export (en) from the example records of SparkPost's own API reference
(SparkPost/developers.sparkpost.com, MIT), at 88f24dc3.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the API Blueprint files content/api/*.apib
and takes the JSON body of the first 'Response 200' of one section in each: recipient
lists (List all Recipient Lists), the recipients of one list (Retrieve a Recipient List,
show_recipients), suppressions (Retrieve a Suppression, then Search Suppressions),
subaccounts (List Subaccounts) and templates (List all Templates). Writes
recipient_lists.csv, recipients.csv (each with 'list_id', the id of the list it was read
from), suppression_list.csv, subaccounts.csv and templates.csv, headed by the API's field
names in the record's order, nested objects joined by '.' ('address.email',
'metadata.age'), lists (a recipient's tags) joined by ';', columns no record fills left out.
Values as the API gives them (ISO 8601 times, true/false, numbers as written, null empty).
UTF-8, comma, LF. One slip in the reference's JSON is mended before parsing: a missing
comma between two fields of a template ('"last_use": "..."' then '"last_update_time"').
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "88f24dc36139bdf09a801678b26b3e6d5c1a60c7"
API = "content/api/"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def body(gitdir, name, section):
    """The JSON body of the first 'Response 200' under the '### <section>' header."""
    text = git(gitdir, "show", f"{COMMIT}:{API}{name}.apib")
    start = text.index("### " + section)
    nxt = text.find("\n### ", start + 4)
    part = text[start:nxt if nxt > 0 else len(text)]
    resp = part.index("+ Response 200")
    brace = part.index("{", resp)
    depth, end = 0, brace
    for i in range(brace, len(part)):
        if part[i] == "{":
            depth += 1
        elif part[i] == "}":
            depth -= 1
            if depth == 0:
                end = i + 1
                break
    raw = re.sub(r'"\n(\s*)"', '",\n\\1"', part[brace:end])  # the missing comma
    return json.loads(raw)["results"]


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
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


def write(out, name, rows):
    fields = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name + ".csv", len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    lists = [flat(r) for r in body(gitdir, "recipient-lists", "List all Recipient Lists")]
    one = body(gitdir, "recipient-lists", "Retrieve a Recipient List")
    recipients = [dict(flat(r), list_id=one["id"]) for r in one["recipients"]]
    supp = [flat(r) for r in body(gitdir, "suppression-list", "Retrieve a Suppression")]
    supp += [flat(r) for r in body(gitdir, "suppression-list", "Search Suppressions")]
    subaccounts = [flat(r) for r in body(gitdir, "subaccounts", "List Subaccounts")]
    templates = [flat(r) for r in body(gitdir, "templates", "List all Templates")]
    write(out, "recipient_lists", lists)
    write(out, "recipients", recipients)
    write(out, "suppression_list", supp)
    write(out, "subaccounts", subaccounts)
    write(out, "templates", templates)
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(git(gitdir, "show", f"{COMMIT}:LICENSE"))


if __name__ == "__main__":
    main()
