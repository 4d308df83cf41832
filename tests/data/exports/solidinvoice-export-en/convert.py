"""SolidInvoice's list views of clients, contacts, invoices, quotes and payments as CSV files.

Built for round U (session 47, keys319). Usage:

    python convert.py --lang en SI OUT

SI: files of GitHub SolidInvoice/SolidInvoice at 8662812b528963419e4b07841b61b81897adb0a0
(the 2.3.x branch, the stored snapshot's newest) under their own paths (SOURCE.md lists them).
Only English: SolidInvoice ships its own labels in English only (translations/*.en.yml; its
data grids' labels are English strings in each bundle's Resources/config/grid.php), so
``--lang`` takes ``en`` alone.

Rules (nothing here is invented data):
- Rows: the records SolidInvoice's own data fixtures (DataFixtures/ORM/LoadData.php) and its
  tests create with fixed values (RECORDS below: each record names the file it comes from
  and every literal it takes from that file is checked to occur there). A field a source
  leaves to a random factory (Faker), to a generated UUID or to the clock (created) is an
  empty cell: its value is not in the repository.
- Files and columns: the data grid of each object as grid.php defines it (active_client_grid,
  active_invoice_grid, active_quote_grid, payment_grid: the columns in order, headed by
  their 'label'). Contacts have no grid: their columns are the contact form's fields
  (ContactType: firstName, lastName, email, labelled by Symfony's humanized field name) and
  the contact's client, headed 'Client' as the grids head that column.
- Cells as the grid's cells print them: status badges show the status with its first letter
  upper-cased (Status/label.html.twig: ``entity.name|title``); money cells
  Accounting.formatMoney(cents / 100, the client's currency code) with the en pattern
  '%s%v' (MoneyFormatter::getPattern) -> 'USD1.00'; the discount formatter prints nothing
  for an empty discount; date cells Backgrid's 'YYYY-MM-DD'; the client cell the client's
  name; the invoice cell '#' and the invoice number; the method cell the method's name.
- The payment grid joins each payment's invoice and method (PaymentRepository::getGridQuery):
  a payment without them (the PaymentBundle fixture's) is not listed.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = {"en": "en"}

# (output file, grid.php, grid name) -- contacts: (file, form type, None)
GRIDS = [
    ("clients.csv", "src/ClientBundle/Resources/config/grid.php", "active_client_grid"),
    ("contacts.csv", "src/ClientBundle/Form/Type/ContactType.php", None),
    ("invoices.csv", "src/InvoiceBundle/Resources/config/grid.php", "active_invoice_grid"),
    ("quotes.csv", "src/QuoteBundle/Resources/config/grid.php", "active_quote_grid"),
    ("payments.csv", "src/PaymentBundle/Resources/config/grid.php", "payment_grid"),
]

CF = "src/ClientBundle/DataFixtures/ORM/LoadData.php"
IF = "src/InvoiceBundle/DataFixtures/ORM/LoadData.php"
QF = "src/QuoteBundle/DataFixtures/ORM/LoadData.php"
CT = "src/ClientBundle/Tests/Functional/Api/ClientTest.php"
KT = "src/ClientBundle/Tests/Functional/Api/ContactTest.php"
CE = "src/ClientBundle/Tests/Form/Handler/ClientEditFormHandlerTest.php"
IR = "src/InvoiceBundle/Tests/Listener/Mailer/InvoiceReceiverListenerTest.php"
IV = "src/InvoiceBundle/Tests/Action/ViewTest.php"
QV = "src/QuoteBundle/Tests/Action/ViewTest.php"

# Each record: (source file, {grid column name: value}, [literals checked in the source]).
# Client status 'active': ClientListener::prePersist sets it on a new client without one.
# Totals of the fixtures' invoice and quote: InvoiceSaveListener / QuoteSaveListener
# compute them on persist from the one line (qty 1 x 10000 cents, no tax, no discount).
RECORDS = {
    "clients.csv": [
        (CF, {"name": "Test", "status": "active"}, ["setName('Test')"]),
        (CT, {"name": "Dummy User", "status": "active"},
         ["'name' => 'Dummy User'", "'status' => 'active'"]),
        (CE, {"name": "Test One", "status": "active"}, ["setName('Test One')", "STATUS_ACTIVE"]),
        (QV, {"name": "Johnston PLC", "website": "https://www.example.com", "status": "active"},
         ["'name' => 'Johnston PLC'", "'website' => 'https://www.example.com'",
          "ClientFactory::createOne"]),
    ],
    "contacts.csv": [
        (CF, {"firstName": "Test", "email": "test@example.com", "client": "Test"},
         ["setFirstName('Test')", "setEmail('test@example.com')", "addContact($contact)"]),
        (KT, {"firstName": "foo bar", "email": "foo@bar.com"},
         ["'firstName' => 'foo bar'", "'email' => 'foo@bar.com'"]),
        (IR, {"firstName": "Test", "lastName": "User", "email": "test@example.com"},
         ["setEmail('test@example.com')->setFirstName('Test')->setLastName('User')"]),
        (IR, {"firstName": "Another", "email": "another@example.com"},
         ["setEmail('another@example.com')->setFirstName('Another')"]),
    ],
    "invoices.csv": [
        (IF, {"status": "draft", "client": "Test", "total": ("10000", "USD"), "tax": ("0", "USD")},
         ["STATUS_DRAFT", "setPrice(BigInteger::of(10000))", "setQty(1)"]),
        (IV, {"invoiceId": "INV-2021-0001", "status": "paid", "client": "Johnston PLC",
              "total": ("100", "USD"), "tax": ("0", "USD"), "invoiceDate": "2021-09-30",
              "due": "2021-09-30"},
         ["testViewWithPayments", "'status' => 'paid'", "'total' => 100", "'tax' => 0",
          "setInvoiceId('INV-2021-0001')", "'due' => new DateTimeImmutable('2021-09-30')",
          "'invoiceDate' => new DateTimeImmutable('2021-09-30')", "'currencyCode' => 'USD'"]),
    ],
    "quotes.csv": [
        (QF, {"status": "draft", "client": "Test", "total": ("10000", "USD"), "tax": ("0", "USD")},
         ["STATUS_DRAFT", "setPrice(BigInteger::of(10000))", "setQty(1)"]),
        # the view test's quote, in the first status of its data sets after 'draft' (the
        # fixture's): one record, not one row per data set (they share their number)
        (QV, {"quoteId": "QUOT-2021-0001", "status": "pending", "client": "Johnston PLC",
              "total": ("100.00", "USD"), "tax": ("0", "USD"), "created": "2021-09-01"},
         ["setQuoteId('QUOT-2021-0001')", "'total' => '100.00'", "'tax' => 0",
          "'created' => new DateTimeImmutable('2021-09-01')", "'currencyCode' => 'USD'"]),
    ],
    "payments.csv": [
        (IV, {"invoice": "INV-2021-0001", "client": "Johnston PLC", "totalAmount": ("100", "USD"),
              "currencyCode": "USD", "method": "Credit Card", "status": "captured"},
         ["setTotalAmount(100)", "setName('Credit Card')", "setStatus('captured')",
          "setCurrencyCode('USD')", "addPayment($payment)"]),
    ],
}

STATUS_COLUMNS = {"status"}
MONEY_COLUMNS = {"total", "tax", "totalAmount"}


def grid_columns(text, grid):
    """[(name, label)] of one grid's 'columns' in grid.php, in order."""
    start = text.index(f"'{grid}' => [")
    body = text[start:]
    cols = body[body.index("'columns' => ["):body.index("'search' => [")]
    return re.findall(r"'name' => '([^']+)',\s*'label' => '([^']+)'", cols)


def form_columns(text):
    """ContactType's plain fields, labelled as Symfony humanizes a field name."""
    out = []
    for name in re.findall(r"\$builder->add\('(\w+)'\);", text):
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower()
        out.append((name, words[:1].upper() + words[1:]))
    return out + [("client", "Client")]


def money(value, currency):
    """Accounting.formatMoney(cents / 100, currency) with the en pattern '%s%v'."""
    cents = int(float(value))       # parseInt of the serialized amount
    return f"{currency}{cents / 100:,.2f}"


def cell(col, value):
    if value is None:
        return ""
    if col in MONEY_COLUMNS:
        return money(*value)
    if col in STATUS_COLUMNS:
        return value[:1].upper() + value[1:]
    if col == "invoice":
        return "#" + value
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("si")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, src, grid in GRIDS:
        with open(os.path.join(a.si, src), encoding="utf-8") as fh:
            text = fh.read()
        cols = grid_columns(text, grid) if grid else form_columns(text)
        rows = []
        for source, values, literals in RECORDS[name]:
            with open(os.path.join(a.si, source), encoding="utf-8") as fh:
                stext = fh.read()
            for lit in literals:
                if lit not in stext:
                    raise SystemExit(f"{name}: {lit!r} not in {source}")
            unknown = set(values) - {c for c, _ in cols}
            if unknown:
                raise SystemExit(f"{name}: no grid column {sorted(unknown)}")
            rows.append([cell(c, values.get(c)) for c, _ in cols])
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([label for _, label in cols])
            w.writerows(rows)


if __name__ == "__main__":
    main()
