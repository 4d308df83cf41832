"""Spryker Commerce OS's own demo records (the suite's data import CSVs) as its export files.

Built for round Z12 (session 56, keys440). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub spryker-shop/suite holding commit
638764cd862c179c09899c48e6e54e3bb7bcd16f (MIT); files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the records Spryker's suite seeds itself with (`vendor/bin/console data:import`
  reads data/import/common/...): companies, their business units and addresses, customers,
  company users, marketplace merchants, concrete products, the DE store's prices and quote
  requests. The suite's back office (Zed) has no CSV export of these records; Spryker's data
  exchange format for them IS the import CSV, so each file keeps its own headers, column
  order and values as the importer reads them (machine-name headers, booleans as
  true/1, prices in cents, ISO dates).
- Format: re-written with Python's csv module (minimal quoting, LF, UTF-8 without BOM);
  a trailing column with an empty header and no value in any row (product_concrete.csv's
  trailing comma) is dropped. English only: the headers are untranslated machine names
  (the files' own `.en_US` / `.de_DE` columns stay as they are).
"""
import argparse
import csv
import io
import os
import subprocess

COMMIT = "638764cd862c179c09899c48e6e54e3bb7bcd16f"
FILES = [  # (source path at COMMIT, file written)
    ("data/import/common/common/company.csv", "company.csv"),
    ("data/import/common/common/company_business_unit.csv", "company_business_unit.csv"),
    ("data/import/common/common/company_unit_address.csv", "company_unit_address.csv"),
    ("data/import/common/common/customer.csv", "customer.csv"),
    ("data/import/common/common/company_user.csv", "company_user.csv"),
    ("data/import/common/common/merchant.csv", "merchant.csv"),
    ("data/import/common/common/product_concrete.csv", "product_concrete.csv"),
    ("data/import/common/DE/product_price.csv", "product_price.csv"),
    ("data/import/common/common/quote_request.csv", "quote_request.csv"),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for src, name in FILES:
        rows = [r for r in csv.reader(io.StringIO(show(a.gitdir, src))) if r]
        head, body = rows[0], rows[1:]
        width = len(head)
        body = [(r + [""] * width)[:width] for r in body]
        while head and head[-1] == "" and all(r[-1] == "" for r in body):
            head = head[:-1]
            body = [r[:-1] for r in body]
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(head)
            w.writerows(body)
        print(f"{name}: {len(body)} rows, {len(head)} columns")


if __name__ == "__main__":
    main()
