"""The Next.js Learn course's "Acme" invoicing dashboard: its Customers and Invoices tables,
as a CSV copy of each table would hold them, of the records the course seeds.

Built for round Z14 (session 56, keys448). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub vercel/next-learn holding commit
914a33426aac20f825ca52fae80b889302b92240; files are read with `git show`.

Rules (nothing here is invented data):
- Rows: dashboard/final-example/app/lib/placeholder-data.ts, the fixed customers (6) and
  invoices (13) app/seed/route.ts writes to Postgres (the invoices' own ids are
  uuid_generate_v4(), random, and are shown nowhere: not written).
- Customers: app/lib/data.ts fetchFilteredCustomers('') -- each customer with the count of
  its invoices and the sums of its pending and paid amounts, ordered by name -- under the
  headings of app/ui/customers/table.tsx (Name, Email, Total Invoices, Total Pending, Total
  Paid); the sums through formatCurrency (app/lib/utils.ts: cents / 100 as en-US USD
  currency, '$1,234.56').
- Invoices: fetchFilteredInvoices('') without its page limit (every invoice; the page shows
  6 at a time), newest date first, under the headings of app/ui/invoices/table.tsx
  (Customer, Email, Amount, Date, Status; the unlabelled edit/delete buttons column left
  out): the customer's name and e-mail, formatCurrency(amount), formatDateToLocal(date)
  (en-US, day numeric, month short, year numeric: 'Dec 6, 2022'; the server in UTC) and the
  status badge's label (app/ui/invoices/status.tsx: Pending, Paid).
- CSV: the dashboard has no export button of its own; written as RFC 4180 CSV (Python's csv
  module: a field quoted only when it holds a comma, quote or line break; CR LF; UTF-8
  without BOM).
"""
import csv
import datetime
import os
import re
import subprocess
import sys

COMMIT = "914a33426aac20f825ca52fae80b889302b92240"
APP = "dashboard/final-example/app/"
DATA = APP + "lib/placeholder-data.ts"
QUERIES = APP + "lib/data.ts"
UTILS = APP + "lib/utils.ts"
CUSTOMERS_TABLE = APP + "ui/customers/table.tsx"
INVOICES_TABLE = APP + "ui/invoices/table.tsx"
STATUS = APP + "ui/invoices/status.tsx"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def block(src, name):
    start = src.index(f"const {name} = [")
    return src[start:src.index("\n];", start)]


def objects(text):
    return [dict(re.findall(r"(\w+): ('[^']*'|[^,\n]+),", o))
            for o in re.findall(r"\{(.*?)\}", text, re.S)]


def lit(v):
    v = v.strip()
    return v[1:-1] if v.startswith("'") else v


def headings(tsx):
    head = tsx[tsx.index("<thead"):tsx.index("</thead>")]
    return [h.strip() for h in re.findall(r"<th [^>]*>\s*([^<]+?)\s*</th>", head)]


def currency(cents):
    """(cents / 100).toLocaleString('en-US', {style: 'currency', currency: 'USD'})."""
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"


def local_date(iso):
    """formatDateToLocal: en-US {day: 'numeric', month: 'short', year: 'numeric'}."""
    d = datetime.date.fromisoformat(iso)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"{months[d.month - 1]} {d.day}, {d.year}"


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    src = show(gitdir, DATA)
    customers = [{k: lit(v) for k, v in o.items()} for o in objects(block(src, "customers"))]
    invoices = []
    for o in objects(block(src, "invoices")):
        n = int(re.fullmatch(r"customers\[(\d+)\]\.id", o["customer_id"].strip()).group(1))
        invoices.append({"customer": customers[n], "amount": int(o["amount"]),
                         "status": lit(o["status"]), "date": lit(o["date"])})
    assert len(customers) == 6 and len(invoices) == 13

    # the formats and queries the converter follows, as they stand at the commit
    utils = show(gitdir, UTILS)
    assert "(amount / 100).toLocaleString('en-US'" in utils and "currency: 'USD'" in utils
    assert "month: 'short'" in utils and "locale: string = 'en-US'" in utils
    queries = show(gitdir, QUERIES)
    assert "ORDER BY customers.name ASC" in queries
    assert "ORDER BY invoices.date DESC" in queries
    status_tsx = show(gitdir, STATUS)
    labels = {s: re.search(rf"status === '{s}' \? \(\s*<>\s*(\w+)", status_tsx).group(1)
              for s in ("pending", "paid")}

    chead = headings(show(gitdir, CUSTOMERS_TABLE))
    assert chead == ["Name", "Email", "Total Invoices", "Total Pending", "Total Paid"], chead
    rows = []
    for c in sorted(customers, key=lambda c: c["name"]):
        mine = [i for i in invoices if i["customer"] is c]
        pending = sum(i["amount"] for i in mine if i["status"] == "pending")
        paid = sum(i["amount"] for i in mine if i["status"] == "paid")
        rows.append([c["name"], c["email"], len(mine), currency(pending), currency(paid)])
    write(os.path.join(out, "customers.csv"), chead, rows)

    ihead = headings(show(gitdir, INVOICES_TABLE))
    assert ihead == ["Customer", "Email", "Amount", "Date", "Status"], ihead
    assert len({i["date"] for i in invoices}) == len(invoices)  # a strict date order
    rows = [[i["customer"]["name"], i["customer"]["email"], currency(i["amount"]),
             local_date(i["date"]), labels[i["status"]]]
            for i in sorted(invoices, key=lambda i: i["date"], reverse=True)]
    write(os.path.join(out, "invoices.csv"), ihead, rows)


if __name__ == "__main__":
    main()
