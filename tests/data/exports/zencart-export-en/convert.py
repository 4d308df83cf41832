"""Zen Cart's admin lists of customers and products, headed in its own admin labels.

Built for round Y (session 50, keys354). Usage:

    python convert.py --lang en ZC OUT

ZC: files of GitHub zencart/zencart at 0306c470b6e10cecc86489226951ff9534a6b773 under their
own paths (SOURCE.md lists them). Zen Cart ships English only (crowdin.yml exports
'english'; no other language pack in the repository), so --lang takes 'en' alone.

Rules (nothing here is invented data):
- Rows: the installer's demo data, zc_install/sql/demo/mysql_demo.sql: its one customer
  (customers, customers_info, address_book) and its products (products, with the
  products_description name of language 1, English). The demo data hold no orders.
- Files and columns: Zen Cart has no CSV export of these lists; each file is the admin list
  (admin/customers.php; admin/category_product_listing.php, products part) with the columns
  the install's defaults show (ACCOUNT_COMPANY 'true', WHOLESALE_PRICING_CONFIG 'false',
  MODULE_ORDER_TOTAL_GV_STATUS 'true', registration IP hidden), each headed by the
  TABLE_HEADING_* define of the admin language files; the image and action columns and the
  address-book-count column (no heading, empty for one address) are left out.
- Cells as the list prints them: dates by zen_date_short (DATE_FORMAT 'm/d/Y'; a
  '0001-01-01' date prints nothing), the pricing group TEXT_NONE ('--none--') when the
  customer has none, money as the default currency USD prints it ('$1,234.56'), the status
  icon as its title (IMAGE_ICON_STATUS_ON / _OFF). A product's price is its products_price:
  the list's zen_get_products_display_price would add a special or sale price beside it
  (the demo's specials and sales are not applied here).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mysql_values import values_list  # noqa: E402

LANG_FILES = [
    "admin/includes/languages/lang.english.php",
    "admin/includes/languages/english/lang.customers.php",
    "admin/includes/languages/english/lang.category_product_listing.php",
]
DEMO = "zc_install/sql/demo/mysql_demo.sql"
READ = {"customers", "customers_info", "address_book", "products", "products_description"}

CUSTOMER_COLS = ["TABLE_HEADING_ID", "TABLE_HEADING_LASTNAME", "TABLE_HEADING_FIRSTNAME",
                 "TABLE_HEADING_COMPANY", "TABLE_HEADING_ACCOUNT_CREATED", "TABLE_HEADING_LOGIN",
                 "TABLE_HEADING_PRICING_GROUP", "TABLE_HEADING_GV_AMOUNT",
                 "TABLE_HEADING_AUTHORIZATION_APPROVAL"]
PRODUCT_COLS = ["TABLE_HEADING_ID", "TABLE_HEADING_CATEGORIES_PRODUCTS", "TABLE_HEADING_MODEL",
                "TABLE_HEADING_PRODUCTS_PRICE", "TABLE_HEADING_QUANTITY", "TABLE_HEADING_STATUS",
                "TABLE_HEADING_CATEGORIES_SORT_ORDER"]


def read_defines(paths):
    """'KEY' => 'value' pairs of Zen Cart's $define arrays (single-quoted strings)."""
    out = {}
    pat = re.compile(r"'([A-Z0-9_]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'")
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for m in pat.finditer(fh.read()):
                out.setdefault(m.group(1), re.sub(r"\\(.)", r"\1", m.group(2)))
    return out


def tables(sql):
    """table -> list of row dicts over every INSERT INTO table (cols) VALUES ... of the dump."""
    out = {}
    for m in re.finditer(r"INSERT INTO (\w+) \(([^)]*)\) VALUES", sql):
        if m.group(1) not in READ:
            continue
        cols = [c.strip() for c in m.group(2).split(",")]
        rows, _ = values_list(sql, m.end())
        out.setdefault(m.group(1), []).extend(dict(zip(cols, r, strict=True)) for r in rows)
    return out


def date_short(raw, fmt):
    if not raw or raw <= "0001-01-01 00:00:00":
        return ""
    d = datetime.datetime.strptime(raw[:10], "%Y-%m-%d")
    return d.strftime(fmt.replace("m", "%m").replace("d", "%d").replace("Y", "%Y"))


def money(v):
    return "$" + f"{float(v or 0):,.2f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("zc")
    ap.add_argument("out")
    a = ap.parse_args()
    lab = read_defines([os.path.join(a.zc, p) for p in LANG_FILES])
    with open(os.path.join(a.zc, DEMO), encoding="utf-8") as fh:
        t = tables(fh.read())
    os.makedirs(a.out, exist_ok=True)
    on, off = lab["IMAGE_ICON_STATUS_ON"], lab["IMAGE_ICON_STATUS_OFF"]

    info = {r["customers_info_id"]: r for r in t["customers_info"]}
    books = t["address_book"]
    with open(os.path.join(a.out, "customers.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([lab[c] for c in CUSTOMER_COLS])
        for i, c in enumerate(t["customers"], start=1):
            cid = c["customers_id"] if c["customers_id"] not in (None, "NULL") else str(i)
            ci = info.get(cid, {})
            ab = [b for b in books if b["customers_id"] == cid]
            dflt = ab[int(c["customers_default_address_id"]) - 1] if ab else {}
            group = c["customers_group_pricing"]
            fmt = lab["DATE_FORMAT"]
            w.writerow([cid, c["customers_lastname"], c["customers_firstname"],
                        dflt.get("entry_company") or "",
                        date_short(ci.get("customers_info_date_account_created"), fmt),
                        date_short(ci.get("customers_info_date_of_last_logon"), fmt),
                        lab["TEXT_NONE"] if group in ("0", None) else group,
                        money(None),
                        on if c["customers_authorization"] == "0" else off])

    names = {r["products_id"]: r["products_name"] for r in t["products_description"]
             if r["language_id"] == "1"}
    prods = sorted(t["products"], key=lambda r: int(r["products_id"]))
    with open(os.path.join(a.out, "products.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([lab[c] for c in PRODUCT_COLS])
        for p in prods:
            w.writerow([p["products_id"], names.get(p["products_id"], ""),
                        p["products_model"] or "",
                        money(p["products_price"]), p["products_quantity"],
                        on if p["products_status"] == "1" else off, p["products_sort_order"]])


if __name__ == "__main__":
    main()
