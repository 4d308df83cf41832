"""FOSSBilling's CSV exports of clients, invoices and orders, headed in its own UI labels.

Built for round T (session 45, keys312). Usage:

    python convert.py --lang en|de|fr|es|it FB LOCALE OUT

FB: files of GitHub FOSSBilling/FOSSBilling at d3d6ac13ca27ffa44099d34871a037d590c884e2
under their own paths; LOCALE: files of GitHub FOSSBilling/locale at
fa626e5966304fa0ca79b59985f36a01c412dc9f under their own paths (SOURCE.md lists both).

Rules (nothing here is invented data):
- Rows: the fixed records of FOSSBilling's legacy PHPUnit database fixtures (DbUnit XML):
  tests/legacy/fixtures/mod_invoice.xml (the client "Demo Client" and invoices 1-4) and
  tests/legacy/fixtures/orders.xml (client orders 1-8, 10, 13), each attribute a table
  column. An attribute the fixture does not set is the column's DEFAULT in
  src/install/sql/structure.sql (client.status 'active', invoice.status 'unpaid',
  invoice.approved '0', client_order.quantity '1'), otherwise NULL (an empty cell).
- Files and columns: the admin API's export_csv of each list (Client/Invoice/Order
  Service::exportCSV default headers, written by di.php's table_export_csv: the bean's raw
  values, League CSV). The export heads each column by its database field name; here each
  is headed by the label FOSSBilling's own admin (or order-form) template gives that field
  (FIELDS below: field, msgid, a template at that commit that shows the msgid for the
  field or for the same field of a related list), translated by the locale repository's
  messages.po of the language (an untranslated msgid stays English, as gettext shows it).
  Fields no template labels (invoice credit, base_income, base_refund, refund, taxname,
  buyer_phone_cc) are left out.
- Cells: raw database values as the export writes them (status codes, ISO dates
  'Y-m-d H:i:s', ISO country codes, 0/1 flags): the export does not translate values.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re
import xml.etree.ElementTree as ET

LANGS = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT"}

# (table, output file, fixture, [(field, msgid, template that labels it)])
FILES = [
    ("client", "clients.csv", "tests/legacy/fixtures/mod_invoice.xml", [
        ("id", "ID", "Client/html_admin/mod_client_manage"),
        ("email", "Email", "Client/html_admin/mod_client_manage"),
        ("status", "Status", "Client/html_admin/mod_client_manage"),
        ("first_name", "First name", "Client/html_admin/mod_client_new_form"),
        ("last_name", "Last name", "Client/html_admin/mod_client_new_form"),
        ("phone_cc", "Phone Code", "Orderbutton/html_client/mod_orderbutton_client"),
        ("phone", "Phone", "Client/html_admin/mod_client_manage"),
        ("company", "Company name", "Client/html_admin/mod_client_manage"),
        ("company_vat", "Company VAT number", "Client/html_admin/mod_client_manage"),
        ("company_number", "Company number", "Client/html_admin/mod_client_manage"),
        ("address_1", "Address Line 1", "Client/html_admin/mod_client_manage"),
        ("address_2", "Address Line 2", "Client/html_admin/mod_client_manage"),
        ("city", "City", "Client/html_admin/mod_client_manage"),
        ("state", "State", "Client/html_admin/mod_client_manage"),
        ("postcode", "Postcode", "Client/html_admin/mod_client_manage"),
        ("country", "Country", "Client/html_admin/mod_client_manage"),
        ("currency", "Currency", "Client/html_admin/mod_client_manage"),
    ]),
    ("invoice", "invoices.csv", "tests/legacy/fixtures/mod_invoice.xml", [
        ("id", "ID", "Invoice/html_admin/mod_invoice_invoice"),
        ("client_id", "Client ID", "Client/html_admin/mod_client_manage"),
        ("nr", "Number", "Invoice/html_admin/mod_invoice_invoice"),
        ("currency", "Currency", "Invoice/html_admin/mod_invoice_invoice"),
        ("notes", "Notes", "Invoice/html_admin/mod_invoice_invoice"),
        ("status", "Status", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_first_name", "First Name", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_last_name", "Last Name", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_company", "Company Name", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_company_vat", "Company VAT", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_company_number", "Company Number", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_address", "Address", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_city", "City", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_state", "State", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_country", "Country", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_zip", "Zip", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_phone", "Phone", "Invoice/html_admin/mod_invoice_invoice"),
        ("buyer_email", "Email", "Invoice/html_admin/mod_invoice_invoice"),
        ("approved", "Approved", "Invoice/html_admin/mod_invoice_invoice"),
        ("taxrate", "Tax rate", "Invoice/html_admin/mod_invoice_tax"),
        ("due_at", "Date Due", "Invoice/html_admin/mod_invoice_invoice"),
        ("reminded_at", "Last Reminded", "Invoice/html_admin/mod_invoice_invoice"),
        ("paid_at", "Date Paid", "Invoice/html_admin/mod_invoice_invoice"),
    ]),
    ("client_order", "orders.csv", "tests/legacy/fixtures/orders.xml", [
        ("id", "ID", "Order/html_admin/mod_order_index"),
        ("client_id", "Client ID", "Client/html_admin/mod_client_index"),
        ("product_id", "Product", "Order/html_admin/mod_order_index"),
        ("title", "Title", "Order/html_admin/mod_order_manage"),
        ("currency", "Currency", "Invoice/html_admin/mod_invoice_index"),
        ("service_type", "Type", "Order/html_admin/mod_order_index"),
        ("period", "Period", "Order/html_admin/mod_order_manage"),
        ("quantity", "Quantity", "Invoice/html_admin/mod_invoice_invoice"),
        ("price", "Price", "Order/html_admin/mod_order_manage"),
        ("discount", "Order discount", "Order/html_admin/mod_order_manage"),
        ("status", "Order status", "Order/html_admin/mod_order_manage"),
        ("reason", "Reason", "Order/html_admin/mod_order_manage"),
        ("notes", "Order notes", "Order/html_admin/mod_order_manage"),
    ]),
]

# structure.sql DEFAULTs of the exported fields (all others DEFAULT NULL)
DEFAULTS = {
    "client": {"status": "active"},
    "invoice": {"status": "unpaid", "approved": "0"},
    "client_order": {"quantity": "1"},
}


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("fb")
    ap.add_argument("locale")
    ap.add_argument("out")
    a = ap.parse_args()
    po = read_po(os.path.join(a.locale, LANGS[a.lang], "LC_MESSAGES", "messages.po"))
    os.makedirs(a.out, exist_ok=True)
    for table, name, fixture, fields in FILES:
        root = ET.parse(os.path.join(a.fb, fixture)).getroot()
        rows = [el.attrib for el in root if el.tag == table and el.attrib.get("id")]
        rows.sort(key=lambda r: int(r["id"]))
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([po.get(msgid, msgid) for _f, msgid, _t in fields])
            for r in rows:
                w.writerow([r.get(f, DEFAULTS[table].get(f, "")) for f, _m, _t in fields])


if __name__ == "__main__":
    main()
