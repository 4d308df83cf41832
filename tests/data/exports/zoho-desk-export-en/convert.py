"""Zoho Desk export in English from the fixed Zoho Desk records the MIT Go command-line
client of the Zoho Desk API, jrodriguezruibal/zohodesk-cli, writes in its model tests
(pkg/models/*_test.go) -- see SOURCE.md.

    python3 convert.py SRCDIR OUT

SRCDIR: a folder holding the repository files below at their paths (the stored versions
listed in SOURCE.md); OUT: the folder to write. Takes every Go composite literal of the
client's record types (Account, Contact, Ticket, Agent, Department, Product, Task; a
'&T{...}', 'T{...}' or each element of '[]T{{...}, ...}'), one row per distinct "id", first
met wins (files in the order listed), and writes accounts.csv, contacts.csv, tickets.csv,
agents.csv, departments.csv, products.csv and tasks.csv as the client's JSON output
(`--output json`, Go's encoding/json on the models) names and fills the fields: columns are
the models' JSON names in the structs' order, a field tagged 'omitempty' only when some record
fills it, every other field always (empty when unset); booleans true/false (Go's zero value
false), strings as written, UTF-8, LF. A rerun gives the same bytes.
"""
import csv
import hashlib
import os
import re
import sys

MODELS = ["pkg/models/types.go", "pkg/models/product.go", "pkg/models/task.go",
          "pkg/models/resources.go"]
TESTS = ["pkg/models/resources_test.go", "pkg/models/product_test.go",
         "pkg/models/task_test.go"]
FILES = {"Account": "accounts", "Contact": "contacts", "Ticket": "tickets",
         "Agent": "agents", "Department": "departments", "Product": "products",
         "Task": "tasks"}


def read(src, path):
    with open(os.path.join(src, path), encoding="utf-8", newline="") as f:
        return f.read()


def structs(text):
    """type -> [(GoField, jsonName, omitempty, gotype)] in declaration order."""
    out = {}
    for m in re.finditer(r"type (\w+) struct \{(.*?)\n\}", text, re.S):
        fields = []
        for line in m.group(2).splitlines():
            f = re.match(r'\s*(\w+)\s+(\S+)\s+`json:"([^"]*)"', line)
            if f:
                name, _, opts = f.group(3).partition(",")
                fields.append((f.group(1), name, "omitempty" in opts, f.group(2)))
        out[m.group(1)] = fields
    return out


def block(text, start):
    """The text between the '{' at start and its matching '}'."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    raise ValueError("unbalanced braces")


def values(body):
    out = {}
    for m in re.finditer(r'(\w+):\s*("(?:[^"\\]|\\.)*"|true|false|-?\d+)', body):
        v = m.group(2)
        out[m.group(1)] = v[1:-1].replace('\\"', '"') if v.startswith('"') else v
    return out


def literals(text):
    """(type, {GoField: value}) for every literal of a record type, in text order."""
    pat = re.compile(r"(\[\]|&|\b)(" + "|".join(FILES) + r")\{")
    for m in pat.finditer(text):
        if text[m.start() - 1:m.start()].isalnum():
            continue
        body = block(text, m.end() - 1)
        if m.group(1) == "[]":
            i = 0
            while True:
                j = body.find("{", i)
                if j < 0:
                    break
                inner = block(body, j)
                yield m.group(2), values(inner)
                i = j + len(inner) + 2
        else:
            yield m.group(2), values(body)


def main(src, out):
    models = {}
    for p in MODELS:
        models.update(structs(read(src, p)))
    rows = {t: {} for t in FILES}
    for p in TESTS:
        for typ, vals in literals(read(src, p)):
            rid = vals.get("ID", "")
            if rid and rid not in rows[typ]:
                rows[typ][rid] = vals
    os.makedirs(out, exist_ok=True)
    for typ, name in FILES.items():
        recs = list(rows[typ].values())
        cols = [(g, j, t) for g, j, omit, t in models[typ]
                if not omit or any(r.get(g) not in (None, "", "false") for r in recs)]
        path = os.path.join(out, name + ".csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([j for _, j, _ in cols])
            for r in recs:
                w.writerow([r.get(g, "false" if t == "bool" else "") for g, _, t in cols])
        with open(path, "rb") as f:
            data = f.read()
        print(f"{hashlib.sha256(data).hexdigest()}  {name}.csv  {len(recs)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
