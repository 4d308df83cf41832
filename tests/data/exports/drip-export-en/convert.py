"""Drip export (en) from the example records of Drip's own REST API documentation
(DripEmail/api-docs, Apache-2.0), at 6f937b31.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the Markdown sources of Drip's API
reference: source/includes/rest/_subscribers.md, _users.md, _accounts.md, _campaigns.md,
_broadcasts.md, _workflows.md, _orders.md, _webhook_events.md and
source/includes/shopper_activity/_product_activity.md. Each fenced ```json block is read as
JSON after the docs' shorthand is undone ('# ...' comment lines dropped, '{ ... }' and
'[ ... ]' placeholders read as empty, a missing comma between two members added, trailing
commas dropped); the product is the JSON body of the product-activity request (the
```shell block's heredoc). Writes subscribers.csv, accounts.csv, users.csv, campaigns.csv,
broadcasts.csv, workflows.csv, products.csv, orders.csv, order_items.csv and events.csv,
headed by the API's field names in the record's order, nested objects joined by '.'
('billing_address.city', 'custom_fields.shirt_size'), lists of words (tags, categories)
joined by ';', other lists left out (an order's items are order_items.csv, each with its
order's id as 'order_id'). events.csv holds the webhook events (one per documented event
type), each naming its subscriber by the documented subscriber object's id and e-mail
('data.subscriber.id', 'data.subscriber.email': the docs write that object as '{ ... }').
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF. Copies the repository's LICENSE at that commit beside them.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "6f937b31ab878649ae70eba9576265aba2160269"
REST = "source/includes/rest/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def loads(src):
    src = "\n".join(line for line in src.split("\n") if not line.lstrip().startswith("#"))
    src = re.sub(r"\{\s*\.\.\.\s*\}", "{}", src)
    src = re.sub(r"\[\s*\.\.\.\s*\]", "[]", src)
    src = re.sub(r'(["\d\]}]|true|false|null)(\s*\n\s*")', r"\1,\2", src)
    src = re.sub(r",(\s*[}\]])", r"\1", src)
    return json.loads(src)


def blocks(text, fence="json"):
    return re.findall(r"```" + fence + r"\n(.*?)```", text, re.S)


def flatten(obj, prefix=""):
    row = {}
    for k, v in obj.items():
        name = prefix + k
        if isinstance(v, dict):
            row.update(flatten(v, name + "."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                row[name] = ";".join(str(x) for x in v)
        else:
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


def first(gitdir, name):
    return loads(blocks(show(gitdir, REST + name))[0])


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    subscriber = first(gitdir, "_subscribers.md")
    write(out, "subscribers.csv", [flatten(subscriber)])
    write(out, "accounts.csv", [flatten(first(gitdir, "_accounts.md"))])
    write(out, "users.csv", [flatten(first(gitdir, "_users.md"))])
    write(out, "campaigns.csv", [flatten(first(gitdir, "_campaigns.md"))])
    write(out, "broadcasts.csv", [flatten(first(gitdir, "_broadcasts.md"))])
    write(out, "workflows.csv", [flatten(first(gitdir, "_workflows.md"))])
    text = show(gitdir, "source/includes/shopper_activity/_product_activity.md")
    body = re.search(r"<< EOF\n(.*?)\nEOF", blocks(text, "shell")[0], re.S).group(1)
    write(out, "products.csv", [flatten(loads(body))])
    order = first(gitdir, "_orders.md")
    items = order.pop("items")
    write(out, "orders.csv", [flatten(order)])
    write(out, "order_items.csv", [dict(order_id=order["id"], **flatten(i)) for i in items])
    events = []
    for b in blocks(show(gitdir, REST + "_webhook_events.md")):
        rec = loads(b)
        if "event" not in rec:
            continue
        data = rec.get("data", {})
        if "subscriber" in data:
            data["subscriber"] = {"id": subscriber["id"], "email": subscriber["email"]}
        events.append(flatten(rec))
    write(out, "events.csv", events)
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
