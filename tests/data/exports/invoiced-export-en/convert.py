"""Invoiced's own fixed records -> the CSVs of Invoiced's exports (customers, contacts...).

Reads, from a git directory holding Invoiced's official Java client library
(Invoiced/invoiced-java) at one commit, the WireMock mappings its tests replay
(src/test/resources/mappings/<resource>_<action>.json: each API call's recorded response
body) and writes, in English:
  customers.csv      the customers (billed parties: name, number, e-mail, address, terms)
  contacts.csv       a customer's contacts (people at the customer: name, e-mail, address)
  invoices.csv       invoices (bills sent to customers)
  estimates.csv      estimates (quotes sent to customers)
  payments.csv       payments received from customers
  subscriptions.csv  subscriptions (a customer's recurring billing on a plan)
  notes.csv          notes written on customers by users
  tasks.csv          collection tasks (phone, e-mail...) on customers, assigned to users
  items.csv          the catalog items (what is sold)
  plans.csv          the subscription plans (a catalog item's recurring price)
Headers as Invoiced labels them: the customer import template's 'Name', 'Number', 'Email',
'Type', 'Attention To', 'Address1', 'City', 'State', 'Postal Code', 'Country', 'Phone',
'Payment Terms'...; otherwise the API field names in words ('Due Date', 'Unit Cost',
'Cancel At Period End'). Each file's first column 'ID' is Invoiced's own id. A child
record's customer is written as 'Customer ID' (the API's customer field, or the
/customers/<id>/contacts URL for contacts) with that customer's 'Customer Name' and
'Customer Number' where the fixtures hold that customer (else empty).

Records: the successful (2xx) responses of the mappings listed in SOURCES, in that order,
de-duplicated by id, first met wins (the edit responses, which change a record already
met, are not read). Values as the API returns them, except: Unix timestamps written as
UTC, dates ('Date', 'Due Date'...) as YYYY-MM-DD, creation times as YYYY-MM-DD HH:MM:SS;
money with two decimals (51.15, 800 -> '800.00'); booleans 'true'/'false'; currency codes
upper-case ('usd' -> 'USD'); nested lists (items, taxes, discounts, metadata) not exported.
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
from datetime import datetime, timezone
from pathlib import Path

COMMIT = "6b25b883825db7b4895ebdbb4dc40dbfeec997d7"
MAPPINGS = "src/test/resources/mappings"

SOURCES = {
    "customers": ["customers_retrieve", "customers_retrieve_2", "customers_list",
                  "customers_create", "customers_create_2"],
    "contacts": ["contacts_retrieve", "contacts_list", "contacts_create"],
    "invoices": ["invoices_retrieve", "invoices_retrieve_2", "invoices_retrieve_3",
                 "invoices_list", "invoices_create", "invoices_void", "customers_invoice",
                 "estimates_create_invoice"],
    "estimates": ["estimates_retrieve", "estimates_retrieve_2", "estimates_list",
                  "estimates_create"],
    "payments": ["payments_create", "payments_retrieve", "payments_list"],
    "subscriptions": ["subscriptions_retrieve", "subscriptions_list", "subscriptions_create"],
    "notes": ["note_list", "customers_list_notes", "invoices_list_notes", "notes_create"],
    "tasks": ["tasks_retrieve", "tasks_list", "tasks_create"],
    "items": ["items_retrieve", "items_list", "items_create"],
    "plans": ["plans_retrieve", "plans_list", "plans_create"],
}

CUSTOMER = ["customer"]
# (header, API field); "customer.*" are the record's customer's fields
COLUMNS = {
    "customers": [("ID", "id"), ("Name", "name"), ("Number", "number"), ("Email", "email"),
                  ("Type", "type"), ("Attention To", "attention_to"),
                  ("Address1", "address1"), ("Address2", "address2"), ("City", "city"),
                  ("State", "state"), ("Postal Code", "postal_code"), ("Country", "country"),
                  ("Phone", "phone"), ("Tax ID", "tax_id"),
                  ("Payment Terms", "payment_terms"), ("AutoPay", "autopay"),
                  ("Notes", "notes"), ("Created At", "created_at")],
    "contacts": [("ID", "id"), ("Customer ID", "customer"),
                 ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
                 ("Name", "name"), ("Email", "email"), ("Primary", "primary"),
                 ("Address1", "address1"), ("Address2", "address2"), ("City", "city"),
                 ("State", "state"), ("Postal Code", "postal_code"), ("Country", "country"),
                 ("Created At", "created_at")],
    "invoices": [("ID", "id"), ("Customer ID", "customer"),
                 ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
                 ("Number", "number"), ("Name", "name"), ("Date", "date"),
                 ("Due Date", "due_date"), ("Payment Terms", "payment_terms"),
                 ("Currency", "currency"), ("Status", "status"), ("Draft", "draft"),
                 ("Closed", "closed"), ("Paid", "paid"), ("AutoPay", "autopay"),
                 ("Subtotal", "subtotal"), ("Total", "total"), ("Balance", "balance"),
                 ("Notes", "notes"), ("Subscription", "subscription"), ("URL", "url"),
                 ("Created At", "created_at")],
    "estimates": [("ID", "id"), ("Customer ID", "customer"),
                  ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
                  ("Number", "number"), ("Name", "name"), ("Date", "date"),
                  ("Expiration Date", "expiration_date"), ("Payment Terms", "payment_terms"),
                  ("Purchase Order", "purchase_order"), ("Currency", "currency"),
                  ("Status", "status"), ("Draft", "draft"), ("Closed", "closed"),
                  ("Approved", "approved"), ("Deposit", "deposit"),
                  ("Subtotal", "subtotal"), ("Total", "total"), ("Notes", "notes"),
                  ("Invoice", "invoice"), ("Created At", "created_at")],
    "payments": [("ID", "id"), ("Customer ID", "customer"),
                 ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
                 ("Date", "date"), ("Method", "method"), ("Reference", "reference"),
                 ("Status", "status"), ("Currency", "currency"), ("Amount", "amount"),
                 ("Notes", "notes"), ("Created At", "created_at")],
    "subscriptions": [("ID", "id"), ("Customer ID", "customer"),
                      ("Customer Name", "customer.name"),
                      ("Customer Number", "customer.number"), ("Plan", "plan"),
                      ("Quantity", "quantity"), ("Cycles", "cycles"),
                      ("Start Date", "start_date"), ("Period Start", "period_start"),
                      ("Period End", "period_end"), ("Status", "status"),
                      ("Cancel At Period End", "cancel_at_period_end"),
                      ("Canceled At", "canceled_at"), ("Created At", "created_at")],
    "notes": [("ID", "id"), ("Customer ID", "customer"),
              ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
              ("Notes", "notes"), ("User", "user.name"), ("User Email", "user.email"),
              ("Created At", "created_at")],
    "tasks": [("ID", "id"), ("Customer ID", "customer_id"),
              ("Customer Name", "customer.name"), ("Customer Number", "customer.number"),
              ("Name", "name"), ("Action", "action"), ("Due Date", "due_date"),
              ("Complete", "complete"), ("Completed Date", "completed_date"),
              ("User ID", "user_id"), ("Completed By User ID", "completed_by_user_id"),
              ("Created At", "created_at")],
    "items": [("ID", "id"), ("Name", "name"), ("Type", "type"),
              ("Description", "description"), ("Currency", "currency"),
              ("Unit Cost", "unit_cost"), ("Taxable", "taxable"),
              ("Discountable", "discountable"), ("GL Account", "gl_account"),
              ("Avalara Tax Code", "avalara_tax_code"), ("Created At", "created_at")],
    "plans": [("ID", "id"), ("Name", "name"), ("Item", "catalog_item"),
              ("Currency", "currency"), ("Amount", "amount"), ("Interval", "interval"),
              ("Interval Count", "interval_count"), ("Pricing Mode", "pricing_mode"),
              ("Quantity Type", "quantity_type"), ("Created At", "created_at")],
}
DATES = {"date", "due_date", "expiration_date", "start_date", "period_start", "period_end",
         "canceled_at", "completed_date"}
TIMES = {"created_at"}
MONEY = {"subtotal", "total", "balance", "amount", "deposit", "unit_cost"}


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def records(gitdir: str, commit: str, names: list[str]) -> list[dict]:
    seen, out = set(), []
    for name in names:
        m = json.loads(show(gitdir, commit, f"{MAPPINGS}/{name}.json"))
        resp = m["response"]
        if not 200 <= int(resp.get("status", 200)) < 300 or not resp.get("body"):
            continue
        body = json.loads(resp["body"])
        url = m["request"].get("url") or ""
        for r in body if isinstance(body, list) else [body]:
            if not isinstance(r, dict) or r.get("id") is None or r["id"] in seen:
                continue
            r = dict(r)
            found = re.match(r"^/+customers/(\d+)/contacts", url)
            if found and "customer" not in r:
                r["customer"] = int(found.group(1))
            seen.add(r["id"])
            out.append(r)
    return out


def cell(field: str, v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if field in DATES and isinstance(v, int):
        return datetime.fromtimestamp(v, timezone.utc).strftime("%Y-%m-%d")
    if field in TIMES and isinstance(v, int):
        return datetime.fromtimestamp(v, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    if field in MONEY and isinstance(v, (int, float)):
        return f"{v:.2f}"
    if field == "currency":
        return str(v).upper()
    return str(v)


def get(r: dict, field: str, customers: dict):
    if field.startswith("customer."):
        c = customers.get(r.get("customer", r.get("customer_id"))) or {}
        return c.get(field[9:])
    if field.startswith("user."):
        u = r.get("user") or {}
        if field == "user.name":
            return " ".join(x for x in (u.get("first_name"), u.get("last_name")) if x) or None
        return u.get(field[5:])
    return r.get(field)


def write(path: Path, cols: list[tuple[str, str]], rows: list[dict], customers: dict) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([h for h, _ in cols])
    for r in rows:
        w.writerow([cell(f.split(".")[-1] if f.startswith("customer.") else f,
                         get(r, f, customers)) for _, f in cols])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rec = {k: records(a.gitdir, a.commit, v) for k, v in SOURCES.items()}
    customers = {c["id"]: c for c in rec["customers"]}
    for name, cols in COLUMNS.items():
        write(out / f"{name}.csv", cols, rec[name], customers)


if __name__ == "__main__":
    main()
