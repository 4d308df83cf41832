"""RD Station CRM export (en) from the fixed RD Station CRM API v1 records that
fernandoludvig/rdstation-crm-mcp's tests use as mock responses (MIT), at 220a1123.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/fixtures.ts (the pipeline with its
deal stages, the users, the default deal and contact), tests/deals.test.ts (a created deal,
the lost reasons), tests/pipeline.test.ts (three open deals) and tests/contacts.test.ts (a
new contact, a contact's won deal). The TypeScript object literals are read as JSON (keys
quoted, comments, spreads and trailing commas dropped); a makeDeal/makeContact call is the
fixture's default record with the call's fields over it. One row per distinct _id, first
met wins, in the order: fixtures, deals, pipeline, contacts tests. Writes users.csv,
deal_stages.csv, deal_lost_reasons.csv, contacts.csv and deals.csv, headed by the API's
field names in the record's order, nested objects joined by '.' ('deal_stage.name',
'user.email'), e-mail and phone lists as addresses and numbers joined by ';', other lists
left out, as are columns no record fills. Values as the API gives them (ISO 8601
timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "220a1123437747342fe027bc58b6cd4cdd42900c"


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
    src = re.sub(r"//[^\n]*", "", src)
    src = re.sub(r"\.\.\.\w+,?", "", src)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def after(text, marker, n=1):
    """The literals opening at the first bracket after each of the first n markers."""
    out, pos = [], 0
    for _ in range(n):
        pos = text.index(marker, pos) + len(marker)
        b = min(i for i in (text.find("{", pos), text.find("[", pos)) if i >= 0)
        out.append(literal(balanced(text, b)))
        pos = b
    return out


def calls(text, name):
    out, pos = [], 0
    while True:
        pos = text.find(name + "(", pos)
        if pos < 0:
            return out
        pos += len(name) + 1
        out.append(literal(balanced(text, pos)) if text[pos] == "{" else {})


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "emails":
                out[prefix + k] = ";".join(e["email"] for e in v)
            elif k == "phones":
                out[prefix + k] = ";".join(p["phone"] for p in v)
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
        if r["_id"] in seen:
            continue
        seen.add(r["_id"])
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
    fx = show(gitdir, "tests/fixtures.ts")
    deals_t = show(gitdir, "tests/deals.test.ts")
    pipe_t = show(gitdir, "tests/pipeline.test.ts")
    cont_t = show(gitdir, "tests/contacts.test.ts")
    (pipelines,) = after(fx, "export const pipelines: ApiPipeline[] =")
    (users,) = after(fx, "export const users: ApiUser[] =")
    deal0 = after(fx[fx.index("function makeDeal"):], "return ")[0]
    contact0 = after(fx[fx.index("function makeContact"):], "return ")[0]
    write(out, "users.csv", users)
    write(out, "deal_stages.csv", [s for p in pipelines for s in p["deal_stages"]])
    (reasons,) = after(deals_t, "deal_lost_reasons:")
    write(out, "deal_lost_reasons.csv", reasons)
    contacts, linked = [contact0], []
    for t in (deals_t, pipe_t, cont_t):
        for o in calls(t, "makeContact"):
            linked += o.get("deals", [])
            contacts.append({**contact0, **o})
    write(out, "contacts.csv", contacts)
    deals = [deal0]
    for t in (deals_t, pipe_t, cont_t):
        deals += [{**deal0, **o} for o in calls(t, "makeDeal")]
    write(out, "deals.csv", deals + linked)


if __name__ == "__main__":
    main()
