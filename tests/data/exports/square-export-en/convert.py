"""Square's own example records -> Square Dashboard-style CSV exports (English).

Usage: python convert.py SPECGIT OUT

SPECGIT is a git directory holding square/connect-api-specification at COMMIT (e.g. the
`fetch` tool's mirror of github:square/connect-api-specification). The script reads
`api.json` at COMMIT with `git show` and takes the example bodies Square publishes with its
API reference (components.schemas.*.example): every customer, catalog item, invoice, team
member and booking carrying a Square id. A record met in several examples is written once,
as first met in the file's order. Output: customers.csv, items.csv, invoices.csv, team.csv,
appointments.csv (comma-separated, minimal quoting, CR LF, UTF-8 without BOM). Standard
library only; a rerun gives the same bytes.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "5733f6624e9a5b930a8426f0e02a6bf7e35c6c0f"


def show(gitdir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def collect(spec: dict) -> dict[str, dict[str, dict]]:
    """kind -> id -> record, first met wins, in the order of the schemas in api.json."""
    found: dict[str, dict[str, dict]] = {}
    names = {"customer": "customer", "customers": "customer", "invoice": "invoice",
             "invoices": "invoice", "team_member": "team_member", "team_members": "team_member",
             "objects": "object", "object": "object", "related_objects": "object",
             "booking": "booking", "bookings": "booking"}

    def add(kind: str, rec: object) -> None:
        if (isinstance(rec, dict) and isinstance(rec.get("id"), str)
                and not rec["id"].startswith("#")):
            found.setdefault(kind, {}).setdefault(rec["id"], rec)

    def walk(o: object) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                if k in names:
                    if isinstance(v, list):
                        for x in v:
                            add(names[k], x)
                    elif isinstance(v, dict) and k == "team_members":
                        for x in v.values():  # bulk answers: idempotency key -> {team_member}
                            if isinstance(x, dict):
                                add("team_member", x.get("team_member"))
                    else:
                        add(names[k], v)
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    for schema in spec["components"]["schemas"].values():
        if "example" in schema:
            walk(schema["example"])
    return found


def stamp(value: str | None) -> str:
    """'2016-03-23T20:21:54.859Z' -> '2016-03-23 20:21:54' (UTC as recorded)."""
    if not value:
        return ""
    return value.replace("T", " ").replace("Z", "").split(".")[0]


def money(m: dict | None) -> str:
    if not m or m.get("amount") is None:
        return ""
    return f"{m['amount'] / 100:.2f}"


def words(enum: str | None) -> str:
    return (enum or "").replace("_", " ").title()


def yn(flag: object) -> str:
    return "" if flag is None else ("Y" if flag else "N")


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(out / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main(gitdir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spec = json.loads(show(gitdir, "api.json"))
    found = collect(spec)
    objects = found.get("object", {})

    # Customer Directory export (Customers > Export customers)
    header = ["Reference ID", "First Name", "Surname", "Email Address", "Phone Number",
              "Nickname", "Company Name", "Street Address 1", "Street Address 2", "City",
              "State", "Postal Code", "Country", "Birthday", "Memo", "Square Customer ID",
              "Creation Source", "Customer Since", "Email Subscription Status"]
    rows = []
    for c in found["customer"].values():
        a = c.get("address") or {}
        prefs = c.get("preferences") or {}
        sub = prefs.get("email_unsubscribed")
        rows.append([c.get("reference_id", ""), c.get("given_name", ""),
                     c.get("family_name", ""), c.get("email_address", ""),
                     c.get("phone_number", ""), c.get("nickname", ""),
                     c.get("company_name", ""), a.get("address_line_1", ""),
                     a.get("address_line_2", ""), a.get("locality", ""),
                     a.get("administrative_district_level_1", ""), a.get("postal_code", ""),
                     a.get("country", ""), c.get("birthday", ""), c.get("note", ""), c["id"],
                     words(c.get("creation_source")), stamp(c.get("created_at")),
                     "" if sub is None else ("Unsubscribed" if sub else "Subscribed")])
    write(out, "customers.csv", header, rows)

    # Item library export: one row per variation, the variation's token first
    def name_of(oid: str, data: str) -> str:
        o = objects.get(oid) or {}
        return (o.get(data) or {}).get("name", "")

    header = ["Token", "Item Name", "Variation Name", "SKU", "Description", "Category",
              "Item Type", "Price", "Currency", "Taxable", "Archived", "Sellable", "Stockable"]
    rows = []
    for o in objects.values():
        if o.get("type") != "ITEM":
            continue
        d = o["item_data"]
        cats = [name_of(c["id"], "category_data") for c in d.get("categories", [])]
        cat = name_of(d["category_id"], "category_data") if d.get("category_id") else ""
        category = ", ".join(x for x in cats if x) or cat
        for v in d.get("variations", []):
            vd = v.get("item_variation_data", {})
            pm = vd.get("price_money") or {}
            rows.append([v["id"], d.get("name", ""), vd.get("name", ""), vd.get("sku", ""),
                         d.get("description_plaintext") or d.get("description", ""),
                         category, words(d.get("product_type")), money(pm),
                         pm.get("currency", ""),
                         yn(d.get("is_taxable", bool(d.get("tax_ids")) or None)),
                         yn(d.get("is_archived")), yn(vd.get("sellable")),
                         yn(vd.get("stockable"))])
    write(out, "items.csv", header, rows)

    # Invoices export
    header = ["Invoice ID", "Invoice Number", "Invoice Title", "Customer ID", "Customer Name",
              "Customer Email", "Customer Phone", "Status", "Created", "Scheduled",
              "Service Date", "Due Date", "Amount Requested", "Amount Paid", "Currency",
              "Delivery Method", "Message", "Order ID", "Location ID"]
    rows = []
    for i in found["invoice"].values():
        r = i.get("primary_recipient") or {}
        reqs = i.get("payment_requests") or []
        due = max((p.get("due_date", "") for p in reqs), default="")
        req = sum((p.get("computed_amount_money") or {}).get("amount", 0) for p in reqs)
        paid = sum((p.get("total_completed_amount_money") or {}).get("amount", 0) for p in reqs)
        cur = next(((p.get("computed_amount_money") or {}).get("currency") for p in reqs), "")
        name = " ".join(x for x in (r.get("given_name"), r.get("family_name")) if x)
        rows.append([i["id"], i.get("invoice_number", ""), i.get("title", ""),
                     r.get("customer_id", ""), name, r.get("email_address", ""),
                     r.get("phone_number", ""), words(i.get("status")),
                     stamp(i.get("created_at")), stamp(i.get("scheduled_at")),
                     i.get("sale_or_service_date", ""), due,
                     money({"amount": req}) if reqs else "",
                     money({"amount": paid}) if reqs else "", cur or "",
                     words(i.get("delivery_method")), i.get("description", ""),
                     i.get("order_id", ""), i.get("location_id", "")])
    write(out, "invoices.csv", header, rows)

    # Team export (Staff > Team members)
    header = ["Team Member ID", "First Name", "Last Name", "Email Address", "Phone Number",
              "Reference ID", "Status", "Account Owner", "Job Title", "Pay Type",
              "Hourly Rate", "Date Added"]
    rows = []
    for t in found["team_member"].values():
        jobs = (t.get("wage_setting") or {}).get("job_assignments") or []
        job = jobs[0] if jobs else {}
        rows.append([t["id"], t.get("given_name", ""), t.get("family_name", ""),
                     t.get("email_address", ""), t.get("phone_number", ""),
                     t.get("reference_id", ""), words(t.get("status")), yn(t.get("is_owner")),
                     job.get("job_title", ""), words(job.get("pay_type")),
                     money(job.get("hourly_rate")), stamp(t.get("created_at"))])
    write(out, "team.csv", header, rows)

    # Appointments (bookings) export
    header = ["Booking ID", "Start Time", "Duration (minutes)", "Status", "Customer ID",
              "Team Member ID", "Service Variation ID", "Location ID", "Customer Note",
              "Seller Note", "Created", "Updated"]
    rows = []
    for b in found["booking"].values():
        segs = b.get("appointment_segments") or [{}]
        dur = sum(s.get("duration_minutes", 0) for s in segs)
        rows.append([b["id"], stamp(b.get("start_at")), str(dur) if dur else "",
                     words(b.get("status")), b.get("customer_id", ""),
                     segs[0].get("team_member_id", ""), segs[0].get("service_variation_id", ""),
                     b.get("location_id", ""), b.get("customer_note", ""),
                     b.get("seller_note", ""), stamp(b.get("created_at")),
                     stamp(b.get("updated_at"))])
    write(out, "appointments.csv", header, rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
