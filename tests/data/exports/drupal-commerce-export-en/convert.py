"""Drupal Commerce's admin order and product lists, rows from its own tests' fixed records.

Built for round Z6 (session 53, keys401). Usage:

    python convert.py --lang en SRC OUT

SRC: a checkout (or `git archive`) of GitHub drupalcommerce/commerce at
643bb39620c083f6d52acd41c8170d7f34b40e1c (SOURCE.md lists the files read). Only English:
the module ships no translations (Drupal's come from localize.drupal.org, not the repository).

Rules (nothing here is invented data):
- Rows: every `Order::create([...])` and `Product::create([...])` call in the module's PHPUnit
  tests (modules/*/tests/src/**/*.php, sorted by path, in file order). A value is taken only
  when it is a literal in the call: a quoted string, an integer, TRUE/FALSE,
  strtotime('...') or new Price('n', 'CUR'); anything computed (random user names, ids of
  objects the test made, the current time) is left empty. An order is kept when it has at
  least one literal shown cell besides type and state (number, date, e-mail, total); a
  product when its title is literal. Identical rows are written once (first occurrence).
- Files and columns: the module's own admin list views, their field labels in order:
  orders.csv = views.view.commerce_orders (# / Date / Type / Store / Customer / Email /
  State / Total; the bulk-form and operations columns have no data and are left out);
  products.csv = views.view.commerce_products (Title / Type / Status; Updated is the time
  the test ran, never a literal, and is left out).
- Cells as the views print them: Date with Drupal's 'short' format (m/d/Y - H:i, UTC);
  Type the bundle's label (commerce_order_type.default / commerce_product_type.default:
  "Default"); Store "Default store" when the test is a kernel test whose base class
  (tests/src/Kernel/CommerceKernelTestBase.php) creates it and the call uses $this->store;
  Customer "Anonymous" for uid 0; State the workflow's label (commerce_order.workflows.yml);
  Total with the currency symbol (commerce_price_default, symbol, trailing zeroes kept: USD
  "$"); Status the view's custom boolean words Published / Unpublished (a product without a
  literal status is published, the field's default).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import re

STATES = {"draft": "Draft", "completed": "Completed", "canceled": "Canceled",
          "validation": "Validation", "fulfillment": "Fulfillment"}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
ORDER_COLS = ["#", "Date", "Type", "Store", "Customer", "Email", "State", "Total"]
PRODUCT_COLS = ["Title", "Type", "Status"]
PAIR = re.compile(r"^\s*'(\w+)'\s*=>\s*(.+?),?\s*$")


def test_files(src):
    out = []
    for root, _dirs, files in os.walk(os.path.join(src, "modules")):
        rel = os.path.relpath(root, src).replace(os.sep, "/")
        if "/tests/src" not in rel:
            continue
        out += [rel + "/" + f for f in files if f.endswith(".php")]
    return sorted(out)


def calls(text, cls):
    """Yield the top-level 'key' => value lines of each CLS::create([...]) call."""
    for m in re.finditer(r"\b" + cls + r"::create\(\[", text):
        depth, i = 1, m.end()
        while depth and i < len(text):
            depth += {"[": 1, "]": -1}.get(text[i], 0)
            i += 1
        body, pairs, level = text[m.end():i - 1], {}, 0
        for line in body.split("\n"):
            if level == 0:
                pm = PAIR.match(line)
                if pm:
                    pairs[pm.group(1)] = pm.group(2)
            level += line.count("[") - line.count("]")
        yield pairs


def literal(v):
    if v is None:
        return None
    m = re.fullmatch(r"'([^'\\]*)'", v)
    if m:
        return m.group(1)
    if re.fullmatch(r"-?\d+", v):
        return v
    if v.upper() in ("TRUE", "FALSE"):
        return v.upper()
    m = re.fullmatch(r"strtotime\('([^']+)'\)", v)
    if m:
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S" if m.group(1).count(":") == 2
                                       else "%Y-%m-%d %H:%M")
        return ("date", t.strftime("%m/%d/%Y - %H:%M"))
    m = re.fullmatch(r"new Price\('([\d.]+)',\s*'([A-Z]{3})'\)", v)
    if m:
        return ("price", SYMBOLS.get(m.group(2), m.group(2) + " ") + m.group(1))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en"], default="en")
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    orders, products = [], []
    for path in test_files(a.src):
        with open(os.path.join(a.src, path), encoding="utf-8") as fh:
            text = fh.read()
        kernel = "/tests/src/Kernel/" in path
        for p in calls(text, "Order"):
            lit = {k: literal(p.get(k)) for k in p}
            placed = lit.get("placed")
            total = lit.get("total_price")
            number = lit.get("order_number")
            row = [
                number if isinstance(number, str) else "",
                placed[1] if isinstance(placed, tuple) and placed[0] == "date" else "",
                "Default" if lit.get("type") == "default" else "",
                "Default store" if kernel and re.fullmatch(r"\$this->store(->id\(\))?",
                                                          p.get("store_id", "")) else "",
                "Anonymous" if lit.get("uid") == "0" else "",
                lit["mail"] if isinstance(lit.get("mail"), str) else "",
                STATES.get(lit.get("state"), "") if isinstance(lit.get("state"), str) else "",
                total[1] if isinstance(total, tuple) and total[0] == "price" else "",
            ]
            if any(row[i] for i in (0, 1, 5, 7)) and row not in orders:
                orders.append(row)
        for p in calls(text, "Product"):
            title = literal(p.get("title"))
            if not isinstance(title, str) or title in ("TRUE", "FALSE"):
                continue
            status = literal(p.get("status"))
            row = [title, "Default" if literal(p.get("type")) == "default" else "",
                   "Unpublished" if status in ("0", "FALSE") else "Published"]
            if row not in products:
                products.append(row)
    os.makedirs(a.out, exist_ok=True)
    for name, cols, rows in (("orders.csv", ORDER_COLS, orders),
                             ("products.csv", PRODUCT_COLS, products)):
        with open(os.path.join(a.out, name), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            w.writerows(rows)
        print(name, len(rows))


if __name__ == "__main__":
    main()
