"""Mollie's own fixed records -> the CSVs of Mollie's dashboard exports, in English.

Reads, from a git directory holding Mollie's official Python client (mollie/mollie-api-python)
at one commit, the recorded API responses its tests replay (tests/responses/*.json) and
writes, in the API's order (no merging, no invented rows):
  customers.csv      customers_list.json           GET /v2/customers                 (3)
  payments.csv       payments_list.json            GET /v2/payments                  (3)
  orders.csv         orders_list.json              GET /v2/orders                    (3)
  order_lines.csv    order_single.json  'lines'    GET /v2/orders/ord_kEn1PlbGa      (2)
  subscriptions.csv  subscriptions_list.json       GET /v2/subscriptions             (3)
  mandates.csv       customer_mandates_list.json   GET /v2/customers/{id}/mandates   (1)
  refunds.csv        refunds_list.json             GET /v2/payments/{id}/refunds     (1)
Headers: the labels of Mollie's dashboard payments export ('ID', 'Created at', 'Amount',
'Currency', 'Status', 'Description', 'Method', 'Customer name', 'Customer email'), otherwise
the API field names in words in the same sentence case ('Order number', 'Billing given
name', 'Mandate reference', 'VAT rate'). A customer's or payment's customer link and a
subscription's or mandate's customer (only in the record's _links.customer href) are
written as 'Customer ID'; a payment's customer name and e-mail are looked up in the
customers exported (none of the three recorded payments names a customer: empty cells).
Values as the API returns them: timestamps as given, dates YYYY-MM-DD, money as Mollie's
decimal strings ('1027.99') with the currency in its own column, booleans true/false,
metadata as compact JSON, null as an empty cell.
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

COMMIT = "32f57a18ac1bf22e502598989488283b1727d4c5"
BASE = "tests/responses/{}.json"


def _get(rec: dict, path: str):
    cur = rec
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
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


def _address(prefix: str, label: str) -> list[tuple[str, str]]:
    return [(f"{label} title", f"{prefix}.title"),
            (f"{label} given name", f"{prefix}.givenName"),
            (f"{label} family name", f"{prefix}.familyName"),
            (f"{label} email", f"{prefix}.email"),
            (f"{label} phone", f"{prefix}.phone"),
            (f"{label} street and number", f"{prefix}.streetAndNumber"),
            (f"{label} street additional", f"{prefix}.streetAdditional"),
            (f"{label} postal code", f"{prefix}.postalCode"),
            (f"{label} city", f"{prefix}.city"),
            (f"{label} region", f"{prefix}.region"),
            (f"{label} country", f"{prefix}.country")]


CUSTOMERS = [("ID", "id"), ("Name", "name"), ("Email", "email"), ("Locale", "locale"),
             ("Created at", "createdAt"), ("Metadata", "metadata")]
PAYMENTS = [("ID", "id"), ("Created at", "createdAt"), ("Amount", "amount.value"),
            ("Currency", "amount.currency"), ("Status", "status"),
            ("Description", "description"), ("Method", "method"),
            ("Customer ID", "customerId"), ("Customer name", "*customer.name"),
            ("Customer email", "*customer.email"), ("Sequence type", "sequenceType"),
            ("Settlement amount", "settlementAmount.value"),
            ("Settlement currency", "settlementAmount.currency"),
            ("Expires at", "expiresAt"), ("Profile ID", "profileId"),
            ("Redirect URL", "redirectUrl"), ("Webhook URL", "webhookUrl"),
            ("Metadata", "metadata")]
ORDERS = ([("ID", "id"), ("Order number", "orderNumber"), ("Created at", "createdAt"),
           ("Amount", "amount.value"), ("Currency", "amount.currency"), ("Status", "status"),
           ("Method", "method"), ("Locale", "locale")]
          + _address("billingAddress", "Billing")
          + _address("shippingAddress", "Shipping")
          + [("Consumer date of birth", "consumerDateOfBirth"), ("Expires at", "expiresAt"),
             ("Profile ID", "profileId"), ("Redirect URL", "redirectUrl"),
             ("Webhook URL", "webhookUrl"), ("Metadata", "metadata")])
ORDER_LINES = [("ID", "id"), ("Order ID", "orderId"), ("Name", "name"), ("SKU", "sku"),
               ("Type", "type"), ("Status", "status"), ("Quantity", "quantity"),
               ("Unit price", "unitPrice.value"), ("Discount amount", "discountAmount.value"),
               ("VAT rate", "vatRate"), ("VAT amount", "vatAmount.value"),
               ("Total amount", "totalAmount.value"), ("Currency", "totalAmount.currency"),
               ("Quantity shipped", "quantityShipped"),
               ("Quantity refunded", "quantityRefunded"),
               ("Quantity canceled", "quantityCanceled"), ("Created at", "createdAt"),
               ("Metadata", "metadata")]
SUBSCRIPTIONS = [("ID", "id"), ("Customer ID", "*customer_id"), ("Created at", "createdAt"),
                 ("Status", "status"), ("Amount", "amount.value"),
                 ("Currency", "amount.currency"), ("Times", "times"),
                 ("Interval", "interval"), ("Description", "description"),
                 ("Method", "method"), ("Webhook URL", "webhookUrl")]
MANDATES = [("ID", "id"), ("Customer ID", "*customer_id"), ("Status", "status"),
            ("Method", "method"), ("Consumer name", "details.consumerName"),
            ("Consumer account", "details.consumerAccount"),
            ("Consumer BIC", "details.consumerBic"),
            ("Mandate reference", "mandateReference"), ("Signature date", "signatureDate"),
            ("Created at", "createdAt")]
REFUNDS = [("ID", "id"), ("Payment ID", "paymentId"), ("Created at", "createdAt"),
           ("Amount", "amount.value"), ("Currency", "amount.currency"), ("Status", "status"),
           ("Description", "description")]

# (file written, response file, where the records are, columns)
FILES = [("customers.csv", "customers_list", "_embedded.customers", CUSTOMERS),
         ("payments.csv", "payments_list", "_embedded.payments", PAYMENTS),
         ("orders.csv", "orders_list", "_embedded.orders", ORDERS),
         ("order_lines.csv", "order_single", "lines", ORDER_LINES),
         ("subscriptions.csv", "subscriptions_list", "_embedded.subscriptions", SUBSCRIPTIONS),
         ("mandates.csv", "customer_mandates_list", "_embedded.mandates", MANDATES),
         ("refunds.csv", "refunds_list", "_embedded.refunds", REFUNDS)]


def _value(rec: dict, path: str, customers: dict):
    if path == "*customer_id":
        href = _get(rec, "_links.customer.href") or ""
        return href.rsplit("/", 1)[-1] or None
    if path.startswith("*customer."):
        cust = customers.get(rec.get("customerId") or "")
        return cust.get(path.split(".", 1)[1]) if cust else None
    return _get(rec, path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    customers: dict = {}
    for name, source, where, cols in FILES:
        text = subprocess.run(["git", "--git-dir", args.gitdir, "show",
                               f"{args.commit}:{BASE.format(source)}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        records = _get(json.loads(text), where)
        if name == "customers.csv":
            customers = {rec["id"]: rec for rec in records}
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([label for label, _ in cols])
        for rec in records:
            writer.writerow([_cell(_value(rec, path, customers)) for _, path in cols])
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))
        print(f"{name}: {len(records)} rows")


if __name__ == "__main__":
    main()
