"""bexio export (en) from the bexio API v2/v3 responses that codebar-ag/laravel-bexio (MIT;
a Laravel client of the bexio API) recorded from a bexio test company as its tests' Saloon
fixtures, at b68256a4.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) six recorded list responses under
tests/Fixtures/Saloon/: Users/fetch-a-list-of-users.json, Contacts/fetch-a-list-of-contacts.json,
ContactRelations/fetch-a-list-of-contact-relations.json, Items/fetch-a-list-of-items.json,
Quotes/fetch-a-list-of-quotes.json and Invoices/search-invoices.json. Each fixture is
{"statusCode", "headers", "data", ...} with the response body, a JSON list, as the string
"data". Writes users.csv, contacts.csv, contact_relations.csv, items.csv, quotes.csv and
invoices.csv: one row per record in the response's order, headed by the API's field names
in the record's order; lists (a document's 'taxs') left out, as are columns no record fills.
Values as the API gives them (dates 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS', amounts
as the strings written, true/false, null empty). UTF-8, comma, LF, quoted where needed.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "b68256a401da8ab51d8c68a16afd84cb8be0b24f"
BASE = "tests/Fixtures/Saloon/"
FILES = [
    ("users.csv", "Users/fetch-a-list-of-users.json"),
    ("contacts.csv", "Contacts/fetch-a-list-of-contacts.json"),
    ("contact_relations.csv", "ContactRelations/fetch-a-list-of-contact-relations.json"),
    ("items.csv", "Items/fetch-a-list-of-items.json"),
    ("quotes.csv", "Quotes/fetch-a-list-of-quotes.json"),
    ("invoices.csv", "Invoices/search-invoices.json"),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, records):
    rows = [{k: v for k, v in r.items() if not isinstance(v, (list, dict))} for r in records]
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
    for name, path in FILES:
        fixture = json.loads(show(gitdir, BASE + path))
        write(out, name, json.loads(fixture["data"]))
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(show(gitdir, "LICENSE.md"))


if __name__ == "__main__":
    main()
