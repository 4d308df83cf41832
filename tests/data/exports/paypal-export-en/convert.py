"""PayPal's own example records -> PayPal-style CSV exports (English).

Usage: python convert.py SPECGIT OUT

SPECGIT is a git directory holding paypal/paypal-rest-api-specifications at COMMIT (e.g.
the `fetch` tool's mirror of github:paypal/paypal-rest-api-specifications). The script reads
the OpenAPI files below at COMMIT with `git show` and takes the example bodies PayPal
publishes with its REST API reference (the request and response `examples` of each
operation, `components.examples`): the people named with a PayPal account, an invoice's
billing contact or a subscriber (customers.csv), the invoice (invoices.csv), the checkout
orders' purchase units (orders.csv) and their items (order-items.csv), the subscription
(subscriptions.csv) and the billing plan (plans.csv). PayPal's own CSV labels for these
lists are not published in the specifications: each column is headed by the API's field
name in words ('Given Name', 'Surname', 'Email Address', 'Admin Area 2'). Values as the API
writes them (ISO dates and timestamps, money as decimal strings with a currency column,
enums raw). Comma-separated, minimal quoting, CR LF, UTF-8 without BOM. Standard library
only; a rerun gives the same bytes.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "ec4d8f36a6ab0abcc3865e1072aaddc85ea14d5c"
FILES = ["openapi/invoicing_v2.json", "openapi/billing_subscriptions_v1.json",
         "openapi/checkout_orders_v2.json", "openapi/checkout_orders_v1.json",
         "openapi/payments_payment_v1.json", "openapi/vault_payment_tokens_v3.json"]


def show(gitdir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def example(spec: dict, path: str, method: str, where: str, name: str) -> dict:
    op = spec["paths"][path][method]
    if where == "request":
        holder = op["requestBody"]
    else:
        holder = op["responses"][where]
    ex = holder["content"]["application/json"]["examples"][name]
    if "$ref" in ex:
        ex = spec["components"]["examples"][ex["$ref"].rsplit("/", 1)[1]]
    return ex["value"]


def addr(a: dict | None) -> list[str]:
    a = a or {}
    return [a.get("address_line_1", ""), a.get("address_line_2", ""), a.get("admin_area_2", ""),
            a.get("admin_area_1", ""), a.get("postal_code", ""), a.get("country_code", "")]


def addr_v1(a: dict | None) -> list[str]:
    a = a or {}
    return [a.get("line1", ""), a.get("line2", ""), a.get("city", ""), a.get("state", ""),
            a.get("postal_code", ""), a.get("country_code", "")]


def money(m: dict | None) -> str:
    return (m or {}).get("value", "")


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(out / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


ADDRESS = ["Address Line 1", "Address Line 2", "Admin Area 2", "Admin Area 1", "Postal Code",
           "Country Code"]


def main(gitdir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    inv_spec, sub_spec, ord2, ord1, pay1, vault = (json.loads(show(gitdir, f)) for f in FILES)

    invoice = example(inv_spec, "/v2/invoicing/invoices", "post", "request", "0")  # invoice_draft
    subscription = example(sub_spec, "/v1/billing/subscriptions", "post", "201", "subscription")
    plan = example(sub_spec, "/v1/billing/plans", "post", "200", "plan")
    confirm = example(ord2, "/v2/checkout/orders/{id}/confirm-payment-source", "post",
                      "request", "confirm_order_request")
    tokens = example(vault, "/v3/vault/payment-tokens", "get", "200",
                     "customer_vault_payment_tokens_response")

    # customers.csv: the people the examples name, once per e-mail address, first met wins
    header = ["Payer ID", "Given Name", "Surname", "Email Address", "Phone Type",
              "Phone Country Code", "Phone National Number", *ADDRESS, "Additional Info"]
    people: dict[str, list[str]] = {}

    def person(payer_id: str, name: dict, email: str, phone: dict | None, address: dict | None,
               info: str = "") -> None:
        p = phone or {}
        people.setdefault(email, [payer_id, name.get("given_name", ""), name.get("surname", ""),
                                  email, p.get("phone_type", ""), p.get("country_code", ""),
                                  p.get("national_number", ""), *addr(address), info])

    for r in invoice.get("primary_recipients", []):
        b = r["billing_info"]
        person("", b["name"], b["email_address"], (b.get("phones") or [None])[0],
               b.get("address"), b.get("additional_info_value", ""))
    s = subscription["subscriber"]
    person(s.get("payer_id", ""), s["name"], s["email_address"], None,
           (s.get("shipping_address") or {}).get("address"))
    pp = confirm["payment_source"]["paypal"]
    person("", pp["name"], pp["email_address"], None, None)
    for t in tokens["payment_tokens"]:
        pp = t["payment_source"].get("paypal")
        if pp:
            person(pp.get("account_id", ""), pp["name"], pp["email_address"], None,
                   pp.get("address"))
    write(out, "customers.csv", header, list(people.values()))

    # invoices.csv: the invoice with its billing contact and amounts
    d = invoice["detail"]
    b = invoice["primary_recipients"][0]["billing_info"]
    am = invoice["amount"]
    br = am.get("breakdown", {})
    header = ["Invoice ID", "Invoice Number", "Status", "Reference", "Invoice Date", "Due Date",
              "Term Type", "Currency Code", "Recipient Given Name", "Recipient Surname",
              "Recipient Email Address", "Item Total", "Shipping", "Custom Amount",
              "Tax Total", "Amount", "Note", "Term", "Memo"]
    write(out, "invoices.csv", header, [[
        invoice.get("id", ""), d["invoice_number"], invoice.get("status", ""),
        d.get("reference", ""), d.get("invoice_date", ""),
        d.get("payment_term", {}).get("due_date", ""),
        d.get("payment_term", {}).get("term_type", ""), d.get("currency_code", ""),
        b["name"]["given_name"], b["name"]["surname"], b["email_address"],
        money(br.get("item_total")), money(br.get("shipping", {}).get("amount")),
        money(br.get("custom", {}).get("amount")), money(br.get("tax_total")),
        money(am), d.get("note", ""), d.get("term", ""), d.get("memo", "")]])

    # orders.csv / order-items.csv: the checkout orders' purchase units and their items
    header = ["Reference ID", "Invoice ID", "Custom ID", "Description", "Intent",
              "Currency Code", "Item Total", "Shipping", "Tax Total", "Amount",
              "Payee Email Address", "Ship To Name", *ADDRESS]
    orders = []
    items = []
    o2 = example(ord2, "/v2/checkout/orders", "post", "request", "order_request")
    for pu in o2["purchase_units"]:
        a = pu["amount"]
        b = a.get("breakdown", {})
        orders.append([pu.get("reference_id", ""), pu.get("invoice_id", ""),
                       pu.get("custom_id", ""), pu.get("description", ""), o2.get("intent", ""),
                       a.get("currency_code", ""), money(b.get("item_total")),
                       money(b.get("shipping")), money(b.get("tax_total")), a.get("value", ""),
                       pu.get("payee", {}).get("email_address", ""), "", *addr(None)])
    o1 = example(ord1, "/v1/checkout/orders", "post", "request", "order")
    for pu in o1["purchase_units"]:
        a = pu["amount"]
        det = a.get("details", {})
        orders.append([pu.get("reference_id", ""), pu.get("invoice_number", ""),
                       pu.get("custom", ""), pu.get("description", ""), "",
                       a.get("currency", ""), det.get("subtotal", ""), det.get("shipping", ""),
                       det.get("tax", ""), a.get("total", ""),
                       pu.get("payee", {}).get("email", ""), "",
                       *addr_v1(pu.get("shipping_address"))])
        for it in pu.get("items", []):
            items.append([pu.get("reference_id", ""), pu.get("invoice_number", ""), it["name"],
                          it.get("description", ""), it.get("sku", ""), it.get("quantity", ""),
                          it.get("price", ""), it.get("tax", ""), it.get("currency", "")])
    p1 = example(pay1, "/v1/payments/payment", "post", "request", "payment")
    for tr in p1["transactions"]:
        a = tr["amount"]
        det = a.get("details", {})
        il = tr.get("item_list", {})
        sa = il.get("shipping_address", {})
        orders.append(["", tr.get("invoice_number", ""), tr.get("custom", ""),
                       tr.get("description", ""), p1.get("intent", "").upper(),
                       a.get("currency", ""), det.get("subtotal", ""), det.get("shipping", ""),
                       det.get("tax", ""), a.get("total", ""), "",
                       sa.get("recipient_name", ""), *addr_v1(sa)])
        for it in il.get("items", []):
            items.append(["", tr.get("invoice_number", ""), it["name"],
                          it.get("description", ""), it.get("sku", ""), it.get("quantity", ""),
                          it.get("price", ""), it.get("tax", ""), it.get("currency", "")])
    write(out, "orders.csv", header, orders)
    write(out, "order-items.csv", ["Reference ID", "Invoice ID", "Name", "Description", "SKU",
                                   "Quantity", "Unit Amount", "Tax", "Currency Code"], items)

    # subscriptions.csv: the subscription with its subscriber
    s = subscription
    sub = s["subscriber"]
    header = ["ID", "Plan ID", "Status", "Status Update Time", "Start Time", "Quantity",
              "Shipping Amount", "Currency Code", "Subscriber Given Name",
              "Subscriber Surname", "Subscriber Email Address", "Payer ID", "Create Time"]
    write(out, "subscriptions.csv", header, [[
        s["id"], s.get("plan_id", ""), s.get("status", ""), s.get("status_update_time", ""),
        s.get("start_time", ""), s.get("quantity", ""), money(s.get("shipping_amount")),
        s.get("shipping_amount", {}).get("currency_code", ""), sub["name"]["given_name"],
        sub["name"]["surname"], sub["email_address"], sub.get("payer_id", ""),
        s.get("create_time", "")]])

    # plans.csv: the billing plan (the regular cycle's price)
    regular = [c for c in plan["billing_cycles"] if c.get("tenure_type") == "REGULAR"][0]
    price = regular["pricing_scheme"]["fixed_price"]
    prefs = plan.get("payment_preferences", {})
    header = ["ID", "Product ID", "Name", "Description", "Status", "Interval Unit",
              "Interval Count", "Total Cycles", "Fixed Price", "Currency Code", "Setup Fee",
              "Tax Percentage", "Create Time", "Update Time"]
    write(out, "plans.csv", header, [[
        plan["id"], plan.get("product_id", ""), plan["name"], plan.get("description", ""),
        plan.get("status", ""), regular["frequency"]["interval_unit"],
        str(regular["frequency"]["interval_count"]), str(regular.get("total_cycles", "")),
        price["value"], price["currency_code"], money(prefs.get("setup_fee")),
        plan.get("taxes", {}).get("percentage", ""), plan.get("create_time", ""),
        plan.get("update_time", "")]])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
