"""Rebuild Hubleto ERP/CRM's demo records as one CSV per model (see SOURCE.md): ours.

Usage: ``python convert.py REPO_DIR OUT_DIR`` where REPO_DIR holds the three PHP files of
Hubleto's demo data generator (paths as in the repository):

- ``cli/Agent/Project/GenerateDemoData.php``: users, customers (a CSV block), contacts;
- ``apps/Products/Loader.php``: product categories and products;
- ``apps/Settings/Loader.php``: the countries a customer's ``id_country`` points at.

Mechanical: only the literal values the generator writes are taken; every value the
generator draws with ``rand()`` (a contact's customer, salutation and titles, phone numbers,
owners, creation dates, tags, activities, leads, deals) is left out, as is the password
hash. Headers are the titles Hubleto's models give their columns (``Street Line 1``,
``VAT ID``, ``Company ID``...). ``ID`` is the auto-increment id each record gets on a fresh
database, in the order the generator creates them (categories keep their own ids). A
customer's country is written as the country's name (the lookup's text); a contact value's
contact, a category's parent and a product's category as the referenced record's id. A
contact's e-mail and web address are rows of ``contact_values.csv`` (Hubleto keeps them in
their own table, ``type`` email / url). No value is edited.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

GEN = "cli/Agent/Project/GenerateDemoData.php"
PRODUCTS = "apps/Products/Loader.php"
SETTINGS = "apps/Settings/Loader.php"


def _php_str(s: str) -> str:
    """A PHP single- or double-quoted literal's text (the demo strings use no escapes)."""
    return s[1:-1]


def _write(out: Path, name: str, header: list[str], rows: list[list[object]]) -> None:
    with (out / name).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)}")


def convert(repo: Path, out: Path) -> None:
    """Write users, customers, contacts, contact_values, product_categories, products."""
    gen = (repo / GEN).read_text(encoding="utf-8")
    countries = {int(i): _php_str(n) for i, n in re.findall(
        r"^\s*\[(\d+), ('[^']*')", (repo / SETTINGS).read_text(encoding="utf-8"), re.M)}
    out.mkdir(parents=True, exist_ok=True)

    users = []
    for block in re.findall(r"\$mUser->record->recordCreate\(\[(.*?)\]\)", gen, re.S):
        fields = dict(re.findall(r'"(\w+)" => (?:\$this->translate\()?("[^"]*"|true|false)', block))
        users.append([len(users) + 1, _php_str(fields["first_name"]), _php_str(fields["last_name"]),
                      _php_str(fields["nick"]), _php_str(fields["email"]),
                      _php_str(fields["login"]),
                      1 if fields["is_active"] == "true" else 0])
    _write(out, "users.csv", ["ID", "First name", "Last name", "Nick", "Email", "Login", "Active"],
           users)

    block = re.search(r"\$customersCsv = trim\('(.*?)'\);", gen, re.S)
    assert block
    customers = []
    for line in block.group(1).strip().splitlines():
        c = line.strip().split(",")
        # the generator's columns: id_country, company_id, name, postal_code, street_line_1,
        # street_line_2, city, region, tax_id, vat_id, note (the 12th, TRUE, it ignores)
        customers.append([len(customers) + 1, c[2], c[4], c[5], c[7], c[6], c[3],
                          countries[int(c[0])], c[9], c[1], c[8], c[10]])
    _write(out, "customers.csv", ["ID", "Name", "Street Line 1", "Street Line 2", "Region",
                                  "City", "Postal Code", "Country", "VAT ID", "Company ID",
                                  "Tax ID", "Notes"], customers)

    people = re.findall(r'\["([^"]+)", "([^"]+)", "([^"]+@[^"]+)" \]', gen)
    contacts = [[i, first, last] for i, (first, last, _) in enumerate(people, 1)]
    _write(out, "contacts.csv", ["ID", "First name", "Last name"], contacts)
    url = re.search(r'"type" => "url",\s*"value" => \'([^\']+)\'', gen)
    assert url
    # the generator creates, per contact in turn, an e-mail, a web address and a (random,
    # left out) phone number: their ids run 3 to a contact
    values = []
    for i, (_, _, email) in enumerate(people, 1):
        values.append([3 * i - 2, i, "email", email])
        values.append([3 * i - 1, i, "url", url.group(1)])
    _write(out, "contact_values.csv", ["ID", "Contact", "Type", "Value"], values)

    prod = (repo / PRODUCTS).read_text(encoding="utf-8")
    cats = re.findall(r"\[ 'id' => (\d+), 'id_parent' => (\d+), 'name' => \$this->translate\("
                      r"('[^']*')\) \]", prod)
    _write(out, "product_categories.csv", ["ID", "Parent", "Name"],
           [[int(i), int(p), _php_str(n)] for i, p, n in cats])
    items = re.findall(r"\[ 'id_category' => (\d+), 'name' => ('[^']*') \]", prod)
    _write(out, "products.csv", ["ID", "Name", "Category"],
           [[i, _php_str(n), int(c)] for i, (c, n) in enumerate(items, 1)])


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
