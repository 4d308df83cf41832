"""Commerce Layer export (en) from the Commerce Layer API records that
commercelayer/app-elements (MIT) keeps as the mock API answers of its documentation
(packages/docs/src/mocks/data/*.js, msw handlers), at 152b1c01.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) skus.js (the store's 25 SKUs, one page of
GET /api/skus), customers.js (three customers), orders.js (the order NMWYhbGorj with its
included market, customer, addresses and line items) and line_items.js (two more line
items). The JavaScript object literals of JSON:API resources ({id, type, attributes,
relationships}) are read as JSON (keys quoted, comments and trailing commas dropped,
single-quoted strings re-quoted). One row per distinct id, first met wins. Writes
skus.csv, customers.csv, orders.csv and line_items.csv the way Commerce Layer's Exports
API writes CSV: the resource's id (a line item's order.id after it), then its attributes
under the API's field names in the record's order (for orders and line items the fields
the export chose), nested objects (metadata, included resources) joined by '.', columns no
record fills left out. Values as the API gives them (ISO 8601 timestamps, true/false,
numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "152b1c01bf433df53971d52765afaf802c641cf1"
DATA = "packages/docs/src/mocks/data/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{DATA}{path}"],
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
        elif c in "\"'`":
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif c in "}]":
            assert stack.pop() == c
            if not stack:
                return text[start:i + 1]
        i += 1


def literal(src):
    """A JavaScript object literal (plain data) as Python, by re-writing it as JSON."""
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c in "\"'":
            j, buf = i + 1, []
            while src[j] != c:
                if src[j] == "\\":
                    buf.append(src[j:j + 2])
                    j += 2
                    continue
                buf.append('\\"' if src[j] == '"' else src[j])
                j += 1
            s = "".join(buf).replace("\\'", "'")
            out.append('"' + s + '"')
            i = j + 1
        elif src.startswith("//", i):
            i = src.index("\n", i)
        else:
            out.append(c)
            i += 1
    src = "".join(out)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def resources(text):
    """Every JSON:API resource literal with attributes, in the text's order."""
    out = []
    for m in re.finditer(r'\{\s*id: "(\w+)",\s*type: "(\w+)"', text):
        o = literal(balanced(text, m.start()))
        if len(o.get("attributes", {})) > 1:
            out.append(o)
    return out


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif not isinstance(v, list):
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


def rows_of(objs, kind, extra=None, fields=None):
    rows, seen = [], set()
    for o in objs:
        if o["type"] != kind or o["id"] in seen:
            continue
        seen.add(o["id"])
        a = o["attributes"]
        row = {"id": o["id"], **(flat(a) if fields is None else {k: a.get(k) for k in fields})}
        if extra:
            row = {"id": o["id"], **extra(o), **{k: v for k, v in row.items() if k != "id"}}
        rows.append(row)
    return rows


ORDER_FIELDS = ["number", "status", "payment_status", "fulfillment_status", "guest",
                "customer_email", "language_code", "currency_code", "tax_included",
                "country_code", "coupon_code", "subtotal_amount_float",
                "shipping_amount_float", "payment_method_amount_float",
                "discount_amount_float", "gift_card_amount_float",
                "total_tax_amount_float", "total_amount_float", "skus_count",
                "placed_at", "approved_at", "cancelled_at", "created_at", "updated_at",
                "reference", "reference_origin"]
LINE_FIELDS = ["sku_code", "name", "item_type", "quantity", "currency_code",
               "unit_amount_float", "discount_float", "total_amount_float",
               "tax_amount_float", "tax_rate", "created_at", "updated_at"]
ADDRESS_FIELDS = ["full_name", "company", "line_1", "line_2", "city", "zip_code",
                  "state_code", "country_code", "phone", "email"]


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    skus = resources(show(gitdir, "skus.js"))
    orders_js = show(gitdir, "orders.js")
    order = literal(balanced(orders_js, orders_js.index("const order = {") + 14))
    included = resources(orders_js)
    byid = {(o["type"], o["id"]): o for o in reversed(included)}

    cust_js = show(gitdir, "customers.js")
    body = cust_js[cust_js.index("attributes: {", cust_js.index("function mockCustomer")):]
    attrs0 = literal(balanced(body, body.index("{")).replace("metadata,", '"metadata": {},'))
    customers = []
    for m in re.finditer(r'mockCustomer\("(\w+)"(,\s*)?', cust_js):
        meta = literal(balanced(cust_js, m.end())) if m.group(2) else {}
        customers.append({"id": m.group(1), "type": "customers",
                          "attributes": {**attrs0, "metadata": meta}})
    customers += [o for o in included if o["type"] == "customers"]

    def rel(o, name):
        d = o.get("relationships", {}).get(name, {}).get("data")
        return byid.get((d["type"], d["id"])) if d else None

    a = order["attributes"]
    row = {"id": order["id"], **{k: a.get(k) for k in ORDER_FIELDS}}
    c, mk = rel(order, "customer"), rel(order, "market")
    row["customer.id"] = c["id"] if c else None
    row["market.name"] = mk["attributes"]["name"] if mk else None
    for name in ("billing_address", "shipping_address"):
        ad = rel(order, name)
        for k in ADDRESS_FIELDS:
            row[f"{name}.{k}"] = ad["attributes"].get(k) if ad else None
    line_objs = included + resources(show(gitdir, "line_items.js"))

    def line_order(o):
        d = o.get("relationships", {}).get("order", {}).get("data")
        return {"order.id": d["id"] if d else order["id"]}

    write(out, "skus.csv", rows_of(skus, "skus"))
    write(out, "customers.csv", rows_of(customers, "customers"))
    write(out, "orders.csv", [row])
    write(out, "line_items.csv", rows_of(line_objs, "line_items", line_order, LINE_FIELDS))


if __name__ == "__main__":
    main()
