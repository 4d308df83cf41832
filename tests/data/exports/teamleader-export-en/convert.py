"""Teamleader Focus's records as recorded in an open-licence API client's mock responses
(Weichie-com/teamleader-mcp, MIT: tests/mocks/teamleader.ts), written as Teamleader Focus's
list exports (one CSV per list) headed by its English field labels (ours; see SOURCE.md).

Usage::

    python convert.py GITDIR OUT

GITDIR is a git directory holding Weichie-com/teamleader-mcp at COMMIT (the ``fetch``
tool's mirror); the mock file is read from it with ``git show``.

What the recorded API answers become:

* one file per Teamleader list: companies, contacts, deals, quotations, invoices, products,
  meetings (calendar events), users, timetracking; a row per record of the ``list``
  answer; where the same record's ``info`` answer holds more (remarks, company link,
  invoicing address, marketing consent...), those cells are filled from it;
* references by id are written as the list shows them: the name of the record they name
  when the mock holds it (a responsible user -> 'Test User', a deal phase -> 'Qualifying',
  a department -> 'Main Department', a customer -> the company's or contact's name); the
  references whose record the mock does not hold (business type, deal source, pipeline,
  activity type, unit of measure, work type) are left out of the export;
* dates ``YYYY-MM-DD`` and date-times ``YYYY-MM-DD HH:MM`` in the account's local time (the
  offset the API gives: Europe/Brussels), money as a plain number with two decimals, a
  probability in percent, yes/no as ``Yes`` / ``No``, a country as its English name, a
  language as its English name, tags comma-separated;
* CSV: comma-separated, a value holding a comma, a quote or a line break quoted, rows CR LF,
  UTF-8 with a byte order mark (so Excel opens the file as UTF-8).
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "083734c60e22f8fc49d82b2a1d2e0462567a702f"
MOCKS = "tests/mocks/teamleader.ts"

COUNTRIES = {"BE": "Belgium"}
LANGUAGES = {"nl": "Dutch", "en": "English", "fr": "French", "de": "German"}


def git_show(gitdir: str, path: str) -> str:
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def ts_to_json(src: str) -> str:
    """A TypeScript object literal (single-quoted strings, bare keys, trailing commas,
    // comments) -> JSON text."""
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "'":
            j = i + 1
            buf = []
            while src[j] != "'":
                if src[j] == "\\":
                    buf.append(src[j + 1])
                    j += 2
                    continue
                buf.append(src[j])
                j += 1
            out.append(json.dumps("".join(buf)))
            i = j + 1
        elif src.startswith("//", i):
            while i < n and src[i] != "\n":
                i += 1
        else:
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", src[i:])
            if m and m.group(0) not in ("null", "true", "false"):
                out.append(json.dumps(m.group(0)))
                i += len(m.group(0))
            elif m:
                out.append(m.group(0))
                i += len(m.group(0))
            else:
                out.append(c)
                i += 1
    text = "".join(out)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def mocks(ts: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for m in re.finditer(r"export const (\w+) = (\{.*?\n\});", ts, re.S):
        out[m.group(1)] = json.loads(ts_to_json(m.group(2)))
    return out


def day(v: str | None) -> str:
    return v[:10] if v else ""


def when(v: str | None) -> str:
    return f"{v[:10]} {v[11:16]}" if v else ""


def money(v: dict | None) -> str:
    return f"{v['amount']:.2f}" if v else ""


def yes(v: bool | None) -> str:
    return "" if v is None else ("Yes" if v else "No")


def cap(v: str | None) -> str:
    return v.replace("_", " ").capitalize() if v else ""


def email(rec: dict, kind: str) -> str:
    return next((e["email"] for e in rec.get("emails") or [] if e["type"] == kind), "")


def phone(rec: dict, kind: str) -> str:
    return next((t["number"] for t in rec.get("telephones") or [] if t["type"] == kind), "")


def address(rec: dict, kind: str) -> dict:
    if kind == "primary" and rec.get("primary_address"):
        return rec["primary_address"]
    for a in rec.get("addresses") or []:
        if a["type"] == kind:
            return a["address"]
    return {}


def payment_term(v: dict | None) -> str:
    if not v:
        return ""
    if v["type"] == "cash":
        return "Cash"
    return f"{v['days']} days {v['type'].replace('_', ' ')}"


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    (out / name).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def main(gitdir: str, out_dir: str) -> None:
    out = Path(out_dir)
    m = mocks(git_show(gitdir, MOCKS))

    users = {u["id"]: u for u in m["mockUsers"]["list"]["data"]}
    companies = m["mockCompanies"]["list"]["data"]
    contacts = m["mockContacts"]["list"]["data"]
    deals = m["mockDeals"]["list"]["data"]
    names: dict[str, str] = {u: f"{r['first_name']} {r['last_name']}" for u, r in users.items()}
    names.update({c["id"]: c["name"] for c in companies})
    names.update({c["id"]: f"{c['first_name']} {c['last_name']}" for c in contacts})
    names.update({d["id"]: d["title"] for d in deals})
    names.update({p["id"]: p["name"] for p in m["mockDealPhases"]["list"]["data"]})
    names.update({p["id"]: p["name"] for p in m["mockDepartments"]["list"]["data"]})

    def ref(v: dict | None) -> str:
        return names.get(v["id"], "") if v else ""

    def info(key: str, rec: dict) -> dict:
        full = m[key].get("info", {}).get("data", {})
        return {**full, **rec} if full.get("id") == rec["id"] else rec

    # Companies
    header = ["ID", "Name", "VAT number", "Company number", "Email", "Invoicing email",
              "Telephone", "Website", "Street", "Postal code", "City", "Country",
              "Invoicing street", "Invoicing postal code", "Invoicing city",
              "Invoicing country", "IBAN", "BIC", "Language", "Payment term",
              "Account manager", "Tags", "Remarks", "Marketing mails consent", "Status",
              "Added on"]
    rows = []
    for c in companies:
        c = info("mockCompanies", c)
        a, b = address(c, "primary"), address(c, "invoicing")
        rows.append([c["id"], c["name"], c.get("vat_number") or "",
                     c.get("national_identification_number") or "", email(c, "primary"),
                     email(c, "invoicing"), phone(c, "phone"), c.get("website") or "",
                     a.get("line_1", ""), a.get("postal_code", ""), a.get("city", ""),
                     COUNTRIES.get(a.get("country", ""), ""), b.get("line_1", ""),
                     b.get("postal_code", ""), b.get("city", ""),
                     COUNTRIES.get(b.get("country", ""), ""), c.get("iban") or "",
                     c.get("bic") or "", LANGUAGES.get(c.get("language"), ""),
                     payment_term(c.get("payment_term")), ref(c.get("responsible_user")),
                     ", ".join(c.get("tags") or []), c.get("remarks") or "",
                     yes(c.get("marketing_mails_consent")), cap(c.get("status")),
                     day(c.get("added_at"))])
    write(out, "companies.csv", header, rows)

    # Contacts
    header = ["ID", "Salutation", "First name", "Last name", "Gender", "Birthdate", "Email",
              "Telephone", "Website", "Street", "Postal code", "City", "Country", "Company",
              "Position", "Decision maker", "VAT number", "National identification number",
              "IBAN", "BIC", "Language", "Payment term", "Tags", "Remarks",
              "Marketing mails consent", "Status", "Added on"]
    rows = []
    for c in contacts:
        c = info("mockContacts", {**c, "national_identification_number": c[
            "national_identification_number"]})
        a = address(c, "primary")
        link = next((x for x in c.get("companies") or [] if x.get("is_primary")), {})
        rows.append([c["id"], c.get("salutation") or "", c["first_name"], c["last_name"],
                     cap(c.get("gender")), c.get("birthdate") or "", email(c, "primary"),
                     phone(c, "phone"), c.get("website") or "", a.get("line_1", ""),
                     a.get("postal_code", ""), a.get("city", ""),
                     COUNTRIES.get(a.get("country", ""), ""), ref(link.get("company")),
                     link.get("position") or "", yes(link.get("decision_maker")),
                     c.get("vat_number") or "", c.get("national_identification_number") or "",
                     c.get("iban") or "", c.get("bic") or "",
                     LANGUAGES.get(c.get("language"), ""), payment_term(c.get("payment_term")),
                     ", ".join(c.get("tags") or []), c.get("remarks") or "",
                     yes(c.get("marketing_mails_consent")), cap(c.get("status")),
                     day(c.get("added_at"))])
    write(out, "contacts.csv", header, rows)

    # Deals
    header = ["ID", "Reference", "Title", "Summary", "Customer", "Contact person", "Status",
              "Phase", "Estimated value", "Probability", "Weighted value",
              "Estimated closing date", "Purchase order number", "Responsible user",
              "Department", "Closed on", "Created on"]
    rows = []
    for d in deals:
        lead = d["lead"]
        rows.append([d["id"], d["reference"], d["title"], d.get("summary") or "",
                     ref(lead.get("customer")), ref(lead.get("contact_person")),
                     cap(d["status"]), ref(d.get("current_phase")),
                     money(d.get("estimated_value")),
                     f"{round(d['estimated_probability'] * 100)}%",
                     money(d.get("weighted_value")), d.get("estimated_closing_date") or "",
                     d.get("purchase_order_number") or "", ref(d.get("responsible_user")),
                     ref(d.get("department")), when(d.get("closed_at")),
                     when(d.get("created_at"))])
    write(out, "deals.csv", header, rows)

    # Quotations
    header = ["ID", "Name", "Deal", "Status", "Total excl. VAT", "VAT", "Total incl. VAT",
              "Currency", "Created on"]
    rows = []
    for q in m["mockQuotations"]["list"]["data"]:
        t = q["total"]
        vat = sum(x["tax"]["amount"] for x in t["taxes"])
        rows.append([q["id"], q["name"], ref(q.get("deal")), cap(q["status"]),
                     money(t["tax_exclusive"]), f"{vat:.2f}", money(t["tax_inclusive"]),
                     t["tax_exclusive"]["currency"], when(q.get("created_at"))])
    write(out, "quotations.csv", header, rows)

    # Invoices
    header = ["ID", "Invoice number", "Invoice date", "Customer", "For attention of",
              "VAT number", "Due date", "Status", "Paid", "Paid on", "Purchase order number",
              "Payment reference", "Total excl. VAT", "VAT", "Total incl. VAT",
              "Amount due", "Currency", "Deal", "Department"]
    rows = []
    for v in m["mockInvoices"]["list"]["data"]:
        t, inv = v["total"], v["invoicee"]
        vat = sum(x["tax"]["amount"] for x in t["taxes"])
        fao = inv.get("for_attention_of") or {}
        rows.append([v["id"], v["invoice_number"], v["invoice_date"], inv["name"],
                     fao.get("name", ""), inv.get("vat_number") or "", v["due_on"],
                     cap(v["status"]), yes(v["paid"]), when(v.get("paid_at")),
                     v.get("purchase_order_number") or "", v.get("payment_reference") or "",
                     money(t["tax_exclusive"]), f"{vat:.2f}", money(t["tax_inclusive"]),
                     money(t["due"]), t["tax_exclusive"]["currency"], ref(v.get("deal")),
                     ref(v.get("department"))])
    write(out, "invoices.csv", header, rows)

    # Products
    header = ["ID", "Code", "Name", "Description", "Purchase price", "Selling price",
              "Added on"]
    rows = [[p["id"], p["code"], p["name"], p.get("description") or "",
             money(p.get("purchase_price")), money(p.get("selling_price")),
             day(p.get("added_at"))] for p in m["mockProducts"]["list"]["data"]]
    write(out, "products.csv", header, rows)

    # Meetings (calendar events)
    header = ["ID", "Title", "Description", "Start", "End", "Location", "Created by",
              "Attendees", "Linked to"]
    rows = [[e["id"], e["title"], e.get("description") or "", when(e["starts_at"]),
             when(e["ends_at"]), e.get("location") or "", ref(e.get("creator")),
             ", ".join(ref(a) for a in e.get("attendees") or []),
             ", ".join(ref(a) for a in e.get("links") or [])]
            for e in m["mockEvents"]["list"]["data"]]
    write(out, "meetings.csv", header, rows)

    # Users
    header = ["ID", "First name", "Last name", "Email", "Function", "Language", "Status"]
    rows = [[u["id"], u["first_name"], u["last_name"], u["email"], u.get("function") or "",
             LANGUAGES.get(u.get("language"), ""), cap(u.get("status"))]
            for u in users.values()]
    write(out, "users.csv", header, rows)

    # Time tracking
    header = ["ID", "User", "Date", "Start", "End", "Duration (hours)", "Description",
              "Invoiceable", "Billed", "Hourly rate"]
    rows = []
    for t in m["mockTimeTracking"]["list"]["data"]:
        billing = t.get("billing_info") or {}
        rows.append([t["id"], ref(t.get("user")), t["started_on"], when(t["started_at"]),
                     when(t["ended_at"]), f"{t['duration'] / 3600:.2f}",
                     t.get("description") or "", yes(t.get("invoiceable")),
                     yes(billing.get("billed")), money(t.get("hourly_rate"))])
    write(out, "timetracking.csv", header, rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
