"""Trudesk's exports of tickets, accounts and groups, headed in its own UI labels.

Built for round V (session 48, keys328). Usage:

    python convert.py --lang en|fr|pt-br TD LOCALES OUT

TD: files of GitHub polonel/trudesk at 37d6cf575b1d28122a207df9538853c991dc2f53 under their
own paths; LOCALES: Trudesk's ``locales/<lang>/*.json`` catalogues under their own paths
(polonel/trudesk's locales folder; SOURCE.md lists each file, its commit and SHA-256).

Rules (nothing here is invented data; every value is read from TD's test files):
- Rows: the records Trudesk's own mocha test suite writes (fixed values in its code):
  test/0_database.js (the accounts 'trudesk', 'fake.user', 'deleted.user', the group
  'TEST', ticket types 'Task'/'Issue', statuses New/Open/Pending/Closed),
  test/api/users.js (the account 'new.user.1'), test/models/group.js (the group
  'Test Group'), test/models/ticket.js (ticket 1000 'Dummy Test Subject', the group 'Test',
  with the type, priority, status and group that test then gives it by name).
- tickets.csv: the columns of Trudesk's ticket report CSV (src/controllers/api/v1/reports.js
  processReportData/processResponse: uid, type, priority, status, created, subject,
  requester, group, assignee, tags); accounts.csv: the fields of its CSV account import
  (src/socketio/accountImportSocket.js: username, fullname, email, title, role by its
  normalized name); groups.csv: a group's name. Each column is headed by the label Trudesk's
  catalogue gives it (LABELS below), in the language's catalogue, else English (Trudesk's
  i18next fallback language).
- Cells: the values the code writes, untranslated (the report prints the type, priority,
  status and group names as stored). A value the test leaves to the run (the ticket's
  creation date is ``new Date()``, its owner a random ObjectId) is an empty cell.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re

LANGS = {"en": "en", "fr": "fr", "pt-br": "pt-BR"}

# (output file, [(field, catalogue, key)])
FILES = [
    ("tickets.csv", [
        ("uid", "common", "Ticket"), ("type", "common", "Type"),
        ("priority", "common", "Priority"), ("status", "common", "Status"),
        ("created", "common", "Created"), ("subject", "common", "Subject"),
        ("requester", "common", "Requester"), ("group", "common", "Group"),
        ("assignee", "common", "Assignee"), ("tags", "common", "Tags"),
    ]),
    ("accounts.csv", [
        ("username", "common", "Username"), ("fullname", "common", "Name"),
        ("email", "common", "Email"), ("title", "common", "Title"),
        ("role", "account", "Role"),
    ]),
    ("groups.csv", [("name", "common", "Name")]),
]


def read(td, path):
    with open(os.path.join(td, path), encoding="utf-8") as fh:
        return fh.read()


def field(block, name):
    """The string literal a JS object literal gives ``name`` (None if absent)."""
    m = re.search(r"\b" + name + r":\s*'([^']*)'", block)
    return m.group(1) if m else None


def accounts(td):
    rows = []
    src = read(td, "test/0_database.js")
    for block in re.findall(r"userSchema\.create\(\s*\{(.*?)\}", src, re.S):
        role = re.search(r"role:\s*(\w+)Role\._id", block).group(1)
        rows.append({"username": field(block, "username"), "fullname": field(block, "fullname"),
                     "email": field(block, "email"), "title": field(block, "title") or "",
                     "role": role})
    src = read(td, "test/api/users.js")
    block = re.search(r"should create new user.*?var user = \{(.*?)\}", src, re.S).group(1)
    role = re.search(r"aRole:\s*global\.(\w+)RoleId", block).group(1)
    rows.append({"username": field(block, "aUsername"), "fullname": field(block, "aFullname"),
                 "email": field(block, "aEmail"), "title": field(block, "aTitle") or "",
                 "role": role})
    return rows


def groups(td):
    names = re.findall(r"groupSchema\.create\(\s*\{\s*name:\s*'([^']*)'",
                       read(td, "test/0_database.js"))
    names += re.findall(r"name:\s*'([^']*)'", read(td, "test/models/group.js"))
    names += re.findall(r"groupSchema\(\{\s*name:\s*'([^']*)'", read(td, "test/models/ticket.js"))
    return [{"name": n} for n in names]


def tickets(td):
    src = read(td, "test/models/ticket.js")
    db = read(td, "test/0_database.js")
    create = re.search(r"ticketSchema\.create\(\s*\{(.*?)\}", src, re.S).group(1)
    uid = re.search(r"expect\(t\.uid\)\.to\.equal\((\d+)\)", src).group(1)
    # the status the test leaves it in: the last status its status test sets (closed, then open)
    test = re.search(r"it\('should set the ticket status(.*?)\n  it\(", src, re.S).group(1)
    status_uid = re.findall(r"statusSchema\.findOne\(\{\s*uid:\s*(\d+)", test)[-1]
    statuses = dict((u, n) for n, u in re.findall(r"\{\s*name:\s*'(\w+)',\s*uid:\s*(\d+)", db))
    ttype = re.search(r"getTypeByName\('([^']*)'", src).group(1)
    priority = re.search(r"expect\(ticket\.priority\.name\)\.to\.equal\('([^']*)'\)", src).group(1)
    group = re.search(r"expect\(ticket\.group\.name\)\.to\.equal\('([^']*)'\)", src).group(1)
    return [{"uid": uid, "type": ttype, "priority": priority, "status": statuses[status_uid],
             "created": "", "subject": field(create, "subject"), "requester": "",
             "group": group, "assignee": "", "tags": ""}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("td")
    ap.add_argument("locales")
    ap.add_argument("out")
    a = ap.parse_args()

    def catalogue(lang, name):
        p = os.path.join(a.locales, lang, name + ".json")
        if not os.path.exists(p):
            return {}
        with open(p, encoding="utf-8") as fh:
            return json.load(fh)

    def label(cat, key):
        own = catalogue(LANGS[a.lang], cat).get(key)
        return own or catalogue("en", cat)[key]

    data = {"tickets.csv": tickets(a.td), "accounts.csv": accounts(a.td),
            "groups.csv": groups(a.td)}
    os.makedirs(a.out, exist_ok=True)
    for name, fields in FILES:
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([label(cat, key) for _, cat, key in fields])
            for row in data[name]:
                w.writerow([row[f] for f, _, _ in fields])


if __name__ == "__main__":
    main()
