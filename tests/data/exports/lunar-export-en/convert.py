"""Lunar's admin-panel lists of customers, orders and products, headed in its own labels.

Built for round Z6 (session 53, keys406). Usage:

    python convert.py --lang en|de|fr|es LUNAR KIT OUT

LUNAR: files of GitHub lunarphp/lunar at ca559aa405bf4228ad4e4453a50071bbbbd5aa4c under
their own paths; KIT: files of GitHub lunarphp/livewire-starter-kit at
9698b6306639d94869cc5f956777f6f0b122262a under their own paths (SOURCE.md lists both).
Needs `php` (8.2) with php-faker 1.20 at /usr/share/php/Faker (Debian's php-fakerphp) and
Babel (the project's venv) for the locale's money and month names.

Rules (nobody here wrote any record):
- Rows: the starter kit's DatabaseSeeder (Lunar's demo store): ProductSeeder's 13 products
  of database/seeders/data/products.json, CustomerSeeder's 100 customers and OrderSeeder's
  201 orders. Customers and orders come from Lunar's own model factories
  (packages/core/database/factories: CustomerFactory, AddressFactory, OrderFactory,
  OrderAddressFactory) and the starter kit's UserFactory, driven by Faker (locale en_US,
  the kit's config/app.php faker_locale) with the fixed seed SEED, in the seeders' order of
  calls (PHP below, ours: it replays the factories' definitions; one shared Mersenne
  Twister, as Faker 1.x's generators share PHP's mt_rand). Three stand-ins, for
  reproducibility: Laravel's Str::random(16) (random_bytes, not seedable) is Faker's
  regexify('[A-Za-z0-9]{16}'); "now" is the kit's commit time 2025-01-02 10:03:08 UTC
  (placed_at = dateTimeBetween('-1 year') before it; references from
  OrderReferenceGenerator: created_at's year-month and a 4-digit increment); the
  seeders' collection shuffles are PHP's shuffle() on the same generator.
- Variants and prices: ProductSeeder makes one variant per product, and per combination
  of option values when products.json gives options, every variant at the product's price
  and stock 500 (OrderSeeder picks 1-15 variants, quantity 1-10, tax 20 % of each line).
- Files and columns: each admin list's table columns (packages/admin/src/Filament/
  Resources: CustomerResource::table, OrderResource::getTableColumns,
  ProductResource::getTableColumns), headed by the labels of packages/admin/resources/
  lang/<lang>/{customer,customergroup,order,product}.php. The panel has no CSV export, so
  the list view is the export. Columns the seeders leave empty throughout are left out
  (a customer's account reference and groups, an order's customer reference and tags);
  customers keep the title (the `customer.table.title` label), which the list shows
  inside the full name. Products: status, name, brand, SKU (the product's own SKU from
  products.json, its first variant's; the option variants' generated SKUs are not given),
  stock (sum over variants), product type ("Stock", the one InstallLunar creates).
- Cells as the panel prints them: order status by config/orders.php's label (Lunar does
  not translate it), customer type by the `customer.table.new/returning` label, totals by
  the locale's currency format (NumberFormatter in Lunar, Babel here; USD, the
  installer's default currency), dates by Filament's dateTime() format 'M j, Y H:i:s'
  with the locale's abbreviated month (Babel's CLDR names stand in for Carbon's).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime as dt
import itertools
import json
import os
import subprocess
import tempfile

from babel.dates import get_month_names
from babel.numbers import format_currency

SEED = 406
LANGS = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
LANG_DIR = "packages/admin/resources/lang"

# The seeders' calls, replayed with Lunar's factory definitions (ours; see the docstring).
GENERATOR = r"""<?php
require '/usr/share/php/Faker/autoload.php';
$f = Faker\Factory::create('en_US');
$f->seed((int) $argv[1]);
$products = json_decode(file_get_contents($argv[2]), true);
$pool = [];
foreach ($products as $p) {
    $sets = array_map(fn ($o) => $o['values'], $p['options'] ?? []);
    $n = 1;
    foreach ($sets as $s) { $n *= count($s); }
    for ($i = 0; $i < $n; $i++) { $pool[] = (int) $p['price']; }
}
$random = fn () => $f->regexify('[A-Za-z0-9]{16}');
$customer = function () use ($f, $random) {
    $c = ['title' => $f->title, 'first_name' => $f->firstName, 'last_name' => $f->lastName];
    $c['company_name'] = $f->boolean ? $f->company : null;
    $c['tax_identifier'] = $f->boolean ? $random() : null;
    $c['meta'] = $f->boolean ? ['account_no' => $random()] : null;
    return $c;
};
$address = function () use ($f) {
    $a = ['title' => $f->title, 'first_name' => $f->firstName, 'last_name' => $f->lastName];
    $a['company_name'] = $f->boolean ? $f->company : null;
    $a['tax_identifier'] = $f->boolean ? $f->regexify('[A-Z]{2}[0-9]{8}') : null;
    $a['line_one'] = $f->streetName;
    $a['line_two'] = $f->boolean ? $f->secondaryAddress : null;
    $a['line_three'] = $f->boolean ? $f->buildingNumber : null;
    $a['city'] = $f->city;
    $a['state'] = $f->boolean ? $f->state : null;
    $a['postcode'] = $f->boolean ? $f->postcode : null;
    $a['delivery_instructions'] = $f->boolean ? $f->sentence : null;
    $a['contact_email'] = $f->boolean ? $f->safeEmail : null;
    $a['contact_phone'] = $f->boolean ? $f->phoneNumber : null;
    $a['meta'] = $f->boolean ? ['has_dog' => 'yes'] : null;
    $a['shipping_default'] = $f->boolean;
    $a['billing_default'] = $f->boolean;
    return $a;
};
$orderAddress = function () use ($f) {
    $a = ['title' => $f->title, 'first_name' => $f->firstName, 'last_name' => $f->lastName];
    $a['company_name'] = $f->boolean ? $f->company : null;
    $a['tax_identifier'] = $f->boolean ? $f->regexify('[A-Z]{2}[0-9]{8}') : null;
    $a['line_one'] = $f->streetName;
    $a['line_two'] = $f->boolean ? 'Suite '.$f->numerify() : null;
    $a['line_three'] = $f->boolean ? $f->buildingNumber : null;
    $a['city'] = $f->city;
    $a['state'] = $f->boolean ? $f->state : null;
    $a['postcode'] = $f->postcode;
    $a['delivery_instructions'] = $f->boolean ? $f->sentence : null;
    $a['contact_email'] = $f->boolean ? $f->safeEmail : null;
    $a['contact_phone'] = $f->boolean ? $f->phoneNumber : null;
    $a['meta'] = $f->boolean ? ['has_dog' => 'yes'] : null;
    return $a;
};
// CustomerSeeder
$customers = [];
for ($i = 0; $i < 100; $i++) { $customers[] = $customer(); }
$users = 0;
foreach ($customers as $c) {
    for ($i = 0; $i < $f->numberBetween(1, 10); $i++) {
        $f->name(); $f->unique()->safeEmail(); $f->regexify('[A-Za-z0-9]{10}');
        $users++;
    }
    for ($k = 0; $k < 4; $k++) { $address(); }
}
// OrderSeeder
$now = new DateTime('2025-01-02 10:03:08', new DateTimeZone('UTC'));
$from = (clone $now)->modify('-1 year');
$ids = range(0, count($pool) - 1);
$userIds = range(1, $users);
$orders = [];
for ($i = 0; $i < 201; $i++) {
    $v = $ids; shuffle($v);
    $take = array_slice($v, 0, $f->numberBetween(1, 15));
    $total = 0;
    foreach ($take as $idx) {
        $q = $f->numberBetween(1, 10);
        $sub = $pool[$idx] * $q;
        $total += $sub + (int) ($sub * .2);
    }
    $hasUser = $f->boolean(75);
    $placed = $f->dateTimeBetween($from, $now, 'UTC');
    if ($hasUser) { $u = $userIds; shuffle($u); }
    $f->numberBetween(200, 25000);
    $new = $f->boolean;
    $f->unique()->regexify('[A-Z]{8}');
    $shipping = $orderAddress();
    if ($f->boolean()) {
        $orderAddress();
        $billing = $shipping;
    } else {
        $billing = $orderAddress();
    }
    $orders[] = [
        'status' => 'payment-received',
        'reference' => sprintf('2025-01-%04d', $i + 1),
        'new_customer' => $new,
        'billing' => $billing,
        'total' => $total,
        'placed_at' => $placed->format('Y-m-d H:i:s'),
    ];
}
echo json_encode(['customers' => $customers, 'orders' => $orders]);
"""


def php_array(path):
    """A Lunar lang file (a PHP array) as a dict, read by php itself."""
    code = "echo json_encode(include $argv[1]);"
    out = subprocess.run(["php", "-r", code, path], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def records(kit):
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "seed.php")
        with open(script, "w", encoding="utf-8") as fh:
            fh.write(GENERATOR)
        products = os.path.join(kit, "database/seeders/data/products.json")
        out = subprocess.run(["php", script, str(SEED), products], check=True,
                             capture_output=True, text=True)
    return json.loads(out.stdout)


def full_name(a):
    parts = [a["title"] or "", a["first_name"] or "", a["last_name"] or ""]
    return " ".join(" ".join(parts).split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("lunar")
    ap.add_argument("kit")
    ap.add_argument("out")
    args = ap.parse_args()
    loc = LANGS[args.lang]
    lang = {n: php_array(os.path.join(args.lunar, LANG_DIR, args.lang, n + ".php"))
            for n in ("customer", "order", "product")}
    cust, order, prod = (lang[n]["table"] for n in ("customer", "order", "product"))
    statuses = php_array(os.path.join(args.lunar, "packages/core/config/orders.php"))["statuses"]
    months = get_month_names("abbreviated", context="format", locale=loc)
    data = records(args.kit)
    os.makedirs(args.out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    ckeys = ("title", "first_name", "last_name", "company_name", "tax_identifier")
    write("customers.csv", [cust[k]["label"] for k in ckeys],
          [[c[k] or "" for k in ckeys] for c in data["customers"]])

    def when(s):
        d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
        return f"{months[d.month]} {d.day}, {d.year} {d:%H:%M:%S}"

    orows = []
    for o in data["orders"]:
        b = o["billing"]
        orows.append([
            statuses[o["status"]]["label"], o["reference"], full_name(b),
            cust["new" if o["new_customer"] else "returning"]["label"],
            b["postcode"] or "", b["contact_email"] or "", b["contact_phone"] or "",
            format_currency(o["total"] / 100, "USD", locale=loc), when(o["placed_at"]),
        ])
    write("orders.csv",
          [order[k]["label"] for k in ("status", "reference", "customer", "new_customer",
                                       "postcode", "email", "phone", "total", "date")],
          orows)

    pjson = os.path.join(args.kit, "database/seeders/data/products.json")
    with open(pjson, encoding="utf-8") as fh:
        products = json.load(fh)
    prows = []
    for p in products:
        n = 1
        for values in itertools.chain(o["values"] for o in p.get("options") or []):
            n *= len(values)
        prows.append([prod["status"]["states"]["published"], p["attributes"]["name"], p["brand"],
                      p["sku"], str(500 * n), "Stock"])
    write("products.csv",
          [prod[k]["label"] for k in ("status", "name", "brand", "sku", "stock", "producttype")],
          prows)


if __name__ == "__main__":
    main()
