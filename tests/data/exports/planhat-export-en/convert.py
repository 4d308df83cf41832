"""Planhat export (en) from the fixed Planhat API records that hull/hull-planhat (Hull's
Planhat connector, MIT) keeps as its tests' data and mock responses, at 5ec6e51f.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) __tests__/_data/planhat-companies.json,
planhat-endusers.json, planhat-users.json and planhat-license.json (recorded API replies),
and two nock mock replies: the company GET /companies/1234 answers in
__tests__/_scenarios/account-update/api-responses.ts (dataGetCompany) and the end user
POST /endusers answers in __tests__/_scenarios/contact-insert/api-responses.ts
(dataCreatedContact; its createDate `new Date(1563804862).toISOString()` evaluated as
JavaScript would). The TypeScript object literals are read as JSON (keys quoted, trailing
commas dropped). One row per distinct _id, first met wins. Writes users.csv, companies.csv,
endusers.csv and licenses.csv, headed by the API's field names in the record's order,
nested objects joined by '.', a list of strings joined by ';' ('tags', 'poc'), a user's
roles as their names joined by ';', other lists left out, as are columns no record fills.
users.csv keeps the API's documented user fields (_id, names, e-mail, state, roles, points
of contact, created) and leaves out the screen preferences the recording also carries.
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF.
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys

COMMIT = "5ec6e51f4e20b9a6fbfc8eb7e4e37510d2e58ef1"
USER_FIELDS = ["_id", "firstName", "lastName", "nickName", "email", "isHidden", "removed",
               "inactive", "roles", "poc", "createDate"]


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
        elif c in "\"'`":
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif c in "}]":
            assert stack.pop() == c
            if not stack:
                return text[start:i + 1]
        i += 1


def js_date(m):
    ms = int(m.group(1))
    t = datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=ms)
    return '"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z" + '"'


def literal(src):
    src = re.sub(r"//[^\n]*", "", src)
    src = re.sub(r"new Date\((\d+)\)\.toISOString\(\)", js_date, src)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def const(text, name):
    pos = text.index(f"const {name}")
    return literal(balanced(text, text.index("{", pos)))


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if v and all(isinstance(x, str) for x in v):
                out[prefix + k] = ";".join(v)
            elif k == "roles" and v and all(isinstance(x, dict) for x in v):
                out[prefix + k] = ";".join(x["name"] for x in v)
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


def write(out, name, records, only=None):
    rows, seen = [], set()
    for r in records:
        if r["_id"] in seen:
            continue
        seen.add(r["_id"])
        rows.append(flat(r))
    fields = []
    for r in rows:
        for k in r:
            if k not in fields and (only is None or k in only):
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
    data = "__tests__/_data/"
    users = json.loads(show(gitdir, data + "planhat-users.json"))
    companies = json.loads(show(gitdir, data + "planhat-companies.json"))
    endusers = json.loads(show(gitdir, data + "planhat-endusers.json"))
    lic = json.loads(show(gitdir, data + "planhat-license.json"))
    upd = show(gitdir, "__tests__/_scenarios/account-update/api-responses.ts")
    ins = show(gitdir, "__tests__/_scenarios/contact-insert/api-responses.ts")
    write(out, "users.csv", users, USER_FIELDS)
    write(out, "companies.csv", companies + [const(upd, "dataGetCompany")])
    write(out, "endusers.csv", endusers + [const(ins, "dataCreatedContact")])
    write(out, "licenses.csv", [lic])


if __name__ == "__main__":
    main()
