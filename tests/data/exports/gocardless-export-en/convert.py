"""GoCardless' own fixed records -> the CSVs of the GoCardless dashboard's exports.

Reads, from a git directory holding GoCardless' official Python client library
(gocardless/gocardless-pro-python) at one commit, the JSON fixtures its tests replay
(tests/fixtures/<resource>.json: each API action's example response body, the same record
of each resource in every action) and writes, in English:
  customers.csv               the Customers export (payers: names, company, e-mail, address)
  payments.csv                the Payments export (payment, its links, its customer's details)
  subscriptions.csv           the Subscriptions export (recurring payments on a mandate)
  mandates.csv                the mandates list (a customer's Direct Debit authorisation)
  customer_bank_accounts.csv  the customers' bank accounts list
  creditors.csv               the creditor (the merchant collecting the payments)
Headers as GoCardless' dashboard exports write them: the API's own field names ('id',
'created_at', 'given_name', 'company_name', 'links.mandate', 'customers.email'), in the
column order GoCardless' support articles document for the Customers and Payments exports
("Customer reports", "Payment reports"); the Subscriptions, mandates, bank accounts and
creditor columns follow the same convention in the API's field order (their exports' full
column lists are not documented). Records de-duplicated by id, first met wins (the
fixtures repeat one record per resource). Values as the API returns them, except money:
minor units written as major units with two decimals (1000 -> '10.00', as the dashboard
shows amounts). A payment's customer is its mandate's (links.customer); its payout date is
its payout's arrival_date; a customer's active_mandates says whether any of its mandates is
'active'. Booleans 'true'/'false'; nested objects (metadata, fx, consent) are not exported.
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

COMMIT = "d5c83f375d8867d2980745ed1c510f264823d300"
FIXTURES = "tests/fixtures"

CUSTOMER_COLS = ["id", "created_at", "email", "given_name", "family_name", "company_name",
                 "address_line1", "address_line2", "address_line3", "city", "region",
                 "postal_code", "country_code", "language", "swedish_identity_number",
                 "active_mandates"]
PAYMENT_COLS = ["id", "created_at", "charge_date", "amount", "description", "currency",
                "status", "amount_refunded", "reference", "transaction_fee", "payout_date",
                "app_fee", "links.mandate", "links.creditor", "links.customer",
                "links.payout", "links.subscription"] + [
                "customers." + c for c in CUSTOMER_COLS] + ["transaction_fee_tax"]
SUBSCRIPTION_COLS = ["id", "created_at", "name", "amount", "currency", "status",
                     "start_date", "end_date", "interval", "interval_unit", "day_of_month",
                     "month", "count", "payment_reference", "app_fee", "retry_if_possible",
                     "links.mandate"]
MANDATE_COLS = ["id", "created_at", "reference", "status", "scheme", "mandate_type",
                "authorisation_source", "next_possible_charge_date",
                "payments_require_approval", "funds_settlement", "verified_at",
                "links.customer", "links.customer_bank_account", "links.creditor"]
BANK_ACCOUNT_COLS = ["id", "created_at", "account_holder_name", "account_number_ending",
                     "account_type", "bank_name", "country_code", "currency", "enabled",
                     "links.customer"]
CREDITOR_COLS = ["id", "created_at", "name", "creditor_type", "address_line1",
                 "address_line2", "address_line3", "city", "region", "postal_code",
                 "country_code", "bank_reference_prefix", "fx_payout_currency",
                 "verification_status", "logo_url"]
MONEY = {"amount", "amount_refunded", "app_fee", "transaction_fee", "transaction_fee_tax"}


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def records(gitdir: str, commit: str, resource: str) -> list[dict]:
    """Every record of one fixture file, first met wins by id (actions in file order)."""
    data = json.loads(show(gitdir, commit, f"{FIXTURES}/{resource}.json"))
    seen, out = set(), []
    for action in data.values():
        body = (action.get("body") or {}).get(resource)
        for r in body if isinstance(body, list) else [body] if body else []:
            if r["id"] not in seen:
                seen.add(r["id"])
                out.append(r)
    return out


def cell(col: str, v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if col.rsplit(".", 1)[-1] in MONEY and isinstance(v, int):
        return f"{v // 100}.{v % 100:02d}"
    return str(v)


def get(r: dict, col: str):
    if col.startswith("links."):
        return (r.get("links") or {}).get(col[6:])
    return r.get(col)


def write(path: Path, cols: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(cols)
    for r in rows:
        w.writerow([cell(c, get(r, c)) for c in cols])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rec = {n: records(a.gitdir, a.commit, n) for n in (
        "customers", "payments", "subscriptions", "mandates", "customer_bank_accounts",
        "creditors", "payouts")}

    mandates = {m["id"]: m for m in rec["mandates"]}
    payouts = {p["id"]: p for p in rec["payouts"]}
    customers = []
    for c in rec["customers"]:
        c = dict(c)
        c["active_mandates"] = any(m["status"] == "active" and m["links"].get("customer") == c["id"]
                                   for m in rec["mandates"])
        customers.append(c)
    by_id = {c["id"]: c for c in customers}
    payments = []
    for p in rec["payments"]:
        p = dict(p, links=dict(p.get("links") or {}))
        mandate = mandates.get(p["links"].get("mandate")) or {}
        p["links"].setdefault("customer", (mandate.get("links") or {}).get("customer"))
        p["payout_date"] = (payouts.get(p["links"].get("payout")) or {}).get("arrival_date")
        for k, v in (by_id.get(p["links"].get("customer")) or {}).items():
            p["customers." + k] = v
        payments.append(p)

    write(out / "customers.csv", CUSTOMER_COLS, customers)
    write(out / "payments.csv", PAYMENT_COLS, payments)
    write(out / "subscriptions.csv", SUBSCRIPTION_COLS, rec["subscriptions"])
    write(out / "mandates.csv", MANDATE_COLS, rec["mandates"])
    write(out / "customer_bank_accounts.csv", BANK_ACCOUNT_COLS, rec["customer_bank_accounts"])
    write(out / "creditors.csv", CREDITOR_COLS, rec["creditors"])


if __name__ == "__main__":
    main()
