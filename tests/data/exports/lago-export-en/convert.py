"""Lago's customer portal views of customers and invoices, as CSV, headed by its own labels.

Built for round W (session 49, keys338). Usage:

    python convert.py --lang en|fr|de|es API FRONT OUT

API: files of GitHub getlago/lago-api at 1b1c24a6a6c321d7900b05906bf1b20f706c97c2 under
their own paths; FRONT: files of GitHub getlago/lago-front at
945d28cff2f041d2a12a9858c522c490d0fbf033 under their own paths (SOURCE.md lists both).
Needs Node.js on PATH (its Intl formats the dates and amounts, as the browser does).

Rules (nothing here is invented data):
- Rows: the fixed records Lago's own RSpec suite writes out. Customers: the three
  customers spec/queries/customers_query_spec.rb creates (customer_first, customer_second,
  customer_third), each field the spec sets; a field the spec leaves to the factory
  (spec/factories/customers.rb: unseeded Faker, a different value every run: address lines,
  city) is left empty. Invoices: the invoice the invoice CSV export's spec serialises
  (spec/services/data_exports/csv/invoices_spec.rb, serialized_invoice) and the invoices of
  the export fixture spec/fixtures/export.csv; the portal lists finalized invoices only, so
  the fixture's draft invoice is left out. The db/seeds use unseeded Faker and are not used.
- Files and columns: Lago's admin app is English only; its other languages (fr, de, es...)
  are the customer portal's. So each file is a portal view, in the portal's order:
  customers.csv = the portal's customer-information form
  (src/components/customerPortal/customerInformation/CustomerInformationPage.tsx: a field's
  label, or its placeholder where the field shows no label: the address lines),
  invoices.csv = the portal's invoice history list
  (src/components/customerPortal/PortalInvoicesList.tsx). Headers are the translations of
  those keys in translations/<lang>.json (en: base.json).
- Cells as the portal prints them: customer type translated (components/customers/utils.ts),
  country the ISO code the API stores; issuing date as Luxon DATE_MED in the language
  (Intl year numeric, month short, day numeric), amounts as intlFormatNumber (cents / 100,
  Intl currency, narrowSymbol), invoice type translated (INVOICE_TYPE_TRANSLATION_MAP),
  payment as mapStatusConfig labels it (overdue, else paid, else disputed, else unpaid;
  Status.tsx keys). An amount the record does not hold is empty.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re
import subprocess

LANGS = {"en": "base", "fr": "fr", "de": "de", "es": "es"}

# (field, translation key) in CustomerInformationPage.tsx order
CUSTOMER_FIELDS = [
    ("customer_type", "text_1726128938631ioz4orixel3"),
    ("name", "text_634687079be251fdb43833cb"),
    ("firstname", "text_1726128938631ggtf2ggqs4b"),
    ("lastname", "text_1726128938631ymctg83bygm"),
    ("legal_name", "text_626c0c09812bbc00e4c59e01"),
    ("tax_identification_number", "text_648053ee819b60364c675d05"),
    ("email", "text_626c0c09812bbc00e4c59e09"),
    ("address_line1", "text_626c0c09812bbc00e4c59e1d"),
    ("address_line2", "text_626c0c09812bbc00e4c59e1f"),
    ("zipcode", "text_626c0c09812bbc00e4c59e21"),
    ("city", "text_626c0c09812bbc00e4c59e23"),
    ("state", "text_626c0c09812bbc00e4c59e25"),
    ("country", "text_626c0c09812bbc00e4c59e27"),
]
CUSTOMER_TYPE = {"company": "text_1726129457108raohiy4kkt3",
                 "individual": "text_1726129457108txzr4gdkvcz"}

# (field, translation key) in PortalInvoicesList.tsx column order
INVOICE_FIELDS = [
    ("issuing_date", "text_6419c64eace749372fc72b39"),
    ("invoice_type", "text_1728472381019nimbf36pk6t"),
    ("number", "text_6419c64eace749372fc72b3c"),
    ("total_amount_cents", "text_6419c64eace749372fc72b3e"),
    ("total_due_amount_cents", "text_17374735502775afvcm9pqxk"),
    ("payment", "text_6419c64eace749372fc72b40"),
]
INVOICE_TYPE = {"add_on": "text_1728472697691t126b808cm9",
                "credit": "text_1728472697691x8zhuzkp74r",
                "one_off": "text_1728472697691t126b808cm9",
                "subscription": "text_1728472697691k6k2e9m5ibb",
                "advance_charges": "text_1728472697691y39tdxgyrcg",
                "progressive_billing": "text_1728472697691pv1eqroobte"}
STATUS = {"overdue": "text_666c5b12fea4aa1e1b26bf55", "pay": "text_6419c64eace749372fc72b54",
          "disputed": "text_668fe99c939c8800dfeb504e", "toPay": "text_6419c64eace749372fc72b44"}

VALUE = r'("(?:[^"\\]|\\.)*"|nil|true|false|-?\d+)'


def ruby_value(text):
    if text == "nil":
        return None
    if text in ("true", "false"):
        return text
    if text.startswith('"'):
        return text[1:-1]
    return text


def read_customers(api):
    with open(os.path.join(api, "spec/queries/customers_query_spec.rb"), encoding="utf-8") as fh:
        src = fh.read()
    rows = []
    for which in ("first", "second", "third"):
        pattern = r"let\(:customer_" + which + r"\) do\s*create\((.*?)\n    \)\n  end"
        block = re.search(pattern, src, re.S).group(1)
        rows.append({k: ruby_value(v) for k, v in re.findall(r"(\w+): " + VALUE, block)})
    return rows


def read_invoices(api):
    with open(os.path.join(api, "spec/services/data_exports/csv/invoices_spec.rb"),
              encoding="utf-8") as fh:
        src = fh.read()
    block = re.search(r"let\(:serialized_invoice\) do\s*\{(.*?)\n    \}\n  end", src, re.S).group(1)
    block = re.sub(r"customer: \{.*?\},", "", block, flags=re.S)   # the customer's own fields
    inv = {k: ruby_value(v) for k, v in re.findall(r"(\w+): " + VALUE, block)}
    invoices = [inv]
    with open(os.path.join(api, "spec/fixtures/export.csv"), encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            invoices.append({k[len("invoice."):]: (v if v != "" else None) for k, v in rec.items()})
    # the portal lists finalized invoices only (PortalInvoicesList: status Finalized)
    return [i for i in invoices if i.get("status") == "finalized"]


def payment_label(inv):
    if inv.get("payment_overdue") == "true":
        return "overdue"
    if inv.get("payment_status") == "succeeded":
        return "pay"
    if inv.get("payment_dispute_lost_at"):
        return "disputed"
    return "toPay"


NODE = """
const [locale, items] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = items.map(([kind, v, cur]) => kind === 'date'
  ? new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'short', day: 'numeric'})
      .format(new Date(v + 'T00:00:00'))
  : new Intl.NumberFormat(locale, {style: 'currency', currency: cur,
      currencyDisplay: 'narrowSymbol'}).format(Number(v) / 100));
process.stdout.write(JSON.stringify(out));
"""


def intl(locale, items):
    """Format dates and amounts with Node's Intl (Luxon's DATE_MED, intlFormatNumber)."""
    res = subprocess.run(["node", "-e", NODE], input=json.dumps([locale, items]),
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "TZ": "UTC"})
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("api")
    ap.add_argument("front")
    ap.add_argument("out")
    a = ap.parse_args()
    catalogue = os.path.join(a.front, "translations", LANGS[a.lang] + ".json")
    with open(catalogue, encoding="utf-8") as fh:
        tr = json.load(fh)
    locale = "en" if a.lang == "en" else a.lang
    os.makedirs(a.out, exist_ok=True)

    with open(os.path.join(a.out, "customers.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([tr[k] for _, k in CUSTOMER_FIELDS])
        for c in read_customers(a.api):
            row = []
            for field, _ in CUSTOMER_FIELDS:
                v = c.get(field)
                if field == "customer_type" and v:
                    v = tr[CUSTOMER_TYPE[v]]
                row.append(v or "")
            w.writerow(row)

    invoices = read_invoices(a.api)
    items = []
    for inv in invoices:
        cur = inv.get("currency") or "USD"
        items.append(["date", inv["issuing_date"], cur])
        for f in ("total_amount_cents", "total_due_amount_cents"):
            items.append(["amount", inv.get(f) or "0", cur])
    formatted = iter(intl(locale, items))
    with open(os.path.join(a.out, "invoices.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([tr[k] for _, k in INVOICE_FIELDS])
        for inv in invoices:
            date, total, due = next(formatted), next(formatted), next(formatted)
            w.writerow([date, tr[INVOICE_TYPE[inv["invoice_type"]]], inv.get("number") or "",
                        total, due if inv.get("total_due_amount_cents") is not None else "",
                        tr[STATUS[payment_label(inv)]]])


if __name__ == "__main__":
    main()
