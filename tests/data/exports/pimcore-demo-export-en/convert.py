"""Build the Pimcore demo exports (customers.csv, orders.csv) from pimcore/demo's dump.

Records: the demo's own install dump (dump/data-1-*.sql at pimcore/demo 86981426ab):
the Customer objects (object_store_CU + objects) and the OnlineShopOrder objects
(object_store_EF_OSO + objects, the ordering customer from object_relations_EF_OSO).
Rendered as Pimcore's data-object grid CSV export writes them (DataObjectHelperController
doExportAction + DataObject\\Service::getCsvData): delimiter ';', every cell quoted, header
= the grid columns' labels (system columns id / fullpath / published / creationDate /
modificationDate, then the class's fields, titles from var/classes/definition_*.php),
each label translated by Pimcore's admin catalogue (pimcore/admin-ui-classic-bundle
translations/admin.<lang>.yaml, looked up case-insensitively); a title with no
translation stays as the class defines it. Values as getForCsvExport gives them: system
dates as Unix timestamps, booleans 1 / 0, selects and countries as stored codes, a
relation as 'object:<full path>'.

Usage: python convert.py --lang en DEMO_GIT_DIR ADMINUI_GIT_DIR OUT_DIR
"""

import argparse
import csv
import datetime
import hashlib
import pathlib
import re
import subprocess

import yaml

DEMO_COMMIT = "86981426abaaac81d3777eee45ee3ccb0c57c9c0"
ADMINUI_COMMIT = "6f42e5455d2eb3750156cc6aac6948ed2be9b116"
LANGS = ("en", "de", "fr", "es")

SYSTEM = [("id", "id"), ("fullpath", "fullpath"), ("published", "published"),
          ("creationDate", "creationDate"), ("modificationDate", "modificationDate")]
# (class field, its title in var/classes/definition_Customer.php)
CUSTOMER = ["active", "gender", "firstname", "lastname", "company", "email", "street",
            "zip", "city", "countryCode", "phone", "idEncoded", "customerLanguage",
            "newsletterActive", "newsletterConfirmed"]
ORDER = ["ordernumber", "orderState", "orderdate", "comment", "subTotalNetPrice",
         "subTotalPrice", "totalNetPrice", "totalPrice", "currency", "cartId", "customer",
         "customerFirstname", "customerLastname", "customerCompany", "customerStreet",
         "customerZip", "customerCity", "customerCountry", "customerEmail",
         "paymentReference"]
BOOLEAN = {"active", "newsletterActive", "newsletterConfirmed", "published"}
DATETIME = {"orderdate"}

READ = []


def show(gitdir, commit, path):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout
    READ.append((hashlib.sha256(data).hexdigest(), path))
    return data.decode("utf-8")


VALUE = r"NULL|-?\d+(?:\.\d+)?|'(?:[^'\\]|\\.)*'"


def unquote(v):
    if v == "NULL":
        return None
    if v.startswith("'"):
        return re.sub(r"\\(.)", r"\1", v[1:-1])
    return v


def inserts(sql):
    rows = []
    for m in re.finditer(r"INSERT INTO \S+ \(([^)]*)\) VALUES \((.*)\);$", sql, re.M):
        cols = [c.strip("`") for c in m.group(1).split(",")]
        vals = [unquote(v) for v in re.findall(VALUE, m.group(2))]
        rows.append(dict(zip(cols, vals, strict=True)))
    return rows


def titles(php):
    return dict(re.findall(r"'name' => '([^']*)',\s*\n\s*'title' => '([^']*)'", php))


def cell(field, value):
    if value is None:
        return ""
    if field in BOOLEAN:
        return "1" if str(value) == "1" else "0"
    if field in DATETIME:
        return datetime.datetime.fromtimestamp(int(value), datetime.timezone.utc).strftime(
            "%Y-%m-%d %H:%M:%S")
    return str(value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("demo")
    ap.add_argument("adminui")
    ap.add_argument("out")
    a = ap.parse_args()
    cat = yaml.safe_load(show(a.adminui, ADMINUI_COMMIT, f"translations/admin.{a.lang}.yaml"))
    cat = {str(k).lower(): v for k, v in cat.items() if v}

    def label(t):
        return cat.get(t.lower(), t)

    objects = {r["id"]: r for r in inserts(show(a.demo, DEMO_COMMIT, "dump/data-1-objects.sql"))}
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("customers.csv", "Customer", "CU", CUSTOMER, {}),
        ("orders.csv", "OnlineShopOrder", "EF_OSO", ORDER, None),
    ]
    for name, klass, cid, fields, rel in jobs:
        t = titles(show(a.demo, DEMO_COMMIT, f"var/classes/definition_{klass}.php"))
        rows = inserts(show(a.demo, DEMO_COMMIT, f"dump/data-1-object_store_{cid}.sql"))
        if rel is None:
            rel = {}
            for r in inserts(show(a.demo, DEMO_COMMIT, f"dump/data-1-object_relations_{cid}.sql")):
                if r["fieldname"] == "customer":
                    o = objects[r["dest_id"]]
                    rel[r["src_id"]] = "object:" + o["path"] + o["key"]
        header = [label(s) for s, _ in SYSTEM] + [label(t[f]) for f in fields]
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            w.writerow(header)
            for r in rows:
                o = objects[r["oo_id"]]
                line = [o["id"], o["path"] + o["key"], cell("published", o["published"]),
                        o["creationDate"], o["modificationDate"]]
                for f in fields:
                    line.append(rel.get(r["oo_id"], "") if f == "customer" else cell(f, r.get(f)))
                w.writerow(line)
    for sha, path in dict.fromkeys(READ):
        print(sha, path)
    for f in sorted(out.glob("*.csv")):
        print(hashlib.sha256(f.read_bytes()).hexdigest(), f.name)


if __name__ == "__main__":
    main()
