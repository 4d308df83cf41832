"""Paystack's own recorded API responses as the Paystack Dashboard's CSV exports write them.

Built for round Z21 (session 58, keys469). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub huysamen/paystack-go (MIT: a Go client library of the
Paystack API) holding commit 8e3f6c8e456ffd6e81be7d6198f365d38bda42e3; files are read with
`git show`.

Rules (nothing here is invented data):
- Rows: the fixed example responses the library's tests decode,
  resources/examples/responses/<resource>/*.json (Paystack's documented sample responses,
  e.g. customers/list_200.json's 'dom@gmail.com', 'Okiki Sample'). Every JSON object in them
  that carries a record code is a record: customer_code (customers), product_code
  (products), plan_code (plans), subscription_code (subscriptions), request_code (payment
  requests: Paystack's invoices), recipient_code (transfer recipients); a transaction is an
  object with id, reference, amount, status and channel. The same record met again (the
  list, fetch, create and update responses, or nested in another record) is one row: files
  are read in path order, the first met gives the row and a later one fills only the
  fields still empty. Error responses (4xx files) and the placeholder code 'CUS_xxxxxxxx'
  are left out.
- Files and columns: the Dashboard's list exports (Customers, Transactions, Products,
  Plans, Subscriptions, Payment Requests, Transfer Recipients), headed by the Dashboard's
  English column labels in its order (the Dashboard's code is not public: the labels are
  the API fields as the Dashboard words them: 'Customer Code', 'First Name', 'Risk Action',
  'Reference', 'Gateway Response', 'Product Code', 'Quantity Sold', 'Plan Code',
  'Interval', 'Next Payment Date', 'Invoice Number', 'Due Date', 'Recipient Code', 'Bank
  Name', 'Account Number').
- Values: money in the currency's main unit with two decimals (the API keeps kobo / pesewas /
  cents: 50000 -> '500.00'), currency its ISO code; dates and times 'YYYY-MM-DD HH:MM:SS'
  UTC (a Unix 'start' likewise); booleans 'Yes' / 'No'; nothing for null; UTF-8, LF line
  ends, minimal quoting (Python's csv); rows in code order (transactions by id).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "8e3f6c8e456ffd6e81be7d6198f365d38bda42e3"
BASE = "resources/examples/responses/"
CODES = ("customer_code", "product_code", "plan_code", "subscription_code", "request_code",
         "recipient_code")


def git(gitdir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def money(v) -> str:
    if v is None or v == "":
        return ""
    return f"{int(v) / 100:.2f}"


def when(v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, (int, float)):
        t = dt.datetime.fromtimestamp(int(v), dt.timezone.utc)
    else:
        t = dt.datetime.fromisoformat(str(v).replace("Z", "+00:00")).astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%d %H:%M:%S")


def yes(v) -> str:
    if v is None or v == "":
        return ""
    return "Yes" if v else "No"


def text(v) -> str:
    return "" if v is None else str(v).strip()


def main(gitdir: str, out: str) -> None:
    names = sorted(n for n in git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, BASE)
                   .decode().split() if n.endswith(".json"))
    records: dict[str, dict] = {c: {} for c in (*CODES, "transaction")}
    read: list[tuple[str, str]] = []

    def keep(kind: str, code: str, obj: dict) -> None:
        have = records[kind].get(code)
        if have is None:
            records[kind][code] = dict(obj)
            return
        for k, v in obj.items():
            if have.get(k) in (None, "", [], {}):
                have[k] = v

    def walk(o, used: list[bool]) -> None:
        if isinstance(o, dict):
            for c in CODES:
                code = o.get(c)
                if isinstance(code, str) and code and code != "CUS_xxxxxxxx":
                    keep(c, code, o)
                    used[0] = True
            if all(k in o for k in ("id", "reference", "amount", "status", "channel")) \
                    and o.get("id") is not None:
                keep("transaction", str(o["id"]), o)
                used[0] = True
            for v in o.values():
                walk(v, used)
        elif isinstance(o, list):
            for v in o:
                walk(v, used)

    for name in names:
        leaf = name.rsplit("/", 1)[1]
        if any(f"_{n}" in leaf for n in ("400", "401", "403", "404", "422")):
            continue
        raw = git(gitdir, "show", f"{COMMIT}:{name}")
        used = [False]
        walk(json.loads(raw), used)
        if used[0]:
            read.append((hashlib.sha256(raw).hexdigest(), name))

    def person(c) -> dict:
        return c if isinstance(c, dict) else {}

    tables: dict[str, tuple[list[str], list[list[str]]]] = {}
    tables["customers.csv"] = (
        ["Customer Code", "First Name", "Last Name", "Email", "Phone", "Risk Action",
         "Date Created"],
        [[code, text(c.get("first_name")), text(c.get("last_name")), text(c.get("email")),
          text(c.get("phone")), text(c.get("risk_action")),
          when(c.get("createdAt") or c.get("created_at"))]
         for code, c in sorted(records["customer_code"].items())])

    def txn_row(t: dict) -> list[str]:
        cust = person(t.get("customer"))
        auth = t.get("authorization") if isinstance(t.get("authorization"), dict) else {}
        name = " ".join(x for x in (text(cust.get("first_name")), text(cust.get("last_name")))
                        if x)
        return [str(t["id"]), text(t.get("reference")), text(t.get("status")),
                money(t.get("amount")), money(t.get("fees")), text(t.get("currency")),
                text(t.get("channel")), text(t.get("gateway_response")),
                text(cust.get("customer_code")), name, text(cust.get("email")),
                text(auth.get("card_type")), text(auth.get("last4")), text(auth.get("bank")),
                when(t.get("paid_at") or t.get("paidAt")),
                when(t.get("created_at") or t.get("createdAt"))]

    tables["transactions.csv"] = (
        ["Transaction ID", "Reference", "Status", "Amount", "Fees", "Currency", "Channel",
         "Gateway Response", "Customer Code", "Customer Name", "Customer Email", "Card Type",
         "Card Last 4", "Bank", "Paid At", "Created At"],
        [txn_row(t) for _, t in sorted(records["transaction"].items(), key=lambda kv: int(kv[0]))])

    tables["products.csv"] = (
        ["Product Code", "Name", "Description", "Price", "Currency", "Quantity",
         "Quantity Sold", "Unlimited", "In Stock", "Type", "Active", "Date Created"],
        [[code, text(p.get("name")), text(p.get("description")), money(p.get("price")),
          text(p.get("currency")), text(p.get("quantity")), text(p.get("quantity_sold")),
          yes(p.get("unlimited")), yes(p.get("in_stock")), text(p.get("type")),
          yes(p.get("active")), when(p.get("createdAt") or p.get("created_at"))]
         for code, p in sorted(records["product_code"].items())])

    tables["plans.csv"] = (
        ["Plan Code", "Name", "Description", "Amount", "Currency", "Interval",
         "Send Invoices", "Send SMS", "Date Created"],
        [[code, text(p.get("name")), text(p.get("description")), money(p.get("amount")),
          text(p.get("currency")), text(p.get("interval")), yes(p.get("send_invoices")),
          yes(p.get("send_sms")), when(p.get("createdAt") or p.get("created_at"))]
         for code, p in sorted(records["plan_code"].items())])

    def plan_of(s: dict) -> dict:
        p = s.get("plan")
        if isinstance(p, dict):
            return p
        for pl in records["plan_code"].values():
            if pl.get("id") == p:
                return pl
        return {}

    def cust_of(s: dict) -> dict:
        c = s.get("customer")
        if isinstance(c, dict):
            return c
        for cu in records["customer_code"].values():
            if cu.get("id") == c:
                return cu
        return {}

    tables["subscriptions.csv"] = (
        ["Subscription Code", "Customer Code", "Customer Email", "Plan Code", "Plan Name",
         "Amount", "Quantity", "Status", "Start Date", "Next Payment Date", "Date Created"],
        [[code, text(cust_of(s).get("customer_code")), text(cust_of(s).get("email")),
          text(plan_of(s).get("plan_code")), text(plan_of(s).get("name")),
          money(s.get("amount")), text(s.get("quantity")), text(s.get("status")),
          when(s.get("start")), when(s.get("next_payment_date")),
          when(s.get("createdAt") or s.get("created_at"))]
         for code, s in sorted(records["subscription_code"].items())])

    def cust_ref(c) -> dict:
        if isinstance(c, dict):
            return c
        for cu in records["customer_code"].values():
            if cu.get("id") == c:
                return cu
        return {}

    tables["payment_requests.csv"] = (
        ["Request Code", "Invoice Number", "Customer Code", "Customer Name", "Customer Email",
         "Description", "Amount", "Currency", "Status", "Paid", "Due Date", "Paid At",
         "Date Created"],
        [[code, text(r.get("invoice_number")),
          text(cust_ref(r.get("customer")).get("customer_code")),
          " ".join(x for x in (text(cust_ref(r.get("customer")).get("first_name")),
                               text(cust_ref(r.get("customer")).get("last_name"))) if x),
          text(cust_ref(r.get("customer")).get("email")), text(r.get("description")),
          money(r.get("amount")), text(r.get("currency")), text(r.get("status")),
          yes(r.get("paid")), when(r.get("due_date")), when(r.get("paid_at")),
          when(r.get("created_at") or r.get("createdAt"))]
         for code, r in sorted(records["request_code"].items())])

    tables["transfer_recipients.csv"] = (
        ["Recipient Code", "Name", "Type", "Bank Name", "Account Number", "Account Name",
         "Currency", "Email", "Description", "Active", "Date Created"],
        [[code, text(r.get("name")), text(r.get("type")),
          text((r.get("details") or {}).get("bank_name")),
          text((r.get("details") or {}).get("account_number")),
          text((r.get("details") or {}).get("account_name")), text(r.get("currency")),
          text(r.get("email")), text(r.get("description")), yes(r.get("active")),
          when(r.get("createdAt") or r.get("created_at"))]
         for code, r in sorted(records["recipient_code"].items())])

    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    for fname, (header, rows) in tables.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        data = buf.getvalue().encode("utf-8")
        (outdir / fname).write_bytes(data)
        print(f"{hashlib.sha256(data).hexdigest()}  {len(data):6d}  {len(rows):3d} rows  {fname}")
    print("files read:", file=sys.stderr)
    for sha, name in read:
        print(f"    {sha}  {name}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
