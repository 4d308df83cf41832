"""Ecwid export (en) from the fixed Ecwid REST API v3 records that davidbiehl/ecwid_api (a
Ruby client for Ecwid's API, MIT) keeps as its specs' fixtures.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs), at b43b87bd: spec/fixtures/categories.json,
products.json, orders.json and order.json (order 35 again: one row per order number, first
met wins), and at 5bef20a5 (the commit that added it; the branch head no longer has it)
spec/fixtures/customers.json. Each is an API v3 search result ({total, count, offset,
limit, items}) or one record. Writes customers.csv, categories.csv, products.csv,
orders.csv and order_items.csv (an order's 'items' list: one row per line, headed first by
the order's orderNumber), headed by the API's field names in the records' order, nested
objects joined by '.' ('billingPerson.name', 'shippingOption.shippingMethodName'), the
lists categoryIds (ids) and selectedOptions ('name: value') joined by ';', a line's taxes
list left out (its 'tax' holds their total), as are columns no record fills. Values as the
API gives them (numbers as written, true/false, dates as Ecwid writes them). UTF-8, comma,
LF, quoted where needed (Python's csv).
"""
import csv
import json
import os
import subprocess
import sys

HEAD = "b43b87bd636e5f2c29c5d085accb69294cb2a39c"
CUSTOMERS_AT = "5bef20a5427ae840fa301d27d1cc59eb730390ad"


def show(gitdir, commit, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                         check=True, capture_output=True).stdout
    return json.loads(out.decode("utf-8"))


def items(doc):
    """A search result's records (a single order's own 'items' are its lines)."""
    return doc["items"] if "offset" in doc and "limit" in doc else [doc]


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "categoryIds":
                out[prefix + k] = ";".join(str(x) for x in v)
            elif k == "selectedOptions":
                out[prefix + k] = ";".join(f"{o['name']}: {o['value']}" for o in v)
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


def write(out, name, rows):
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
    customers = items(show(gitdir, CUSTOMERS_AT, "spec/fixtures/customers.json"))
    write(out, "customers.csv", [flat(c) for c in customers])
    categories = items(show(gitdir, HEAD, "spec/fixtures/categories.json"))
    write(out, "categories.csv", [flat(c) for c in categories])
    products = items(show(gitdir, HEAD, "spec/fixtures/products.json"))
    write(out, "products.csv", [flat(p) for p in products])
    orders, seen = [], set()
    for path in ("spec/fixtures/orders.json", "spec/fixtures/order.json"):
        for o in items(show(gitdir, HEAD, path)):
            if o["orderNumber"] not in seen:
                seen.add(o["orderNumber"])
                orders.append(o)
    write(out, "orders.csv", [flat({k: v for k, v in o.items() if k != "items"})
                              for o in orders])
    write(out, "order_items.csv", [{"orderNumber": o["orderNumber"], **flat(i)}
                                   for o in orders for i in o.get("items", [])])


if __name__ == "__main__":
    main()
