"""e-conomic export in English from the e-conomic records the MIT Ruby client of the
e-conomic REST API, traels-it/economic-rest, recorded for its tests (recorded API responses
under test/fixtures/json/) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding traels-it/economic-rest commit 4932d005; OUT: the folder to
write. Reads the recorded list responses below with `git show` (JSON, {"collection": [...]})
and writes one CSV per entity, one row per distinct record by its number (first met wins;
files in the order listed), rows in number order. Columns: the API's field names in the
responses' order (the union over the file's records); nested objects flattened to dotted
names ('customer.customerNumber', 'recipient.name'), their 'self' links, every other
restapi.e-conomic.com link, the SOAP handles ('soap.*') and lists (order and invoice lines)
left out, and the fields no record fills. Values as the API writes them (dates YYYY-MM-DD,
times ISO 8601 UTC, numbers as JSON writes them), true/false, null empty, UTF-8, LF.
Customers: the first recorded page (customers_0.json, 1,000 of the agreement's 3,684).
A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import subprocess
import sys

COMMIT = "4932d005d0c11af85effed6cceec3c5f6a61025a"
DIR = "test/fixtures/json/"
ENTITIES = {  # file: (recorded responses, number field)
    "customers": (["customers_0.json"], "customerNumber"),
    "contacts": (["customer_contacts.json", "customer_contact_0.json",
                  "customer_contact_filter.json"], "customerContactNumber"),
    "products": (["products_0.json"], "productNumber"),
    "invoices": (["invoices_0.json"], "draftInvoiceNumber"),
    "orders": (["orders_drafts.json", "orders_sent.json", "orders_archived.json"],
               "orderNumber"),
}
LINK = "https://restapi.e-conomic.com"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args],
                          capture_output=True, check=True).stdout


def flat(r, prefix=""):
    for k, v in r.items():
        name = prefix + k
        if k == "self" or k == "soap" or isinstance(v, list):
            continue
        if isinstance(v, dict):
            yield from flat(v, name + ".")
        elif isinstance(v, str) and v.startswith(LINK):
            continue
        else:
            yield name, v


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def sortkey(n):
    return (0, n, "") if isinstance(n, int) else (1, 0, str(n))


def main(gitdir, out):
    for name, (files, num) in ENTITIES.items():
        best, order = {}, []
        for p in files:
            raw = git(gitdir, "show", f"{COMMIT}:{DIR}{p}")
            print(hashlib.sha256(raw).hexdigest(), DIR + p)
            for r in json.loads(raw.decode("utf-8"))["collection"]:
                row = dict(flat(r))
                for k in row:
                    if k not in order:
                        order.append(k)
                best.setdefault(r[num], row)
        rows = [best[n] for n in sorted(best, key=sortkey)]
        header = [k for k in order if any(cell(r.get(k)) != "" for r in rows)]
        path = f"{out}/{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow([cell(r.get(h)) for h in header])
        with open(path, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), f"{name}.csv", len(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
