"""Paddle's own fixed records -> the CSVs of Paddle's dashboard exports, in English.

Reads, from a git directory holding Paddle's official Python SDK (PaddleHQ/paddle-python-sdk)
at one commit, the recorded API responses its functional tests replay
(tests/Functional/Resources/<Entity>/_fixtures/response/list_default.json, the list
endpoints' responses) and writes, in the API's order (no merging, no invented rows):
  customers.csv      GET /customers                                   (3 customers)
  businesses.csv     GET /customers/{customer_id}/businesses          (1 business)
  addresses.csv      GET /customers/{customer_id}/addresses           (2 addresses)
  products.csv       GET /products                                    (6 products)
  transactions.csv   GET /transactions                                (6 transactions)
  subscriptions.csv  GET /subscriptions                               (4 subscriptions)
Headers: the labels Paddle's dashboard uses for a customer ('Customer ID', 'Name', 'Email',
'Marketing consent', 'Status', 'Created at'), otherwise the API field names in words in the
same sentence case ('First line', 'Postal code', 'Country code', 'Tax identifier', 'Billed
at'...). Values as the API returns them: timestamps RFC 3339 as given, booleans
'true'/'false', money as Paddle's strings in the currency's lowest denomination (cents:
'901387' = 9,013.87 USD) with the currency code in its own column, custom data as compact
JSON, null as an empty cell, a list of ids joined by ', '.
CSV: ',' delimiter, '"' quoting where needed, CR LF (Python's csv module defaults).

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library and git only. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
from pathlib import Path

COMMIT = "48c8cc04ecd5eb87b1861731bc56f7ec1abfe284"
BASE = "tests/Functional/Resources/{}/_fixtures/response/list_default.json"


def _get(rec: dict, path: str):
    cur = rec
    for part in path.split("."):
        if cur is None:
            return None
        if part.isdigit():
            cur = cur[int(part)] if len(cur) > int(part) else None
        else:
            cur = cur.get(part)
    return cur


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


CUSTOMERS = [("Customer ID", "id"), ("Name", "name"), ("Email", "email"),
             ("Marketing consent", "marketing_consent"), ("Status", "status"),
             ("Locale", "locale"), ("Created at", "created_at"), ("Updated at", "updated_at"),
             ("Custom data", "custom_data")]
BUSINESSES = [("Business ID", "id"), ("Customer ID", "customer_id"), ("Name", "name"),
              ("Company number", "company_number"), ("Tax identifier", "tax_identifier"),
              ("Contact name", "contacts.0.name"), ("Contact email", "contacts.0.email"),
              ("Status", "status"), ("Created at", "created_at"), ("Updated at", "updated_at"),
              ("Custom data", "custom_data")]
ADDRESSES = [("Address ID", "id"), ("Customer ID", "customer_id"),
             ("Description", "description"), ("First line", "first_line"),
             ("Second line", "second_line"), ("City", "city"), ("Postal code", "postal_code"),
             ("Region", "region"), ("Country code", "country_code"), ("Status", "status"),
             ("Created at", "created_at"), ("Updated at", "updated_at")]
PRODUCTS = [("Product ID", "id"), ("Name", "name"), ("Description", "description"),
            ("Tax category", "tax_category"), ("Image URL", "image_url"), ("Status", "status"),
            ("Created at", "created_at"), ("Updated at", "updated_at"),
            ("Custom data", "custom_data")]
TRANSACTIONS = [("Transaction ID", "id"), ("Status", "status"),
                ("Customer ID", "customer_id"), ("Address ID", "address_id"),
                ("Business ID", "business_id"), ("Subscription ID", "subscription_id"),
                ("Invoice ID", "invoice_id"), ("Invoice number", "invoice_number"),
                ("Origin", "origin"), ("Collection mode", "collection_mode"),
                ("Purchase order number", "billing_details.purchase_order_number"),
                ("Currency code", "currency_code"), ("Discount ID", "discount_id"),
                ("Subtotal", "details.totals.subtotal"), ("Discount", "details.totals.discount"),
                ("Tax", "details.totals.tax"), ("Grand total", "details.totals.grand_total"),
                ("Billing period starts at", "billing_period.starts_at"),
                ("Billing period ends at", "billing_period.ends_at"),
                ("Billed at", "billed_at"), ("Created at", "created_at"),
                ("Updated at", "updated_at")]
SUBSCRIPTIONS = [("Subscription ID", "id"), ("Status", "status"),
                 ("Customer ID", "customer_id"), ("Address ID", "address_id"),
                 ("Business ID", "business_id"), ("Currency code", "currency_code"),
                 ("Collection mode", "collection_mode"),
                 ("Billing cycle interval", "billing_cycle.interval"),
                 ("Billing cycle frequency", "billing_cycle.frequency"),
                 ("Price IDs", "*price_ids"), ("Discount ID", "discount.id"),
                 ("Started at", "started_at"), ("First billed at", "first_billed_at"),
                 ("Next billed at", "next_billed_at"), ("Paused at", "paused_at"),
                 ("Canceled at", "canceled_at"), ("Created at", "created_at"),
                 ("Updated at", "updated_at")]

FILES = [("customers.csv", "Customers", CUSTOMERS),
         ("businesses.csv", "Businesses", BUSINESSES),
         ("addresses.csv", "Addresses", ADDRESSES),
         ("products.csv", "Products", PRODUCTS),
         ("transactions.csv", "Transactions", TRANSACTIONS),
         ("subscriptions.csv", "Subscriptions", SUBSCRIPTIONS)]


def _value(rec: dict, path: str):
    if path == "*price_ids":
        return ", ".join(item["price"]["id"] for item in rec.get("items") or [])
    return _get(rec, path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, entity, cols in FILES:
        text = subprocess.run(["git", "--git-dir", args.gitdir, "show",
                               f"{args.commit}:{BASE.format(entity)}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        records = json.loads(text)["data"]
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([label for label, _ in cols])
        for rec in records:
            writer.writerow([_cell(_value(rec, path)) for _, path in cols])
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))
        print(f"{name}: {len(records)} rows")


if __name__ == "__main__":
    main()
