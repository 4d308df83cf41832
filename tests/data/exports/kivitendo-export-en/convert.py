"""kivitendo ERP's test records, listed as its own customer, vendor and contact reports export them.

Usage: ``python convert.py SRC OUT_DIR --lang en|de``

SRC holds kivitendo's files at their paths in the repository (kivitendo/kivitendo-erp; SOURCE.md
lists them with their commit and SHA-256). kivitendo keeps no demo database: the records are
the fixed ones its own test scripts (``t/...``) create through ``SL::Dev::CustomerVendor``
(``new_customer``/``new_vendor``), ``SL::DB::Contact`` and its CSV import. Each record below
names the test file it comes from; every value written is checked to occur in that file
(``check_sources``), so none is ours.

The files are what kivitendo's reports write with their CSV export (``SL::ReportGenerator``
``_generate_csv_content``: ``;`` between fields, ``"`` quoting, Unix line ends, one header row
of the visible columns' texts through ``$locale->text``):

- ``customers.csv``: Master Data > Reports > Customers (``bin/mozilla/ct.pl`` ``list_names``,
  ``db=customer``), the columns ticked by default in ``templates/design40_webpages/ct/search.html``
  (number, name, contact, phone, e-mail, street, zipcode, city, country, GLN) plus Payment
  Terms and the invoice recipient's e-mail, in the report's column order (``@columns``),
  rows ordered by name (the report's default sort);
- ``vendors.csv``: the same report with ``db=vendor``;
- ``contacts.csv``: Master Data > Reports > Contacts (``list_contacts``), scope "All", the
  columns ticked by default in ``ct/search_contact.html`` (customer/vendor number and name,
  surname, given name, phone -> Phone1 and Phone2, mobile -> Mobile1 and Mobile2, private
  phone, e-mail) plus department, street, city and country, rows ordered by surname, given name.

Labels: ``locale/<lang>/all`` (``'English text' => 'translation'``; an empty translation shows
the English text, as ``Locale::text`` does). Countries are shown by ``description_en`` /
``description_de`` (``SL::DB::Country->description_column_localized``; names from
``SL::Helper::ISO3166``). A record made by ``new_customer``/``new_vendor`` without a country
gets the first country by sort order, Germany (``countries_phase_1.pl`` gives DE sortorder 1).
Numbers a test does not give are what kivitendo's number range hands out next when the records
are saved into one database in the order below (SOURCE.md says so).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

# Each record: the test file it comes from and the values as the test gives them.
CUSTOMERS = [
    ("t/controllers/csvimport/customervendor.t",
     {"number": "10001", "name": "CustomerName", "street": "NewCustomerStreet", "country": "GB"}),
    ("t/bank/bank_transactions.t",
     {"number": "CUST1704", "name": "Test Customer OLÉ S.L. Årdbärg AB"}),
    ("t/shop/shop_order.t",
     {"name": "Evil Inc", "street": "Evil Street", "zipcode": "66666",
      "email": "evil@evilinc.com"}),
    ("t/shop/shop_order.t",
     {"name": "Different Name", "street": "Good Straet", "zipcode": "66666", "email": "foo"}),
    ("t/shop/shop_order.t",
     {"name": "Different Name", "street": "Evil Street 666", "zipcode": "66666", "email": "foo"}),
    ("t/shop/shop_order.t",
     {"name": "Different Name", "street": "Evil Straet", "zipcode": "66666", "email": "foofoo"}),
    ("t/shop/shop_order.t",
     {"name": "Different Name", "street": "Angel Way", "zipcode": "66666", "email": "email"}),
    ("t/db_helper/zugferd_data.t",
     {"name": "Finanzamt für Steuerstrafsachen und Steuerfahndung Bochum", "street": "Uhlandstr.",
      "zipcode": "44791", "city": "Bochum", "invoice_mail": "customer@localhost"}),
    ("t/controllers/csvimport/orders.t", {"name": "TestCustomer1"}),
]
VENDORS = [
    ("t/bank/bank_transactions.t",
     {"number": "VEND1704", "name": "Test Vendor", "payment": "payment"}),
    ("t/datev/invoices.t", {"number": "70001", "name": "Testvendor"}),
    ("t/controllers/csvimport/aptransactions.t",
     {"number": "777", "name": "anderer Testlieferant"}),
    ("t/bank/sepa.t", {"name": "Skonto Lieferant", "payment": "2 % Skonto 7 Tage"}),
    ("t/controllers/csvimport/orders.t", {"name": "TestVendor1"}),
]
CONTACTS = [
    ("t/controllers/csvimport/contact.t",
     {"cp_givenname": "Ada", "cp_name": "Lovelace", "cp_email": "ada@no.domain",
      "cp_street": "5th Avenue", "cp_city": "Brooklyn", "cp_country": "GB", "cp_abteilung": "R&D"}),
    ("t/controllers/csvimport/contact.t",
     {"cp_givenname": "George", "cp_name": "Byron", "cp_email": "george@no.domain",
      "cp_street": "5th Avenue", "cp_city": "Brooklyn", "cp_abteilung": "R&D"}),
]
# where the payment terms' names are written (SL::Dev::Payment's default; sepa.t's own)
PAYMENT_SOURCES = {"payment": "SL/Dev/Payment.pm", "2 % Skonto 7 Tage": "t/bank/sepa.t"}
# the first auto numbers: the customer number range after 10001 (customervendor.t), the
# vendor range after 70001 (datev/invoices.t)
NEXT_NUMBER = {"customer": 10002, "vendor": 70002}
DEFAULT_COUNTRY = "DE"

# ct.pl list_names: @columns order and texts (the visible ones); {db} is customer/vendor
CV_COLUMNS = [
    ("name", None), ("number", "Number"), ("contact", "Contact"), ("phone", "Phone"),
    ("email", "E-mail"), ("street", "Street"), ("zipcode", "Zipcode"), ("city", "City"),
    ("payment", "Payment Terms"), ("country", "Country"), ("gln", "GLN"),
    ("invoice_mail", "Email of the invoice recipient"),
]
# ct.pl list_contacts: @columns order and texts (the visible ones)
CP_COLUMNS = [
    ("vcname", "Customer/Vendor"), ("vcnumber", "Customer/Vendor Number"), ("cp_name", "Surname"),
    ("cp_givenname", "Given Name"), ("cp_street", "Street"), ("cp_city", "City"),
    ("cp_country", "Country"), ("cp_phone1", "Phone1"), ("cp_phone2", "Phone2"),
    ("cp_privatphone", "Private Phone"), ("cp_mobile1", "Mobile1"), ("cp_mobile2", "Mobile2"),
    ("cp_email", "E-mail"), ("cp_abteilung", "Department"),
]

ENTRY = re.compile(r"""^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$""")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def read_locale(src: Path, lang: str) -> dict[str, str]:
    texts = {}
    for line in (src / "locale" / lang / "all").read_text(encoding="utf-8").splitlines():
        m = ENTRY.match(line)
        if m:
            texts[unescape(m.group(1))] = unescape(m.group(2))
    return texts


def read_countries(src: Path) -> dict[str, tuple[str, str]]:
    text = (src / "SL/Helper/ISO3166.pm").read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"\[\s*'([A-Z]{2})',\s*qr\{.*?\}i,\s*'([^']*)',\s*'([^']*)'\]", text):
        out[m.group(1)] = (m.group(2), m.group(3))
    return out


def check_sources(src: Path) -> None:
    """Every value written occurs in the test file it is said to come from."""
    for records in (CUSTOMERS, VENDORS, CONTACTS):
        for path, rec in records:
            text = (src / path).read_text(encoding="utf-8")
            for field, value in rec.items():
                if field in ("country", "cp_country", "payment"):
                    continue
                assert value in text, (path, field, value)
    for value, path in PAYMENT_SOURCES.items():
        assert f"'{value}'" in (src / path).read_text(encoding="utf-8"), (path, value)
    assert "United Kingdom" in (src / "t/controllers/csvimport/customervendor.t").read_text()
    assert "United Kingdom" in (src / "t/controllers/csvimport/contact.t").read_text()


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    # Text::CSV_XS defaults: quote a field holding the separator, the quote, a space or a
    # control character (quote_space, quote_binary); '"' doubled; empty fields unquoted
    def field(value: str) -> str:
        if value and re.search(r'[;" \x00-\x1f\x7f]', value):
            return '"' + value.replace('"', '""') + '"'
        return value

    with path.open("w", encoding="utf-8", newline="") as fh:
        for row in [header, *rows]:
            fh.write(";".join(field(v) for v in row) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", choices=["en", "de"], required=True)
    args = ap.parse_args()
    check_sources(args.src)
    texts = read_locale(args.src, args.lang)
    countries = read_countries(args.src)

    def t(key: str) -> str:
        assert key in texts, key
        return texts[key] or key

    def country(code: str) -> str:
        en, de = countries[code]
        return de if args.lang == "de" else en

    args.out.mkdir(parents=True, exist_ok=True)
    numbers: dict[tuple[str, str], str] = {}
    for db, records, title in (("customer", CUSTOMERS, "Customer Name"),
                               ("vendor", VENDORS, "Vendor Name")):
        next_number = NEXT_NUMBER[db]
        rows = []
        for _path, rec in records:
            rec = dict(rec)
            if "number" not in rec:
                rec["number"] = str(next_number)
                next_number += 1
            rec["country"] = country(rec.get("country", DEFAULT_COUNTRY))
            numbers[(db, rec["name"])] = rec["number"]
            rows.append(rec)
        rows.sort(key=lambda r: r["name"])  # stable: records of one name stay in save order
        header = [t(title) if text is None else t(text) for _col, text in CV_COLUMNS]
        write_csv(args.out / f"{db}s.csv", header,
                  [[r.get(col, "") for col, _text in CV_COLUMNS] for r in rows])

    rows = []
    for _path, rec in CONTACTS:
        rec = dict(rec)
        if "cp_country" in rec:
            rec["cp_country"] = country(rec["cp_country"])
        rows.append(rec)
    rows.sort(key=lambda r: (r["cp_name"], r["cp_givenname"]))
    write_csv(args.out / "contacts.csv", [t(text) for _col, text in CP_COLUMNS],
              [[r.get(col, "") for col, _text in CP_COLUMNS] for r in rows])


if __name__ == "__main__":
    main()
