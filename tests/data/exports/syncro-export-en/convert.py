"""Syncro export (en) from the fixed Syncro (SyncroMSP) API v1 records that
wyre-technology/node-syncro's tests use as mock responses (Apache-2.0), at 4d0f9bbd.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/fixtures/{customers,contacts,
tickets,assets,invoices}/index.ts. The TypeScript object literals are read as JSON
(single-quoted strings and bare keys quoted, trailing commas dropped). Each object's
records in the order list (listPage1, listPage2), created; the single/updated/markedSent
responses repeat ids already met and are not repeated (first met wins). A ticket's
comments (from the ticket fixtures 'list' and 'withComment') become ticket_comments.csv
with the ticket's id as 'ticket_id'; an invoice's line items become line_items.csv (they
carry 'invoice_id' themselves). Writes customers.csv, contacts.csv, tickets.csv,
ticket_comments.csv, assets.csv, invoices.csv and line_items.csv, headed by the API's field
names in the record's order, nested objects joined by '.' ('properties.industry'), id lists
joined by ';' ('asset_ids'), columns no record fills left out. Values as the API gives them
(ISO 8601 timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "4d0f9bbd6291aca04624bd6f3a1436be29e24f2c"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def balanced(text, start):
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
    src = re.sub(r"'((?:[^'\\\n]|\\.)*)'", lambda m: json.dumps(m.group(1)), src)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def const(text, name):
    pos = text.index(f"export const {name} =")
    return literal(balanced(text, text.index("{", pos)))


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
    rows, seen = [], set()
    for r in records:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        rows.append(flat(r))
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
    fx = {k: show(gitdir, f"tests/fixtures/{k}/index.ts")
          for k in ("customers", "contacts", "tickets", "assets", "invoices")}
    c = fx["customers"]
    write(out, "customers.csv", const(c, "listPage1")["customers"]
          + const(c, "listPage2")["customers"] + [const(c, "created")["customer"]])
    c = fx["contacts"]
    write(out, "contacts.csv", const(c, "list")["contacts"] + [const(c, "created")["contact"]])
    t = fx["tickets"]
    tickets = const(t, "list")["tickets"] + [const(t, "created")["ticket"],
                                              const(t, "withComment")["ticket"]]
    write(out, "tickets.csv", tickets)
    comments = []
    for tk in tickets:
        for cm in tk.get("comments", []):
            comments.append({"id": cm["id"], "ticket_id": tk["id"],
                             **{k: v for k, v in cm.items() if k != "id"}})
    write(out, "ticket_comments.csv", comments)
    a = fx["assets"]
    write(out, "assets.csv", const(a, "list")["assets"] + [const(a, "created")["asset"]])
    i = fx["invoices"]
    invoices = const(i, "list")["invoices"] + [const(i, "created")["invoice"]]
    write(out, "invoices.csv", invoices)
    write(out, "line_items.csv", [li for inv in invoices for li in inv.get("line_items", [])])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main()
