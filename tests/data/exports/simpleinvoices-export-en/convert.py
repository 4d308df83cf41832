"""Simple Invoices' sample records (databases/json/sample_data.json: the billers, customers
and products its first-run wizard offers) -> one CSV per object with the fields the
program's detail view shows, headed by its own labels in one language. Ours; the data it
reads is not committed.

    python convert.py SRC OUT_DIR [--lang en_US|de_DE|fr_FR|es_ES]

SRC holds the repository's files at the pinned commit under their own paths
(databases/json/sample_data.json, databases/json/essential_data.json, lang/<code>/lang.php).
Simple Invoices has no CSV export of customers, billers or products: the columns are the
rows of each detail view (templates/default/<module>/details.blade.php, "view" mode), in
its order, tab by tab, each headed by the $LANG entry the template prints (en_US loaded
first, the chosen language over it, as include/language.php does; a key no file holds
falls back to the template's own English default), with the record's ID first (the
manage list's first column, $LANG['id']). Left out: the unlabelled custom fields
(si_custom_fields: every label NULL, cf_display 0), the billers' payment-gateway and bank
tabs and logo (empty in every sample), the products' cost and reorder level (shown only
with inventory on; essential_data.json sets inventory 0). Values as the view prints them:
"Enabled" as $LANG['enabled'] (every sample enabled, the column default 1), the unit price
through siLocal::number_clean of the stored decimal(25,6) (trailing zeros and a bare point
dropped: 4.50 -> 4.5), the default tax as "<tax_description> <type>" of its si_tax row
(essential_data.json). A field the sample does not give is empty. IDs are the
auto-increment ids the rows get when entered in the file's order (1, 2, ...). Each file
written by Python's csv module: comma, minimal quoting, "\\r\\n", UTF-8 without BOM.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from decimal import Decimal
from pathlib import Path

LANG_LINE = re.compile(r"""^\$LANG\['(\w+)'\]\s*=\s*"""
                       r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*;""", re.M)

# (LANG key or None, template default, source field) per detail view, in the view's order
CUSTOMERS = [("id", "", "id"), ("customer_name", "", "name"),
             ("customer_department", "", "department"), ("attention_short", "", "attention"),
             ("enabled", "", "enabled"), ("street", "", "street_address"),
             ("street2", "", "street_address2"), ("city", "", "city"), ("state", "", "state"),
             ("zip", "", "zip_code"), ("country", "", "country"), ("phone", "", "phone"),
             ("mobile_phone", "", "mobile_phone"), ("fax", "", "fax"), ("email", "", "email"),
             ("tax_id_label_1", "Tax ID Type", "tax_id_label_1"),
             ("tax_id_name_1", "Tax ID Number", "tax_id_name_1"),
             ("tax_id_label_2", "Additional ID Type", "tax_id_label_2"),
             ("tax_id_name_2", "Additional ID Number", "tax_id_name_2"),
             ("notes", "", "notes")]
BILLERS = [("id", "", "id"), ("biller_name", "", "name"), ("enabled", "", "enabled"),
           ("street", "", "street_address"), ("street2", "", "street_address2"),
           ("city", "", "city"), ("state", "", "state"), ("zip", "", "zip_code"),
           ("country", "", "country"), ("phone", "", "phone"),
           ("mobile_phone", "", "mobile_phone"), ("fax", "", "fax"), ("email", "", "email"),
           ("tax_id_label_1", "Tax ID Type", "tax_id_label_1"),
           ("tax_id_name_1", "Tax ID Number", "tax_id_name_1"),
           ("tax_id_label_2", "Additional ID Type", "tax_id_label_2"),
           ("tax_id_name_2", "Additional ID Number", "tax_id_name_2"),
           ("biller_invoice_prefix", "Invoice ID Prefix", "biller_invoice_prefix"),
           ("invoice_footer", "", "footer"), ("notes", "", "notes")]
PRODUCTS = [("id", "", "id"), ("product_description", "", "description"),
            ("product_unit_price", "", "unit_price"), ("default_tax", "", "default_tax_id"),
            ("product_enabled", "", "enabled"), ("notes", "", "notes")]
FILES = {"billers": ("si_biller", BILLERS), "customers": ("si_customers", CUSTOMERS),
         "products": ("si_products", PRODUCTS)}


def php_string(double: str | None, single: str | None) -> str:
    """A PHP string literal's value (the escapes lang.php files use)."""
    if double is not None:
        return re.sub(r'\\(["\\$])', r"\1", double).replace("\\n", "\n").replace("\\t", "\t")
    return re.sub(r"\\(['\\])", r"\1", single or "")


def language(src: Path, code: str) -> dict[str, str]:
    """$LANG as include/language.php builds it: en_US, then the chosen file over it."""
    out: dict[str, str] = {}
    for c in dict.fromkeys(["en_US", code]):
        text = (src / "lang" / c / "lang.php").read_text(encoding="utf-8")
        for m in LANG_LINE.finditer(text):
            out[m.group(1)] = php_string(m.group(2), m.group(3))
    return out


def number_clean(value: str) -> str:
    """siLocal::number_clean of the stored decimal(25,6)."""
    stored = f"{Decimal(value):.6f}"
    return stored.rstrip("0").lstrip("0").rstrip(".")


def rows(table: str, spec: list[tuple[str, str, str]], sample: list[dict[str, str]],
         lang: dict[str, str], taxes: dict[str, dict[str, str]]) -> list[list[str]]:
    out = [[lang.get(key, default) for key, default, _ in spec]]
    for i, rec in enumerate(sample, start=1):
        row = []
        for _, _, field in spec:
            if field == "id":
                v = str(i)
            elif field == "enabled":
                v = lang["enabled"] if str(rec.get("enabled", "1")) == "1" else lang["disabled"]
            elif field == "unit_price":
                v = number_clean(rec["unit_price"])
            elif field == "default_tax_id":
                tax = taxes.get(str(rec.get(field, "")))
                v = f"{tax['tax_description']} {tax['type']}" if tax else ""
            else:
                v = rec.get(field) or ""
            row.append(v)
        out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en_US")
    a = ap.parse_args()
    sample = json.loads((a.src / "databases/json/sample_data.json").read_text(encoding="utf-8"))
    essential = json.loads((a.src / "databases/json/essential_data.json").read_text(
        encoding="utf-8"))
    taxes = {t["tax_id"]: t for t in essential["si_tax"]}
    lang = language(a.src, a.lang)
    a.out.mkdir(parents=True, exist_ok=True)
    for name, (table, spec) in FILES.items():
        with open(a.out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows(table, spec, sample[table], lang, taxes))


if __name__ == "__main__":
    main()
