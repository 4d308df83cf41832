"""OroCommerce's demo data as its back-office grids export them (keys376, session 51, round
Z3): customers, customer users, orders, requests for quote and products, headed by
OroCommerce's own labels (its ``messages.en.yml`` translation files).

    python convert.py --lang en SRC OUT      # en only: OroCommerce ships no other catalogue

SRC holds the files named in SOURCE.md under ``SRC/orocommerce/PATH`` (oroinc/orocommerce
at 0da6b964fd) and ``SRC/customer-portal/PATH`` (oroinc/customer-portal at 8329918575, the
package that holds OroCommerce's CustomerBundle). Rules:
- Records: the demo data fixtures (``Migrations/Data/Demo/ORM``) as their loaders store
  them on a fresh install. Values a loader draws at random (a customer's internal rating,
  an RFQ's customer user and PO number, an order's line items and so its recomputed
  subtotal and total, every created/updated date) or takes from the installer's input
  (the owner: the first back-office user) are not in the repository: their columns are
  left out, not invented.
- Grids and columns: each file is the back-office grid's "Export" (CSV) of the grid named
  below with its columns in the grid's order, the hidden (``renderable: false``) ones
  included, headed by the columns' labels in the language, comma-separated, '"' quoted
  when needed (PHP fputcsv), LF line ends, UTF-8. A boolean column is exported as
  'Yes'/'No' (the datagrid export formatter), a select as its option label.
  - customers.csv: ``customer-customers-grid`` (customer-portal CustomerBundle):
    Name, Group, Parent Customer (Internal rating: random; ID: the row's database id,
    hidden, left out), sorted by name as the grid is. LoadCustomerDemoData's eight
    customers with their groups (LoadCustomerGroupDemoData) and parents.
  - customer_users.csv: ``customer-customer-user-grid``: First Name, Last Name, Email
    Address, Enabled, Confirmed, Guest, Customer (auth status left out: set by a listener,
    not by the loader). ``data/customer-users.csv`` in file order: enabled (the loader),
    confirmed (the entity's default), guest from the file's isGuest.
  - orders.csv: ``orders-grid`` (OrderBundle): Order Number, PO Number, Customer, Customer
    User, Internal Status, Currency, Source Document. ``data/orders.csv`` in file order.
    LoadOrderDemoData gives each order the first non-guest customer user (Amanda Cole of
    Company A) until a row is a guest order, and from then on the guest customer user
    (Isabel Martin of Anonymous 1), since it overwrites the same variable: rows 1-7 are
    Amanda Cole's, rows 8-12 Isabel Martin's. Internal status: the enum's label
    (LoadOrderInternalStatuses). Source Document: 'Shopping List' where the row names the
    shopping list class (the grid prints the entity's label), else empty.
  - requests.csv: ``rfp-requests-grid`` (RFPBundle): RFQ #, First Name, Last Name, Email
    Address, Phone Number, Company, Role. ``data/requests.csv`` in file order, numbered
    1.. as a fresh install gives them their ids.
  - products.csv: ``products-grid`` (ProductBundle): SKU, Name, Inventory Status, Status,
    Type, New Arrival. ``data/products.csv`` sorted by SKU as the grid is; 'Out of Stock'
    for LoadProductDemoData::OUT_OF_STOCK_SKUS, else 'In Stock'
    (LoadProductInventoryStatusData's labels); status 'Enabled' (the loader); type and
    new arrival as the file gives them, labelled.
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import yaml

ORO = "orocommerce/"
PORTAL = "customer-portal/"
MESSAGES = {
    "customer": PORTAL + "src/Oro/Bundle/CustomerBundle/Resources/translations/messages.{}.yml",
    "order": ORO + "src/Oro/Bundle/OrderBundle/Resources/translations/messages.{}.yml",
    "rfp": ORO + "src/Oro/Bundle/RFPBundle/Resources/translations/messages.{}.yml",
    "product": ORO + "src/Oro/Bundle/ProductBundle/Resources/translations/messages.{}.yml",
}
DEMO = "src/Oro/Bundle/{}/Migrations/Data/Demo/ORM/data/{}"
# LoadCustomerDemoData::$customers: name -> (group, parent), in the loader's order
CUSTOMERS = {
    "Company A": ("All Customers", ""),
    "Company A - East Division": ("All Customers", "Company A"),
    "Company A - West Division": ("All Customers", "Company A"),
    "Wholesaler B": ("Wholesale Customers", ""),
    "Partner C": ("Partners", ""),
    "Customer G": ("All Customers", ""),
    "Anonymous 1": ("Non-Authenticated Visitors", ""),
    "Anonymous 2": ("Non-Authenticated Visitors", ""),
}
# LoadOrderInternalStatuses
ORDER_STATUS = {"open": "Open", "cancelled": "Cancelled", "closed": "Closed"}
# LoadProductInventoryStatusData
INVENTORY = {"in_stock": "In Stock", "out_of_stock": "Out of Stock"}
OUT_OF_STOCK_SKUS = {"0RT28", "1AB92", "1GB82", "1GS46", "1TB10"}  # LoadProductDemoData
SHOPPING_LIST = "Oro\\Bundle\\ShoppingListBundle\\Entity\\ShoppingList"


class Yaml12Loader(yaml.SafeLoader):
    """Symfony's YAML parser reads 'yes'/'no' as strings (YAML 1.2), PyYAML as booleans:
    booleans here are true/false only."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    """Oro's nested translation YAML -> {dotted.key: text}."""
    out: dict[str, str] = {}
    for key, value in tree.items():
        full = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            out.update(flatten(value, full))
        else:
            out[full] = str(value)
    return out


def labels(src: Path, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in MESSAGES.values():
        text = (src / path.format(lang)).read_text(encoding="utf-8")
        out.update(flatten(yaml.load(text, Yaml12Loader)))
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def build(src: Path, out: Path, lang: str) -> None:
    t = labels(src, lang)
    yes, no = t["oro.product.new_arrival.yes"], t["oro.product.new_arrival.no"]

    def yn(flag: bool) -> str:
        return yes if flag else no

    out.mkdir(parents=True, exist_ok=True)
    c = "oro.customer.customer."
    write(out / "customers.csv",
          [t[c + "name.label"], t[c + "group.label"], t[c + "parent.label"]],
          [[name, group, parent] for name, (group, parent) in sorted(CUSTOMERS.items())])

    u = "oro.customer.customeruser."
    users = read_csv(src / PORTAL / DEMO.format("CustomerBundle", "customer-users.csv"))
    write(out / "customer_users.csv",
          [t[u + k + ".label"] for k in ("first_name", "last_name", "email", "enabled", "confirmed",
                                          "is_guest", "customer")],
          [[r["firstName"], r["lastName"], r["email"], yn(True), yn(True), yn(r["isGuest"] == "1"),
            r["customer"]] for r in users])

    by_email = {r["email"]: r for r in users}
    first_user = next(r for r in users if r["isGuest"] != "1")
    guest_user = next(r for r in users if r["isGuest"] == "1")
    assert by_email[first_user["email"]]["customer"] == "Company A"
    o = "oro.order."
    rows = []
    current = first_user
    for r in read_csv(src / ORO / DEMO.format("OrderBundle", "orders.csv")):
        current = guest_user if r["isGuest"] == "1" else current  # LoadOrderDemoData, line for line
        source = "Shopping List" if r["sourceEntityClass"] == SHOPPING_LIST else ""
        rows.append([r["identifier"], r["poNumber"], current["customer"],
                     f"{current['firstName']} {current['lastName']}",
                     ORDER_STATUS[r["internalStatus"]], r["currency"], source])
    write(out / "orders.csv",
          [t[o + k + ".label"] for k in ("identifier", "po_number", "customer", "customer_user",
                                          "internal_status", "currency", "source_document")],
          rows)

    q = "oro.rfp.request."
    requests = read_csv(src / ORO / DEMO.format("RFPBundle", "requests.csv"))
    write(out / "requests.csv",
          [t[q + k + ".label"] for k in ("id", "first_name", "last_name", "email", "phone",
                                          "company", "role")],
          [[str(i), r["first_name"], r["last_name"], r["email"], r["phone"], r["company"],
            r["role"]] for i, r in enumerate(requests, 1)])

    p = "oro.product."
    products = read_csv(src / ORO / DEMO.format("ProductBundle", "products.csv"))
    write(out / "products.csv",
          [t[p + k + ".label"] for k in ("sku", "names", "inventory_status", "status", "type",
                                          "new_arrival")],
          [[r["sku"], r["name"],
            INVENTORY["out_of_stock" if r["sku"] in OUT_OF_STOCK_SKUS else "in_stock"],
            t[p + "status.enabled"], t[p + "type." + r["type"]], yn(r["new_arrival"] == "1")]
           for r in sorted(products, key=lambda r: r["sku"].upper())])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en"])
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    build(args.src, args.out, args.lang)


if __name__ == "__main__":
    main()
