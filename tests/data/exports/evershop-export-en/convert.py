"""EverShop's admin product list (Catalog > Products), as a CSV headed in its own UI labels.

Built for round Z (session 51, keys363). Usage:

    python convert.py --lang en|de|fr|es ES OUT

ES: files of GitHub evershopcommerce/evershop at 770c47bb89b600bebabbc035c014ba7dd8dd0b78
under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the 15 demo products of EverShop's own seed
  (packages/evershop/src/bin/seed/data/products.json; `evershop seed` inserts them in file
  order, so product_id follows the file), in the admin grid's default order
  (ProductCollection: product.product_id DESC, the last seeded first).
- Columns: the admin product grid's columns (catalog/pages/admin/productGrid/Grid.jsx, in
  their sortOrder): Name, Price, SKU, Stock, Status; the Thumbnail column (an image the
  seed downloads and stores under a path chosen at seeding) is left out. EverShop has no
  CSV export of products; its list view is what a user copies out.
- Headers and cells: the grid's msgids translated by the language's dictionary
  (translations/<lang>/*.csv merged in sorted file order, a later file overriding, as
  lib/locale/dictionary.ts does; a cell trimmed as the browser shows it); English shows the
  msgids (no translations/en folder). Price: the Price type's text (Intl.NumberFormat of
  shop.language, style currency, the store currency USD by default), its formats per
  language written out below (as Node 20's ICU prints them). Stock: inventory qty. Status:
  the Status badge, 'Active' (1) / 'Inactive' (0), translated.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os

LANGS = ("en", "de", "fr", "es")

# (msgid of the grid's header, the product field shown)
COLUMNS = [("Name", "name"), ("Price", "price"), ("SKU", "sku"), ("Stock", "qty"),
           ("Status", "status")]

# Intl.NumberFormat(lang, {style: 'currency', currency: 'USD'}): (prefix, suffix, decimal
# mark, thousands mark); U+00A0 / U+202F as ICU writes them
PRICE = {
    "en": ("$", "", ".", ","),
    "de": ("", "\u00a0$", ",", "."),
    "fr": ("", "\u00a0$US", ",", "\u202f"),
    "es": ("", "\u00a0US$", ",", "."),
}


def read_dictionary(es, lang):
    """msgid -> translation: every translations/<lang>/*.csv, sorted by file name."""
    out = {}
    folder = os.path.join(es, "translations", lang)
    if lang == "en" or not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, skipinitialspace=True):
                if len(row) >= 2 and not row[0].startswith("#"):
                    out[row[0]] = row[1]
    return out


def price_text(value, lang):
    pre, suf, dec, thou = PRICE[lang]
    whole, frac = f"{float(value):.2f}".split(".")
    if len(whole) > 4 or (len(whole) == 4 and lang not in ("es",)):
        # es (and ICU's minimum grouping for 4 digits) leaves 1299 ungrouped
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = thou.join([whole] + groups)
    return f"{pre}{whole}{dec}{frac}{suf}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("es")
    ap.add_argument("out")
    a = ap.parse_args()
    words = read_dictionary(a.es, a.lang)

    def tr(msgid):
        return (words.get(msgid) or msgid).strip()

    seed = os.path.join(a.es, "packages/evershop/src/bin/seed/data/products.json")
    with open(seed, encoding="utf-8") as fh:
        products = json.load(fh)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "products.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([tr(msgid) for msgid, _ in COLUMNS])
        for p in reversed(products):
            cells = []
            for _, field in COLUMNS:
                v = p.get(field)
                if field == "price":
                    v = price_text(v, a.lang)
                elif field == "status":
                    v = tr("Active") if v else tr("Inactive")
                cells.append("" if v is None else str(v))
            w.writerow(cells)


if __name__ == "__main__":
    main()
