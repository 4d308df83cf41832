"""Classy's own records -> CSV files, one per object kind (classy-export-en).

The records are the offline donations that Classy (now GoFundMe Pro) publishes as the sample
input of its "Bulk Offline Donations" Postman collection in classy-org/postman-collections
(MIT): bulk-offline-donations/bulkDonations.csv, ten transactions, each with its supporter
(member name, e-mail, billing name and address), the campaign it goes to, one item and the
offline payment type. Two files:

- transactions.csv: one row per transaction, in the sample's order, headed by the Classy API's
  transaction field names (POST /campaigns/{id}/transactions), nested objects joined by '.'
  ('items.product_name', 'offline_payment_info.payment_type'), as the collection's request
  body nests the sample's columns;
- supporters.csv: one row per distinct member e-mail, first met wins, the person's own
  fields from the transaction (member and billing names, e-mail, billing address), under the
  same names.

Columns no record fills (member_phone) are left out. Values as the sample writes them
(numbers as written, postal codes kept as text, '04020' included). UTF-8, comma-separated,
LF, quoted where needed (Python's csv).

Usage: python3 convert.py GITDIR OUT
  GITDIR: a git directory of classy-org/postman-collections (git show reads COMMIT)
  OUT: where the CSV files and LICENSE are written
Standard library and git only; a rerun gives the same bytes.
"""

import csv
import io
import subprocess
import sys
from pathlib import Path

COMMIT = "48b010cc49f6efcde3d6d23edd82655049663274"
SAMPLE = "bulk-offline-donations/bulkDonations.csv"

# the sample's column -> the API's field name (the collection's request body nests them)
NESTED = {
    "items_product_name": "items.product_name",
    "items_quantity": "items.quantity",
    "items_raw_final_price": "items.raw_final_price",
    "items_type": "items.type",
    "offline_payment_info_payment_type": "offline_payment_info.payment_type",
}

SUPPORTER = [
    "member_name", "billing_first_name", "billing_last_name", "member_email_address",
    "member_phone", "billing_address1", "billing_address2", "billing_city", "billing_state",
    "billing_postal_code", "billing_country",
]


def show(gitdir, path):
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", f"{COMMIT}:{path}"],
        check=True, capture_output=True).stdout


def write(path, columns, rows):
    columns = [c for c in columns if any(r.get(c, "") != "" for r in rows)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])


def main(gitdir, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    text = show(gitdir, SAMPLE).decode("utf-8")
    reader = csv.reader(io.StringIO(text), skipinitialspace=True)
    header = next(reader)
    rows = [dict(zip(header, (v.strip() for v in values), strict=True))
            for values in reader if values]
    columns = [NESTED.get(c, c) for c in header]
    transactions = [{NESTED.get(k, k): v for k, v in r.items()} for r in rows]
    write(out / "transactions.csv", columns, transactions)
    supporters, seen = [], set()
    for r in rows:
        if r["member_email_address"] in seen:
            continue
        seen.add(r["member_email_address"])
        supporters.append({c: r.get(c, "") for c in SUPPORTER})
    write(out / "supporters.csv", SUPPORTER, supporters)
    (out / "LICENSE").write_bytes(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
