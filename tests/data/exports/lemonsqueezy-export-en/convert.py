"""Lemon Squeezy's fixed records -> the CSVs of Lemon Squeezy's dashboard exports, in English.

Reads, from a git directory holding the Lemon Squeezy API client for Go
(NdoleStudio/lemonsqueezy-go, MIT) at one commit, the recorded API responses its tests replay
(internal/stubs/*.go: Go functions returning the JSON:API response bodies of Lemon Squeezy's
API reference as raw string literals) and writes each list endpoint's records, in the API's
order (no merging, no invented rows):
  customers.csv              customer.go              CustomerListResponse               (2)
  orders.csv                 order.go                 OrdersListResponse                 (1)
  order_items.csv            order_item.go            OrderItemsListResponse             (1)
  products.csv               product.go               ProductsListResponse               (2)
  variants.csv               variant.go               VariantsListResponse               (2)
  subscriptions.csv          subscriptions.go         SubscriptionsListResponse          (2)
  subscription_invoices.csv  subscription_invoice.go  SubscriptionInvoicesListResponse   (1)
  license_keys.csv           license_key.go           LicenseKeysListResponse            (1)
  discounts.csv              discount.go              DiscountsListResponse              (1)
  users.csv                  users.go                 UsersMeResponse                    (1)
Headers: the API field names in words in sentence case ('ID', 'Name', 'Email', 'Created at',
'Order number', 'Customer ID', 'Product name', 'Renews at', 'Activation limit'); an order's,
subscription's or license key's user_name / user_email as 'Customer name' / 'Customer email'
(the buyer's name and e-mail, as the dashboard shows them). Values: timestamps as the API
gives them, money from cents to a decimal with two places ('9.99') with the currency beside
it where the record names one, booleans true/false, null as an empty cell.
CSV: ',' delimiter, '"' quoting where needed, CR LF (Python's csv module defaults).

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library and git only. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
from pathlib import Path

COMMIT = "b0f6ba0f56cc6825f722072d4c0f79c3d4deaa0b"
STUBS = "internal/stubs/{}.go"


def _money(cents):
    if cents is None:
        return None
    return f"{int(cents) // 100}.{int(cents) % 100:02d}" if cents >= 0 else f"-{_money(-cents)}"


def _get(rec: dict, path: str):
    if path == "id":
        return rec["id"]
    if path.startswith("$"):          # money in cents -> decimal
        return _money(_get(rec, path[1:]))
    cur = rec["attributes"]
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


CUSTOMERS = [("ID", "id"), ("Name", "name"), ("Email", "email"), ("Status", "status"),
             ("City", "city"), ("Region", "region"), ("Country", "country"),
             ("Total revenue", "$total_revenue_currency"), ("MRR", "$mrr"),
             ("Created at", "created_at"), ("Updated at", "updated_at"),
             ("Test mode", "test_mode")]
ORDERS = [("ID", "id"), ("Order number", "order_number"), ("Identifier", "identifier"),
          ("Customer ID", "customer_id"), ("Customer name", "user_name"),
          ("Customer email", "user_email"), ("Currency", "currency"),
          ("Subtotal", "$subtotal"), ("Discount total", "$discount_total"), ("Tax", "$tax"),
          ("Total", "$total"), ("Tax name", "tax_name"), ("Tax rate", "tax_rate"),
          ("Status", "status"), ("Refunded", "refunded"), ("Refunded at", "refunded_at"),
          ("Product name", "first_order_item.product_name"),
          ("Variant name", "first_order_item.variant_name"),
          ("Receipt URL", "urls.receipt"), ("Created at", "created_at"),
          ("Updated at", "updated_at")]
ORDER_ITEMS = [("ID", "id"), ("Order ID", "order_id"), ("Product ID", "product_id"),
               ("Variant ID", "variant_id"), ("Product name", "product_name"),
               ("Variant name", "variant_name"), ("Price", "$price"),
               ("Created at", "created_at"), ("Updated at", "updated_at")]
PRODUCTS = [("ID", "id"), ("Name", "name"), ("Slug", "slug"), ("Description", "description"),
            ("Status", "status"), ("Price", "$price"),
            ("Pay what you want", "pay_what_you_want"), ("From price", "$from_price"),
            ("To price", "$to_price"), ("Buy now URL", "buy_now_url"),
            ("Thumbnail URL", "thumb_url"), ("Created at", "created_at"),
            ("Updated at", "updated_at")]
VARIANTS = [("ID", "id"), ("Product ID", "product_id"), ("Name", "name"), ("Slug", "slug"),
            ("Description", "description"), ("Price", "$price"),
            ("Is subscription", "is_subscription"), ("Interval", "interval"),
            ("Interval count", "interval_count"), ("Has free trial", "has_free_trial"),
            ("Trial interval", "trial_interval"),
            ("Trial interval count", "trial_interval_count"),
            ("Pay what you want", "pay_what_you_want"), ("Min price", "$min_price"),
            ("Suggested price", "$suggested_price"),
            ("Has license keys", "has_license_keys"),
            ("License activation limit", "license_activation_limit"),
            ("License length value", "license_length_value"),
            ("License length unit", "license_length_unit"), ("Sort", "sort"),
            ("Status", "status"), ("Created at", "created_at"), ("Updated at", "updated_at")]
SUBSCRIPTIONS = [("ID", "id"), ("Customer ID", "customer_id"), ("Order ID", "order_id"),
                 ("Product ID", "product_id"), ("Variant ID", "variant_id"),
                 ("Product name", "product_name"), ("Variant name", "variant_name"),
                 ("Customer name", "user_name"), ("Customer email", "user_email"),
                 ("Status", "status"), ("Cancelled", "cancelled"),
                 ("Quantity", "first_subscription_item.quantity"),
                 ("Billing anchor", "billing_anchor"), ("Trial ends at", "trial_ends_at"),
                 ("Renews at", "renews_at"), ("Ends at", "ends_at"),
                 ("Created at", "created_at"), ("Updated at", "updated_at")]
SUBSCRIPTION_INVOICES = [("ID", "id"), ("Subscription ID", "subscription_id"),
                         ("Billing reason", "billing_reason"), ("Card brand", "card_brand"),
                         ("Card last four", "card_last_four"), ("Currency", "currency"),
                         ("Subtotal", "$subtotal"), ("Discount total", "$discount_total"),
                         ("Tax", "$tax"), ("Total", "$total"), ("Status", "status"),
                         ("Refunded", "refunded"), ("Refunded at", "refunded_at"),
                         ("Invoice URL", "urls.invoice_url"), ("Created at", "created_at")]
LICENSE_KEYS = [("ID", "id"), ("Customer ID", "customer_id"), ("Order ID", "order_id"),
                ("Order item ID", "order_item_id"), ("Product ID", "product_id"),
                ("Customer name", "user_name"), ("Customer email", "user_email"),
                ("Key", "key"), ("Activation limit", "activation_limit"),
                ("Instances count", "instances_count"), ("Disabled", "disabled"),
                ("Status", "status"), ("Expires at", "expires_at"),
                ("Created at", "created_at")]
DISCOUNTS = [("ID", "id"), ("Name", "name"), ("Code", "code"), ("Amount", "amount"),
             ("Amount type", "amount_type"),
             ("Is limited to products", "is_limited_to_products"),
             ("Is limited redemptions", "is_limited_redemptions"),
             ("Max redemptions", "max_redemptions"), ("Starts at", "starts_at"),
             ("Expires at", "expires_at"), ("Duration", "duration"),
             ("Duration in months", "duration_in_months"), ("Status", "status"),
             ("Created at", "created_at")]
USERS = [("ID", "id"), ("Name", "name"), ("Email", "email"), ("Color", "color"),
         ("Avatar URL", "avatar_url"), ("Created at", "createdAt")]

# (file written, stub file, stub function, columns)
FILES = [("customers.csv", "customer", "CustomerListResponse", CUSTOMERS),
         ("orders.csv", "order", "OrdersListResponse", ORDERS),
         ("order_items.csv", "order_item", "OrderItemsListResponse", ORDER_ITEMS),
         ("products.csv", "product", "ProductsListResponse", PRODUCTS),
         ("variants.csv", "variant", "VariantsListResponse", VARIANTS),
         ("subscriptions.csv", "subscriptions", "SubscriptionsListResponse", SUBSCRIPTIONS),
         ("subscription_invoices.csv", "subscription_invoice",
          "SubscriptionInvoicesListResponse", SUBSCRIPTION_INVOICES),
         ("license_keys.csv", "license_key", "LicenseKeysListResponse", LICENSE_KEYS),
         ("discounts.csv", "discount", "DiscountsListResponse", DISCOUNTS),
         ("users.csv", "users", "UsersMeResponse", USERS)]


def _stub(gitdir: str, commit: str, stub: str, func: str):
    text = subprocess.run(["git", "--git-dir", gitdir, "show",
                           f"{commit}:{STUBS.format(stub)}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    m = re.search(r"func " + func + r"\(\) \[\]byte \{\s*return \[\]byte\(`(.*?)`\)", text, re.S)
    if not m:
        raise SystemExit(f"{func} not found in {stub}.go")
    data = json.loads(m.group(1))["data"]
    return data if isinstance(data, list) else [data]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, stub, func, cols in FILES:
        records = _stub(args.gitdir, args.commit, stub, func)
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([label for label, _ in cols])
        for rec in records:
            writer.writerow([_cell(_get(rec, path)) for _, path in cols])
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))
        print(f"{name}: {len(records)} rows")


if __name__ == "__main__":
    main()
