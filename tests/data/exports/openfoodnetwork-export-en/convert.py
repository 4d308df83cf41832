"""Open Food Network's sample data as its admin lists and customers report show them.

Built for round W (session 49, keys337). Usage:

    python convert.py --lang en|de|fr|es OFN OUT

OFN: files of GitHub openfoodfoundation/openfoodnetwork at
d4f0a99e2aec1a02b720baac2b341a2d4da86745 under their own paths (SOURCE.md lists them).
Needs PyYAML (the locale files are Rails YAML).

Rules (nothing here is invented data):
- Rows: the fixed records of OFN's own sample-data task (`rake ofn:sample_data`,
  lib/tasks/sample_data/*.rb), read from the Ruby source: UserFactory's eight users (e-mail
  '<name lower-cased, spaces as dots>@example.org'), EnterpriseFactory's six enterprises
  (name, owner, is_primary_producer, sells, visible, address), and OrderFactory's orders of
  new.customer@example.org at "Fredo's Farm Hub" (billing address John Mistery, 25 Myrtle
  Street, Bayswater, phone 0987654321; four of its five orders are completed, none cancelled).
- enterprises.csv: the super admin's enterprise list (app/views/admin/enterprises/
  _admin_index.html.haml: Name, Role, Sells, Visible?, Owner), in sample-data order. Role is
  the 'Producer' check box with its label: the label when ticked, empty when not; Sells the
  select's option label (admin.enterprises.admin_index.sells_options); Visible? the check box
  ticked for 'public' (the schema default 'only_through_links' leaves it clear), written
  say_yes / say_no; Owner the owner's e-mail (the select shows e-mails).
- users.csv: the admin user list (app/views/spree/admin/users/index.html.haml: User = the
  e-mail, Enterprise Limit = spree_users.enterprise_limit, schema default 5).
- customers.csv: the Customers report (lib/reporting/reports/customers/base.rb, exported as
  CSV with report_header_<column> labels), its one row (the orders grouped by customer and
  hub). Columns whose value depends on the run (prices, totals, balances, credit, the last
  order's date) or on a choice the sample code leaves to the checkout workflow (the shipping
  method of the last completed order) are left out: first_name, last_name, billing_address,
  email, phone, hub, hub_address, total_orders are kept. Addresses are Spree::Address
  #address_and_city ('address1 address2 city', joined by spaces).
- Labels: config/locales/<locale>.yml; a key the locale lacks falls back to English (OFN's
  I18n fallbacks), e.g. de_DE's sells options.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

import yaml

LOCALES = {"en": "en", "de": "de_DE", "fr": "fr", "es": "es"}
SAMPLE = "lib/tasks/sample_data/"


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def users(root):
    src = read(root, SAMPLE + "user_factory.rb")
    block = re.search(r"def usernames\s*\[(.*?)\]", src, re.S).group(1)
    names = re.findall(r'"([^"]+)"', block)
    return {n: n.lower().replace(" ", ".") + "@example.org" for n in names}


def enterprises(root, people):
    src = read(root, SAMPLE + "enterprise_factory.rb")
    rows = []
    for block in re.findall(r"\{\s*\n\s*name: (.*?)long_description:", src, re.S):
        name = re.match(r'"([^"]+)"', block).group(1)
        owner = re.search(r'owner: users\["([^"]+)"\]', block).group(1)
        producer = re.search(r"is_primary_producer: (true|false)", block).group(1) == "true"
        sells = re.search(r'sells: "(\w+)"', block).group(1)
        vis = re.search(r'visible: "(\w+)"', block)
        address = re.search(r'address: address\("([^"]+)"\)', block).group(1)
        rows.append({"name": name, "owner": people[owner], "producer": producer, "sells": sells,
                     "visible": vis.group(1) if vis else "only_through_links",
                     "address": address})
    return rows


def order_customer(root):
    src = read(root, SAMPLE + "order_factory.rb")
    email = re.search(r'@email = "([^"]+)"', src).group(1)
    hub = re.search(r'@distributor = Enterprise.find_by\(name: "([^"]+)"\)', src).group(1)
    addr = re.search(r'def order_address\s*address = address\("([^"]+)"\)', src).group(1)
    first = re.search(r'address.firstname = "([^"]+)"', src).group(1)
    last = re.search(r'address.lastname = "([^"]+)"', src).group(1)
    phone = re.search(r'address.phone = "([^"]+)"', src).group(1)
    body = re.search(r"def create_samples(.*?)\n    end", src, re.S).group(1)
    completed = len(re.findall(r"create_complete_order|create_shipped_order", body))
    return {"email": email, "hub": hub, "address": addr, "first": first, "last": last,
            "phone": phone, "orders": completed}


def address_and_city(text):
    parts = text.split(", ")  # Addressing#address: address1, city, zipcode
    return " ".join(p for p in (parts[0], parts[1]) if p)


def labels(root, lang):
    loc = LOCALES[lang]
    own = yaml.safe_load(read(root, f"config/locales/{loc}.yml"))[loc]
    eng = yaml.safe_load(read(root, "config/locales/en.yml"))["en"]

    def t(key):
        for tree in (own, eng):
            node = tree
            for part in key.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if node is not None:
                return node
        raise KeyError(key)
    return t


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    ap.add_argument("ofn")
    ap.add_argument("out")
    a = ap.parse_args()
    t = labels(a.ofn, a.lang)
    os.makedirs(a.out, exist_ok=True)
    people = users(a.ofn)
    ai = "admin.enterprises.admin_index."
    write(os.path.join(a.out, "enterprises.csv"),
          [t(ai + k) for k in ("name", "role", "sells", "visible", "owner")],
          [[e["name"], t(ai + "producer") if e["producer"] else "",
            t(ai + "sells_options." + e["sells"]),
            t("say_yes") if e["visible"] == "public" else t("say_no"), e["owner"]]
           for e in enterprises(a.ofn, people)])
    ui = "spree.admin.users.index."
    write(os.path.join(a.out, "users.csv"), [t(ui + "user"), t(ui + "enterprise_limit")],
          [[mail, "5"] for mail in people.values()])
    c = order_customer(a.ofn)
    hub = next(e for e in enterprises(a.ofn, people) if e["name"] == c["hub"])
    cols = ["first_name", "last_name", "billing_address", "email", "phone", "hub",
            "hub_address", "total_orders"]
    write(os.path.join(a.out, "customers.csv"), [t("report_header_" + k) for k in cols],
          [[c["first"], c["last"], address_and_city(c["address"]), c["email"], c["phone"],
            c["hub"], address_and_city(hub["address"]), str(c["orders"])]])


if __name__ == "__main__":
    main()
