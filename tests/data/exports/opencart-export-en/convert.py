"""OpenCart's admin lists of products and manufacturers, headed in its own admin labels.

Built for round X (session 50, keys349). Usage:

    python convert.py --lang en|fr OC OUT

OC: files of GitHub opencart/opencart at 01254c2138915763c3a86139e24b26c33b3aeb17 under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the demo catalogue OpenCart's installer loads (upload/install/opencart-<code>.sql,
  read as install/model/install/install.php reads it: the lines of one INSERT joined with
  no separator): oc_product with oc_product_description (language 1), oc_manufacturer with
  oc_manufacturer_description. en reads opencart-en-gb.sql, fr opencart-fr-fr.sql (the
  installer of that language). A column an INSERT leaves out is its db_schema.php default
  (manufacturer status 0). opencart-fr-fr.sql still names a manufacturer in oc_manufacturer
  itself (no oc_manufacturer_description rows): that name is read.
- Files and columns: OpenCart has no CSV export; each file is the admin list view
  (catalog/product_list.twig, catalog/manufacturer_list.twig) without its image thumbnail,
  check box and action buttons, rows in the list's default order (name ascending). Headers:
  the list's column_* strings from admin/language/<code>/catalog/<list>.php, else from
  admin/language/<code>/default.php, else the key itself (Language::get returns the key:
  the French manufacturer list has no column_status).
- Cells: names HTML-unescaped as the browser shows them; price as Currency::format writes
  the store currency (config_currency USD: '$', 2 places, the language's decimal and
  thousand points); quantity and sort order as stored; status text_enabled/text_disabled.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import html
import os
import re

LANGS = {"en": "en-gb", "fr": "fr-fr"}

FILES = [
    ("products.csv", "catalog/product", [
        ("column_name", "name"), ("column_model", "model"), ("column_price", "price"),
        ("column_quantity", "quantity"), ("column_status", "status")]),
    ("manufacturers.csv", "catalog/manufacturer", [
        ("column_name", "name"), ("column_status", "status"),
        ("column_sort_order", "sort_order")]),
]


def php_strings(path):
    """$_['key'] = 'value'; pairs of an OpenCart language file."""
    out = {}
    if not os.path.exists(path):
        return out
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"\$_\['([^']+)'\]\s*=\s*'((?:[^'\\]|\\.)*)'\s*;", text):
        out[m.group(1)] = re.sub(r"\\(.)", r"\1", m.group(2))
    return out


def sql_inserts(path):
    """{table: [row dict]} from the installer's SQL, lines joined as install.php joins them."""
    tables = {}
    sql, start = "", False
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            line = line.rstrip("\r")
            if line.startswith("INSERT INTO "):
                sql, start = "", True
            if start:
                sql += line
            if start and line.endswith(");"):
                start = False
                m = re.match(r"INSERT INTO `(\w+)` \(([^)]*)\)\s*VALUES\s*(.*);$", sql, re.S)
                if not m:
                    continue
                cols = [c.strip(" `") for c in m.group(2).split(",")]
                for vals in parse_tuples(m.group(3)):
                    tables.setdefault(m.group(1), []).append(dict(zip(cols, vals, strict=True)))
    return tables


def parse_tuples(s):
    tuples, cur, i, depth = [], [], 0, 0
    tok = ""
    while i < len(s):
        c = s[i]
        if c == "'":
            i += 1
            buf = ""
            while i < len(s):
                if s[i] == "\\" and i + 1 < len(s):
                    buf += {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(s[i + 1], s[i + 1])
                    i += 2
                elif s[i] == "'" and s[i + 1:i + 2] == "'":
                    buf += "'"
                    i += 2
                elif s[i] == "'":
                    break
                else:
                    buf += s[i]
                    i += 1
            tok = buf
            i += 1
            continue
        if c == "(":
            depth += 1
            if depth == 1:
                cur, tok = [], ""
            else:
                tok += c
        elif c == ")":
            depth -= 1
            if depth == 0:
                cur.append(norm(tok))
                tuples.append(cur)
                tok = ""
            else:
                tok += c
        elif c == "," and depth == 1:
            cur.append(norm(tok))
            tok = ""
        elif depth >= 1 and not c.isspace():
            tok += c
        i += 1
    return tuples


def norm(tok):
    return None if tok == "NULL" else tok


def money(value, lang_default):
    amount = round(float(value), 2)
    s = f"{amount:,.2f}"
    s = s.replace(",", "\x00").replace(".", lang_default["decimal_point"])
    s = s.replace("\x00", lang_default["thousand_point"])
    return "$" + s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("oc")
    ap.add_argument("out")
    a = ap.parse_args()
    code = LANGS[a.lang]
    up = os.path.join(a.oc, "upload")
    default = php_strings(os.path.join(up, "admin", "language", code, "default.php"))
    data = sql_inserts(os.path.join(up, "install", f"opencart-{code}.sql"))
    status = {"1": default["text_enabled"], "0": default["text_disabled"]}

    desc = {r["product_id"]: r for r in data["oc_product_description"] if r["language_id"] == "1"}
    products = []
    for r in data["oc_product"]:
        if r["product_id"] not in desc:  # getProducts: WHERE pd.language_id (variant 50 has none)
            continue
        products.append({"name": html.unescape(desc[r["product_id"]]["name"]),
                         "model": html.unescape(r["model"]),
                         "price": money(r["price"], default),
                         "quantity": r["quantity"],
                         "status": status[r["status"]]})
    mdesc = {r["manufacturer_id"]: r for r in data.get("oc_manufacturer_description", [])
             if r["language_id"] == "1"}
    manufacturers = []
    for r in data["oc_manufacturer"]:
        manufacturers.append({"name": html.unescape(mdesc.get(r["manufacturer_id"], r)["name"]),
                              "status": status[r.get("status", "0")],
                              "sort_order": r["sort_order"]})
    rows = {"products.csv": products, "manufacturers.csv": manufacturers}

    os.makedirs(a.out, exist_ok=True)
    for name, lang_file, cols in FILES:
        strings = php_strings(os.path.join(up, "admin", "language", code, lang_file + ".php"))
        header = [strings.get(k, default.get(k, k)) for k, _ in cols]
        body = sorted(rows[name], key=lambda r: r["name"].lower())
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in body:
                w.writerow([r[f] for _, f in cols])


if __name__ == "__main__":
    main()
