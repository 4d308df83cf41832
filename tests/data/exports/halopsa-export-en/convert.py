"""HaloPSA export (en) from the fixed HaloPSA API records that asachs01/node-halopsa's tests
use as mock responses (Apache-2.0), at c5337665.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/fixtures/*/index.ts: the exported
TypeScript object literals ('export const list = {...}') are read as JSON (keys quoted,
quotes made double, trailing commas dropped). Each object kind's records are taken from its
fixtures in the order the file declares them (the list response, then the single-record and
'me' responses, then the created record; for actions the actions fixtures, then the
tickets fixtures' actions): one row per distinct id, its fields in the order first met, a
later response of the same id adding only the fields the row lacks (a detail GET of the
same record carries more fields; the first value met is kept). Writes agents.csv,
clients.csv, sites.csv, users.csv (HaloPSA's end users at clients, the client's
'contacts'), tickets.csv, actions.csv, assets.csv, items.csv and the reference lists
ticket_types.csv, statuses.csv, priorities.csv, asset_types.csv, headed by the API's field
names, list values (an agent's permissions) left out, as are columns no record fills.
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "c533766553fc84aaf7d198507b37bf3f3c4d22a0"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def balanced(text, start):
    """The bracketed literal opening at text[start] ('{' or '[')."""
    pairs = {"{": "}", "[": "]"}
    stack, i, quote = [], start, None
    while True:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif c in "}]":
            assert stack.pop() == c
            if not stack:
                return text[start:i + 1]
        i += 1


def literal(src):
    # single-quoted strings to JSON strings (the fixtures' strings hold no quotes)
    src = re.sub(r"'([^'\\]*)'", lambda m: json.dumps(m.group(1)), src)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def consts(text):
    """{name: literal} of each 'export const name = {...};' in the file."""
    out = {}
    for m in re.finditer(r"export const (\w+)\s*=\s*", text):
        out[m.group(1)] = literal(balanced(text, m.end()))
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
    rows, by_id = [], {}
    for r in records:
        r = {k: v for k, v in r.items() if not isinstance(v, (list, dict))}
        if r["id"] in by_id:
            row = by_id[r["id"]]
            for k, v in r.items():
                row.setdefault(k, v)
            continue
        by_id[r["id"]] = dict(r)
        rows.append(by_id[r["id"]])
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
    fx = {k: consts(show(gitdir, f"tests/fixtures/{k}/index.ts"))
          for k in ("agents", "clients", "sites", "contacts", "tickets", "actions", "assets",
                    "items", "reference")}

    def records(kind, names, key):
        return [r for n in names for r in fx[kind][n][key]]

    write(out, "agents.csv", records("agents", ["list", "single", "me", "created"], "agents"))
    write(out, "clients.csv", records("clients", ["list", "single", "created"], "clients"))
    write(out, "sites.csv", records("sites", ["list", "single", "created"], "sites"))
    write(out, "users.csv", records("contacts", ["list", "single", "created"], "users"))
    write(out, "tickets.csv", records("tickets", ["listPage1", "listPage2", "single", "created"],
                                      "tickets"))
    write(out, "actions.csv", records("actions", ["list", "single", "created"], "actions")
          + fx["tickets"]["actions"]["actions"])
    write(out, "assets.csv", records("assets", ["list", "single", "created"], "assets"))
    write(out, "items.csv", records("items", ["list", "single", "created"], "items"))
    ref = fx["reference"]
    write(out, "ticket_types.csv", ref["ticketTypes"]["ticket_types"]
          + ref["singleTicketType"]["ticket_types"])
    write(out, "statuses.csv", ref["statuses"]["statuses"] + ref["singleStatus"]["statuses"])
    write(out, "priorities.csv", ref["priorities"]["priorities"]
          + ref["singlePriority"]["priorities"])
    write(out, "asset_types.csv", fx["assets"]["types"]["asset_types"]
          + fx["assets"]["singleType"]["asset_types"])


if __name__ == "__main__":
    main()
