"""commercetools' Sunrise demo project, as commercetools' own CSV exporters write it.

Built for round Z8 (session 54, keys417). Usage:

    python convert.py SUNRISE CUSTOMER_EXPORT ORDER_EXPORT OUT

SUNRISE: a git directory of GitHub commercetools/commercetools-sunrise-data holding commit
07195003d229d8824a18ffa630aec2e169b66bde (2020-11-12, "sunrise reduced to 100 product
variants with neutral photos": the reduced demo project; on master data/products.csv is over
4 MiB and absent from the stored snapshot). CUSTOMER_EXPORT: a git directory of
commercetools/commercetools-customer-export at 0a184f79e94098cae983a1c8a37267a5fc350d8e.
ORDER_EXPORT: a git directory of sphereio/sphere-order-export (commercetools' order export)
at a19eb3062a3b4321c352aae18e7637b7606d7f45. Files are read with `git show`.

Rules (nothing here is invented data):
- Records: the demo project's own files. customers.json (four customers with their
  addresses) is what lib/customers.js posts to /customers; orders.csv (four order lines) is
  what lib/orders.js posts to /orders/import (one order per orderNumber; a line's name is
  {en: 'Product Name'}, its price and the total EUR cents = the CSV's euros * 100, its
  quantity parseInt); products.csv, categories.csv and inventory.csv are already
  commercetools CSV formats (the product CSV sync's columns, data/product-export-template.csv;
  the category and stock CSVs lib/categories.js and lib/inventory.js read): copied byte for
  byte.
- customers.csv: commercetools-customer-export (src/coffee/mapping-utils/csv.coffee) with
  its own data/template-customer-full.csv, less the columns the platform assigns at creation
  (`id`; `addresses.id`, which the API overwrites): a row per customer, then a row per
  address with the address columns and only customerNumber repeated; a missing or empty
  value is an empty cell; true is '1' (csv-stringify 5's boolean cast); '\n' after every row.
  The template's `dateOfbirth` (sic) matches no customer field: an empty column.
- orders.csv and order-lineitems.csv: sphere-order-export (src/coffee/mapping-utils/
  csv.coffee) with its data/template-order-simple.csv (plus customerEmail, the one customer
  field the import sets) and data/template-order-lineitems.csv, less the ids the platform
  assigns (`id`, `lineItems.id`, `lineItems.productId`, `lineItems.variant.variantId`):
  totalPrice as formatMoney ('EUR 137875'), a line's price as product-json-to-csv's
  _mapPriceToString ('EUR 41125'); with lineItems headers a row per order (the line columns
  empty), then a row per line item with only orderNumber repeated (no --fillAllRows); no
  line break after the last row (csv 0.3).
- Row order: the order of the demo files (the API's query order is not fixed).
"""
import argparse
import csv
import io
import json
import os
import subprocess

SUNRISE = "07195003d229d8824a18ffa630aec2e169b66bde"
CUSTOMER_EXPORT = "0a184f79e94098cae983a1c8a37267a5fc350d8e"
ORDER_EXPORT = "a19eb3062a3b4321c352aae18e7637b7606d7f45"
# what the platform assigns when the records are created: not fixed, left out
PLATFORM_IDS = {"id", "addresses.id", "lineItems.id", "lineItems.productId",
                "lineItems.variant.variantId"}
COPIED = ["products.csv", "categories.csv", "inventory.csv"]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def template(gitdir, commit, path):
    header = next(csv.reader(io.StringIO(show(gitdir, commit, path).decode("utf-8"))))
    return [h for h in header if h not in PLATFORM_IDS]


def access(obj, path):
    """safe-access: a dotted path; a list has no named fields."""
    for part in path.split("."):
        if isinstance(obj, dict) and part in obj:
            obj = obj[part]
        else:
            return None
    return obj


def number(x):
    """A JavaScript number's text (an integral one without '.0')."""
    return str(int(x)) if float(x).is_integer() else repr(x)


def stringify(rows, header, final_newline):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    return text if final_newline else text[:-1]


def customers_csv(records, header):
    def cell(c, col):
        v = access(c, col)
        if not v:                      # `return '' unless value`
            return ""
        return "1" if v is True else v  # csv-stringify 5 casts true to '1'
    rows = []
    for c in records:
        rows.append([cell(c, col) for col in header])
        for a in c.get("addresses") or []:
            rows.append([(cell(a, col[len("addresses."):]) if col.startswith("addresses.")
                          else cell(c, col) if col in ("id", "customerNumber") else "")
                         for col in header])
    return stringify(rows, header, final_newline=True)


def imported_orders(lines):
    """lib/orders.js: the order drafts posted to /orders/import, keyed by orderNumber."""
    orders = {}
    for item in lines:
        line = {"name": {"en": "Product Name"},
                "variant": {"sku": item["lineitems.variant.sku"]},
                "price": {"value": {"currencyCode": "EUR",
                                    "centAmount": float(item["lineitems.price"]) * 100}},
                "quantity": int(item["lineitems.quantity"])}
        if item["orderNumber"] in orders:
            orders[item["orderNumber"]]["lineItems"].append(line)
            continue
        orders[item["orderNumber"]] = {
            "customerEmail": item["customerEmail"], "orderNumber": item["orderNumber"],
            "lineItems": [line],
            "totalPrice": {"currencyCode": "EUR",
                           "centAmount": float(item["totalPrice"]) * 100}}
    return list(orders.values())


def money(m):
    assert float(m["centAmount"]).is_integer(), m
    return f"{m['currencyCode']} {number(m['centAmount'])}"


def order_value(order, col):
    if col in ("totalPrice",):
        v = access(order, col)
        return money(v) if v else ""
    if col == "lineItems.price":
        v = access(order, col)
        return money(v["value"]) if v else ""
    v = access(order, col)
    if v is None or v == "":
        return ""
    return number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v


def orders_csv(orders, header):
    has_lines = any(h.startswith("lineItems") for h in header)
    rows = []
    for o in orders:
        rows.append([order_value(o, col) for col in header])
        if has_lines:
            for li in o["lineItems"]:
                rows.append([order_value({"lineItems": li}, col) if col.startswith("lineItems")
                             else order_value(o, col) if col in ("id", "orderNumber") else ""
                             for col in header])
    return stringify(rows, header, final_newline=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sunrise")
    ap.add_argument("customer_export")
    ap.add_argument("order_export")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    def write(name, text):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    customers = json.loads(show(a.sunrise, SUNRISE, "data/customers.json"))
    write("customers.csv", customers_csv(
        customers, template(a.customer_export, CUSTOMER_EXPORT,
                            "data/template-customer-full.csv")))

    lines = list(csv.DictReader(io.StringIO(
        show(a.sunrise, SUNRISE, "data/orders.csv").decode("utf-8"))))
    orders = imported_orders(lines)
    simple = template(a.order_export, ORDER_EXPORT, "data/template-order-simple.csv")
    simple.insert(simple.index("orderNumber") + 1, "customerEmail")
    write("orders.csv", orders_csv(orders, simple))
    write("order-lineitems.csv", orders_csv(
        orders, template(a.order_export, ORDER_EXPORT, "data/template-order-lineitems.csv")))

    assert show(a.sunrise, SUNRISE, "data/products.csv").split(b"\n")[0] == \
        show(a.sunrise, SUNRISE, "data/product-export-template.csv").split(b"\n")[0]
    for name in COPIED:
        with open(os.path.join(a.out, name), "wb") as f:
            f.write(show(a.sunrise, SUNRISE, f"data/{name}"))


if __name__ == "__main__":
    main()
