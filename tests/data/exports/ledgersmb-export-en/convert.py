"""LedgerSMB's report CSV downloads of contacts and sales orders, headed in its own labels.

Built for round U (session 47, keys323). Usage:

    python convert.py --lang en|de|fr|nl LSMB OUT

LSMB: files of GitHub ledgersmb/LedgerSMB at 2c5787978bf51159f673f11912ddbc0c66cfad9b under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Records: the fixed records LedgerSMB's own API tests load and post
  (UI/tests/specs/openapi/API-orders.spec.js): the company database gets the US General
  chart of accounts (locale/coa/us/General.xml), then UI/tests/specs/data/Orders.sql
  (customers 'Customer 1' and 'Customer 2': company__save(control code, legal name, ...),
  eca__save(..., meta_number, ..., curr, ...); part p1; the customer's and the part's tax
  links to account id 15), then the spec POSTs one sales order for 'Customer 1'.
- contacts.csv: Contacts > Search (LedgerSMB::Report::Contact::Search, all columns; the SQL
  contact__search orders by legal name). The database's third entity, the API test's own
  login person (a random name 'Jest' + 6 characters, no credit account), is left out.
- sales_orders.csv: Order Entry > Reports > Sales Orders (LedgerSMB::Report::Orders, class 1,
  open orders), with the columns UI/Reports/filters/orders.html ticks by default
  (ordnumber, ponumber, reqdate, legal_name, meta_number, amount, curr) in the report's
  column order. Amount: the order API's calculation (Routes/ERP/API/Orders.pm): qty x price
  less the line's % discount, rounded to 2 places, plus the tax of each tax account both the
  customer and the part carry (id 15: the 15th account of General.xml, 2150 Sales Tax, and
  its rate); printed with the default number format '1000.00' (2 places).
- Every report ends with its totals row (LedgerSMB::Report::render, show_totals default 1):
  money columns summed, the rest empty.
- Headers: each column's label is the msgid the report's Text() call gives, translated by
  locale/po/<lang>.po as LedgerSMB's Locale (Locale::Maketext::Lexicon, Gettext, _auto,
  _decode) does: an empty msgstr leaves the English msgid; a msgstr is used as the catalogue
  holds it (de.po's 'Currency' is the catalogue's own double-encoded 'WÃ¤hrung').
- CSV: templates/demo/display_report.csv: a value with any character other than digits,
  '.', '+', '-' is quoted (inner quotes doubled), others are written bare; ',' between
  cells, '\\n' after each row; dates in the default 'yyyy-mm-dd'. UTF-8.
"""
import argparse
import os
import re
import xml.etree.ElementTree as ET
from decimal import ROUND_HALF_UP, Decimal

LANGS = ("en", "de", "fr", "nl")
NS = "{http://ledgersmb.org/xml-schemas/configuration}"

CONTACT_COLS = [  # (field, msgid) of LedgerSMB::Report::Contact::Search::columns
    ("name", "Name"),
    ("entity_control_code", "Control Code"),
    ("meta_number", "Credit Account Number"),
    ("credit_description", "Description"),
    ("business_type", "Business Type"),
    ("curr", "Currency"),
]
ORDER_COLS = [  # (field, msgid) of LedgerSMB::Report::Orders::columns, sales orders
    ("ordnumber", "Sales Orders"),
    ("reqdate", "Required Date"),
    ("meta_number", "Customer"),
    ("legal_name", "Name"),
    ("amount", "Amount"),
    ("curr", "Currency"),
    ("ponumber", "PO Number"),
]


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (fuzzy and empty msgstrs left out)."""
    out = {}
    entries = re.split(r"\n\s*\n", open(path, encoding="utf-8").read())
    for ent in entries:
        if re.search(r"^#,.*fuzzy", ent, re.M):
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)^msgstr ((?:".*"\n?)+)', ent + "\n", re.M)
        if not m:
            continue
        def join(s):
            return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', s)).replace('\\"', '"')
        mid, mstr = join(m.group(1)), join(m.group(2))
        if mid and mstr:
            out[mid] = mstr
    return out


def sql_args(call):
    """The arguments of one SQL function call: NULL -> None, '...' -> text."""
    return [None if a == "NULL" else a[1:-1] for a in re.findall(r"NULL|'[^']*'", call)]


def quote(value):
    """display_report.csv's do_quote block."""
    value = "" if value is None else str(value)
    if re.search(r"[^0-9.+-]", value):
        return '"' + value.replace('"', '""') + '"'
    return value


def money(d):
    return str(d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for row in [header, *rows]:
            fh.write(",".join(quote(v) for v in row) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("lsmb")
    ap.add_argument("out")
    a = ap.parse_args()
    po = read_po(os.path.join(a.lsmb, "locale", "po", a.lang + ".po"))
    os.makedirs(a.out, exist_ok=True)

    # customers: Orders.sql's company__save / eca__save pairs
    sql = open(os.path.join(a.lsmb, "UI/tests/specs/data/Orders.sql"), encoding="utf-8").read()
    companies = [sql_args(c) for c in re.findall(r'"company__save"\((.*?)\);', sql)]
    ecas = [sql_args(c) for c in re.findall(r'"eca__save"\((.*?)\);', sql)]
    contacts = []
    for comp, eca in zip(companies, ecas, strict=True):
        # company__save(control_code, legal_name, ...); eca__save(id, class, entity,
        # description, ..., meta_number (10th), business (11th), ..., curr (14th), ...)
        contacts.append({"name": comp[1], "entity_control_code": comp[0],
                         "meta_number": eca[9], "credit_description": eca[3],
                         "business_type": None, "curr": eca[13], "class": eca[1]})
    contacts.sort(key=lambda r: r["name"])
    tax_links = re.findall(r"insert into (partstax|eca_tax) \((?:parts_id|eca_id), chart_id\) "
                           r"values \('(\d+)', '(\d+)'\)", sql)

    # the tax account: the chart's accounts get ids 1, 2, ... in General.xml's order
    coa = ET.parse(os.path.join(a.lsmb, "locale/coa/us/General.xml")).getroot()
    accounts = list(coa.iter(NS + "account"))
    rates = {}
    for _tbl, _ref, chart in tax_links:
        acc = accounts[int(chart) - 1]
        rate = acc.find(NS + "tax/" + NS + "rate")
        rates[acc.get("code")] = Decimal(rate.get("value"))

    # the sales order the API test posts
    spec = open(os.path.join(a.lsmb, "UI/tests/specs/openapi/API-orders.spec.js"),
                encoding="utf-8").read()
    body = spec[spec.index('it("POST /orders should allow adding a new order"'):]
    def val(name, text=body):
        return re.search(r'"?' + re.escape(name) + r'"?:\s*"?([^",\n]*)"?', text).group(1).strip()
    dates = body[body.index("dates: {"):body.index("}", body.index("dates: {"))]
    line = body[body.index("lines: ["):body.index("]", body.index("lines: ["))]
    eca_number = val("number")
    total = (Decimal(val("qty", line)) * Decimal(val("price", line))
             * (1 - Decimal(val("discount", line)) / 100))
    total = total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    # both tax links name one account (id 15): the customer's and the part's tax apply
    amount = total + sum((total * r for r in rates.values()), Decimal(0))
    cust = next(c for c in contacts if c["meta_number"] == eca_number)
    order = {"ordnumber": val("order-number"), "reqdate": val("required-by", dates),
             "meta_number": eca_number, "legal_name": cust["name"],
             "amount": money(amount), "curr": val("currency"), "ponumber": val("po-number")}

    tr = lambda msgid: po.get(msgid, msgid)  # noqa: E731
    write(os.path.join(a.out, "contacts.csv"), [tr(m) for _f, m in CONTACT_COLS],
          [[c[f] for f, _m in CONTACT_COLS] for c in contacts] + [[None] * len(CONTACT_COLS)])
    write(os.path.join(a.out, "sales_orders.csv"), [tr(m) for _f, m in ORDER_COLS],
          [[order[f] for f, _m in ORDER_COLS]]
          + [[money(amount) if f == "amount" else None for f, _m in ORDER_COLS]])


if __name__ == "__main__":
    main()
