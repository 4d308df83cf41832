"""Razorpay's own fixed records -> the CSVs of a merchant's Razorpay Dashboard exports, in English.

Built for round Z17 (session 57, keys455). Reads, from a git directory holding Razorpay's
official Python client (razorpay/razorpay-python) at one commit, the recorded API responses
its tests replay (tests/mocks/*.json) and writes, in the API's order (no merging of records,
no invented rows):
  customers.csv           customer_collection.json          GET /v1/customers          (1)
  items.csv               item_collection.json              GET /v1/items              (3)
  orders.csv              order_collection.json             GET /v1/orders             (2)
  payments.csv            payment_collection.json           GET /v1/payments           (2)
  refunds.csv             refund_collection.json            GET /v1/refunds            (2)
  invoices.csv            invoice_collection.json           GET /v1/invoices           (2)
                          + fake_invoice_edit.json          PATCH /v1/invoices/{id}    (1)
  invoice_line_items.csv  fake_invoice_edit.json 'line_items'                          (3)
  plans.csv               plan_collection.json              GET /v1/plans              (2)
  subscriptions.csv       subscription_collection.json      GET /v1/subscriptions      (2)
  payment_links.csv       payment_link_collection.json      GET /v1/payment_links      (2)
Headers: the Dashboard's list labels in its Title Case ('Payment Id', 'Order Id',
'Customer Id', 'Receipt', 'Amount', 'Status', 'Created At', 'GSTIN', 'Short URL'),
otherwise the API field names in words in the same case ('Amount Refunded', 'Total Count',
'Reference Id'). Values: money from the API's currency subunits (paise) to the major unit
with two decimals (500 -> '5.00') and the currency in its own column; Unix timestamps in
the Dashboard's India Standard Time (UTC+05:30) as 'DD/MM/YYYY HH:MM:SS'; a 0 timestamp
(the API's 'not set') and null as an empty cell; booleans true/false; notes as compact JSON
(an empty list or object: empty cell). The mocks are hand-written JSON: trailing commas are
tolerated and key names are stripped ('created_at ' in customer_collection.json).
CSV: ',' delimiter, '"' quoting where needed, CR LF (Python's csv module defaults).

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library and git only. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import re
import subprocess
from pathlib import Path

COMMIT = "b56ac018bf023e2b244a73a4bda2ea861115edcf"
BASE = "tests/mocks/{}.json"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
MONEY = "money"
TIME = "time"

CUSTOMERS = [("Customer Id", "id", None), ("Name", "name", None), ("Email", "email", None),
             ("Contact", "contact", None), ("GSTIN", "gstin", None),
             ("Created At", "created_at", TIME), ("Notes", "notes", None)]
ITEMS = [("Item Id", "id", None), ("Name", "name", None), ("Description", "description", None),
         ("Amount", "amount", MONEY), ("Currency", "currency", None),
         ("Active", "active", None)]
ORDERS = [("Order Id", "id", None), ("Receipt", "receipt", None),
          ("Amount", "amount", MONEY), ("Currency", "currency", None),
          ("Attempts", "attempts", None), ("Status", "status", None),
          ("Created At", "created_at", TIME), ("Notes", "notes", None)]
PAYMENTS = [("Payment Id", "id", None), ("Order Id", "order_id", None),
            ("Amount", "amount", MONEY), ("Currency", "currency", None),
            ("Status", "status", None), ("Method", "method", None),
            ("Email", "email", None), ("Contact", "contact", None),
            ("Amount Refunded", "amount_refunded", MONEY),
            ("Refund Status", "refund_status", None), ("Error Code", "error_code", None),
            ("Error Description", "error_description", None),
            ("Created At", "created_at", TIME)]
REFUNDS = [("Refund Id", "id", None), ("Payment Id", "payment_id", None),
           ("Amount", "amount", MONEY), ("Currency", "currency", None),
           ("Created At", "created_at", TIME)]
INVOICES = [("Invoice Id", "id", None), ("Receipt", "receipt", None),
            ("Invoice Number", "invoice_number", None), ("Type", "type", None),
            ("Customer Id", "customer_id", None),
            ("Customer Name", "*customer.name", None),
            ("Customer Email", "*customer.email", None),
            ("Customer Contact", "*customer.contact", None),
            ("Billing Address", "*customer.address", None),
            ("Order Id", "order_id", None), ("Payment Id", "payment_id", None),
            ("Description", "description", None), ("Amount", "amount", MONEY),
            ("Amount Paid", "amount_paid", MONEY), ("Amount Due", "amount_due", MONEY),
            ("Currency", "currency", None), ("Status", "status", None),
            ("Invoice Date", "date", TIME), ("Issued At", "issued_at", TIME),
            ("Paid At", "paid_at", TIME), ("Expire By", "expire_by", TIME),
            ("Partial Payment", "partial_payment", None), ("Terms", "terms", None),
            ("Short URL", "short_url", None), ("SMS Status", "sms_status", None),
            ("Email Status", "email_status", None),
            ("Created At", "created_at", TIME), ("Notes", "notes", None)]
LINE_ITEMS = [("Line Item Id", "id", None), ("Invoice Id", "*invoice_id", None),
              ("Item Id", "item_id", None), ("Name", "name", None),
              ("Description", "description", None), ("Quantity", "quantity", None),
              ("Unit Amount", "unit_amount", MONEY), ("Gross Amount", "gross_amount", MONEY),
              ("Tax Amount", "tax_amount", MONEY), ("Net Amount", "net_amount", MONEY),
              ("Currency", "currency", None), ("Tax Inclusive", "tax_inclusive", None)]
PLANS = [("Plan Id", "id", None), ("Plan Name", "item.name", None),
         ("Description", "item.description", None), ("Amount", "item.amount", MONEY),
         ("Currency", "item.currency", None), ("Period", "period", None),
         ("Interval", "interval", None), ("Item Id", "item.id", None),
         ("Active", "item.active", None), ("Created At", "created_at", TIME),
         ("Notes", "notes", None)]
SUBSCRIPTIONS = [("Subscription Id", "id", None), ("Plan Id", "plan_id", None),
                 ("Customer Id", "customer_id", None), ("Status", "status", None),
                 ("Quantity", "quantity", None), ("Total Count", "total_count", None),
                 ("Paid Count", "paid_count", None), ("Auth Attempts", "auth_attempts", None),
                 ("Start At", "start_at", TIME), ("Current Start", "current_start", TIME),
                 ("Current End", "current_end", TIME), ("Charge At", "charge_at", TIME),
                 ("End At", "end_at", TIME), ("Ended At", "ended_at", TIME),
                 ("Customer Notify", "customer_notify", None),
                 ("Created At", "created_at", TIME), ("Notes", "notes", None)]
PAYMENT_LINKS = [("Payment Link Id", "id", None), ("Reference Id", "reference_id", None),
                 ("Description", "description", None), ("Amount", "amount", MONEY),
                 ("Amount Paid", "amount_paid", MONEY), ("Currency", "currency", None),
                 ("Customer Name", "customer.name", None),
                 ("Customer Email", "customer.email", None),
                 ("Customer Contact", "customer.contact", None),
                 ("Status", "status", None), ("Partial Payment", "accept_partial", None),
                 ("Expire By", "expire_by", TIME), ("Short URL", "short_url", None),
                 ("Order Id", "order_id", None), ("Created At", "created_at", TIME),
                 ("Cancelled At", "cancelled_at", TIME), ("Notes", "notes", None)]

# (file written, [(mock file, where the records are)], columns)
FILES = [("customers.csv", [("customer_collection", "items")], CUSTOMERS),
         ("items.csv", [("item_collection", "items")], ITEMS),
         ("orders.csv", [("order_collection", "items")], ORDERS),
         ("payments.csv", [("payment_collection", "items")], PAYMENTS),
         ("refunds.csv", [("refund_collection", "items")], REFUNDS),
         ("invoices.csv", [("invoice_collection", "items"), ("fake_invoice_edit", "")],
          INVOICES),
         ("invoice_line_items.csv", [("fake_invoice_edit", "*line_items")], LINE_ITEMS),
         ("plans.csv", [("plan_collection", "items")], PLANS),
         ("subscriptions.csv", [("subscription_collection", "items")], SUBSCRIPTIONS),
         ("payment_links.csv", [("payment_link_collection", "payment_links")],
          PAYMENT_LINKS)]


def _load(text: str):
    """The mocks are hand-written: drop trailing commas, strip key names."""
    text = re.sub(r",(\s*[}\]])", r"\1", text)

    def strip_keys(pairs):
        return {k.strip(): v for k, v in pairs}
    return json.loads(text, object_pairs_hook=strip_keys)


def _get(rec: dict, path: str):
    cur = rec
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def _value(rec: dict, path: str):
    if path == "*invoice_id":
        return rec.get("_invoice_id")
    if path.startswith("*customer."):
        det = rec.get("customer_details") or {}
        field = path.split(".", 1)[1]
        if field == "address":
            return det.get("billing_address", det.get("customer_address"))
        return det.get(field, det.get("customer_" + field))
    return _get(rec, path)


def _cell(value, fmt) -> str:
    if value is None or value == "null":
        return ""
    if fmt == MONEY:
        return f"{value / 100:.2f}"
    if fmt == TIME:
        if not value:
            return ""
        return datetime.datetime.fromtimestamp(value, IST).strftime("%d/%m/%Y %H:%M:%S")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        if not value:
            return ""
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, sources, cols in FILES:
        records = []
        for source, where in sources:
            text = subprocess.run(["git", "--git-dir", args.gitdir, "show",
                                   f"{args.commit}:{BASE.format(source)}"],
                                  check=True, capture_output=True).stdout.decode("utf-8")
            doc = _load(text)
            if where.startswith("*"):
                for line in doc[where[1:]]:
                    records.append(dict(line, _invoice_id=doc["id"]))
            else:
                records.extend(_get(doc, where) if where else [doc])
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([label for label, _, _ in cols])
        for rec in records:
            writer.writerow([_cell(_value(rec, path), fmt) for _, path, fmt in cols])
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))
        print(f"{name}: {len(records)} rows")


if __name__ == "__main__":
    main()
