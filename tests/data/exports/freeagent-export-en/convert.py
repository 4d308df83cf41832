"""FreeAgent export in English from the FreeAgent records an MIT-licensed Ruby client of the
FreeAgent API ships with its tests (deanpcmad/freeagentrb: VCR cassettes recorded against
FreeAgent's sandbox, and the records its resource tests stub) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding deanpcmad/freeagentrb commit 6e0be2a2; OUT: the folder to
write. Reads the response bodies of test/vcr_cassettes/test_contacts_list.yml,
test_contacts_create.yml, test_users_list.yml, test_expenses_list.yml and
test_clients_list.yml, and the PROJECT, TASK and INVOICE hashes of
test/free_agent/resources/{projects,tasks,invoices}_test.rb, and writes one CSV per object,
one row per distinct record (by FreeAgent's url, first seen wins), the columns the API's
field names in the responses' order (a nested object's field as 'parent.field'; an
invoice's line items left out): contacts.csv, users.csv, projects.csv, tasks.csv,
invoices.csv, expenses.csv, clients.csv. Values as the API writes them (ISO 8601 times,
decimals as strings), true/false, null empty, UTF-8, LF. A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import re
import subprocess
import sys

COMMIT = "6e0be2a22b2fb4aab6c1647a239cb31bf745794b"
CASSETTES = ("contacts_list", "contacts_create", "users_list", "expenses_list", "clients_list")
RUBY = (("projects", "PROJECT"), ("tasks", "TASK"), ("invoices", "INVOICE"))


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def cassette_bodies(text):
    """The response body strings of a VCR cassette (YAML, single-quoted, folded lines)."""
    out = []
    for m in re.finditer(r"^  response:\n.*?^    body:\n      encoding: [^\n]*\n"
                         r"      string: '(.*?)'\n  recorded_at:", text, re.M | re.S):
        s = m.group(1)
        # YAML single-quoted flow scalar: a line break folds to one space, '' is a quote
        s = re.sub(r"\n\s*", " ", s).replace("''", "'")
        out.append(json.loads(s))
    return out


def ruby_hash(text, name):
    """The Ruby hash literal `NAME = { ... }.freeze` as a Python dict (JSON-like literals)."""
    m = re.search(r"^  " + name + r" = (\{.*?^  \})\.freeze", text, re.M | re.S)
    return json.loads(m.group(1).replace("=>", ":"))


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def flatten(r, prefix=""):
    row = {}
    for k, v in r.items():
        if isinstance(v, list):
            continue  # line items: not a column of the list
        if isinstance(v, dict):
            row.update(flatten(v, f"{prefix}{k}."))
        else:
            row[f"{prefix}{k}"] = cell(v)
    return row


def distinct(records):
    seen, out = set(), []
    for r in records:
        if r["url"] in seen:
            continue
        seen.add(r["url"])
        out.append(r)
    return out


def write(out, name, records):
    rows = [flatten(r) for r in records]
    header = []
    for r in rows:
        header += [c for c in r if c not in header]
    path = f"{out}/{name}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    return path


def main(gitdir, out):
    data = {}
    for c in CASSETTES:
        path = f"test/vcr_cassettes/test_{c}.yml"
        raw = show(gitdir, path)
        print(hashlib.sha256(raw).hexdigest(), path)
        data[c] = cassette_bodies(raw.decode("utf-8"))
    ruby = {}
    for f, const in RUBY:
        path = f"test/free_agent/resources/{f}_test.rb"
        raw = show(gitdir, path)
        print(hashlib.sha256(raw).hexdigest(), path)
        ruby[f] = ruby_hash(raw.decode("utf-8"), const)

    contacts = distinct([r for b in data["contacts_list"] for r in b["contacts"]]
                        + [b["contact"] for b in data["contacts_create"]])
    users = distinct([r for b in data["users_list"] for r in b["users"]])
    expenses = distinct([r for b in data["expenses_list"] for r in b["expenses"]])
    clients = distinct([r for b in data["clients_list"] for r in b["clients"]])

    written = [
        write(out, "contacts.csv", contacts),
        write(out, "users.csv", users),
        write(out, "projects.csv", [ruby["projects"]]),
        write(out, "tasks.csv", [ruby["tasks"]]),
        write(out, "invoices.csv", [ruby["invoices"]]),
        write(out, "expenses.csv", expenses),
        write(out, "clients.csv", clients),
    ]
    for path in written:
        with open(path, "rb") as f:
            raw = f.read()
        print(hashlib.sha256(raw).hexdigest(), path.rsplit("/", 1)[-1], raw.count(b"\n") - 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
