"""Clover export (en) from the fixed Clover REST API v3 records that
SBolivarLoL/clover-mcp-server's tests use as mock responses (MIT), at 122c302c.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs; the test modules are parsed with Python's
ast and only literal dicts are evaluated) tests/tools/test_customers.py (CUSTOMER_RAW,
CUSTOMER_RAW_MINIMAL), tests/tools/test_inventory.py (ITEM_RAW, ITEM_RAW_LOW,
ITEM_RAW_NO_STOCK), tests/tools/test_orders.py (ORDER_OPEN, ORDER_PAID,
ORDER_WITH_SERVICE_CHARGE) and tests/tools/test_v11.py (the employee E1 of
test_list_employees_strips_pin, the order O1 of test_get_top_items_ranks_by_units). One row
per distinct id, first met wins. Writes customers.csv, employees.csv, items.csv, orders.csv
and line_items.csv (an order's lineItems, each with its order's id as 'orderRef.id', the
field Clover's line items carry), headed by the API's field names in the record's order,
nested objects joined by '.' ('employee.id', 'itemStock.quantity'), element lists
({"elements": [...]}) as their e-mail addresses, phone numbers, names or ids joined by ';'.
Left out: href (the API link), cards (payment card tokens), a PIN, the tests' own
'internalSecret' (no Clover field), columns no record fills. Values as the API gives them:
amounts in cents (500 = 5.00 USD), times in epoch milliseconds, true/false. UTF-8, comma, LF.
"""
import ast
import csv
import os
import subprocess
import sys

COMMIT = "122c30275c4cc73fdb89465a36f0324f145592e9"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def constants(src):
    """Module-level NAME = {literal dict} assignments."""
    out = {}
    for node in ast.parse(src).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = value
    return out


def dicts_with(src, key, value):
    """Literal dicts anywhere in the module whose `key` is `value`, in source order."""
    found = []
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Dict):
            try:
                d = ast.literal_eval(node)
            except ValueError:
                continue
            if d.get(key) == value:
                found.append((node.lineno, node.col_offset, d))
    return [d for _, _, d in sorted(found, key=lambda x: x[:2])]


DROP = {"href", "cards", "pin", "internalSecret"}
LIST_FIELD = {"emailAddresses": "emailAddress", "phoneNumbers": "phoneNumber",
              "categories": "name", "customers": "id"}


def flat(rec, prefix=""):
    row = {}
    for k, v in rec.items():
        if k in DROP or k == "lineItems":
            continue
        name = prefix + k
        if isinstance(v, dict) and "elements" in v:
            row[name] = ";".join(str(e[LIST_FIELD[k]]) for e in v["elements"])
        elif isinstance(v, dict):
            row.update(flat(v, name + "."))
        elif isinstance(v, bool):
            row[name] = "true" if v else "false"
        elif v is None:
            row[name] = ""
        else:
            row[name] = str(v)
    return row


def write(out, name, records):
    rows, seen, cols = [], set(), []
    for r in records:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        row = flat(r)
        rows.append(row)
        for c in row:
            if c not in cols:
                cols.append(c)
    cols = [c for c in cols if any(row.get(c, "") != "" for row in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for row in rows:
            w.writerow([row.get(c, "") for c in cols])


def main(gitdir, out):
    cust = constants(show(gitdir, "tests/tools/test_customers.py"))
    inv = constants(show(gitdir, "tests/tools/test_inventory.py"))
    orders = constants(show(gitdir, "tests/tools/test_orders.py"))
    v11 = show(gitdir, "tests/tools/test_v11.py")
    employees = [d for d in dicts_with(v11, "id", "E1") if "role" in d]
    order_list = [orders["ORDER_OPEN"], orders["ORDER_PAID"],
                  orders["ORDER_WITH_SERVICE_CHARGE"]] + dicts_with(v11, "id", "O1")
    lines = []
    for o in order_list:
        for li in o.get("lineItems", {}).get("elements", []):
            lines.append({"id": li["id"], "orderRef": {"id": o["id"]},
                          **{k: v for k, v in li.items() if k != "id"}})
    os.makedirs(out, exist_ok=True)
    write(out, "customers.csv", [cust["CUSTOMER_RAW"], cust["CUSTOMER_RAW_MINIMAL"]])
    write(out, "employees.csv", employees)
    write(out, "items.csv", [inv["ITEM_RAW"], inv["ITEM_RAW_LOW"], inv["ITEM_RAW_NO_STOCK"]])
    write(out, "orders.csv", order_list)
    write(out, "line_items.csv", lines)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
