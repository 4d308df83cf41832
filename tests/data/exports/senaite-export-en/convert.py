"""SENAITE LIMS's list views of clients, client contacts, lab contacts and suppliers as CSV.

Built for round Z5 (session 52, keys398). Usage:

    python convert.py --lang en|de|fr|es SENAITE OUT

SENAITE: files of GitHub senaite/senaite.core at 78a4d3d868ab2c74a6ca4c32fea55bc90df48a1f
under their own paths (SOURCE.md lists them). Needs openpyxl (to read the workbook).

Rules (nothing here is invented data):
- Rows: SENAITE's own test setup data, the workbook src/bika/lims/setupdata/test/test.xlsx
  (sheets Clients, Client Contacts, Lab Contacts, Suppliers; row 1 holds the field names
  the importer reads, rows 2-3 captions, records from row 4; a row without its sheet's
  first required field is skipped, as the importer skips it).
- Files and columns: the list view SENAITE shows for each (bika/lims/browser/clientfolder.py
  "Clients", bika/lims/browser/client/views/contacts.py "Contacts" of a client,
  bika/lims/controlpanel/bika_labcontacts.py "Lab Contacts",
  senaite/core/browser/controlpanel/suppliers/view.py "Suppliers"), in the view's column
  order, headed by the column's title translated by senaite.core.po of the language (an
  empty msgstr shows the default, or the msgid). Columns the view shows by default are all
  kept; a column the view hides until toggled on is kept only when these records give it a
  value (the clients' Country, Province and District and the lab contacts' Default
  Department are empty for every record: left out).
- Cells: the value folderitem() puts in the column: a person's full name is
  'Firstname Surname' (Person.getFullname; no middle name in the data), a client's bulk
  and member discount flags are the translated 'Yes' / 'No', a lab contact's
  departments and groups are the sheet's Department_title and Groups (the importer
  writes Department_title to the legacy Department field, not to Departments: a fresh
  import may show that column empty; kept as the record's department).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

import openpyxl

LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es"}
WORKBOOK = "src/bika/lims/setupdata/test/test.xlsx"
PO = "src/senaite/core/locales/{}/LC_MESSAGES/senaite.core.po"


def fullname(r):
    return " ".join(x for x in (r.get("Firstname"), r.get("Surname")) if x)


def yes_no(v):
    return "Yes" if v not in (None, "", 0, "0", False) else "No"


# (sheet, required field, output file, [(msgid, default, value of a row)])
FILES = [
    ("Clients", "Name", "clients.csv", [
        ("Name", None, lambda r: r.get("Name")),
        ("Client ID", None, lambda r: r.get("ClientID")),
        ("Email Address", None, lambda r: r.get("EmailAddress")),
        ("Phone", None, lambda r: r.get("Phone")),
        ("Fax", None, lambda r: r.get("Fax")),
        ("Bulk Discount", None, lambda r: ("T", yes_no(r.get("BulkDiscount")))),
        ("Member Discount", None, lambda r: ("T", yes_no(r.get("MemberDiscountApplies")))),
    ]),
    ("Client Contacts", "Firstname", "contacts.csv", [
        ("Full Name", None, fullname),
        ("User Name", None, lambda r: r.get("Username")),
        ("Email Address", None, lambda r: r.get("EmailAddress")),
        ("Business Phone", None, lambda r: r.get("BusinessPhone")),
        ("MobilePhone", None, lambda r: r.get("MobilePhone")),
    ]),
    ("Lab Contacts", "Firstname", "labcontacts.csv", [
        ("Name", None, fullname),
        ("Departments", None, lambda r: r.get("Department_title")),
        ("Phone", None, lambda r: r.get("BusinessPhone")),
        ("Fax", None, lambda r: r.get("BusinessFax")),
        ("Mobile Phone", None, lambda r: r.get("MobilePhone")),
        ("Email Address", None, lambda r: r.get("EmailAddress")),
        ("User name", None, lambda r: r.get("Username")),
        ("User groups", None, lambda r: r.get("Groups")),
    ]),
    ("Suppliers", "Name", "suppliers.csv", [
        ("listing_suppliers_column_name", "Name", lambda r: r.get("Name")),
        ("listing_suppliers_column_email", "Email", lambda r: r.get("EmailAddress")),
        ("listing_suppliers_column_phone", "Phone", lambda r: r.get("Phone")),
        ("listing_suppliers_column_fax", "Fax", lambda r: r.get("Fax")),
    ]),
]


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (multi-line strings joined)."""
    out = {}
    msgid = msgstr = None
    cur = None

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if msgid is not None and msgstr:
            out[msgid] = msgstr
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("msgid "):
                flush()
                msgid, msgstr, cur = unq(line[7:-1]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, cur = unq(line[8:-1]), "str"
            elif line.startswith('"') and cur:
                if cur == "id":
                    msgid += unq(line[1:-1])
                else:
                    msgstr += unq(line[1:-1])
            elif not line.strip():
                cur = None
        flush()
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("senaite")
    ap.add_argument("out")
    a = ap.parse_args()
    po = read_po(os.path.join(a.senaite, PO.format(LANGS[a.lang])))

    def tr(msgid, default=None):
        return po.get(msgid) or default or msgid

    wb = openpyxl.load_workbook(os.path.join(a.senaite, WORKBOOK), read_only=True)
    os.makedirs(a.out, exist_ok=True)
    for sheet, required, name, cols in FILES:
        rows = list(wb[sheet].iter_rows(values_only=True))
        fields = [cell(f) for f in rows[0]]
        records = []
        for raw in rows[3:]:
            r = {f: cell(v) for f, v in zip(fields, raw, strict=False) if f}
            if r.get(required):
                records.append(r)
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr(msgid, default) for msgid, default, _ in cols])
            for r in records:
                out = []
                for _msgid, _default, get in cols:
                    v = get(r)
                    if isinstance(v, tuple):
                        v = tr(v[1])
                    out.append(v or "")
                w.writerow(out)
        print(name, len(records))


if __name__ == "__main__":
    main()
