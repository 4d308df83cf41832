"""Aimeos's admin lists of customers, orders and suppliers, headed in its own UI labels.

Built for round U (session 47, keys322). Usage:

    python convert.py --lang en|de|fr|es CORE JQADM OUT

CORE: files of GitHub aimeos/aimeos-core at 72b23df5fbe9541e99d604b335a18dfa2be7a06d under
their own paths; JQADM: files of GitHub aimeos/ai-admin-jqadm at
d46f65dc40eae2ffb25192b189857641ce3d8c17 under their own paths (SOURCE.md lists both). The
PHP command line (`php`) reads the unit-test data files, which are plain PHP arrays.

Rules (nothing here is invented data):
- Rows: the fixed records of aimeos-core's unit-test setup data, loaded by its setup tasks
  (setup/unittest/*AddTestData.php): setup/unittest/data/customer.php (three customers),
  order.php (four orders, every one saved for the customer 'test@example.com') and
  supplier.php (three suppliers). Ids are the ones a fresh database gives them: each task
  saves its records in the file's order, so customers, orders and suppliers are numbered
  1, 2, 3... (the orders' customer is customer 1). Every setup task sets the editor 'core'.
- Files and columns: the admin panel's list views (ai-admin-jqadm
  templates/admin/jqadm/{customer,order,supplier}/list.php): every column the list's column
  chooser offers ($columnList), in its order, headed by the label the template gives it
  (translate('admin', msgid)), translated by ai-admin-jqadm's i18n/<lang>.po (an
  untranslated msgid stays English, as gettext shows it). Left out: the created and
  modified times (the moment the setup ran, not fixed data), the supplier's image (a
  picture), and the order list's coupon and service columns (lists drawn as lines in one
  cell: codes, names and prices of the payment and delivery services).
- Cells: what the list's cells print. The customer list prints its customer's own
  (billing) address fields, the order list the order's first payment address. Status is
  drawn as an icon; here it is the status's name the list's own filter and bulk editor
  give it (translate('mshop/code', 'status:N'), aimeos-core i18n/mshop/code/<lang>.po). Pay
  and ship status are their names (pay:N, stat:N, same catalogue), 'Incl. tax' the list's
  yes/no (admin catalogue). The order's price, costs, rebate and tax are the sums the order
  item computes (Order\\Item\\Base::getPrice, Price\\Item\\Standard::addItem: every service
  once, every top-level product times its quantity; tax per item (value+costs)/(100+rate)*rate,
  its taxflag true, 4 decimals) and the order manager stores; country codes upper case
  (Utils::country). Other values are the data file's as it gives them.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF); a label a language uses twice is
  written twice (the reader names the second '<label>_2').
"""
import argparse
import csv
import json
import os
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from po_files import read_po as shared_read_po  # noqa: E402  (one .po reader for the converters)

LANGS = ("en", "de", "fr", "es")

# (output file, data file, [(field, msgid)]) -- the $columnList of each list template
CUSTOMER_FIELDS = [
    ("customer.id", "ID"), ("customer.status", "Status"), ("customer.code", "Code"),
    ("customer.label", "Label"), ("customer.salutation", "Salutation"),
    ("customer.company", "Company"), ("customer.vatid", "VAT ID"), ("customer.title", "Title"),
    ("customer.firstname", "First name"), ("customer.lastname", "Last name"),
    ("customer.address1", "Address 1"), ("customer.address2", "Address 2"),
    ("customer.address3", "Address 3"), ("customer.postal", "Postal"), ("customer.city", "City"),
    ("customer.state", "State"), ("customer.languageid", "Language ID"),
    ("customer.countryid", "Country ID"), ("customer.telephone", "Telephone"),
    ("customer.telefax", "Facsimile"), ("customer.email", "Email"),
    ("customer.website", "Web site"), ("customer.birthday", "Birthday"),
    ("customer.dateverified", "Verified"), ("customer.editor", "Editor"),
]
ORDER_FIELDS = [
    ("order.id", "ID"), ("order.invoiceno", "Invoice no."), ("order.channel", "Type"),
    ("order.statuspayment", "Pay status"), ("order.datepayment", "Pay date"),
    ("order.statusdelivery", "Ship status"), ("order.datedelivery", "Ship date"),
    ("order.relatedid", "Related order"), ("order.customerid", "Customer ID"),
    ("order.sitecode", "Site"), ("order.languageid", "Language"),
    ("order.currencyid", "Currency"), ("order.price", "Price"), ("order.costs", "Costs"),
    ("order.rebate", "Rebate"), ("order.taxvalue", "Tax"), ("order.taxflag", "Incl. tax"),
    ("order.customerref", "Reference"), ("order.comment", "Comment"),
    ("order.editor", "Editor"),
    ("order.address.salutation", "Salutation"), ("order.address.company", "Company"),
    ("order.address.vatid", "VAT ID"), ("order.address.title", "Title"),
    ("order.address.firstname", "First name"), ("order.address.lastname", "Last name"),
    ("order.address.address1", "Street"), ("order.address.address2", "House number"),
    ("order.address.address3", "Floor"), ("order.address.postal", "Zip code"),
    ("order.address.city", "City"), ("order.address.state", "State"),
    ("order.address.countryid", "Country"), ("order.address.languageid", "Language"),
    ("order.address.telephone", "Telephone"), ("order.address.telefax", "Facsimile"),
    ("order.address.mobile", "Mobile"), ("order.address.email", "E-Mail"),
    ("order.address.website", "Web site"),
]
SUPPLIER_FIELDS = [
    ("supplier.id", "ID"), ("supplier.status", "Status"), ("supplier.code", "Code"),
    ("supplier.label", "Label"), ("supplier.position", "Position"),
    ("supplier.editor", "Editor"),
]

EDITOR = "core"       # every setup task: $context->setEditor('core')
CURRENCY = "EUR"      # OrderAddTestData: $context->locale()->setCurrencyId('EUR')
CENT = Decimal("0.01")
TAXQ = Decimal("0.0001")


def read_po(path):
    """msgid -> msgstr of a gettext catalogue: the converters' one reader (../po_files.py)."""
    with open(path, encoding="utf-8") as fh:
        return shared_read_po(fh.read())


def php_data(path):
    """The array a PHP data file returns, as JSON read by the PHP command line."""
    out = subprocess.run(["php", "-r", "echo json_encode(include $argv[1]);", path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def text(value):
    if value is None:
        return ""
    return str(value)


def country(value):
    return value.upper() if value else ""


def item_tax(value, costs, rate):
    """Price\\Item\\Standard::getTaxValue with taxflag true, formatted to 4 decimals."""
    if rate == 0:
        return Decimal("0.0000")
    return ((value + costs) / (100 + rate) * rate).quantize(TAXQ, ROUND_HALF_UP)


def order_price(entry):
    """Order\\Item\\Base::getPrice: services once, top-level products times quantity."""
    value = costs = rebate = Decimal("0")
    tax = Decimal("0")
    items = [(s, 1) for s in entry.get("service", [])]
    items += [(p, int(p.get("order.product.quantity", 1))) for p in entry.get("product", [])]
    for it, qty in items:
        v = Decimal(it.get("price.value", "0"))
        c = Decimal(it.get("price.costs", "0"))
        r = Decimal(it.get("price.rebate", "0"))
        rate = sum((Decimal(x) for x in (it.get("price.taxrates") or {}).values()), Decimal("0"))
        value += v * qty
        costs += c * qty
        rebate += r * qty
        tax = (tax + item_tax(v, c, rate) * qty).quantize(TAXQ, ROUND_HALF_UP)
    return (str(value.quantize(CENT)), str(costs.quantize(CENT)), str(rebate.quantize(CENT)),
            str(tax))


def customers(core, code, admin):
    rows = []
    data = php_data(os.path.join(core, "setup/unittest/data/customer.php"))["customer"]
    for n, e in enumerate(data.values(), 1):
        row = {}
        for f, _m in CUSTOMER_FIELDS:
            if f == "customer.id":
                row[f] = str(n)
            elif f == "customer.status":
                row[f] = code[f"status:{int(e.get(f, 1))}"]
            elif f == "customer.countryid":
                row[f] = country(e.get(f))
            elif f == "customer.editor":
                row[f] = EDITOR
            else:
                row[f] = text(e.get(f))
        rows.append(row)
    return rows


def orders(core, code, admin):
    rows = []
    data = php_data(os.path.join(core, "setup/unittest/data/order.php"))
    for n, e in enumerate(data, 1):
        row = {}
        price, costs, rebate, tax = order_price(e)
        pay = next((a for a in e.get("address", []) if a.get("order.address.type") == "payment"),
                   {})
        for f, _m in ORDER_FIELDS:
            if f == "order.id":
                row[f] = str(n)
            elif f == "order.statuspayment":
                row[f] = code[f"pay:{int(e[f])}"]
            elif f == "order.statusdelivery":
                row[f] = code[f"stat:{int(e[f])}"]
            elif f == "order.customerid":
                row[f] = "1"   # OrderAddTestData: setCustomerId(find('test@example.com'))
            elif f == "order.currencyid":
                row[f] = CURRENCY
            elif f == "order.price":
                row[f] = price
            elif f == "order.costs":
                row[f] = costs
            elif f == "order.rebate":
                row[f] = rebate
            elif f == "order.taxvalue":
                row[f] = tax
            elif f == "order.taxflag":
                row[f] = admin.get("yes", "yes")   # no record sets a taxflag: true
            elif f == "order.editor":
                row[f] = EDITOR
            elif f == "order.address.countryid":
                row[f] = country(pay.get(f))
            elif f.startswith("order.address."):
                row[f] = text(pay.get(f))
            else:
                row[f] = text(e.get(f))
        rows.append(row)
    return rows


def suppliers(core, code, admin):
    rows = []
    data = php_data(os.path.join(core, "setup/unittest/data/supplier.php"))["supplier"]
    for n, e in enumerate(data, 1):
        row = {}
        for f, _m in SUPPLIER_FIELDS:
            if f == "supplier.id":
                row[f] = str(n)
            elif f == "supplier.status":
                row[f] = code[f"status:{int(e.get(f, 1))}"]
            elif f == "supplier.editor":
                row[f] = EDITOR
            else:
                row[f] = text(e.get(f))
        rows.append(row)
    return rows


FILES = [("customers.csv", CUSTOMER_FIELDS, customers),
         ("orders.csv", ORDER_FIELDS, orders),
         ("suppliers.csv", SUPPLIER_FIELDS, suppliers)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("core")
    ap.add_argument("jqadm")
    ap.add_argument("out")
    a = ap.parse_args()
    admin = read_po(os.path.join(a.jqadm, "i18n", a.lang + ".po"))
    code = read_po(os.path.join(a.core, "i18n", "mshop", "code", a.lang + ".po"))
    os.makedirs(a.out, exist_ok=True)
    for name, fields, rows in FILES:
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([admin.get(m, m) for _f, m in fields])
            for r in rows(a.core, code, admin):
                w.writerow([r[f] for f, _m in fields])


if __name__ == "__main__":
    main()
