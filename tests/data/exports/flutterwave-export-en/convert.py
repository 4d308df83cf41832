"""Flutterwave export in English from the sample API responses Flutterwave's own MIT-licensed
Node.js SDK documents (Flutterwave/Node-v3, documentation/*.md) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding Flutterwave/Node-v3 commit 537f9f44; OUT: the folder to
write. Reads the JSON 'Sample Response' blocks of documentation/transactions.md,
payment-plan.md, subscription.md, beneficiary.md and subaccount.md and writes one CSV per
object, one row per distinct record (by Flutterwave's id, first seen wins), the columns the
API's field names (a nested object's field as 'parent.field'): customers.csv (the customer
objects of the transaction and subscription responses), transactions.csv, payment_plans.csv,
subscriptions.csv, beneficiaries.csv, subaccounts.csv. Timestamps 'YYYY-MM-DD HH:MM:SS' UTC,
null empty, numbers as the API writes them, UTF-8, LF. A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import re
import subprocess
import sys

COMMIT = "537f9f4455f922a879e4f088cf0f596621c3517c"
DOCS = ("transactions", "payment-plan", "subscription", "beneficiary", "subaccount")
BLOCK = re.compile(r"^## ([^\n]*)$|Sample Response\s*```(?:javascript|json)?\n(.*?)```",
                   re.M | re.S)


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def samples(text):
    """(section heading, response data) for each 'Sample Response' block of a document."""
    section = None
    for m in BLOCK.finditer(text):
        if m.group(1) is not None:
            section = m.group(1).strip()
            continue
        yield section, json.loads(m.group(2)).get("data")


def records(text, sections):
    """The records of the named sections' responses (a list or one record), in order."""
    for section, data in samples(text):
        if section not in sections:
            continue
        for r in data if isinstance(data, list) else [data]:
            if isinstance(r, dict):
                yield r


def cell(v, field):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if field.endswith("created_at") and isinstance(v, str) and "T" in v:
        return v[:10] + " " + v[11:19]
    return str(v)


def flat(r, columns):
    row = {}
    for c in columns:
        v = r
        for step in c.split("."):
            v = v.get(step) if isinstance(v, dict) else None
        row[c] = cell(v, c)
    return row


def distinct(rows):
    seen, out = set(), []
    for r in rows:
        if str(r["id"]) in seen:
            continue
        seen.add(str(r["id"]))
        out.append(r)
    return out


TRANSACTION = ["id", "tx_ref", "flw_ref", "device_fingerprint", "amount", "currency",
               "charged_amount", "app_fee", "merchant_fee", "processor_response",
               "auth_model", "ip", "narration", "status", "payment_type", "created_at",
               "amount_settled", "account.nuban", "account.bank", "customer_name",
               "customer_email", "account_id"]
CUSTOMER = ["id", "name", "phone_number", "email", "created_at"]
PLAN = ["id", "name", "amount", "interval", "duration", "status", "currency", "plan_token",
        "created_at"]
SUBSCRIPTION = ["id", "amount", "customer.id", "customer.customer_email", "plan", "status",
                "created_at"]
BENEFICIARY = ["id", "account_number", "bank_code", "full_name", "created_at", "bank_name"]
SUBACCOUNT = ["id", "account_number", "account_bank", "business_name", "full_name",
              "created_at", "account_id", "split_ratio", "split_type", "split_value",
              "subaccount_id", "bank_name", "country"]


def write(out, name, header, rows):
    path = f"{out}/{name}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])
    return path


def main(gitdir, out):
    text = {d: show(gitdir, f"documentation/{d}.md").decode("utf-8") for d in DOCS}
    for d in DOCS:
        print(hashlib.sha256(text[d].encode("utf-8")).hexdigest(), f"documentation/{d}.md")

    transactions = distinct(records(text["transactions"], {"Get all transactions"}))
    verified = list(records(text["transactions"], {"Verify transaction",
                                                   "Verify transaction with reference"}))
    subs = distinct(records(text["subscription"], {
        "Get all subscriptions", "Fetch subscriptions with customer's email",
        "Cancel a subscription", "Activate a subscription"}))
    # the customers: the full customer objects of the verified transactions, then the
    # subscribers the subscription responses name (id and e-mail only)
    customers = [v["customer"] for v in verified if v.get("customer")]
    customers += [{"id": s["customer"]["id"], "email": s["customer"]["customer_email"]}
                  for s in subs]
    customers = distinct(customers)
    plans = distinct(records(text["payment-plan"], {
        "Get payment plans", "Create payment plan", "Get a payment plan",
        "Update a payment plan", "Cancel a payment plan"}))
    beneficiaries = distinct(records(text["beneficiary"], {
        "List all beneficiaries", "Create a beneficiary", "Fetch a beneficiary"}))
    subaccounts = distinct(records(text["subaccount"], {"Fetch all subaccounts"}))

    written = [
        write(out, "customers.csv", CUSTOMER, [flat(r, CUSTOMER) for r in customers]),
        write(out, "transactions.csv", TRANSACTION,
              [flat(r, TRANSACTION) for r in transactions]),
        write(out, "payment_plans.csv", PLAN, [flat(r, PLAN) for r in plans]),
        write(out, "subscriptions.csv", SUBSCRIPTION, [flat(r, SUBSCRIPTION) for r in subs]),
        write(out, "beneficiaries.csv", BENEFICIARY,
              [flat(r, BENEFICIARY) for r in beneficiaries]),
        write(out, "subaccounts.csv", SUBACCOUNT, [flat(r, SUBACCOUNT) for r in subaccounts]),
    ]
    for path in written:
        with open(path, "rb") as f:
            data = f.read()
        print(hashlib.sha256(data).hexdigest(), path.rsplit("/", 1)[-1],
              data.count(b"\n") - 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
