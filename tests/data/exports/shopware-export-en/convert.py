"""Shopware 6's fixed import/export test records as its admin exports and lists them
(keys331, session 48, round V): customers and products, headed by Shopware's own
administration labels (its snippet files) in one language.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths: Shopware (shopware/shopware
at cfc087db) and, for fr and es, the administration snippets of Shopware's official
language pack (shopware/SwagLanguagePack at 1711b01c) under ``SwagLanguagePack/``. Rules:
- customers.csv: the records of ``tests/integration/Core/Content/ImportExport/fixtures/
  customers.csv`` as Shopware's import leaves them (ImportExportTest::testCustomersCsv
  asserts three customers: a row whose id repeats an earlier row's replaces it, a row with
  no id is a new customer), in the order they were first imported, with the columns of the
  "Default customer" import/export profile (Migration1626696809AddImportExportCustomerProfile,
  account_type appended by Migration1676272001), cells as the profile writes them (';'
  separated, salutation and country as keys, booleans 1/0, the group, sales channel and
  payment method by name). The account type is the entity's default 'private'. Ids Shopware
  generates on import (a customer or address imported without one) are unknown: empty.
  Shopware's own file heads each column with the profile's mappedKey (the same in every
  language); here each column is headed by the administration's label for that field
  (sw-customer snippets: the address form, base info, list and card labels), the billing
  and shipping address columns by the detail page's "Default billing address" / "Default
  shipping address" title, ': ', then the address form's label. The three id columns, which
  no form labels, keep the profile's mappedKey.
- products.csv: the records of ``fixtures/products.csv`` (ImportExportTest imports them) as
  the administration's product list shows them (sw-product-list: main products only, the
  one variant folded under its parent; sorted by product number, descending): the visible
  columns Name, Product number, Manufacturer, Sales (0: no orders), the system currency's
  column (headed by the currency's name, 'Euro' in Shopware's basic data), In stock,
  Available (the stock: nothing ordered). The list's Active column (an icon) is left out:
  the fixture does not set it. The price is the gross EUR price formatted as the admin's
  currency filter does (Intl currency format of the admin locale, two decimals).
- A snippet missing in a language falls back to en-GB, as the administration does.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

FIX = "tests/integration/Core/Content/ImportExport/fixtures/{}.csv"
PROFILE = "src/Core/Migration/V6_4/Migration1626696809AddImportExportCustomerProfile.php"
ADMIN = "src/Administration/Resources/app/administration/src/module/{}/snippet/{}.json"
PACK = "SwagLanguagePack/src/Resources/app/administration/src/snippet/{}.json"
LOCALE = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}
NBSP = "\u00a0"

# mappedKey -> snippet path (the field's label in the administration)
LABELS = {
    "salutation": "sw-customer.addressForm.labelSalutation",
    "customer_number": "sw-customer.baseInfo.labelCustomerNumber",
    "first_name": "sw-customer.addressForm.labelFirstName",
    "last_name": "sw-customer.addressForm.labelLastName",
    "email": "sw-customer.baseForm.labelEmail",
    "active": "sw-customer.list.columnActive",
    "guest": "sw-customer.card.labelGuest",
    "customer_group": "sw-customer.baseInfo.labelCustomerGroup",
    "language": "sw-customer.baseInfo.labelLanguage",
    "sales_channel": "sw-customer.baseForm.labelSalesChannel",
    "payment_method": "sw-customer.baseInfo.labelDefaultPayment",
    "account_type": "sw-customer.customerType.labelAccountType",
}
ADDRESS = {
    "salutation": "labelSalutation", "title": "labelTitle", "first_name": "labelFirstName",
    "last_name": "labelLastName", "company": "labelCompany", "street": "labelStreet",
    "zipcode": "labelZipcode", "city": "labelCity", "country": "labelCountry",
    "phone_number": "labelPhoneNumber",
}
TITLE = {"billing": "sw-customer.detailBase.titleDefaultBillingAddress",
         "shipping": "sw-customer.detailBase.titleDefaultShippingAddress"}


def snippets(src: Path, lang: str) -> list[dict]:
    loc = LOCALE[lang]
    out = []
    if lang in ("fr", "es"):
        out.append(json.loads((src / PACK.format(loc)).read_text(encoding="utf-8")))
    elif lang == "de":
        out += [json.loads((src / ADMIN.format(m, loc)).read_text(encoding="utf-8"))
                for m in ("sw-customer", "sw-product")]
    out += [json.loads((src / ADMIN.format(m, "en-GB")).read_text(encoding="utf-8"))
            for m in ("sw-customer", "sw-product")]  # the administration's fallback
    return out


def lookup(cats: list[dict], path: str) -> str:
    for cat in cats:
        node = cat
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
            if node is None:
                break
        if isinstance(node, str) and node:
            return node
    raise KeyError(path)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def fputcsv(cells: list[str]) -> str:
    """PHP's fputcsv with ';' and '"': a cell holding the delimiter, the enclosure, the
    escape character, a space, tab or line break is enclosed, its quotes doubled."""
    out = []
    for c in cells:
        if any(ch in c for ch in ';"\\ \t\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ";".join(out) + "\n"


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    # Shopware's CsvFileWriter: fputcsv with ';' and '"', each line ending "\n"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(fputcsv(header))
        fh.writelines(fputcsv(r) for r in rows)


def money(value: float, lang: str) -> str:
    s = f"{value:.2f}"  # every price is under 1000: no grouping separator
    return f"\u20ac{s}" if lang == "en" else f"{s.replace('.', ',')}{NBSP}\u20ac"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALE))
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    cats = snippets(src, lang)
    out.mkdir(parents=True, exist_ok=True)

    keys = re.findall(r"'mappedKey' => '([a-z_]+)'", (src / PROFILE).read_text(encoding="utf-8"))
    keys.append("account_type")  # Migration1676272001AddAccountTypeToCustomerProfileImportExport
    header = []
    for k in keys:
        kind, _, field = k.partition("_")
        if k in LABELS:
            header.append(lookup(cats, LABELS[k]))
        elif kind in TITLE and field in ADDRESS:
            header.append(f"{lookup(cats, TITLE[kind])}: "
                          f"{lookup(cats, 'sw-customer.addressForm.' + ADDRESS[field])}")
        else:
            header.append(k)  # id, billing_id, shipping_id: no label
    customers: dict[str, dict[str, str]] = {}
    for i, r in enumerate(read_csv(src / FIX.format("customers"))):
        cid = r["id"] or f"new-{i}"  # imported without an id: a new customer
        customers[cid] = {**customers.get(cid, {}), **r}
    rows = []
    for r in customers.values():
        r = {**r, "account_type": r.get("account_type") or "private"}
        rows.append([r.get(k, "") for k in keys])
    write(out / "customers.csv", header, rows)

    products = [p for p in read_csv(src / FIX.format("products")) if not p["parent_id"]]
    products.sort(key=lambda p: p["product_number"], reverse=True)
    header = [lookup(cats, "sw-product.list." + k) for k in
              ("columnName", "columnProductNumber", "columnManufacturer", "columnSales")]
    header += ["Euro"] + [lookup(cats, "sw-product.list." + k) for k in
                          ("columnInStock", "columnAvailableStock")]
    rows = [[p["name"], p["product_number"], p["manufacturer_name"], "0",
             money(float(p["price_gross_eur"] or p["price_gross"]), lang), p["stock"],
             p["stock"]] for p in products]
    write(out / "products.csv", header, rows)


if __name__ == "__main__":
    main()
