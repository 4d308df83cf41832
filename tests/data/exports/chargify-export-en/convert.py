"""Write Maxio Advanced Billing's (Chargify's) own example records as its CSV exports.

Usage: python convert.py GITDIR OUT

GITDIR is a git directory holding maxio-com/ab-python-sdk commit ea0ff777 (the `fetch`
tool's mirror of github:maxio-com/ab-python-sdk); OUT the folder to write. The records are
the JSON example responses ("Example Response *(as JSON)*") of the SDK's API reference,
doc/controllers/*.md, read with `git show`: every customer, subscription, product, product
family and invoice object they hold, first met wins by id (the files in the order of
SOURCES). The generator's placeholder records (id 0 or below) are not written. Columns are
labelled as the Chargify app labels them in its exports (Title Case words, amounts in
cents beside the decimal amounts on subscriptions), timestamps in the site's zone as
Rails writes them ('2016-11-14 14:48:10 -0500'), dates YYYY-MM-DD, booleans true/false,
empty for null; Ruby CSV's quoting (only where needed), LF line ends, UTF-8.
Standard library only; a rerun writes the same bytes.
"""
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "ea0ff777ef01d6350a77115ee7dce185ceed330c"
SOURCES = [
    "doc/controllers/customers.md",
    "doc/controllers/subscriptions.md",
    "doc/controllers/subscription-status.md",
    "doc/controllers/subscription-products.md",
    "doc/controllers/products.md",
    "doc/controllers/product-families.md",
    "doc/controllers/product-price-points.md",
    "doc/controllers/invoices.md",
]
EXAMPLE = re.compile(r"## Example Response \*\(as JSON\)\*\s*```json\n(.*?)\n```", re.S)
KINDS = ("customer", "subscription", "product", "product_family")


def show(gitdir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def collect(gitdir: str) -> dict[str, dict]:
    found: dict[str, dict] = {k: {} for k in (*KINDS, "invoice")}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in KINDS and isinstance(v, dict) and isinstance(v.get("id"), int) \
                        and v["id"] > 0 and (k != "customer" or "first_name" in v) \
                        and (not k.startswith("product") or v.get("name")):
                    found[k].setdefault(v["id"], v)
            uid = node.get("uid")
            if isinstance(uid, str) and uid.startswith("inv_") and "issue_date" in node:
                found["invoice"].setdefault(uid, node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in SOURCES:
        for block in EXAMPLE.findall(show(gitdir, path)):
            walk(json.loads(block))
    return found


def ts(value: object) -> str:
    """'2016-11-14T14:48:10-05:00' -> '2016-11-14 14:48:10 -0500' (Rails' Time#to_s)."""
    if not value:
        return ""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?([+-]\d\d):?(\d\d)|"
                     r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z", str(value))
    if not m:
        return str(value)
    if m.group(1):
        return f"{m.group(1)} {m.group(2)} {m.group(3)}{m.group(4)}"
    return f"{m.group(5)} {m.group(6)} UTC"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def money(cents: object) -> str:
    return "" if cents is None else f"{int(cents) / 100:.2f}"


def dec(value: object) -> str:
    return "" if value in (None, "") else f"{float(value):.2f}"


def customers(rows: dict) -> tuple[list[str], list[list[str]]]:
    head = ["ID", "First Name", "Last Name", "Email", "CC Emails", "Organization",
            "Reference", "Address", "Address 2", "City", "State", "Zip", "Country", "Phone",
            "Locale", "VAT Number", "Tax Exempt", "Parent ID", "Verified", "Created At",
            "Updated At"]
    out = []
    for c in rows.values():
        out.append([cell(c["id"]), cell(c.get("first_name")), cell(c.get("last_name")),
                    cell(c.get("email")), cell(c.get("cc_emails")), cell(c.get("organization")),
                    cell(c.get("reference")), cell(c.get("address")), cell(c.get("address_2")),
                    cell(c.get("city")), cell(c.get("state")), cell(c.get("zip")),
                    cell(c.get("country")), cell(c.get("phone")), cell(c.get("locale")),
                    cell(c.get("vat_number")), cell(c.get("tax_exempt")),
                    cell(c.get("parent_id")), cell(c.get("verified")),
                    ts(c.get("created_at")), ts(c.get("updated_at"))])
    return head, out


def subscriptions(rows: dict) -> tuple[list[str], list[list[str]]]:
    head = ["Subscription ID", "State", "Customer ID", "Customer Reference", "First Name",
            "Last Name", "Email", "Organization", "Product ID", "Product Name",
            "Product Handle", "Product Family", "Product Price In Cents", "Product Price",
            "Balance In Cents", "Balance", "Total Revenue In Cents", "Total Revenue",
            "Currency", "Coupon Code", "Referral Code", "Payment Collection Method",
            "Payment Type", "Created At", "Activated At", "Trial Started At",
            "Trial Ended At", "Current Period Started At", "Current Period Ends At",
            "Next Assessment At", "Expires At", "Canceled At", "Cancellation Message",
            "Cancellation Method", "Cancel At End Of Period", "Updated At"]
    out = []
    for s in rows.values():
        c = s.get("customer") or {}
        p = s.get("product") or {}
        f = p.get("product_family") or {}
        out.append([cell(s["id"]), cell(s.get("state")), cell(c.get("id")),
                    cell(c.get("reference")), cell(c.get("first_name")),
                    cell(c.get("last_name")), cell(c.get("email")), cell(c.get("organization")),
                    cell(p.get("id")), cell(p.get("name")), cell(p.get("handle")),
                    cell(f.get("name")), cell(s.get("product_price_in_cents")),
                    money(s.get("product_price_in_cents")), cell(s.get("balance_in_cents")),
                    money(s.get("balance_in_cents")), cell(s.get("total_revenue_in_cents")),
                    money(s.get("total_revenue_in_cents")), cell(s.get("currency")),
                    cell(s.get("coupon_code")), cell(s.get("referral_code")),
                    cell(s.get("payment_collection_method")), cell(s.get("payment_type")),
                    ts(s.get("created_at")), ts(s.get("activated_at")),
                    ts(s.get("trial_started_at")), ts(s.get("trial_ended_at")),
                    ts(s.get("current_period_started_at")), ts(s.get("current_period_ends_at")),
                    ts(s.get("next_assessment_at")), ts(s.get("expires_at")),
                    ts(s.get("canceled_at")), cell(s.get("cancellation_message")),
                    cell(s.get("cancellation_method")), cell(s.get("cancel_at_end_of_period")),
                    ts(s.get("updated_at"))])
    return head, out


def products(rows: dict) -> tuple[list[str], list[list[str]]]:
    head = ["Product ID", "Name", "Handle", "Description", "Product Family", "Price",
            "Interval", "Interval Unit", "Initial Charge", "Trial Price", "Trial Interval",
            "Trial Interval Unit", "Expiration Interval", "Expiration Interval Unit",
            "Accounting Code", "Require Credit Card", "Taxable", "Archived At", "Created At",
            "Updated At"]
    out = []
    for p in rows.values():
        f = p.get("product_family") or {}
        out.append([cell(p["id"]), cell(p.get("name")), cell(p.get("handle")),
                    cell(p.get("description")), cell(f.get("name")),
                    money(p.get("price_in_cents")), cell(p.get("interval")),
                    cell(p.get("interval_unit")), money(p.get("initial_charge_in_cents")),
                    money(p.get("trial_price_in_cents")), cell(p.get("trial_interval")),
                    cell(p.get("trial_interval_unit")), cell(p.get("expiration_interval")),
                    cell(p.get("expiration_interval_unit")), cell(p.get("accounting_code")),
                    cell(p.get("require_credit_card")), cell(p.get("taxable")),
                    ts(p.get("archived_at")), ts(p.get("created_at")), ts(p.get("updated_at"))])
    return head, out


def product_families(rows: dict) -> tuple[list[str], list[list[str]]]:
    head = ["ID", "Name", "Handle", "Description", "Accounting Code", "Archived At",
            "Created At", "Updated At"]
    out = [[cell(f["id"]), cell(f.get("name")), cell(f.get("handle")),
            cell(f.get("description")), cell(f.get("accounting_code")),
            ts(f.get("archived_at")), ts(f.get("created_at")), ts(f.get("updated_at"))]
           for f in rows.values()]
    return head, out


def invoices(rows: dict) -> tuple[list[str], list[list[str]]]:
    head = ["Number", "UID", "Status", "Issue Date", "Due Date", "Paid Date", "Customer ID",
            "Customer Name", "Customer Email", "Customer Organization", "Subscription ID",
            "Product Name", "Product Family", "Currency", "Subtotal", "Discount", "Tax",
            "Total", "Credits", "Paid", "Refunded", "Due", "Collection Method", "Memo",
            "Billing Street", "Billing Line 2", "Billing City", "Billing State", "Billing Zip",
            "Billing Country"]
    out = []
    for i in rows.values():
        c = i.get("customer") or {}
        a = i.get("billing_address") or {}
        name = " ".join(x for x in (cell(c.get("first_name")), cell(c.get("last_name"))) if x)
        out.append([cell(i.get("number")), cell(i["uid"]), cell(i.get("status")),
                    cell(i.get("issue_date")), cell(i.get("due_date")), cell(i.get("paid_date")),
                    cell(c.get("chargify_id")), name, cell(c.get("email")),
                    cell(c.get("organization")), cell(i.get("subscription_id")),
                    cell(i.get("product_name")), cell(i.get("product_family_name")),
                    cell(i.get("currency")), dec(i.get("subtotal_amount")),
                    dec(i.get("discount_amount")), dec(i.get("tax_amount")),
                    dec(i.get("total_amount")), dec(i.get("credit_amount")),
                    dec(i.get("paid_amount")), dec(i.get("refund_amount")),
                    dec(i.get("due_amount")), cell(i.get("collection_method")),
                    cell(i.get("memo")), cell(a.get("street")), cell(a.get("line2")),
                    cell(a.get("city")), cell(a.get("state")), cell(a.get("zip")),
                    cell(a.get("country"))])
    return head, out


def write(path: Path, head: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    print(f"{path.name}: {len(rows)} rows")


def main() -> None:
    gitdir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    found = collect(gitdir)
    write(out / "customers.csv", *customers(found["customer"]))
    write(out / "subscriptions.csv", *subscriptions(found["subscription"]))
    write(out / "products.csv", *products(found["product"]))
    write(out / "product_families.csv", *product_families(found["product_family"]))
    write(out / "invoices.csv", *invoices(found["invoice"]))


if __name__ == "__main__":
    main()
