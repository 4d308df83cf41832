"""QuickBooks Online's recorded API responses as QuickBooks Online's own list exports write them.

The records: the QuickBooks Online (QBO) v3 API responses that ruckus/quickbooks-ruby (MIT,
a Ruby client of the QBO API) recorded as its test fixtures (spec/fixtures/*.xml): the
query responses of a QBO sandbox company (customers, vendors, employees, products and
services, one invoice) and one estimate. This converter reads them with `git show` at the
pinned commit and writes them as QBO's "Export to Excel" of its list pages (Sales >
Customers, Expenses > Vendors, Payroll > Employees, Sales > Products and services, Sales >
Invoices, Sales > Estimates), saved as CSV: QBO's UI column labels (en-US), dates
MM/DD/YYYY, money with two decimals and no symbol, Yes/No, CR LF. QBO's list exports carry
no internal id: a name is the key (QBO keeps display names unique).

    python convert.py GITDIR OUT_DIR
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

COMMIT = "21e771543901cf984eaef188cbce6dbc12233284"
NS = {"q": "http://schema.intuit.com/finance/v3"}
SOURCES = {
    "customers": "spec/fixtures/customers.xml",
    "vendors": "spec/fixtures/vendors.xml",
    "employees": "spec/fixtures/employees.xml",
    "items": "spec/fixtures/items.xml",
    "invoices": "spec/fixtures/invoices.xml",
    "estimate": "spec/fixtures/estimate.xml",
}


def load(gitdir: str, path: str) -> ET.Element:
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True).stdout
    root = ET.fromstring(raw)
    for el in root.iter():  # estimate.xml is recorded without the namespace: give it one
        if not el.tag.startswith("{"):
            el.tag = f"{{{NS['q']}}}{el.tag}"
    return root


def t(el: ET.Element | None, path: str) -> str:
    if el is None:
        return ""
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None and found.text else ""


def date(iso: str) -> str:  # 2013-11-15 or 2013-11-15T14:58:20-08:00 -> 11/15/2013
    if not iso:
        return ""
    y, m, d = iso[:10].split("-")
    return f"{m}/{d}/{y}"


def money(v: str) -> str:
    return f"{Decimal(v):.2f}" if v else ""


def yes(v: str) -> str:
    return {"true": "Yes", "false": "No"}.get(v, "")


def street(addr: ET.Element | None) -> str:
    return ", ".join(x for x in (t(addr, "q:Line1"), t(addr, "q:Line2")) if x)


def customers(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Customer", "Company", "First Name", "Last Name", "Phone", "Mobile", "Fax", "Other",
            "Email", "Website", "Billing Street", "Billing City", "Billing State", "Billing ZIP",
            "Billing Country", "Shipping Street", "Shipping City", "Shipping State",
            "Shipping ZIP", "Shipping Country", "Sub-customer of", "Bill with parent",
            "Taxable", "Resale No.", "Preferred delivery method", "Notes", "Open Balance",
            "Create Date"]
    recs = root.findall(".//q:Customer", NS)
    names = {t(c, "q:Id"): t(c, "q:DisplayName") for c in recs}
    rows = []
    for c in sorted(recs, key=lambda c: t(c, "q:DisplayName").lower()):  # the list's order
        b, s = c.find("q:BillAddr", NS), c.find("q:ShipAddr", NS)
        rows.append([
            t(c, "q:DisplayName"), t(c, "q:CompanyName"), t(c, "q:GivenName"),
            t(c, "q:FamilyName"), t(c, "q:PrimaryPhone/q:FreeFormNumber"),
            t(c, "q:Mobile/q:FreeFormNumber"), t(c, "q:Fax/q:FreeFormNumber"),
            t(c, "q:AlternatePhone/q:FreeFormNumber"), t(c, "q:PrimaryEmailAddr/q:Address"),
            t(c, "q:WebAddr/q:URI"), street(b), t(b, "q:City"), t(b, "q:CountrySubDivisionCode"),
            t(b, "q:PostalCode"), t(b, "q:Country"), street(s), t(s, "q:City"),
            t(s, "q:CountrySubDivisionCode"), t(s, "q:PostalCode"), t(s, "q:Country"),
            names.get(t(c, "q:ParentRef"), ""),
            yes(t(c, "q:BillWithParent")) if t(c, "q:Job") == "true" else "",
            yes(t(c, "q:Taxable")), t(c, "q:ResaleNum"), t(c, "q:PreferredDeliveryMethod"),
            t(c, "q:Notes"), money(t(c, "q:BalanceWithJobs")),
            date(t(c, "q:MetaData/q:CreateTime"))])
    return head, rows


def vendors(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Vendor", "Company", "Title", "First Name", "Middle Name", "Last Name", "Suffix",
            "Print on check as", "Phone", "Tax ID", "Track payments for 1099", "Open Balance",
            "Create Date"]
    rows = []
    for v in sorted(root.findall(".//q:Vendor", NS), key=lambda v: t(v, "q:DisplayName").lower()):
        rows.append([
            t(v, "q:DisplayName"), t(v, "q:CompanyName"), t(v, "q:Title"), t(v, "q:GivenName"),
            t(v, "q:MiddleName"), t(v, "q:FamilyName"), t(v, "q:Suffix"),
            t(v, "q:PrintOnCheckName"), t(v, "q:OtherContactInfo/q:Telephone/q:FreeFormNumber"),
            t(v, "q:TaxIdentifier"), yes(t(v, "q:Vendor1099")), money(t(v, "q:Balance")),
            date(t(v, "q:MetaData/q:CreateTime"))])
    return head, rows


def employees(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Employee", "First Name", "Last Name", "Print on check as", "Phone", "Street",
            "City", "State", "ZIP", "Billable", "Bill Rate", "Hire Date"]
    rows = []
    for e in sorted(root.findall(".//q:Employee", NS), key=lambda e: t(e, "q:DisplayName").lower()):
        a = e.find("q:PrimaryAddr", NS)
        rows.append([
            t(e, "q:DisplayName"), t(e, "q:GivenName"), t(e, "q:FamilyName"),
            t(e, "q:PrintOnCheckName"), t(e, "q:PrimaryPhone/q:FreeFormNumber"), street(a),
            t(a, "q:City"), t(a, "q:CountrySubDivisionCode"), t(a, "q:PostalCode"),
            yes(t(e, "q:BillableTime")), money(t(e, "q:BillRate")), date(t(e, "q:HiredDate"))])
    return head, rows


def items(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Product/Service Name", "Sales Description", "Type", "Sales Price / Rate", "Taxable",
            "Income Account", "Purchase Cost"]
    rows = []
    for i in sorted(root.findall(".//q:Item", NS), key=lambda i: t(i, "q:Name").lower()):
        inc = i.find("q:IncomeAccountRef", NS)
        rows.append([
            t(i, "q:Name"), t(i, "q:Description"), t(i, "q:Type"), money(t(i, "q:UnitPrice")),
            yes(t(i, "q:Taxable")), inc.get("name", "") if inc is not None else "",
            money(t(i, "q:PurchaseCost"))])
    return head, rows


def ref_name(el: ET.Element, tag: str) -> str:
    r = el.find(f"q:{tag}", NS)
    return r.get("name", "") if r is not None else ""


def invoices(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Date", "Type", "No.", "Customer", "Memo", "Message on invoice", "Due Date",
            "Currency", "Balance", "Total", "Status"]
    rows = []
    for v in root.findall(".//q:Invoice", NS):
        bal = Decimal(t(v, "q:Balance") or "0")
        rows.append([
            date(t(v, "q:TxnDate")), "Invoice", t(v, "q:DocNumber"), ref_name(v, "CustomerRef"),
            t(v, "q:PrivateNote"), t(v, "q:CustomerMemo"), date(t(v, "q:DueDate")),
            t(v, "q:CurrencyRef"), money(t(v, "q:Balance")), money(t(v, "q:TotalAmt")),
            "Open" if bal else "Paid"])
    return head, rows


def estimates(root: ET.Element) -> tuple[list[str], list[list[str]]]:
    head = ["Date", "Type", "No.", "Customer", "Email", "Message on estimate", "Expiration Date",
            "Billing Street", "Billing City", "Billing State", "Billing ZIP", "Billing Country",
            "Shipping Street", "Shipping City", "Shipping State", "Shipping ZIP",
            "Shipping Country", "Currency", "Tax", "Total", "Status", "Accepted By",
            "Accepted Date"]
    rows = []
    for e in [root] if root.tag.endswith("Estimate") else root.findall(".//q:Estimate", NS):
        b, s = e.find("q:BillAddr", NS), e.find("q:ShipAddr", NS)
        rows.append([
            date(t(e, "q:TxnDate")), "Estimate", t(e, "q:DocNumber"), ref_name(e, "CustomerRef"),
            t(e, "q:BillEmail/q:Address"), t(e, "q:CustomerMemo"), date(t(e, "q:ExpirationDate")),
            street(b), t(b, "q:City"), t(b, "q:CountrySubDivisionCode"), t(b, "q:PostalCode"),
            t(b, "q:Country"), street(s), t(s, "q:City"), t(s, "q:CountrySubDivisionCode"),
            t(s, "q:PostalCode"), t(s, "q:Country"), t(e, "q:CurrencyRef"),
            money(t(e, "q:TxnTaxDetail/q:TotalTax")), money(t(e, "q:TotalAmt")),
            t(e, "q:TxnStatus"), t(e, "q:AcceptedBy"), date(t(e, "q:AcceptedDate"))])
    return head, rows


OUTPUTS = [  # file, source, writer
    ("Customers.csv", "customers", customers),
    ("Vendors.csv", "vendors", vendors),
    ("Employees.csv", "employees", employees),
    ("ProductServiceList.csv", "items", items),
    ("Invoices.csv", "invoices", invoices),
    ("Estimates.csv", "estimate", estimates),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, src, fn in OUTPUTS:
        head, rows = fn(load(a.gitdir, SOURCES[src]))
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(head)
            w.writerows(rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
