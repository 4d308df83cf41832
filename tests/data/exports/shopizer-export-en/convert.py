"""Shopizer's admin lists of customers, orders, products and manufacturers, in its own labels.

Built for round Z5 (session 52, keys394). Usage:

    python convert.py --lang en|fr|es|ru SZ OUT

SZ: files of GitHub shopizer-ecommerce/shopizer at a3d3f677fcbb4b79f912f161b7f97b4957c451b8
under their own paths (SOURCE.md lists them with their SHA-256).

Rules (nothing here is invented data):
- Rows: the fixed records Shopizer's own code creates. The demo store its sm-shop loads
  (sm-shop/src/main/java/com/salesmanager/shop/init/data/InitStoreData.java: one customer,
  one order, six products, five manufacturers) and the customers and order its core tests
  create (sm-core/src/test/.../customer/CustomerTest.java: one customer;
  .../order/OrderTest.java: one customer and its order). Values are the Java literals those
  files pass to the setters, read here by regular expressions.
- Files and columns: the admin's list views (sm-shop/src/main/webapp/pages/admin/
  customers/customers-gridHeader.jsp, orders/orders-gridHeader.jsp,
  products/product-gridHeader.jsp, products/manufacturers-gridHeader.jsp): their columns
  in their order, each headed by its <s:message code=...> translated by the language's
  bundle (sm-shop/src/main/resources/bundles/shopizer[_lang].properties). Left out: the
  'Details' button column, the database ids (assigned by the JPA table generator when the
  records are saved, not in the records) and the order's purchase date (new Date() at the
  run, not in the records).
- Cells as the list controllers fill them (admin/controller/customers/CustomerController,
  orders/OrdersController, products/ProductsController, products/ManufacturerController):
  the billing first and last name, the login e-mail, the billing country's ISO code; the
  billing 'first last' name, the total by NumberFormat.getInstance(Locale.US) with two
  decimals, the status enum's name (ORDERED, DELIVERED: not translated), the payment
  module's code only where it names an installed payment module (neither 'paypal' nor
  'payment Module Code' does, so the cell is empty); the description's name, the SKU, the
  manufacturer's code and its sort order (Manufacturer.java's default 0: the demo sets none).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = {"en": "", "fr": "_fr", "es": "_es", "ru": "_ru"}

INIT = "sm-shop/src/main/java/com/salesmanager/shop/init/data/InitStoreData.java"
CUSTOMER_TEST = "sm-core/src/test/java/com/salesmanager/test/customer/CustomerTest.java"
ORDER_TEST = "sm-core/src/test/java/com/salesmanager/test/order/OrderTest.java"
MANUFACTURER = ("sm-core-model/src/main/java/com/salesmanager/core/model/catalog/product/"
                "manufacturer/Manufacturer.java")
ADMIN = "sm-shop/src/main/webapp/pages/admin/"
BUNDLE = "sm-shop/src/main/resources/bundles/shopizer{}.properties"

# output file, grid header, fields left out (ids, the run's date, the button column)
FILES = [
    ("customers.csv", ADMIN + "customers/customers-gridHeader.jsp", {"id", "buttonField"}),
    ("orders.csv", ADMIN + "orders/orders-gridHeader.jsp", {"orderId", "date", "buttonField"}),
    ("products.csv", ADMIN + "products/product-gridHeader.jsp", {"productId"}),
    ("manufacturers.csv", ADMIN + "products/manufacturers-gridHeader.jsp", {"id", "buttonField"}),
]

LIT = r'("(?:[^"\\]|\\.)*"|new BigDecimal\(\s*[\d.]+\s*\)|[\w.]+(?:\(\))?)'


def read(sz, path):
    with open(os.path.join(sz, path), encoding="utf-8") as fh:
        return fh.read()


def unjava(lit):
    if lit.startswith('"'):
        return re.sub(r"\\(.)", r"\1", lit[1:-1])
    m = re.match(r"new BigDecimal\(\s*([\d.]+)\s*\)", lit)
    return m.group(1) if m else lit


def setters(src):
    """var -> {Property: literal} of every `var.setProperty(literal)` (last one wins)."""
    out = {}
    for var, prop, lit in re.findall(r"\b(\w+)\.set(\w+)\(\s*" + LIT + r"\s*\)", src):
        out.setdefault(var, {})[prop] = lit
    return out


def countries(src):
    return dict(re.findall(r'Country (\w+) = countryService\.getByCode\("(\w+)"\)', src))


def customer_rows(src, c):
    s = setters(src)
    cust, bill = s["customer"], s["billing"]
    return [{
        "firstName": unjava(bill["FirstName"]),
        "lastName": unjava(bill["LastName"]),
        "email": unjava(cust["EmailAddress"]),
        "country": c[bill["Country"]],
    }]


def order_rows(src):
    s = setters(src)
    o = s["order"]
    bill = s[o["Billing"]]
    total = o["Total"]
    m = re.match(r"(\w+)\.getProductPriceAmount\(\)", total)
    if m:
        total = s[m.group(1)]["ProductPriceAmount"]
    return [{
        "customer": unjava(bill["FirstName"]) + " " + unjava(bill["LastName"]),
        "amount": f"{float(unjava(total)):.2f}",
        "status": o["Status"].split(".")[-1],
        "paymentModule": "",
    }]


def product_rows(src):
    rows = []
    for chunk in re.split(r"Product \w+ = new Product\(\);", src)[1:]:
        s = setters(chunk)
        sku = next(v["Sku"] for v in s.values() if "Sku" in v)
        rows.append({"name": unjava(s["description"]["Name"]), "sku": unjava(sku)})
    return rows


def manufacturer_rows(src, order_default):
    s = setters(src)
    rows = []
    for var in re.findall(r"Manufacturer (\w+) = new Manufacturer\(\);", src):
        desc = re.search(r"(\w+)\.setManufacturer\(" + var + r"\)", src).group(1)
        rows.append({"name": unjava(s[desc]["Name"]), "code": unjava(s[var]["Code"]),
                     "order": order_default})
    return rows


def read_properties(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line[0] in "#!" or "=" not in line:
                continue
            key, value = line.split("=", 1)
            value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
            out[key.strip()] = value.strip()
    return out


def grid(path):
    """[(message code, default text, field)] of a grid header, in its order."""
    text = open(path, encoding="utf-8").read()
    return re.findall(
        r'title:"<s:message code="([^"]+)" text="([^"]*)"/>",\s*name:\s*"(\w+)"', text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("sz")
    ap.add_argument("out")
    a = ap.parse_args()
    labels = read_properties(os.path.join(a.sz, BUNDLE.format("")))
    labels.update(read_properties(os.path.join(a.sz, BUNDLE.format(LANGS[a.lang]))))
    init = read(a.sz, INIT)
    tests = [read(a.sz, CUSTOMER_TEST), read(a.sz, ORDER_TEST)]
    order_default = re.search(r"Integer order = new Integer\((\d+)\)",
                              read(a.sz, MANUFACTURER)).group(1)
    # the records' boundaries: the demo's customer block, then the tests'
    cust_block = init[init.index("Customer customer = new Customer()"):]
    rows = {
        "customers.csv": customer_rows(cust_block, countries(init))
        + [r for t in tests for r in customer_rows(t, countries(t))],
        "orders.csv": order_rows(cust_block) + order_rows(tests[1]),
        "products.csv": product_rows(init[:init.index("Customer customer = new Customer()")]),
        "manufacturers.csv": manufacturer_rows(init, order_default),
    }
    os.makedirs(a.out, exist_ok=True)
    for name, header, skip in FILES:
        cols = [(code, text, field) for code, text, field in grid(os.path.join(a.sz, header))
                if field not in skip]
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([labels.get(code, text) for code, text, _ in cols])
            for r in rows[name]:
                w.writerow([r[field] for _, _, field in cols])


if __name__ == "__main__":
    main()
