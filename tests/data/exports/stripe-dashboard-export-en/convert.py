"""Stripe's own API fixtures as the Stripe Dashboard's CSV exports write them.

Built for round Z19 (session 57, keys462). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub stripe/openapi (MIT) holding commit
f6c2a48fbac2819d1feba8143d942ffc65e1c0d2; files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the fixed example objects of `openapi/fixtures3.json` (the GA API version) and
  `openapi/fixtures3.beta.json` (the beta version; its objects carry other ids), which
  stripe-mock serves and Stripe's SDK tests replay: per resource one object each, first met
  wins by id (GA first). Nested lists give the line rows (an invoice's `lines.data`).
- Files and columns: the Dashboard's list exports (Customers, Products, Prices,
  Subscriptions, Invoices, Invoice line items, Quotes, Payments), headed as the Dashboard
  labels its columns ('id', 'Description', 'Email', 'Name', 'Created (UTC)', 'Customer ID',
  'Amount Due', ...). The payments header is the Dashboard's default payments export
  column set as a file downloaded from it reads.
- Values: Unix timestamps as 'YYYY-MM-DD HH:MM' UTC (the Dashboard's export format), money
  from the minor unit to two decimals, currency codes lower case as the API gives them,
  true/false, empty for null; a customer's tax id (tax_id fixture) is its 'Business Vat ID'.
  LF line ends, fields quoted only when needed (Python's csv, minimal quoting).
"""
import csv
import datetime
import io
import json
import os
import subprocess
import sys

COMMIT = "f6c2a48fbac2819d1feba8143d942ffc65e1c0d2"
FIXTURES = ["openapi/fixtures3.json", "openapi/fixtures3.beta.json"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def ts(v):
    if v is None:
        return ""
    return datetime.datetime.fromtimestamp(int(v), datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")


def money(v):
    if v is None:
        return ""
    return f"{int(v) / 100:.2f}"


def s(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def g(o, *path):
    for p in path:
        if not isinstance(o, dict):
            return None
        o = o.get(p)
    return o


def write(out, name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, len(r), len(header))
        w.writerow([s(v) for v in r])
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(name, len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    objs = {}
    for path in FIXTURES:
        res = json.loads(show(gitdir, path))["resources"]
        for kind, o in res.items():
            lst = objs.setdefault(kind, [])
            if o.get("id") not in [x.get("id") for x in lst]:
                lst.append(o)
    customers = {c["id"]: c for c in objs["customer"]}
    taxids = {}
    for t in objs["tax_id"]:
        taxids.setdefault(t["customer"], t["value"])
    products = {p["id"]: p for p in objs["product"]}

    def cust(cid, field):
        return g(customers.get(cid), field)

    # Customers
    write(out, "customers.csv",
          ["id", "Description", "Email", "Name", "Phone", "Created (UTC)", "Account Balance",
           "Currency", "Delinquent", "Tax Exempt", "Business Vat ID", "Invoice Prefix",
           "Preferred Locales", "Address Line1", "Address Line2", "Address City",
           "Address State", "Address Country", "Address Zip"],
          [[c["id"], c.get("description"), c.get("email"), c.get("name"), c.get("phone"),
            ts(c.get("created")), money(c.get("balance")), c.get("currency"),
            c.get("delinquent"), c.get("tax_exempt"), taxids.get(c["id"]),
            c.get("invoice_prefix"), " ".join(c.get("preferred_locales") or []),
            g(c, "address", "line1"), g(c, "address", "line2"), g(c, "address", "city"),
            g(c, "address", "state"), g(c, "address", "country"),
            g(c, "address", "postal_code")] for c in objs["customer"]])

    # Products
    write(out, "products.csv",
          ["id", "Name", "Description", "Active", "Default Price ID", "Tax Code",
           "Unit Label", "Statement Descriptor", "Url", "Shippable", "Created (UTC)",
           "Updated (UTC)"],
          [[p["id"], p.get("name"), p.get("description"), p.get("active"),
            p.get("default_price"), p.get("tax_code"), p.get("unit_label"),
            p.get("statement_descriptor"), p.get("url"), p.get("shippable"),
            ts(p.get("created")), ts(p.get("updated"))] for p in objs["product"]])

    # Prices
    write(out, "prices.csv",
          ["Price ID", "Product ID", "Product Name", "Description", "Created (UTC)", "Amount",
           "Currency", "Interval", "Interval Count", "Usage Type", "Billing Scheme",
           "Trial Period Days", "Tax Behavior", "Lookup Key", "Active"],
          [[p["id"], p.get("product"), g(products.get(p.get("product")), "name"),
            p.get("nickname"), ts(p.get("created")), money(p.get("unit_amount")),
            p.get("currency"), g(p, "recurring", "interval"),
            g(p, "recurring", "interval_count"), g(p, "recurring", "usage_type"),
            p.get("billing_scheme"), g(p, "recurring", "trial_period_days"),
            p.get("tax_behavior"), p.get("lookup_key"), p.get("active")]
           for p in objs["price"]])

    # Subscriptions (one row per subscription, its first item's price)
    rows = []
    for sub in objs["subscription"]:
        item = (g(sub, "items", "data") or [{}])[0]
        price = item.get("price") or {}
        rows.append([sub["id"], sub.get("customer"),
                     cust(sub.get("customer"), "description"),
                     cust(sub.get("customer"), "email"), cust(sub.get("customer"), "name"),
                     price.get("id"), g(products.get(price.get("product")), "name"),
                     item.get("quantity"), sub.get("currency"), g(price, "recurring", "interval"),
                     money(price.get("unit_amount")), sub.get("status"),
                     ts(sub.get("created")), ts(sub.get("start_date")),
                     ts(item.get("current_period_start")), ts(item.get("current_period_end")),
                     ts(sub.get("trial_start")), ts(sub.get("trial_end")),
                     sub.get("application_fee_percent"), sub.get("collection_method"),
                     sub.get("cancel_at_period_end"), ts(sub.get("canceled_at")),
                     ts(sub.get("ended_at")), g(sub, "cancellation_details", "reason")])
    write(out, "subscriptions.csv",
          ["id", "Customer ID", "Customer Description", "Customer Email", "Customer Name",
           "Plan", "Product", "Quantity", "Currency", "Interval", "Amount", "Status",
           "Created (UTC)", "Start (UTC)", "Current Period Start (UTC)",
           "Current Period End (UTC)", "Trial Start (UTC)", "Trial End (UTC)",
           "Application Fee Percent", "Billing", "Cancel At Period End",
           "Canceled At (UTC)", "Ended At (UTC)", "Cancellation Reason"], rows)

    # Invoices and their line items
    rows, lines = [], []
    for inv in objs["invoice"]:
        rows.append([inv["id"], inv.get("number"), inv.get("customer"),
                     inv.get("customer_name"), inv.get("customer_email"),
                     money(inv.get("amount_due")), money(inv.get("amount_paid")),
                     money(inv.get("amount_remaining")), inv.get("attempt_count"),
                     inv.get("attempted"), inv.get("currency"), ts(inv.get("created")),
                     inv.get("description"), ts(inv.get("due_date")),
                     money(inv.get("starting_balance")), money(inv.get("ending_balance")),
                     ts(inv.get("period_start")), ts(inv.get("period_end")),
                     inv.get("collection_method"), inv.get("billing_reason"),
                     money(inv.get("subtotal")), money(inv.get("total")), inv.get("status")])
        for li in g(inv, "lines", "data") or []:
            lines.append([li["id"], inv["id"], inv.get("number"), inv.get("customer"),
                          li.get("description"), li.get("quantity"), money(li.get("amount")),
                          li.get("currency"), ts(g(li, "period", "start")),
                          ts(g(li, "period", "end")), li.get("discountable")])
    write(out, "invoices.csv",
          ["id", "Number", "Customer", "Customer Name", "Customer Email", "Amount Due",
           "Amount Paid", "Amount Remaining", "Attempt Count", "Attempted", "Currency",
           "Date (UTC)", "Description", "Due Date (UTC)", "Starting Balance",
           "Ending Balance", "Period Start (UTC)", "Period End (UTC)", "Billing",
           "Billing Reason", "Subtotal", "Total", "Status"], rows)
    write(out, "invoice_line_items.csv",
          ["Line Item ID", "Invoice ID", "Invoice Number", "Customer ID", "Description",
           "Quantity", "Amount", "Currency", "Period Start (UTC)", "Period End (UTC)",
           "Discountable"], lines)

    # Quotes
    write(out, "quotes.csv",
          ["id", "Number", "Customer ID", "Customer Name", "Customer Email", "Status",
           "Description", "Amount Subtotal", "Amount Total", "Currency", "Created (UTC)",
           "Expires At (UTC)", "Collection Method", "Invoice ID", "Subscription ID"],
          [[q["id"], q.get("number"), q.get("customer"), cust(q.get("customer"), "name"),
            cust(q.get("customer"), "email"), q.get("status"), q.get("description"),
            money(q.get("amount_subtotal")), money(q.get("amount_total")), q.get("currency"),
            ts(q.get("created")), ts(q.get("expires_at")), q.get("collection_method"),
            q.get("invoice"), q.get("subscription")] for q in objs["quote"]])

    # Payments (charges): the Dashboard's default payments export columns
    header = ["id", "Description", "Seller Message", "Created (UTC)", "Amount",
              "Amount Refunded", "Currency", "Converted Amount", "Converted Amount Refunded",
              "Fee", "Tax", "Converted Currency", "Mode", "Status", "Statement Descriptor",
              "Customer ID", "Customer Description", "Customer Email", "Captured", "Card ID",
              "Card Last4", "Card Brand", "Card Funding", "Card Exp Month", "Card Exp Year",
              "Card Name", "Card Address Line1", "Card Address Line2", "Card Address City",
              "Card Address State", "Card Address Country", "Card Address Zip",
              "Card Issue Country", "Card Fingerprint", "Card CVC Status",
              "Card AVS Zip Status", "Card AVS Line1 Status", "Card Tokenization Method",
              "Disputed Amount", "Dispute Status", "Dispute Reason", "Dispute Date (UTC)",
              "Dispute Evidence Due (UTC)", "Invoice ID", "Payment Source Type",
              "Destination", "Transfer", "Interchange Costs", "Merchant Service Charge",
              "Transfer Group", "PaymentIntent ID"]
    rows = []
    for ch in objs["charge"]:
        card = g(ch, "payment_method_details", "card") or {}
        bd = ch.get("billing_details") or {}
        rows.append([ch["id"], ch.get("description"), g(ch, "outcome", "seller_message"),
                     ts(ch.get("created")), money(ch.get("amount")),
                     money(ch.get("amount_refunded")), ch.get("currency"),
                     money(ch.get("amount")), money(ch.get("amount_refunded")), "", "",
                     ch.get("currency"), "Live" if ch.get("livemode") else "Test",
                     "Paid" if ch.get("paid") else ch.get("status"),
                     ch.get("statement_descriptor"), ch.get("customer"),
                     cust(ch.get("customer"), "description"),
                     cust(ch.get("customer"), "email"), ch.get("captured"),
                     ch.get("payment_method"), card.get("last4"),
                     (card.get("brand") or "").capitalize(), card.get("funding"),
                     card.get("exp_month"), card.get("exp_year"), bd.get("name"),
                     g(bd, "address", "line1"), g(bd, "address", "line2"),
                     g(bd, "address", "city"), g(bd, "address", "state"),
                     g(bd, "address", "country"), g(bd, "address", "postal_code"),
                     card.get("country"), card.get("fingerprint"),
                     g(card, "checks", "cvc_check"),
                     g(card, "checks", "address_postal_code_check"),
                     g(card, "checks", "address_line1_check"), "", "", "", "", "", "",
                     ch.get("invoice") if isinstance(ch.get("invoice"), str) else "",
                     g(ch, "payment_method_details", "type"), "", ch.get("source_transfer"),
                     "", "", ch.get("transfer_group"), ch.get("payment_intent")])
    write(out, "payments.csv", header, rows)


if __name__ == "__main__":
    main()
