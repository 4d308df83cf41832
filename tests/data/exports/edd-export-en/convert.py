"""Easy Digital Downloads' CSV exports of customers, orders and downloads, in its own labels.

Built for round Z4 (session 52, keys385). Usage:

    python convert.py --lang en|de|fr|es EDD MO OUT

EDD: files of GitHub awesomemotive/easy-digital-downloads at
37ae05451143731596927388fef933c30a624679 under their own paths (the export classes are read by
the maintainer, the records by this script: assets/sample-products-import.xml and
tests/phpunit/factories/class-edd-factory-for-{customers,orders}.php). MO: a folder holding
languages/easy-digital-downloads-<locale>.mo of the same repository at
2fa09bd236195b0a99db9e51251cdc5d3fcb136b (the parent of 3375b984, "Remove outdated translation
files": the last commit that ships catalogues; later ones ship only the .pot). SOURCE.md lists all.

Rules (nothing here is invented data; every value is read from the files named above):
- downloads.csv: the six 'download' posts of EDD's own demo store
  (assets/sample-products-import.xml, a WordPress export of easydigitaldownloads.com/demo), as
  EDD\\Admin\\Exports\\Exporters\\Downloads writes them: post ID ascending; the author's login;
  Price = edd_price, or 'name: amount | ...' of edd_variable_prices when _variable_pricing is
  set; Files = each file URL (';condition' appended when the prices are variable), ' | '
  joined; Featured Image = the URL of the attachment named by _thumbnail_id; a meta the post
  lacks (download limit, SKU, notes, sales, earnings) is empty, as get_post_meta returns ''.
- customers.csv, orders.csv: the test suite's own fixtures: the customer factory
  (tests-customers.php: create_many(5); customer 1 is attached to WordPress user 1, the test
  site's 'admin') and the order factory (tests-orders.php: create_many(5)), loaded together:
  a generated sequence's n-th value is its template with n (1..5; the order factory's
  customer_id and e-mail sequences then name the factory's customers 1..5). Every order gets
  the factory's order item, tax-rate adjustment and address. The exports'
  run-time values: created at one fixed time (2026-02-18 21:38:03, the EDD commit's time in
  UTC), sequential order numbers off (the number is the ID), SKUs off (the defaults).
  Customers: edd_get_customers' default order (id descending); a customer's purchase count,
  value and payment IDs are its orders'. Orders: date ascending (the exporter's order); the
  products cell 'title - $amount' (the item's product_name: the factory's product 1), the raw
  cell 'title|amount{tax}{price_id}' with the amounts as the decimal(18,9) columns return them;
  'none' when the order has no discount; the user's display name or 'guest'; the gateway
  'manual' by its admin label 'Store Gateway'; the country's name by EDD's country list.
- Headers: the exporters' msgids translated by the locale's catalogue (an untranslated msgid
  stays English, as gettext shows it); 'none', 'guest' and the gateway label likewise. Raw
  values (status 'complete', mode 'live', dates) are printed untranslated, as the code does.
- CSV: EDD's own writer (Exporter::print_rows, BatchExport::print_csv_rows): every cell in
  double quotes, a double quote in a cell turned into a single quote, then PHP addslashes;
  CRLF line ends; UTF-8.
"""
import argparse
import gettext
import hashlib
import os
import re

LANGS = {"en": None, "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
NOW = "2026-02-18 21:38:03"
N = 5

CUSTOMER_COLS = [  # Exporters\Customers::csv_cols
    ("id", "ID"), ("user_id", "User ID"), ("name", "Name"), ("email", "Email"),
    ("purchases", "Number of Purchases"), ("amount", "Customer Value"),
    ("payment_ids", "Payment IDs"), ("date_created", "Date Created"),
]
ORDER_COLS = [  # Exporters\Orders::get_data_headers
    ("id", "Order ID"), ("seq_id", "Order Number"), ("email", "Email"),
    ("customer_id", "Customer ID"), ("name", "Customer Name"), ("address1", "Address"),
    ("address2", "Address (Line 2)"), ("city", "City"), ("state", "State"),
    ("country", "Country"), ("zip", "Postal / ZIP Code"), ("products", "Products (Verbose)"),
    ("products_raw", "Products (Raw)"), ("skus", "SKUs"), ("currency", "Currency"),
    ("amount", "Amount"), ("tax", "Tax"), ("discount", "Discount Code"),
    ("refunded", "Refunded"), ("refunded_tax", "Refunded Tax"), ("gateway", "Payment Method"),
    ("trans_id", "Transaction ID"), ("key", "Purchase Key"), ("date", "Date"),
    ("user", "User"), ("ip", "IP Address"), ("mode", "Mode (Live|Test)"),
    ("status", "Status"), ("country_name", "Country Name"), ("state_name", "State Name"),
    ("vat_number", "VAT Number"),
]
DOWNLOAD_COLS = [  # Exporters\Downloads::csv_cols
    ("ID", "ID"), ("post_name", "Slug"), ("post_title", "Name"), ("post_date", "Date Created"),
    ("post_author", "Author"), ("post_content", "Description"), ("post_excerpt", "Excerpt"),
    ("post_status", "Status"), ("categories", "Categories"), ("tags", "Tags"),
    ("edd_price", "Price"), ("_edd_files", "Files"),
    ("_edd_download_limit", "File Download Limit"), ("_thumbnail_id", "Featured Image"),
    ("edd_sku", "SKU"), ("edd_product_notes", "Notes"), ("_edd_download_sales", "Sales"),
    ("_edd_download_earnings", "Earnings"),
]
COUNTRIES = {"US": "United States"}  # includes/country-functions.php, edd_get_country_list
USERS = {1: "admin"}  # the WordPress test site's only user (display name)


def unserialize(s):
    """PHP unserialize for the arrays of strings and ints the demo's post meta holds."""
    pos = 0

    def val():
        nonlocal pos
        t = s[pos]
        if t == "s":
            m = re.compile(r's:(\d+):"').match(s, pos)
            n = int(m.group(1))
            b = s[m.end():].encode("utf-8")[:n].decode("utf-8")
            pos = m.end() + len(b) + 2
            return b
        if t in "ib":
            m = re.compile(r"[ib]:(-?\d+);").match(s, pos)
            pos = m.end()
            return int(m.group(1))
        if t == "N":
            pos += 2
            return None
        if t == "a":
            m = re.compile(r"a:(\d+):\{").match(s, pos)
            pos = m.end()
            out = {}
            for _ in range(int(m.group(1))):
                k = val()
                out[k] = val()
            pos += 1
            return out
        raise ValueError(s[pos:pos + 20])
    return val()


def php_cell(v):
    """EDD's writer: '"' -> "'", then addslashes."""
    v = str(v).replace('"', "'")
    return v.replace("\\", "\\\\").replace("'", "\\'").replace("\0", "\\0")


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for row in [header, *rows]:
            fh.write(",".join('"' + php_cell(c) + '"' for c in row) + "\r\n")


def cdata(tag, text):
    m = re.search(r"<" + tag + r"><!\[CDATA\[(.*?)\]\]></" + tag + ">", text, re.S)
    return m.group(1) if m else ""


def downloads(xml):
    items = re.findall(r"<item>(.*?)</item>", xml, re.S)
    posts = {}
    for it in items:
        pid = int(re.search(r"<wp:post_id>(\d+)</wp:post_id>", it).group(1))
        meta = dict(re.findall(r"<wp:meta_key><!\[CDATA\[(.*?)\]\]></wp:meta_key>\s*"
                               r"<wp:meta_value><!\[CDATA\[(.*?)\]\]></wp:meta_value>", it, re.S))
        cats = re.findall(r'<category domain="(download_category|download_tag)"[^>]*>'
                          r"<!\[CDATA\[(.*?)\]\]></category>", it)
        url = re.search(r"<wp:attachment_url><!\[CDATA\[(.*?)\]\]>", it)
        posts[pid] = {"type": cdata("wp:post_type", it), "it": it, "meta": meta, "cats": cats,
                      "url": url.group(1) if url else ""}
    rows = []
    for pid in sorted(p for p in posts if posts[p]["type"] == "download"):
        p = posts[pid]
        it, meta = p["it"], p["meta"]
        variable = bool(meta.get("_variable_pricing"))
        if variable:
            prices = unserialize(meta["edd_variable_prices"]).values()
            price = " | ".join(f'{v["name"]}: {v["amount"]}' for v in prices)
        else:
            price = meta.get("edd_price", "")
        files = []
        for f in unserialize(meta.get("edd_download_files", "a:0:{}")).values():
            files.append(f["file"] + (";" + f.get("condition", "all") if variable else ""))
        thumb = posts.get(int(meta["_thumbnail_id"]), {}).get("url", "") \
            if meta.get("_thumbnail_id") else ""
        rows.append({
            "ID": pid, "post_name": cdata("wp:post_name", it), "post_title": cdata("title", it),
            "post_date": cdata("wp:post_date", it), "post_author": cdata("dc:creator", it),
            "post_content": cdata("content:encoded", it),
            "post_excerpt": cdata("excerpt:encoded", it), "post_status": cdata("wp:status", it),
            "categories": " | ".join(n for d, n in p["cats"] if d == "download_category"),
            "tags": " | ".join(n for d, n in p["cats"] if d == "download_tag"),
            "edd_price": price, "_edd_files": " | ".join(files),
            "_edd_download_limit": meta.get("_edd_download_limit", ""), "_thumbnail_id": thumb,
            "edd_sku": meta.get("edd_sku", ""),
            "edd_product_notes": meta.get("edd_product_notes", ""),
            "_edd_download_sales": meta.get("_edd_download_sales", ""),
            "_edd_download_earnings": meta.get("_edd_download_earnings", ""),
        })
    return rows


def php_array(src, start):
    """'key' => value pairs of the PHP array(...) opened after `start` in src."""
    i = src.index(start) + len(start)
    depth, j = 1, i
    while depth:
        depth += {"(": 1, ")": -1}.get(src[j], 0)
        j += 1
    body = src[i:j - 1]
    out = {}
    for k, v in re.findall(r"'(\w+)'\s*=>\s*([^\n]+?),?\s*$", body, re.M):
        m = re.match(r"new \\WP_UnitTest_Generator_Sequence\( '([^']*)' \)", v)
        if m:
            out[k] = ("seq", m.group(1))
        elif re.match(r"md5\( '([^']*)' \)", v):
            out[k] = hashlib.md5(re.match(r"md5\( '([^']*)' \)", v).group(1).encode()).hexdigest()
        elif v.startswith("'"):
            out[k] = v.strip("'")
        elif re.match(r"-?[\d.]+$", v):
            out[k] = float(v)
        else:
            out[k] = ("runtime", v)
    return out


def gen(v, n):
    return v[1].replace("%s", str(n)).replace("%d", str(n)) if isinstance(v, tuple) else v


def money(x):
    """edd_format_amount: two decimals, ',' thousands (EDD's defaults)."""
    return f"{x:,.2f}"


def dec9(x):
    return f"{x:.9f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("edd")
    ap.add_argument("mo")
    ap.add_argument("out")
    a = ap.parse_args()
    tr = None
    if LANGS[a.lang]:
        path = os.path.join(a.mo, "languages", f"easy-digital-downloads-{LANGS[a.lang]}.mo")
        with open(path, "rb") as fh:
            tr = gettext.GNUTranslations(fh)

    def t(s):
        return tr.gettext(s) if tr else s

    def read(p):
        with open(os.path.join(a.edd, p), encoding="utf-8") as fh:
            return fh.read()
    fac = "tests/phpunit/factories/"
    cdef = php_array(read(fac + "class-edd-factory-for-customers.php"),
                     "default_generation_definitions = array(")
    osrc = read(fac + "class-edd-factory-for-orders.php")
    odef = php_array(osrc, "default_generation_definitions = array(")
    item = php_array(osrc, "edd_add_order_item(\n\t\t\tarray(")
    addr = php_array(osrc, "edd_add_order_address( array(")
    customers = {n: {"id": n, "user_id": 1 if n == 1 else 0, "name": gen(cdef["name"], n),
                     "email": gen(cdef["email"], n), "orders": []} for n in range(1, N + 1)}
    orders = []
    for n in range(1, N + 1):
        cid = int(gen(odef["customer_id"], n))
        uid = int(gen(odef["user_id"], n))
        customers[cid]["orders"].append((n, odef["total"]))
        amount = float(item["amount"])
        orders.append({
            "id": n, "seq_id": n, "email": gen(odef["email"], n), "customer_id": cid,
            "name": customers[cid]["name"], "address1": "", "address2": "", "city": "",
            "state": "", "country": addr["country"], "zip": "",
            "products": f'{item["product_name"]} - ${money(amount)}',
            "products_raw": f'{item["product_name"]}|{dec9(amount)}{{{dec9(item["tax"])}}}{{}}',
            "skus": "", "currency": odef["currency"], "amount": money(odef["total"]),
            "tax": money(odef["tax"]), "discount": t("none"), "refunded": money(0),
            "refunded_tax": money(0), "gateway": t("Store Gateway") if odef["gateway"] == "manual"
            else odef["gateway"], "trans_id": "", "key": odef["payment_key"], "date": NOW,
            "user": USERS.get(uid, t("guest")), "ip": odef["ip"], "mode": odef["mode"],
            "status": odef["status"], "country_name": t(COUNTRIES[addr["country"]]),
            "state_name": "", "vat_number": "",
        })
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for c in sorted(customers.values(), key=lambda c: -c["id"]):
        rows.append([c["id"], c["user_id"], c["name"], c["email"], len(c["orders"]),
                     money(sum(v for _, v in c["orders"])),
                     ",".join(str(i) for i, _ in c["orders"]), NOW])
    write(os.path.join(a.out, "customers.csv"), [t(m) for _, m in CUSTOMER_COLS], rows)
    write(os.path.join(a.out, "orders.csv"), [t(m) for _, m in ORDER_COLS],
          [[o[f] for f, _ in ORDER_COLS] for o in orders])
    with open(os.path.join(a.edd, "assets/sample-products-import.xml"), encoding="utf-8") as fh:
        drows = downloads(fh.read())
    write(os.path.join(a.out, "downloads.csv"), [t(m) for _, m in DOWNLOAD_COLS],
          [[r[f] for f, _ in DOWNLOAD_COLS] for r in drows])


if __name__ == "__main__":
    main()
