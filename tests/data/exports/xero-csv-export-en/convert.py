"""Xero's own CSV exports (contacts, sales invoices, quotes, inventory items) of the fixed
examples in Xero's accounting API specification.

Built for round Z19 (session 57, keys463). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub XeroAPI/Xero-OpenAPI (MIT) holding commit
e952d0bda3628facbf7afc5990ad6a0e7e77bd1e; xero_accounting.yaml is read with `git show` and
parsed with PyYAML (the one package beyond the standard library).

Rules (nothing here is invented data):
- Records: the JSON response examples (`responses.<code>.content.application/json.example`)
  of every operation of xero_accounting.yaml, in the file's order; within each collection
  (Contacts, Invoices, Quotes, Items) the first record met wins -- contacts by ContactID,
  documents by their number (an organisation's numbers are unique), items by Code. The
  contacts an invoice or a quote names (its embedded Contact) are contacts of the same
  organisation and join the contacts list when not met before; a contact without a name
  (two ContactGroup responses carry only ids) is not a row. Only sales invoices (ACCREC)
  are in the sales invoice export (all six examples are).
- Files and columns: Xero's documented export/import columns (Contacts > Export;
  Business > Invoices > Export; Quotes; Products and services > Export), the required ones
  starred as in Xero's templates ('*ContactName', '*InvoiceNumber', '*InvoiceDate',
  '*DueDate', '*Description', '*Quantity', '*UnitAmount', '*ItemCode'). One row per contact
  (sorted by name, as Xero lists contacts), one row per document line (the invoice and
  quote exports repeat the document's columns on every line; a document whose example has
  no lines is one row with empty line columns), one row per item (sorted by code).
- Values: dates dd/mm/yyyy (the examples' organisation is in New Zealand: NZD), money two
  decimals, quantities and unit amounts four decimals, the contact's phones as 'country
  area number' joined by spaces (Xero's documented PhoneNumber format), the address of type
  POBOX in the PO columns and STREET in the SA columns, payment terms as Xero's codes
  (OFCURRENTMONTH...), contact persons as Person1..Person5 (first, last, e-mail), 'Sent'
  Yes/No, statuses as Xero's codes (PAID, DRAFT); CR LF line ends, fields quoted only
  when needed (Python's csv module).
"""
import csv
import os
import subprocess
import sys

import yaml

COMMIT = "e952d0bda3628facbf7afc5990ad6a0e7e77bd1e"
SPEC = "xero_accounting.yaml"

CONTACT_HEAD = (
    ["*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName",
     "POAttentionTo", "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4",
     "POCity", "PORegion", "POPostalCode", "POCountry",
     "SAAttentionTo", "SAAddressLine1", "SAAddressLine2", "SAAddressLine3", "SAAddressLine4",
     "SACity", "SARegion", "SAPostalCode", "SACountry",
     "PhoneNumber", "FaxNumber", "MobileNumber", "DDINumber", "SkypeName",
     "BankAccountName", "BankAccountNumber", "BankAccountParticulars",
     "TaxNumber", "AccountsReceivableTaxCodeName", "AccountsPayableTaxCodeName",
     "Website", "Discount", "CompanyNumber", "DefaultCurrency",
     "DueDateBillDay", "DueDateBillTerm", "DueDateSalesDay", "DueDateSalesTerm",
     "SalesAccount", "PurchasesAccount"]
    + [f"Person{n}{f}" for n in range(1, 6) for f in ("FirstName", "LastName", "Email")])

DOC_ADDRESS = ["EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3",
               "POAddressLine4", "POCity", "PORegion", "POPostalCode", "POCountry"]
LINE_HEAD = ["InventoryItemCode", "*Description", "*Quantity", "*UnitAmount", "Discount",
             "LineAmount", "*AccountCode", "*TaxType", "TaxAmount",
             "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"]
INVOICE_HEAD = (["*ContactName"] + DOC_ADDRESS
                + ["*InvoiceNumber", "Reference", "*InvoiceDate", "*DueDate", "Total",
                   "TaxTotal", "InvoiceAmountPaid", "InvoiceAmountDue"]
                + LINE_HEAD + ["Currency", "Type", "Sent", "Status"])
QUOTE_HEAD = (["*ContactName"] + DOC_ADDRESS
              + ["*QuoteNumber", "Reference", "Title", "Summary", "*QuoteDate", "ExpiryDate",
                 "Total", "TaxTotal"]
              + LINE_HEAD + ["Currency", "Terms", "Status"])
ITEM_HEAD = ["*ItemCode", "ItemName", "PurchasesDescription", "PurchasesUnitPrice",
             "PurchasesAccount", "PurchasesTaxRate", "SalesDescription", "SalesUnitPrice",
             "SalesAccount", "SalesTaxRate", "InventoryAssetAccount", "CostOfGoodsSoldAccount"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def examples(spec):
    for ops in spec["paths"].values():
        for op in ops.values():
            if not isinstance(op, dict):
                continue
            for r in (op.get("responses") or {}).values():
                ex = (((r or {}).get("content") or {}).get("application/json") or {}).get("example")
                if isinstance(ex, dict):
                    yield ex


def s(v):
    return "" if v is None else str(v).strip()


def money(v, places=2):
    return "" if v is None or v == "" else f"{float(v):.{places}f}"


def day(datestring):
    # 'DateString': '2018-10-20 00:00:00' -> '20/10/2018'
    d = s(datestring)[:10]
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}" if d else ""


def address(c, kind):
    for a in c.get("Addresses") or []:
        if a.get("AddressType") == kind:
            return a
    return {}


def phone(c, kind):
    for p in c.get("Phones") or []:
        if p.get("PhoneType") == kind:
            parts = [s(p.get("PhoneCountryCode")), s(p.get("PhoneAreaCode")),
                     s(p.get("PhoneNumber"))]
            return " ".join(x for x in parts if x) if s(p.get("PhoneNumber")) else ""
    return ""


def addr_cols(a, attention):
    cols = [s(a.get("AttentionTo"))] if attention else []
    return cols + [s(a.get(f"AddressLine{i}")) for i in range(1, 5)] + [
        s(a.get("City")), s(a.get("Region")), s(a.get("PostalCode")), s(a.get("Country"))]


def contact_row(c):
    terms = c.get("PaymentTerms") or {}
    bills, sales = terms.get("Bills") or {}, terms.get("Sales") or {}
    batch = c.get("BatchPayments") or {}
    persons = []
    for p in (c.get("ContactPersons") or [])[:5]:
        persons += [s(p.get("FirstName")), s(p.get("LastName")), s(p.get("EmailAddress"))]
    persons += [""] * (15 - len(persons))
    disc = c.get("Discount")
    row = ([s(c.get("Name")), s(c.get("AccountNumber")), s(c.get("EmailAddress")),
            s(c.get("FirstName")), s(c.get("LastName"))]
           + addr_cols(address(c, "POBOX"), True) + addr_cols(address(c, "STREET"), True)
           + [phone(c, "DEFAULT"), phone(c, "FAX"), phone(c, "MOBILE"), phone(c, "DDI"),
              s(c.get("SkypeUserName")),
              s(batch.get("BankAccountName")), s(c.get("BankAccountDetails")),
              s(batch.get("Details")),
              s(c.get("TaxNumber")), s(c.get("AccountsReceivableTaxType")),
              s(c.get("AccountsPayableTaxType")), s(c.get("Website")),
              money(disc) if disc is not None else "", s(c.get("CompanyNumber")),
              s(c.get("DefaultCurrency")),
              s(bills.get("Day")), s(bills.get("Type")), s(sales.get("Day")), s(sales.get("Type")),
              s(c.get("SalesDefaultAccountCode")), s(c.get("PurchasesDefaultAccountCode"))]
           + persons)
    assert len(row) == len(CONTACT_HEAD)
    return row


def line_cols(li):
    tr = (li.get("Tracking") or []) + [{}, {}]
    code = li.get("ItemCode")
    return [s(code), s(li.get("Description")), money(li.get("Quantity"), 4),
            money(li.get("UnitAmount"), 4), money(li.get("DiscountRate")),
            money(li.get("LineAmount")), s(li.get("AccountCode")), s(li.get("TaxType")),
            money(li.get("TaxAmount")),
            s(tr[0].get("Name")), s(tr[0].get("Option")),
            s(tr[1].get("Name")), s(tr[1].get("Option"))]


def doc_party(doc, contacts):
    c = contacts.get((doc.get("Contact") or {}).get("ContactID")) or doc.get("Contact") or {}
    return [s(c.get("Name")), s(c.get("EmailAddress"))] + addr_cols(address(c, "POBOX"), False)


def lines(doc):
    return doc.get("LineItems") or [{}]


def write(path, head, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(head)
        for r in rows:
            assert len(r) == len(head), (path, r)
            w.writerow(r)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    spec = yaml.safe_load(show(gitdir, SPEC))
    contacts, invoices, quotes, items = {}, {}, {}, {}
    embedded = []
    for ex in examples(spec):
        for c in ex.get("Contacts") or []:
            if c.get("Name"):
                contacts.setdefault(c["ContactID"], c)
        for d in ex.get("Invoices") or []:
            if d.get("Type") == "ACCREC" and d.get("InvoiceNumber"):
                invoices.setdefault(d["InvoiceNumber"], d)
        for d in ex.get("Quotes") or []:
            if d.get("QuoteNumber"):
                quotes.setdefault(d["QuoteNumber"], d)
        for i in ex.get("Items") or []:
            if i.get("Code"):
                items.setdefault(i["Code"], i)
    for d in list(invoices.values()) + list(quotes.values()):
        embedded.append(d.get("Contact") or {})
    for c in embedded:
        if c.get("Name"):
            contacts.setdefault(c["ContactID"], c)

    crow = sorted((contact_row(c) for c in contacts.values()), key=lambda r: (r[0].lower(), r[0]))
    write(os.path.join(out, "Contacts.csv"), CONTACT_HEAD, crow)

    irows = []
    for d in invoices.values():
        head = doc_party(d, contacts) + [
            s(d.get("InvoiceNumber")), s(d.get("Reference")), day(d.get("DateString")),
            day(d.get("DueDateString")), money(d.get("Total")), money(d.get("TotalTax")),
            money(d.get("AmountPaid")), money(d.get("AmountDue"))]
        tail = [s(d.get("CurrencyCode")), "Sales invoice",
                "Yes" if d.get("SentToContact") else "No", s(d.get("Status"))]
        for li in lines(d):
            irows.append(head + line_cols(li) + tail)
    write(os.path.join(out, "SalesInvoices.csv"), INVOICE_HEAD, irows)

    qrows = []
    for d in quotes.values():
        head = doc_party(d, contacts) + [
            s(d.get("QuoteNumber")), s(d.get("Reference")), s(d.get("Title")), s(d.get("Summary")),
            day(d.get("DateString")), day(d.get("ExpiryDateString")), money(d.get("Total")),
            money(d.get("TotalTax"))]
        tail = [s(d.get("CurrencyCode")), s(d.get("Terms")), s(d.get("Status"))]
        for li in lines(d):
            qrows.append(head + line_cols(li) + tail)
    write(os.path.join(out, "Quotes.csv"), QUOTE_HEAD, qrows)

    rows = []
    for code in sorted(items, key=str.lower):
        i = items[code]
        pd, sd = i.get("PurchaseDetails") or {}, i.get("SalesDetails") or {}
        rows.append([s(i.get("Code")), s(i.get("Name")), s(i.get("PurchaseDescription")),
                     money(pd.get("UnitPrice")), s(pd.get("AccountCode")), s(pd.get("TaxType")),
                     s(i.get("Description")), money(sd.get("UnitPrice")), s(sd.get("AccountCode")),
                     s(sd.get("TaxType")), s(i.get("InventoryAssetAccountCode")),
                     s(pd.get("COGSAccountCode"))])
    write(os.path.join(out, "InventoryItems.csv"), ITEM_HEAD, rows)


if __name__ == "__main__":
    main()
