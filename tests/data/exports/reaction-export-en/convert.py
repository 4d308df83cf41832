"""Reaction Commerce's products, variants and address-book entries, headed in its own UI labels.

Built for round Z (session 51, keys374). Usage:

    python convert.py --lang en|de|fr|es RC OUT

RC: files of GitHub reactioncommerce/reaction at b04166ddfb30d28bd96be31c10d612c4b3a84519
under their own paths (SOURCE.md lists them with their SHA-256).

Rules (nothing here is invented data):
- Rows: the program's own records. Products and variants: its sample-data plugin's
  packages/api-plugin-sample-data/src/json-data/Products.json (the "Mountain Shop" catalogue:
  documents of type "simple" are products, of type "variant" their variants and options).
  Address-book entries: the two fixed addresses its integration tests write to an account or
  a cart (authenticatedCheckout.test.js's shippingAddress, the same literal in the other
  checkout tests; updateAccountAddressBookEntry.test.js's addressUpdateInput).
- Columns: the fields the admin's product table and product / variant editor and the
  address-book form show, headed by the label Reaction gives the field (FIELDS below: field,
  i18n key of packages/api-plugin-translations), in the language's i18n JSON; a key the
  language lacks falls back to English, as i18next does (fallbackLng "en").
- Cells: the stored values as the GraphQL API returns them (true/false, ISO country codes,
  prices as numbers; a product's price is its price range string).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re

PRODUCTS = "packages/api-plugin-sample-data/src/json-data/Products.json"
I18N = "packages/api-plugin-translations/src/i18n/%s.json"
ADDRESS_TESTS = [
    ("apps/reaction/tests/integration/api/mutations1/checkout/authenticatedCheckout.test.js",
     "shippingAddress"),
    ("apps/reaction/tests/integration/api/mutations2/updateAccountAddressBookEntry/"
     "updateAccountAddressBookEntry.test.js", "addressUpdateInput"),
]

PRODUCT_FIELDS = [
    ("_id", "admin.productTable.header.id"),
    ("title", "productDetailEdit.title"),
    ("handle", "productDetailEdit.parmalink"),
    ("pageTitle", "productDetailEdit.pageTitle"),
    ("vendor", "productDetailEdit.vendor"),
    ("description", "productDetailEdit.description"),
    ("originCountry", "productDetailEdit.originCountry"),
    ("price", "admin.productTable.header.price"),
    ("isVisible", "admin.productTable.header.visible"),
    ("facebookMsg", "productDetailEdit.facebookMsg"),
    ("twitterMsg", "productDetailEdit.twitterMsg"),
    ("pinterestMsg", "productDetailEdit.pinterestMsg"),
]
VARIANT_FIELDS = [
    ("_id", "admin.productTable.header.id"),
    ("ancestors", "admin.productTable.header.product"),
    ("title", "productVariant.title"),
    ("attributeLabel", "admin.productVariant.attributeLabelLabel"),
    ("optionTitle", "productVariant.optionTitle"),
    ("price", "productVariant.price"),
    ("compareAtPrice", "productVariant.compareAtPrice"),
    ("weight", "productVariant.weight"),
    ("length", "productVariant.length"),
    ("width", "productVariant.width"),
    ("height", "productVariant.height"),
    ("isTaxable", "productVariant.taxable"),
    ("taxCode", "productVariant.taxCode"),
    ("taxDescription", "productVariant.taxDescription"),
    ("originCountry", "productVariant.originCountry"),
]
ADDRESS_FIELDS = [
    ("fullName", "address.fullName"),
    ("firstName", "search.accountSearchResults.firstName"),
    ("lastName", "search.accountSearchResults.lastName"),
    ("company", "admin.settings.address.companyLabel"),
    ("address1", "admin.settings.address.address1Label"),
    ("address2", "admin.settings.address.address2Label"),
    ("city", "address.city"),
    ("region", "address.region"),
    ("postal", "address.postal"),
    ("country", "address.country"),
    ("phone", "address.phone"),
    ("isCommercial", "address.isCommercial"),
    ("isShippingDefault", "address.isShippingDefault"),
    ("isBillingDefault", "address.isBillingDefault"),
]


def load_labels(rc, lang):
    with open(os.path.join(rc, I18N % lang), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for entry in data:
        out.update(entry["translation"].get("reaction-translations", {}))
    return out


def lookup(table, key):
    node = table
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


CACHE = {}


def label(rc, lang, key, cache=CACHE):
    for code in (lang, "en"):
        if code not in cache:
            cache[code] = load_labels(rc, code)
        text = lookup(cache[code], key)
        if text:
            return text
    raise KeyError(key)


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict) and "range" in value:
        return value["range"]
    if isinstance(value, list):
        return value[0] if value else ""
    return str(value)


def js_object(path, name):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = re.search(r"const " + name + r" = \{(.*?)\n\s*\};", text, re.S).group(1)
    record = {}
    for key, raw in re.findall(r"^\s*(\w+):\s*(.+?),?\s*$", body, re.M):
        raw = raw.rstrip(",")
        record[key] = {"true": True, "false": False}.get(raw, raw.strip('"'))
    return record


def write(out, name, fields, rows, rc, lang):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([label(rc, lang, key) for _, key in fields])
        for row in rows:
            w.writerow([cell(row.get(field)) for field, _ in fields])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", "de", "fr", "es"])
    ap.add_argument("rc")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.rc, PRODUCTS), encoding="utf-8") as f:
        docs = json.load(f)
    products = [d for d in docs if d["type"] == "simple"]
    variants = [d for d in docs if d["type"] == "variant"]
    addresses = [js_object(os.path.join(a.rc, p), n) for p, n in ADDRESS_TESTS]
    write(a.out, "products.csv", PRODUCT_FIELDS, products, a.rc, a.lang)
    write(a.out, "variants.csv", VARIANT_FIELDS, variants, a.rc, a.lang)
    write(a.out, "addresses.csv", ADDRESS_FIELDS, addresses, a.rc, a.lang)


if __name__ == "__main__":
    main()
