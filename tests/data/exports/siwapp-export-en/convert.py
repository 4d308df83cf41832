"""Siwapp (siwapp/siwapp-sf1, MIT) test fixtures -> the files Siwapp shows a user (keys280).

    python convert.py SRC_DIR OUT_DIR --lang en|de|es|fr

SRC_DIR holds, from siwapp/siwapp-sf1 at 28268799f47cd702c76aadb79600d2a478698fbd, the files
data/fixtures/test/{009_properties,020_invoices,030_invoice_items,040_invoice_item_tax,
060_recurring_invoices,070_estimates,070_products}.yml, data/fixtures/test/
010_test.yml (the taxes) and apps/siwapp/i18n/messages.<lang>.xml, under their repository
paths. Writes (see SOURCE.md):

- <YmdHis>_invoices.csv: the invoices' "Download as CSV" (invoices/actions.class.php,
  executeExportSearchResults): its fixed English header, every invoice sorted by issue date
  then number, descending; dates format_date()'d and amounts format_number()'d in the user's
  culture, the applied taxes' names joined by ", ", the address's line breaks " - ".
- customers.csv: the customers, as the customer form shows them (CustomerForm's field tips,
  through the user's messages.<lang>.xml), sorted as the customer list (name, descending).
- estimates.csv, products.csv: the estimates' and products' lists (indexSuccess.php: the
  renderHeaders() labels through messages.<lang>.xml, in their default sort).

The amounts are what Common::setAmounts / Item compute from the items and their taxes; the
customers are what CustomerTable::updateCustomer makes of the invoices, recurring invoices and
estimates in load order (the 'customers' module is on, so a customer keeps the data it was
first made with). The invoices' status and payments are not exported.
"""
import argparse
import csv
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

EXPORT_STAMP = "20150713101222"      # date('YmdHis') at the commit's time: the file name

# symfony 1.4's culture data (lib/vendor/symfony/lib/i18n/data/<culture>.dat): the short date
# pattern ('d'), the decimal and group separators, the currency pattern and the USD symbol
CULTURE = {
    "en": {"date": "M/d/yy", "dec": ".", "grp": ",", "sym": "$",
           "cur": "{sym}{num}", "neg": "({sym}{num})"},
    "de": {"date": "dd.MM.yy", "dec": ",", "grp": ".", "sym": "$",
           "cur": "{num}\u00a0{sym}", "neg": "-{num}\u00a0{sym}"},
    "es": {"date": "dd/MM/yy", "dec": ",", "grp": ".", "sym": "US$",
           "cur": "{sym}\u00a0{num}", "neg": "-{sym}\u00a0{num}"},
    "fr": {"date": "dd/MM/yy", "dec": ",", "grp": "\u00a0", "sym": "$US",
           "cur": "{num}\u00a0{sym}", "neg": "-{num}\u00a0{sym}"},
}

FIX = "data/fixtures/test/"


def load(src, name):
    return yaml.safe_load((Path(src) / FIX / name).read_text(encoding="utf-8"))


def messages(src, lang):
    text = (Path(src) / f"apps/siwapp/i18n/messages.{lang}.xml").read_text(encoding="utf-8")
    out = {}
    pairs = re.findall(r"<source>(.*?)</source>\s*<target>(.*?)</target>", text, re.S)
    for source, target in pairs:
        if target.strip():
            out[source] = target
    return out


def php_round(value, places=2):
    """PHP's round(): half away from zero, on the value to 15 significant digits."""
    return float(Decimal(format(value, ".15g")).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def php_str(value):
    """(string) $float in PHP 5 (precision 14)."""
    text = format(value, ".14G")
    if "E" in text:
        raise ValueError(value)
    return text


def group(int_part, sep):
    out = []
    while len(int_part) > 3:
        out.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    out.insert(0, int_part)
    return sep.join(out)


def format_number(value, c):
    """format_number(): the decimal pattern #,##0.### on (string) $float."""
    text = php_str(value)
    neg = text.startswith("-")
    text = text.lstrip("-")
    whole, _, frac = text.partition(".")
    out = group(whole, c["grp"]) + (c["dec"] + frac[:3] if frac else "")
    return ("-" if neg else "") + out


def format_currency(value, c):
    """format_currency($amount, 'USD'): #,##0.00 with the culture's currency pattern."""
    text = f"{abs(php_round(value)):.2f}"
    whole, frac = text.split(".")
    num = group(whole, c["grp"]) + c["dec"] + frac
    return (c["neg"] if value < 0 else c["cur"]).format(sym=c["sym"], num=num)


def format_date(iso, c):
    y, m, d = (int(x) for x in iso[:10].split("-"))
    pat = c["date"]
    return (pat.replace("dd", f"{d:02d}").replace("MM", f"{m:02d}").replace("yy", f"{y % 100:02d}")
            if "dd" in pat else
            pat.replace("M", str(m)).replace("d", str(d)).replace("yy", f"{y % 100:02d}"))


def slugify(text):
    """CustomerTable::slugify: lower case, non-alphanumerics dropped (the match key)."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def build(src, lang):
    c = CULTURE[lang]
    tr = messages(src, lang) if lang != "en" else {}

    def t(label):
        return tr.get(label, label)

    props = load(src, "009_properties.yml")
    series = {k: v["value"] for k, v in props["Series"].items()}
    taxes = load(src, "010_test.yml")["Tax"]
    invoices = load(src, "020_invoices.yml")["Invoice"]
    items = load(src, "030_invoice_items.yml")["Item"]
    item_tax = load(src, "040_invoice_item_tax.yml")["ItemTax"]
    recurring = load(src, "060_recurring_invoices.yml")["RecurringInvoice"]
    estimates = load(src, "070_estimates.yml")["Estimate"]
    products = load(src, "070_products.yml")["Product"]

    taxes_of = {}
    for link in item_tax.values():
        taxes_of.setdefault(link["Item"], []).append(link["Tax"])
    tax_order = list(taxes)

    def amounts(common):
        net = tax = 0.0
        applied = set()
        for key, item in items.items():
            if item["Common"] != common:
                continue
            base = float(item["unitary_cost"]) * float(item["quantity"])
            inet = base - base * float(item.get("discount") or 0) / 100
            pct = sum(float(taxes[x]["value"]) for x in taxes_of.get(key, []))
            applied.update(taxes_of.get(key, []))
            net += inet
            tax += inet * pct / 100
        gross = php_round(net + tax)
        names = [taxes[x]["name"] for x in tax_order if x in applied]
        return net, tax, gross, names

    def truthy(v):
        return v is True or str(v) in ("1", "true")

    # customers, in load order: invoices, recurring invoices, estimates
    customers = {}
    for common in list(invoices.values()) + list(recurring.values()) + list(estimates.values()):
        slug = slugify(common["customer_name"])
        if slug not in customers:
            customers[slug] = common

    out = {}
    # the invoices' CSV export
    rows = []
    for key, inv in invoices.items():
        net, tax, gross, names = amounts(key)
        draft = truthy(inv.get("draft"))
        number = None if draft else int(inv["number"])
        rows.append((inv["issue_date"], number, [
            format_date(inv["issue_date"], c),
            series[inv["Series"]] + ("[draft]" if draft else str(number)),
            inv["customer_name"],
            str(inv.get("customer_identification") or ""),
            format_number(php_round(net), c),
            ", ".join(names),
            format_number(php_round(tax), c),
            format_number(php_round(gross), c),
            (inv.get("invoicing_address") or "").replace("\r", " - ").replace("\n", " - "),
            (inv.get("notes") or "").replace("\r", " ").replace("\n", " "),
        ]))
    # ORDER BY issue_date DESC, number DESC (MySQL: NULL numbers last)
    rows.sort(key=lambda r: (r[0], -1 if r[1] is None else r[1]), reverse=True)
    out[f"{EXPORT_STAMP}_invoices.csv"] = (
        ["date", "invoice number", "customer name", "vat id", "net amount", "vat",
         "vat amount", "gross amount", "customer address", "notes"], [r[2] for r in rows], "php")

    # customers (the form's fields), the list's sort: name descending
    cust_rows = [[cu["customer_name"], str(cu.get("customer_identification") or ""),
                  cu.get("contact_person") or "", cu.get("customer_email") or "",
                  cu.get("invoicing_address") or "", cu.get("shipping_address") or ""]
                 for cu in customers.values()]
    cust_rows.sort(key=lambda r: r[0], reverse=True)
    out["customers.csv"] = ([t("Client Name"), t("Client Legal Id"), t("Contact Person"),
                             t("Client Email Address"), t("Invoicing Address"),
                             t("Shipping Address")], cust_rows, "list")

    # estimates' list: issue date descending, then number descending
    est_status = {0: "draft", 1: "rejected", 2: "pending", 3: "approved"}
    est_rows = []
    for key, est in estimates.items():
        draft = truthy(est.get("draft"))
        status = 0 if draft else int(est.get("status") or 0)
        number = None if draft else int(est["number"])
        _, _, gross, _ = amounts(key)
        est_rows.append((est["issue_date"], number, [
            series[est["Series"]] + ("[draft]" if draft else str(number)),
            est["customer_name"], format_date(est["issue_date"], c),
            t(est_status[status]), format_currency(gross, c)]))
    est_rows.sort(key=lambda r: (r[0], -1 if r[1] is None else r[1]), reverse=True)
    out["estimates.csv"] = ([t("Number"), t("Customer Name"), t("Date"), t("Status"), t("Total")],
                            [r[2] for r in est_rows], "list")

    # products' list: reference descending; units and sold over non-draft invoices' items
    prod_rows = []
    for key, prod in products.items():
        qty = sold = 0.0
        for item in items.values():
            common = item["Common"]
            invoiced = common in invoices and not truthy(invoices[common].get("draft"))
            if item.get("Product") == key and invoiced:
                qty += float(item["quantity"])
                sold += float(item["quantity"]) * float(item["unitary_cost"])
        price = f"{Decimal(str(prod['price'])):.15f}"   # DECIMAL(53,15) as MySQL hands it over
        prod_rows.append([prod["reference"], prod.get("description") or "", price,
                          str(int(qty)), format_currency(sold, c)])
    prod_rows.sort(key=lambda r: r[0], reverse=True)
    out["products.csv"] = ([t("Reference"), t("Description"), t("Price"), t("Units"), t("Sold")],
                           prod_rows, "list")
    return out


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--lang", default="en", choices=sorted(CULTURE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, (header, rows, _) in build(args.src, args.lang).items():
        write(out / name, header, rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main())
