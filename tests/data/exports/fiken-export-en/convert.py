"""Fiken export in English from the Fiken records an MIT-licensed Fiken API client ships
(okane-no/fiken-sdk: spec/Fiken-API-2.0.0-modified.yaml, Fiken's OpenAPI description of
its API v2, whose schemas carry Fiken's example value for each field) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding okane-no/fiken-sdk commit b459c59c; OUT: the folder to
write. Reads the spec with `git show` and writes one CSV per object, one row each: the
record the schema's examples make (a field's `example`, else its `default`, else empty).
Columns: the schema's fields in the spec's order, as a GET returns them (writeOnly fields
left out); a nested address's fields as 'address.field'; a nested record (a sale's or an
invoice's customer, project, sale) as its id and name ('customer.contactId',
'customer.name'); a list of plain values joined with ', '; lists of objects and attachments
left out, save a contact's contactPerson list, written as contact_persons.csv with the
contact's id first as 'contactId'. Files: contacts.csv, contact_persons.csv, products.csv,
invoices.csv, sales.csv, offers.csv, order_confirmations.csv. Values as the API writes them
(amounts in cents, dates yyyy-mm-dd), true/false, UTF-8, LF, minimal quoting. Needs PyYAML.
A rerun gives the same bytes.
"""
import csv
import hashlib
import os
import subprocess
import sys

import yaml

COMMIT = "b459c59cbc5d8be5d45d0ec1fadd083808156667"
SPEC = "spec/Fiken-API-2.0.0-modified.yaml"
# file -> schema
FILES = [("contacts", "contact"), ("products", "product"), ("invoices", "invoiceResult"),
         ("sales", "saleResult"), ("offers", "offer"),
         ("order_confirmations", "orderConfirmation")]
# a nested record's id and name fields, by schema
IDNAME = {"contact": ("contactId", "name"), "projectResult": ("projectId", "name"),
          "saleResult": ("saleId", None)}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def value(p):
    if "example" in p:
        return p["example"]
    return p.get("default")


def record(schemas, name):
    row = {}
    for k, p in schemas[name]["properties"].items():
        if p.get("writeOnly"):
            continue
        ref = p.get("$ref", "").rsplit("/", 1)[-1]
        if ref == "address":
            for ak, ap in schemas["address"]["properties"].items():
                row[f"{k}.{ak}"] = cell(value(ap))
        elif ref in IDNAME:
            for f in IDNAME[ref]:
                if f:
                    row[f"{k}.{f}"] = cell(value(schemas[ref]["properties"][f]))
        elif ref:  # attachments (invoicePdf)
            continue
        elif p.get("type") == "array":
            items = p.get("items", {})
            if "$ref" in items:
                continue
            ex = p.get("example")
            row[k] = ", ".join(cell(x) for x in ex) if isinstance(ex, list) else ""
        else:
            row[k] = cell(value(p))
    return row


def write(out, name, rows):
    path = os.path.join(out, name + ".csv")
    cols = list(rows[0])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
    data = open(path, "rb").read()
    print(f"{hashlib.sha256(data).hexdigest()}  {name}.csv  {len(rows)}")


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    raw = show(gitdir, SPEC)
    print(f"read {hashlib.sha256(raw).hexdigest()}  {SPEC}")
    # the spec holds a few bytes that are not UTF-8 (in descriptions only)
    spec = yaml.safe_load(raw.decode("utf-8", errors="replace"))
    schemas = spec["components"]["schemas"]
    os.makedirs(out, exist_ok=True)
    for fname, schema in FILES:
        write(out, fname, [record(schemas, schema)])
        if fname == "contacts":
            person = {"contactId": cell(value(schemas["contact"]["properties"]["contactId"]))}
            person.update(record(schemas, "contactPerson"))
            write(out, "contact_persons", [person])


if __name__ == "__main__":
    main()
