"""Thelia's CSV exports of its demo customers and orders ("Customers", "Orders" exports).

Built for round W (session 49, keys336). Usage:

    python convert.py --lang en|fr|de|es THELIA CHEQUE CUSTOMDELIVERY OUT

THELIA: files of GitHub thelia/thelia at 87d276393c262b04757189b73d623bf6f3cf7cee under
their own paths; CHEQUE: thelia-modules/Cheque at 1b5aa1b3945e21a40e9f167ef80be263cb10893e;
CUSTOMDELIVERY: thelia-modules/CustomDelivery at 3a5df47fd0e758755b98f0c2b72360d3ba59262e
(SOURCE.md lists every file read). Optional --now 'YYYY-mm-dd HH:MM:SS' (default the thelia
commit's time, 2026-08-21 14:20:37): the moment `thelia:demo:import` is taken to run.

Rules (nothing here is invented data):
- Rows: what `php Thelia thelia:demo:import` (core/lib/Thelia/Command/Import) stores on a
  fresh install: CustomersImporter, one customer per line of data/customers.csv (ids 1-10 in
  file order, ref 'CUS' + id on 12 digits as Customer::generateRef, created at "now", the
  column default discount 0.000000), its default address ('Main address', address2/3 '',
  company NULL, country 64 = France); NewsletterImporter, one subscriber per line of
  data/newsletter.csv (ids in file order); ProductsImporter, every product of
  data/products.csv with one sale element per colour, price PRIX (currency 1, EUR);
  OrdersImporter, ORDERS_PER_MONTH = [12, 10, 8, 7, 5, 5, 4, 4, 3, 3, 2, 2] orders, the
  customer customers[index % 10], the status pickStatusCode, the date orderDate, lines
  1 + index % 4 of catalogue[(index * 3 + line) % 30], quantity 1 + (index + line) % 3, the
  line's tax round(price * 0.20, 2) titled 'VAT 20%', postage 0, delivery and invoice
  order addresses copying the customer's default address (no phone, no company), payment
  module Cheque and delivery module CustomDelivery (the ones it prefers, taken as
  installed); order refs from the gapless order_ref sequence 'ORD' + number on 12 digits in
  creation order; no invoice ref (the importer saves the status without the event that
  allocates one), no delivery ref, no coupon.
- Files and columns: the admin export (Tools > Export, serializer CSV) of
  Domain/DataTransfer/Export/Type/CustomerExport.php ('customer') and OrderExport.php
  ('order', no date range): its SQL and its orderAndAliases, in that order. Each header is
  the alias as Thelia's Translator returns it: no catalogue of Thelia translates these
  aliases, so the header row is the same in every language. CustomerExport's aliases swap
  the names: the column headed 'last_name' holds the first name, 'first_name' the last name
  (kept, as Thelia writes it).
- Cells: the SQL's values in the export's language (:locale = fr_FR, de_DE, es_ES, en_US):
  customer_title_i18n.long, country_i18n.title, order_status_i18n.title and module_i18n.title
  from setup/insert.sql and the modules' Config/module.xml (a module's title exists only in
  the locales its module.xml describes, en_US and fr_FR: empty in de and es). DECIMAL
  columns as MySQL prints them ('0.000000', ROUND(..., 2) '0.00'); the order totals are
  DOUBLE (FLOAT quantity x DECIMAL price), which PDO returns as PHP floats and fputcsv
  writes with PHP's precision 14 ('446', '535.2'); NULL is an empty cell. Customers in id
  order (GROUP BY customer.id), orders newest first (ORDER BY created_at DESC).
- CSV: PHP's fputcsv as CSVSerializer calls it (',', '"', no escape character, '\\n' line
  ends; a field is enclosed when it holds the delimiter, a quote, a space, a tab, CR or LF),
  header row first, the file's last line end removed (finalizeFile). UTF-8.
"""
import argparse
import csv
import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

LANGS = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "es": "es_ES"}
DATA = "core/lib/Thelia/Command/Import/data/"
NOW = "2026-08-21 14:20:37"
FRANCE = 64
ORDERS_PER_MONTH = [12, 10, 8, 7, 5, 5, 4, 4, 3, 3, 2, 2]
STATUS_IDS = {"not_paid": 1, "paid": 2, "processing": 3, "sent": 4, "canceled": 5, "refunded": 6}

CUSTOMER_COLUMNS = [  # CustomerExport::$orderAndAliases (SQL alias => header)
    ("customer_ref", "ref"), ("customer_title_i18n_long", "title"),
    ("customer_firstname", "last_name"), ("customer_lastname", "first_name"),
    ("customer_email", "email"), ("customer_discount", "discount"),
    ("newsletter_id", "is_registered_to_newsletter"), ("customer_created_at", "sign_up_date"),
    ("address_company", "company"), ("address_address1", "address1"),
    ("address_address2", "address2"), ("address_address3", "address3"),
    ("address_zipcode", "zipcode"), ("address_city", "city"),
    ("country_i18n_title", "country"), ("address_phone", "phone"),
    ("address_cellphone", "cellphone"),
]
ORDER_COLUMNS = [  # OrderExport::$orderAndAliases
    ("order_ref", "ref"), ("order_created_at", "date"), ("customer_ref", "customer_ref"),
    ("order_coupon_code", "coupons"), ("order_total_price", "total_excluding_taxes"),
    ("order_total_tax", "total_taxes"), ("order_total_taxed_price", "total_taxed_price"),
    ("order_discount", "discount"), ("order_postage", "shipping_cost"),
    ("order_total_with_taxes_shipping_discount", "total_including_taxes"),
    ("delivery_module_title", "delivery_module"), ("order_delivery_ref", "delivery_ref"),
    ("payment_module_title", "payment_module"), ("order_invoice_ref", "invoice_ref"),
    ("order_status_i18n_title", "status"),
] + [
    (f"{side}_{field}", f"{side}_{alias}")
    for side in ("delivery", "invoice")
    for field, alias in [
        ("address_customer_title_long", "title"), ("address_company", "company"),
        ("address_firstname", "first_name"), ("address_lastname", "last_name"),
        ("address_address1", "address_1"), ("address_address2", "address_2"),
        ("address_address3", "address_3"), ("address_zipcode", "zip_code"),
        ("address_city", "city"), ("country_i18n_title", "country"),
        ("address_phone", "phone"),
    ]
] + [
    ("currency_code", "currency"), ("order_postage_tax", "shipping_tax"),
    ("order_postage_tax_rule_title", "shipping_tax_rule_title"),
    ("order_product_tax_title", "tax"),
]


def read_demo_csv(path):
    """AbstractDemoImporter::readCsv: ';' and '"', header skipped."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar='"') if r]
    return rows[1:]


def sql_values(sql, table):
    """The tuples of setup/insert.sql's INSERT INTO `table` (strings and NULLs)."""
    m = re.search(r"INSERT INTO `" + re.escape(table) + r"`[^;]*?VALUES\s*\n(.*?);\n", sql, re.S)
    rows = []
    for line in m.group(1).splitlines():
        line = line.strip().rstrip(",")
        if not line.startswith("("):
            continue
        cells = re.findall(r"'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?\d+(?:\.\d+)?)", line[1:-1])
        rows.append([None if n else (q.replace("''", "'").replace("\\'", "'") if not d else d)
                     if (q or n or d) else "" for q, n, d in cells])
    return rows


def i18n(sql, table, column_index, locale):
    return {int(r[0]): r[column_index] for r in sql_values(sql, table) if r[1] == locale}


def module_title(module_xml, locale):
    for d in ET.parse(module_xml).getroot().iter():
        if d.tag.endswith("descriptive") and d.get("locale") == locale:
            for t in d:
                if t.tag.endswith("title"):
                    return t.text
    return None


def php_float(x):
    """PHP's (string) of a float with precision 14."""
    s = f"{x:.14G}"
    if "E" in s:
        raise ValueError(s)
    return s


def fputcsv(values):
    out = []
    for v in values:
        v = "" if v is None else str(v)
        if any(c in v for c in ', "\t\r\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out) + "\n"


def order_date(now, months_ago, slot):
    day = (now - dt.timedelta(days=months_ago * 30 + (slot * 7 + 2) % 28)).date()
    return dt.datetime.combine(day, dt.time(10 + slot % 9, (slot * 13) % 60, 0))


def status_code(months_ago, index):
    if months_ago >= 2:
        return {0: "canceled", 1: "refunded"}.get(index % 10, "sent")
    if months_ago == 1:
        return "paid" if index % 3 == 0 else "sent"
    return ("paid", "processing", "not_paid")[index % 3]


def build(thelia, cheque, custom, locale, now):
    sql = open(os.path.join(thelia, "setup/insert.sql"), encoding="utf-8").read()
    titles = i18n(sql, "customer_title_i18n", 3, locale)
    country = i18n(sql, "country_i18n", 2, locale)[FRANCE]
    statuses = i18n(sql, "order_status_i18n", 2, locale)
    currency = {int(r[0]): r[1] for r in sql_values(sql, "currency")}[1]
    payment = module_title(os.path.join(cheque, "Config/module.xml"), locale)
    delivery = module_title(os.path.join(custom, "Config/module.xml"), locale)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")

    newsletter = read_demo_csv(os.path.join(thelia, DATA + "newsletter.csv"))
    subscribers = {r[0]: i for i, r in enumerate(newsletter, 1)}
    customers = []
    for cid, r in enumerate(read_demo_csv(os.path.join(thelia, DATA + "customers.csv")), 1):
        customers.append({
            "id": cid, "title_id": int(r[0]),
            "customer_ref": f"CUS{cid:012d}", "customer_title_i18n_long": titles[int(r[0])],
            "customer_firstname": r[1], "customer_lastname": r[2], "customer_email": r[3],
            "customer_discount": "0.000000", "newsletter_id": subscribers.get(r[3]),
            "customer_created_at": stamp, "address_company": None,
            "address_address1": r[4], "address_address2": "", "address_address3": "",
            "address_zipcode": r[5], "address_city": r[6], "country_i18n_title": country,
            "address_phone": r[7], "address_cellphone": r[8],
        })
    catalogue = [Decimal(r[8]) for r in read_demo_csv(os.path.join(thelia, DATA + "products.csv"))
                 if any(c for c in r[12].split(";"))]

    orders = []
    index = 0
    for months_ago, count in enumerate(ORDERS_PER_MONTH):
        for slot in range(count):
            c = customers[index % len(customers)]
            total = taxed = 0.0
            for line in range(1 + index % 4):
                price = catalogue[(index * 3 + line) % len(catalogue)]
                qty = float(1 + (index + line) % 3)
                tax = round(price * Decimal("0.20"), 2)
                total += round(qty * float(price), 2)
                taxed += round(qty * float(price + tax), 2)
            address = {}
            for side in ("delivery", "invoice"):
                address.update({
                    f"{side}_address_customer_title_long": titles[c["title_id"]],
                    f"{side}_address_company": None,
                    f"{side}_address_firstname": c["customer_firstname"],
                    f"{side}_address_lastname": c["customer_lastname"],
                    f"{side}_address_address1": c["address_address1"],
                    f"{side}_address_address2": "", f"{side}_address_address3": "",
                    f"{side}_address_zipcode": c["address_zipcode"],
                    f"{side}_address_city": c["address_city"],
                    f"{side}_country_i18n_title": country, f"{side}_address_phone": None,
                })
            orders.append(dict(
                address, order_ref=f"ORD{index + 1:012d}",
                order_created_at=order_date(now, months_ago, slot).strftime("%Y-%m-%d %H:%M:%S"),
                customer_ref=c["customer_ref"], order_coupon_code=None,
                order_total_price=php_float(total), order_total_tax=php_float(taxed - total),
                order_total_taxed_price=php_float(taxed), order_discount="0.00",
                order_postage="0.00",
                order_total_with_taxes_shipping_discount=php_float(taxed + 0.0 - 0.0),
                delivery_module_title=delivery, order_delivery_ref=None,
                payment_module_title=payment, order_invoice_ref=None,
                order_status_i18n_title=statuses[STATUS_IDS[status_code(months_ago, index)]],
                currency_code=currency, order_postage_tax="0.000000",
                order_postage_tax_rule_title=None, order_product_tax_title="VAT 20%",
            ))
            index += 1
    dates = [o["order_created_at"] for o in orders]
    assert len(set(dates)) == len(dates), "two orders at the same time: order undefined"
    orders.sort(key=lambda o: o["order_created_at"], reverse=True)
    return customers, orders


def write(path, columns, rows):
    text = fputcsv([alias for _f, alias in columns])
    text += "".join(fputcsv([r[f] for f, _a in columns]) for r in rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text[:-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("--now", default=NOW)
    ap.add_argument("thelia")
    ap.add_argument("cheque")
    ap.add_argument("customdelivery")
    ap.add_argument("out")
    a = ap.parse_args()
    now = dt.datetime.strptime(a.now, "%Y-%m-%d %H:%M:%S")
    customers, orders = build(a.thelia, a.cheque, a.customdelivery, LANGS[a.lang], now)
    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "customer.csv"), CUSTOMER_COLUMNS, customers)
    write(os.path.join(a.out, "order.csv"), ORDER_COLUMNS, orders)


if __name__ == "__main__":
    main()
