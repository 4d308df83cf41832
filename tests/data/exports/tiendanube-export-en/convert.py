"""Tiendanube (Nuvemshop) export from the Nuvemshop API reference's example records.

Usage: python3 convert.py SRCDIR OUTDIR

SRCDIR holds customers.json, products.json and orders.json: the example records of the
Nuvemshop API reference as Codefy-com-mx/tiendanube-mcp (MIT) keeps it at 5a3cab81
(docs/Customer, Product, Order "Nuvemshop API.md": GET /customers, GET /products, GET
/orders), transcribed as JSON (see SOURCE.md), and that repository's LICENSE. Writes one
UTF-8 CSV per object kind, headed by the API's field names, nested objects joined by '.':
customers.csv (the customers listed and the order's customer, one row per id),
products.csv, product_variants.csv (a product's variants), orders.csv and order_products.csv
(an order's product lines, each naming its order by order_id and order_number). Lists of
scalars and of one-key objects are joined by ';'; other lists (addresses, images, coupons)
are left out; columns no record fills are left out. Deterministic: a rerun gives the same
bytes.
"""
import csv
import json
import os
import shutil
import sys


def flat(obj, prefix=""):
    out = {}
    for key, value in obj.items():
        name = prefix + key
        if isinstance(value, dict):
            out.update(flat(value, name + "."))
        elif isinstance(value, list):
            if value and all(not isinstance(v, (dict, list)) for v in value):
                out[name] = ";".join(cell(v) for v in value)
            elif value and all(isinstance(v, dict) and len(v) == 1 for v in value):
                sub = next(iter(value[0]))
                out[name + "." + sub] = ";".join(cell(next(iter(v.values()))) for v in value)
            # other lists: left out
        else:
            out[name] = value
    return out


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def write(path, rows):
    columns = []
    for row in rows:
        for col in row:
            if col not in columns:
                columns.append(col)
    columns = [c for c in columns if any(cell(r.get(c)) != "" for r in rows)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c)) for c in columns])
    return len(rows)


def main(src, out):
    def load(name):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            return json.load(f)

    customers, products, orders = load("customers.json"), load("products.json"), load("orders.json")
    seen, cust_rows = set(), []
    for c in customers + [o["customer"] for o in orders]:
        if c["id"] in seen:
            continue
        seen.add(c["id"])
        c = {k: v for k, v in c.items() if k != "addresses"}
        cust_rows.append(flat(c))
    prod_rows, var_rows = [], []
    for p in products:
        p = dict(p)
        variants = p.pop("variants")
        p.pop("images")
        p["categories"] = [c["id"] for c in p["categories"]]
        prod_rows.append(flat(p))
        var_rows.extend(flat(v) for v in variants)
    order_rows, line_rows = [], []
    for o in orders:
        o = dict(o)
        lines = o.pop("products")
        cust = o.pop("customer")
        row = flat(o)
        order_rows.append({**{k: v for k, v in row.items() if k in ("id", "number")},
                           **row, "customer.id": cust["id"], "customer.name": cust["name"],
                           "customer.email": cust["email"]})
        for line in lines:
            line = {k: v for k, v in line.items() if k != "image"}
            line_rows.append({"id": line["id"], "order_id": o["id"], "order_number": o["number"],
                              **flat(line)})
    os.makedirs(out, exist_ok=True)
    counts = {
        "customers.csv": write(os.path.join(out, "customers.csv"), cust_rows),
        "products.csv": write(os.path.join(out, "products.csv"), prod_rows),
        "product_variants.csv": write(os.path.join(out, "product_variants.csv"), var_rows),
        "orders.csv": write(os.path.join(out, "orders.csv"), order_rows),
        "order_products.csv": write(os.path.join(out, "order_products.csv"), line_rows),
    }
    shutil.copyfile(os.path.join(src, "LICENSE"), os.path.join(out, "LICENSE"))
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
