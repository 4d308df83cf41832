"""osCommerce 2.2's sample customer, products and manufacturers, headed in its own admin labels.

Built for round Z (session 51, keys364). Usage:

    python convert.py --lang en|de|es OSC OUT

OSC: files of GitHub osCommerce/oscommerce2 at 27e4f99ccb0097160ff15e189952d78bf789f916
(tag v2.2rc2a) under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the sample records of osCommerce's install SQL (catalog/install/oscommerce.sql, read
  as Latin-1): the one customer (customers 1, "John doe", with its address_book entry 1),
  the 27 products (products joined with products_description in the export's language:
  language 1 English, 2 Deutsch, 3 Espanol) and the 10 manufacturers (manufacturers joined
  with manufacturers_info in that language). Values written as now() by the install (date
  added) are left out: they are the install's moment, not a record's value.
- osCommerce 2.2 has no CSV export: each file carries the fields its admin edit form shows
  (customers.php?action=edit, categories.php?action=new_product, manufacturers.php's edit
  box), in the form's order, headed by the form's own label constant (ENTRY_*, TEXT_*) of
  the admin language file of that language (html entities decoded, the trailing colon
  dropped). Spanish admin leaves ENTRY_SUBURB empty: the catalog's Spanish label
  ('Suburbio') is used.
- Cells as the admin form prints them: gender as MALE/FEMALE, date of birth by
  tep_date_short (the language's DATE_FORMAT), the address's zone name as State and its
  country name as Country, newsletter as ENTRY_NEWSLETTER_YES/NO, product status as
  TEXT_PRODUCT_AVAILABLE/NOT_AVAILABLE, the product's manufacturer by name, prices and
  weights as the database's decimals ('299.9900', '23.00').
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import html
import os
import re

LANGS = {"en": ("english", 1), "de": ("german", 2), "es": ("espanol", 3)}
ADMIN = "catalog/admin/includes/languages"

CUSTOMER = [  # the label constants of the admin customer form, in its order
    "ENTRY_GENDER", "ENTRY_FIRST_NAME", "ENTRY_LAST_NAME", "ENTRY_DATE_OF_BIRTH",
    "ENTRY_EMAIL_ADDRESS", "ENTRY_COMPANY", "ENTRY_STREET_ADDRESS", "ENTRY_SUBURB",
    "ENTRY_POST_CODE", "ENTRY_CITY", "ENTRY_STATE", "ENTRY_COUNTRY",
    "ENTRY_TELEPHONE_NUMBER", "ENTRY_FAX_NUMBER", "ENTRY_NEWSLETTER",
]
PRODUCT = [
    "TEXT_PRODUCTS_STATUS", "TEXT_PRODUCTS_DATE_AVAILABLE", "TEXT_PRODUCTS_MANUFACTURER",
    "TEXT_PRODUCTS_NAME", "TEXT_PRODUCTS_PRICE_NET", "TEXT_PRODUCTS_DESCRIPTION",
    "TEXT_PRODUCTS_QUANTITY", "TEXT_PRODUCTS_MODEL", "TEXT_PRODUCTS_IMAGE",
    "TEXT_PRODUCTS_URL", "TEXT_PRODUCTS_WEIGHT",
]
MANUFACTURER = ["TEXT_MANUFACTURERS_NAME", "TEXT_MANUFACTURERS_IMAGE", "TEXT_MANUFACTURERS_URL"]


def read(root, path):
    with open(os.path.join(root, path), encoding="latin-1") as f:
        return f.read()


def defines(text):
    out = {}
    for m in re.finditer(r"define\('([A-Z_0-9]+)',\s*'((?:[^'\\]|\\.)*)'\)", text):
        out[m.group(1)] = html.unescape(m.group(2).replace("\\'", "'"))
    return out


def label(text):
    return text.strip().rstrip(":").strip()


def sql_values(body):
    """The values of one INSERT's VALUES (...) list: strings, numbers, null, now()."""
    vals, i, n = [], 0, len(body)
    while i < n:
        c = body[i]
        if c in " ,\t":
            i += 1
        elif c == "'":
            j, buf = i + 1, []
            while body[j] != "'":
                if body[j] == "\\":
                    nxt = body[j + 1]
                    buf.append({"n": "\n", "r": "\r", "t": "\t"}.get(nxt, nxt))
                    j += 2
                else:
                    buf.append(body[j])
                    j += 1
            vals.append("".join(buf))
            i = j + 1
        else:
            m = re.match(r"[^,]+", body[i:])
            tok = m.group(0).strip()
            vals.append(None if tok.lower() in ("null", "now()") else tok)
            i += m.end()
    return vals


def inserts(sql, table):
    rows = []
    for line in sql.splitlines():
        m = re.match(r"INSERT INTO " + table + r" VALUES\s*\((.*)\);\s*$", line)
        if m:
            rows.append(sql_values(m.group(1)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("osc")
    ap.add_argument("out")
    a = ap.parse_args()
    ldir, lid = LANGS[a.lang]
    sql = read(a.osc, "catalog/install/oscommerce.sql")
    main_l = defines(read(a.osc, f"{ADMIN}/{ldir}.php"))
    if not main_l.get("ENTRY_SUBURB"):
        catalog_l = defines(read(a.osc, f"catalog/includes/languages/{ldir}.php"))
        main_l["ENTRY_SUBURB"] = catalog_l["ENTRY_SUBURB"]
    cat_l = defines(read(a.osc, f"{ADMIN}/{ldir}/categories.php"))
    man_l = defines(read(a.osc, f"{ADMIN}/{ldir}/manufacturers.php"))
    os.makedirs(a.out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    countries = {r[0]: r[1] for r in inserts(sql, "countries")}
    zones = {r[0]: r[3] for r in inserts(sql, "zones")}
    books = {r[0]: r for r in inserts(sql, "address_book")}
    fmt = main_l["DATE_FORMAT"]

    def date_short(v):
        if not v or v.startswith("0000"):
            return ""
        y, mo, d = v[:10].split("-")
        return fmt.replace("Y", y).replace("m", mo).replace("d", d)

    rows = []
    for c in inserts(sql, "customers"):
        (cid, gender, first, last, dob, email, book_id, phone, fax, _pw, news) = c
        b = books[book_id]
        state = zones.get(b[12]) if b[12] and b[12] != "0" else b[10]
        rows.append([
            main_l["MALE"] if gender == "m" else main_l["FEMALE"] if gender == "f" else "",
            first, last, date_short(dob), email, b[3] or "", b[6], b[7] or "", b[8], b[9],
            state or "", countries.get(b[11], ""), phone, fax or "",
            main_l["ENTRY_NEWSLETTER_YES"] if news == "1" else main_l["ENTRY_NEWSLETTER_NO"],
        ])
    write("customers.csv", [label(main_l[k]) for k in CUSTOMER], rows)

    mans = {r[0]: r for r in inserts(sql, "manufacturers")}
    murl = {r[0]: r[2] for r in inserts(sql, "manufacturers_info") if r[1] == str(lid)}
    desc = {r[0]: r for r in inserts(sql, "products_description") if r[1] == str(lid)}
    rows = []
    for p in inserts(sql, "products"):
        (pid, qty, model, image, price, _add, _mod, avail, weight, status, _tax, mid, _n) = p
        d = desc[pid]
        rows.append([
            cat_l["TEXT_PRODUCT_AVAILABLE" if status == "1" else "TEXT_PRODUCT_NOT_AVAILABLE"],
            date_short(avail), mans[mid][1] if mid in mans else "", d[2],
            f"{float(price):.4f}", d[3] or "", qty, model or "", image or "", d[4] or "",
            f"{float(weight):.2f}",
        ])
    write("products.csv", [label(cat_l[k]) for k in PRODUCT], rows)

    rows = [[m[1], m[2] or "", murl.get(mid, "")] for mid, m in mans.items()]
    write("manufacturers.csv", [label(man_l[k]) for k in MANUFACTURER], rows)


if __name__ == "__main__":
    main()
