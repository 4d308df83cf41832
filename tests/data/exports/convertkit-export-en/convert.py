"""ConvertKit (Kit) export (en) from the example records of ConvertKit's own API v3
documentation (ConvertKit/developers-documentation, Apache-2.0), at 6ca918ea.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the Markdown sources of ConvertKit's API v3
reference: source/includes/_subscribers.md, _tags.md, _custom_fields.md, _forms.md,
_sequences.md, _broadcasts.md and _purchases.md. Each fenced ```json block is read as JSON
after the docs' trailing commas are dropped. Writes subscribers.csv (List subscribers),
tags.csv (List tags), custom_fields.csv (List fields), forms.csv (List forms),
sequences.csv (List sequences), broadcasts.csv (List broadcasts, with the one broadcast's
stats from Get stats as 'stats.*'), purchases.csv (List Purchases and Retrieve a specific
Purchase: one row per purchase id, first met wins) and purchase_products.csv (each
purchase's products, with its purchase's id as 'purchase_id'), headed by the API's field
names in the record's order, nested objects joined by '.' ('fields.last_name',
'stats.open_rate'), columns no record fills left out. Values as the API gives them (ISO
8601 timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF. Copies the
repository's LICENSE at that commit beside them.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "6ca918eacce053628c99e393f1b59ad3dc4fd140"
INC = "source/includes/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def loads(src):
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", src))


def blocks(gitdir, name):
    return re.findall(r"```json\n(.*?)```", show(gitdir, INC + name), re.S)


def flatten(obj, prefix=""):
    row = {}
    for k, v in obj.items():
        name = prefix + k
        if isinstance(v, dict):
            row.update(flatten(v, name + "."))
        elif not isinstance(v, list):
            row[name] = v
    return row


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols and any(cell(x.get(k)) != "" for x in rows):
                cols.append(k)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    first = {name: loads(blocks(gitdir, f"_{name}.md")[0])
             for name in ("subscribers", "tags", "custom_fields", "forms", "sequences",
                          "broadcasts")}
    write(out, "subscribers.csv", [flatten(r) for r in first["subscribers"]["subscribers"]])
    write(out, "tags.csv", [flatten(r) for r in first["tags"]["tags"]])
    write(out, "custom_fields.csv", [flatten(r) for r in first["custom_fields"]["custom_fields"]])
    write(out, "forms.csv", [flatten(r) for r in first["forms"]["forms"]])
    write(out, "sequences.csv", [flatten(r) for r in first["sequences"]["courses"]])
    stats = {b["id"]: b["stats"] for b in loads(blocks(gitdir, "_broadcasts.md")[1])["broadcast"]}
    write(out, "broadcasts.csv", [flatten(dict(b, stats=stats.get(b["id"], {})))
                                  for b in first["broadcasts"]["broadcasts"]])
    pblocks = blocks(gitdir, "_purchases.md")
    purchases = {}
    for rec in loads(pblocks[0])["purchases"] + [loads(pblocks[2])]:
        purchases.setdefault(rec["id"], rec)
    write(out, "purchases.csv", [flatten(p) for p in purchases.values()])
    write(out, "purchase_products.csv", [dict(purchase_id=p["id"], **flatten(i))
                                         for p in purchases.values() for i in p["products"]])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
