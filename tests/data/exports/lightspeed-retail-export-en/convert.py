"""Lightspeed Retail (R-Series, formerly MerchantOS) export (en) from the Lightspeed Retail
API responses that marketplacer/lightspeed_pos's tests recorded (VCR cassettes; MIT), at
42abfd9.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) every cassette under spec/fixtures/ at the
commit, in path order, and in each its GET responses with status 200, in the order
recorded (POST, PUT and DELETE answers are the tests' own writes and are not read). A
response body is one record or a page of records under its type ('Vendor', 'Item',
'Sale', 'Customer', 'Employee'); a sale's embedded 'Customer' counts as a customer too.
Each record is kept once per its id (vendorID, itemID, saleID, customerID, employeeID),
first met wins. Categories, price levels, purchase orders, special orders, inventory,
shops and attribute sets are not written (catalogue set-up and stock, not CRM records).

Writes vendors.csv, items.csv, customers.csv, employees.csv and sales.csv, each headed by
the API's field names in first-met order, nested objects joined by '.'
('Contact.Addresses.ContactAddress.city'); a list of objects as one cell per field with
the values joined by '; '; an item's prices ('Prices.ItemPrice', one per price level) one
column per price level named by its useType ('Prices.Default', 'Prices.MSRP'). Left out:
an item's stock per shop (ItemShops) and its assembly components (ItemComponents); a
sale's lines, payments and tax totals (SaleLines, SalePayments, TaxClassTotals) and its
embedded Customer and Quote records (the sale keeps their ids); an employee's role rights
(EmployeeRole.EmployeeRights). Columns no record fills are left out. Values as the API
gives them (ISO 8601 timestamps, 'true'/'false', numbers as written, '0' for no linked
record). UTF-8, comma, LF, quoted where needed.
"""
import base64
import csv
import json
import os
import subprocess
import sys

import yaml

COMMIT = "42abfd98633f9c21e0f2f2448906b370baa02a0b"
KINDS = [("Vendor", "vendorID", "vendors.csv"), ("Item", "itemID", "items.csv"),
         ("Customer", "customerID", "customers.csv"),
         ("Employee", "employeeID", "employees.csv"), ("Sale", "saleID", "sales.csv")]
DROP = {"Item": {"ItemShops", "ItemComponents"},
        "Sale": {"SaleLines", "SalePayments", "TaxClassTotals", "Customer", "Quote"},
        "Employee": {"EmployeeRole.EmployeeRights"}}


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor(
    "!binary", lambda loader, node: base64.b64decode(loader.construct_scalar(node)))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args],
                          check=True, capture_output=True).stdout


def as_list(v):
    return v if isinstance(v, list) else [v]


def flat(rec, kind, prefix=""):
    out = {}
    for k, v in rec.items():
        name = prefix + k
        if name in DROP.get(kind, ()) or k == "@attributes":
            continue
        if kind == "Item" and name == "Prices" and isinstance(v, dict):
            for price in as_list(v.get("ItemPrice", [])):
                out[f"Prices.{price['useType']}"] = price.get("amount", "")
            continue
        if isinstance(v, dict):
            out.update(flat(v, kind, name + "."))
        elif isinstance(v, list):
            cells = {}
            for item in v:
                sub = flat(item, kind, name + ".") if isinstance(item, dict) else {name: item}
                for kk, vv in sub.items():
                    cells.setdefault(kk, []).append(vv)
            out.update({kk: "; ".join(vv) for kk, vv in cells.items()})
        else:
            out[name] = "" if v is None else str(v)
    return out


def main(gitdir, out):
    seen = {kind: {} for kind, _, _ in KINDS}
    paths = git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, "spec/fixtures/").decode()
    for path in sorted(paths.split()):
        if not path.endswith(".yml"):
            continue
        cassette = yaml.load(git(gitdir, "show", f"{COMMIT}:{path}"), Loader=Loader)
        for inter in cassette.get("http_interactions") or []:
            if inter["request"]["method"] != "get" or inter["response"]["status"]["code"] != 200:
                continue
            raw = inter["response"]["body"]["string"]
            body = json.loads(raw if isinstance(raw, str) else raw.decode("utf-8"))
            for kind, key, _ in KINDS:
                for rec in as_list(body.get(kind) or []):
                    seen[kind].setdefault(rec[key], rec)
                    if kind == "Sale" and isinstance(rec.get("Customer"), dict):
                        cust = rec["Customer"]
                        seen["Customer"].setdefault(cust["customerID"], cust)
    os.makedirs(out, exist_ok=True)
    for kind, _, filename in KINDS:
        rows = [flat(rec, kind) for rec in seen[kind].values()]
        header = []
        for row in rows:
            header += [k for k in row if k not in header]
        header = [k for k in header if any(row.get(k) for row in rows)]
        with open(os.path.join(out, filename), "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([row.get(k, "") for k in header])
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(git(gitdir, "show", f"{COMMIT}:LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
