"""Omnisend export (en) from the fixed Omnisend API v3 responses that LucianoVandi/OmnisendSDK
(a PHP SDK for Omnisend's REST API, MIT) keeps as its tests' fixtures, at 74c04f29.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/fixtures/ListContactsResponse.json and
GetContactByIdResponse.json (contacts), ListProductResponse.json and GetProductResponse.json
(products with their variants), ListCategoriesResponse.json (categories),
ListOrdersResponse.json and GetOrderResponse.json (orders with their products) and
ListCampaignsResponse.json (campaigns). One row per distinct id, first met wins (the list
response before the single-record one). Writes contacts.csv, categories.csv, products.csv,
product_variants.csv (each variant naming its product by productID), orders.csv,
order_products.csv (each line naming its order by orderID) and campaigns.csv, headed by the
API's field names in the record's order, nested objects joined by '.'
('shippingAddress.city', 'customProperties.punti_natura'), lists of plain values joined by
';' ('tags', 'categoryIDs'), other lists left out (a contact's statuses, optIns and
identifiers, a product's images), as are columns no record fills. Values as the API gives
them (ISO 8601 timestamps, true/false, numbers as written -- amounts in cents, null empty).
UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "74c04f296712e244a8b3c3697909e677684dcecb"
FIX = "tests/fixtures/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def load(gitdir, name):
    return json.loads(show(gitdir, FIX + name).decode("utf-8"))


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        name = prefix + k
        if isinstance(v, dict):
            out.update(flat(v, name + "."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                out[name] = ";".join(cell(x) for x in v)
            # lists of objects are left out
        else:
            out[name] = cell(v)
    return out


def unique(records, key):
    seen, out = set(), []
    for r in records:
        if r[key] not in seen:
            seen.add(r[key])
            out.append(r)
    return out


def write(out_dir, name, rows):
    cols = []
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    cols = [c for c in cols if any(r.get(c, "") != "" for r in rows)]
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
    return len(rows)


def main(gitdir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    contacts = unique(load(gitdir, "ListContactsResponse.json")["contacts"]
                      + [load(gitdir, "GetContactByIdResponse.json")], "contactID")
    products = unique(load(gitdir, "ListProductResponse.json")["products"]
                      + [load(gitdir, "GetProductResponse.json")], "productID")
    categories = unique(load(gitdir, "ListCategoriesResponse.json")["categories"], "categoryID")
    orders = unique(load(gitdir, "ListOrdersResponse.json")["orders"]
                    + [load(gitdir, "GetOrderResponse.json")], "orderID")
    campaigns = unique(load(gitdir, "ListCampaignsResponse.json")["campaign"], "campaignID")

    variants = [{"productID": p["productID"], **flat(v)}
                for p in products for v in (p.get("variants") or [])]
    lines = [{"orderID": o["orderID"], **flat(line)}
             for o in orders for line in (o.get("products") or [])]
    counts = {
        "contacts.csv": write(out_dir, "contacts.csv", [flat(c) for c in contacts]),
        "categories.csv": write(out_dir, "categories.csv", [flat(c) for c in categories]),
        "products.csv": write(out_dir, "products.csv", [flat(p) for p in products]),
        "product_variants.csv": write(out_dir, "product_variants.csv", variants),
        "orders.csv": write(out_dir, "orders.csv", [flat(o) for o in orders]),
        "order_products.csv": write(out_dir, "order_products.csv", lines),
        "campaigns.csv": write(out_dir, "campaigns.csv", [flat(c) for c in campaigns]),
    }
    with open(os.path.join(out_dir, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "LICENSE.md"))
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
