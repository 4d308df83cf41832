"""Crater's test records as its admin list views show them, headed in one of its languages.

Crater (crater-invoice/crater, AGPL-3.0) keeps no fixed demo records: its DemoSeeder makes
only the admin user and company, and its tests make every record through the model
factories in database/factories/, which draw each value with Faker. This converter draws
those records as the factories define them, with Faker seeded (SEED) and the clock stopped
at the pinned commit's time (NOW), so the same files come out every time (SOURCE.md). It
needs PHP 8 with Faker (Debian: php-cli, php-faker 1.20.0; Crater locks fakerphp/faker
1.19.0).

    python convert.py LOCALES_DIR OUT_DIR --lang en

LOCALES_DIR holds Crater's resources/scripts/locales/<lang>.json (en.json and the language
asked for). The headers are the list / form labels through those files.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
from pathlib import Path

SEED = 2026
NOW = "2023-02-19 06:12:34"  # the pinned commit's time (2023-02-19T11:42:34+05:30), in UTC
COUNT = 6  # records of each kind the generator makes

# Crater's model factories' definitions (database/factories/*Factory.php at the pinned
# commit), the Faker calls in the order the factory draws them: the definition's own
# calls first, then (as Laravel's Factory::expandAttributes resolves them, key by key) the
# closures and the nested factories. The recurring invoice an invoice's factory also makes
# is not drawn (not exported), nor are str_random hashes (not Faker).
PHP = r"""<?php
require_once '/usr/share/php/Faker/autoload.php';
$now = '%(now)s';
$f = Faker\Factory::create('en_US');
$f->seed(%(seed)d);
$n = %(count)d;
$customers = [];
function customer($f, $now) {            // CustomerFactory
    return ['name' => $f->name, 'company_name' => $f->company, 'contact_name' => $f->name,
            'prefix' => $f->randomDigitNotNull, 'website' => $f->url,
            'email' => $f->unique()->safeEmail, 'phone' => $f->phoneNumber,
            'currency' => 'US Dollar', 'created_at' => $now];    // Currency::find(1)
}
function address($f, $type) {            // AddressFactory, the type set as the tests do
    $a = ['name' => $f->name, 'address_street_1' => $f->streetAddress,
          'address_street_2' => $f->streetAddress, 'city' => $f->city, 'state' => $f->state,
          'country' => 'United States', 'zip' => $f->postcode,     // country_id 231
          'phone' => $f->phoneNumber, 'fax' => $f->phoneNumber];
    $f->randomElement(['billing', 'shipping']);
    $a['type'] = $type;
    return $a;
}
function discount($f, &$r) {             // the discount_val / discount closures
    $r['discount_val'] = $r['discount_type'] == 'percentage'
        ? $f->numberBetween(0, 100) : $f->randomDigitNotNull;
    $r['discount'] = $r['discount_type'] == 'percentage'
        ? ($r['discount_val'] * $r['total']) / 100 : $r['discount_val'];
}
// customers with their billing and shipping addresses (tests/Feature/Admin/CustomerTest.php)
for ($i = 0; $i < $n; $i++) {
    $c = customer($f, $now);
    $c['billing'] = address($f, 'billing');
    $c['shipping'] = address($f, 'shipping');
    $customers[] = $c;
}
$items = [];
for ($i = 0; $i < $n; $i++) {            // ItemFactory, its unit from UnitFactory
    $it = ['name' => $f->name, 'description' => $f->text, 'price' => $f->randomDigitNotNull,
           'tax_per_item' => $f->randomElement([true, false]), 'created_at' => $now];
    $it['unit'] = $f->name;
    $items[] = $it;
}
$invoices = [];
for ($i = 1; $i <= $n; $i++) {           // InvoiceFactory
    $r = ['invoice_date' => $f->date('Y-m-d', $now), 'due_date' => $f->date('Y-m-d', $now),
          'invoice_number' => sprintf('INV-%%06d', $i), 'status' => 'DRAFT',
          'paid_status' => 'UNPAID', 'sub_total' => $f->randomDigitNotNull,
          'total' => $f->randomDigitNotNull,
          'discount_type' => $f->randomElement(['percentage', 'fixed']),
          'tax' => $f->randomDigitNotNull, 'notes' => $f->text(80),
          'exchange_rate' => $f->randomDigitNotNull];
    foreach (['base_discount_val', 'base_sub_total', 'base_total', 'base_tax',
              'base_due_amount'] as $k)
        $r[$k] = $f->randomDigitNotNull;
    discount($f, $r);
    $r['due_amount'] = $r['total'];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $invoices[] = $r;
}
$estimates = [];
for ($i = 1; $i <= $n; $i++) {           // EstimateFactory
    $r = ['estimate_date' => $f->date('Y-m-d', $now), 'expiry_date' => $f->date('Y-m-d', $now),
          'estimate_number' => sprintf('EST-%%06d', $i), 'status' => 'DRAFT',
          'sub_total' => $f->randomDigitNotNull, 'total' => $f->randomDigitNotNull,
          'discount_type' => $f->randomElement(['percentage', 'fixed']),
          'tax' => $f->randomDigitNotNull, 'notes' => $f->text(80),
          'exchange_rate' => $f->randomDigitNotNull];
    foreach (['base_discount_val', 'base_sub_total', 'base_total', 'base_tax'] as $k)
        $r[$k] = $f->randomDigitNotNull;
    discount($f, $r);
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $estimates[] = $r;
}
$payments = [];
for ($i = 1; $i <= $n; $i++) {           // PaymentFactory
    $r = ['payment_date' => $f->date('Y-m-d', $now), 'notes' => $f->text(80),
          'amount' => $f->randomDigitNotNull, 'payment_number' => sprintf('PAY-%%06d', $i),
          'payment_method' => 'Cash',    // PaymentMethod::find(1): setupDefaultPaymentMethods
          'base_amount' => $f->randomDigitNotNull];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $payments[] = $r;
}
$expenses = [];
for ($i = 1; $i <= $n; $i++) {           // ExpenseFactory, its category ExpenseCategoryFactory
    $r = ['expense_date' => $f->date('Y-m-d', $now), 'amount' => $f->randomDigitNotNull,
          'notes' => $f->text, 'exchange_rate' => $f->randomDigitNotNull,
          'base_amount' => $f->randomDigitNotNull];
    $r['category'] = ['name' => $f->word, 'description' => $f->text];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $expenses[] = $r;
}
echo json_encode(compact('customers', 'items', 'invoices', 'estimates', 'payments', 'expenses'),
                 JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE);
"""

# the currencies the list views format with (database/seeders/CurrenciesTableSeeder.php):
# a customer's and its documents' currency is Currency::find(1), US Dollar; the items list
# formats a price in the company's currency, setting 13 (Company::setupDefaultSettings):
# Indian Rupee
USD = {"symbol": "$", "precision": 2, "thousand": ",", "decimal": "."}
INR = {"symbol": "₹", "precision": 2, "thousand": ",", "decimal": "."}


def money(cents, cur: dict) -> str:
    """utils.formatMoney (resources/scripts/helpers/utilities.js): cents / 100, the
    currency's separators, the symbol then a space."""
    amount = abs(float(cents or 0) / 100)
    sign = "-" if float(cents or 0) < 0 else ""
    whole, frac = f"{amount:.{cur['precision']}f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{cur['symbol']} {sign}{cur['thousand'].join(groups)}{cur['decimal']}{frac}"


def day(iso: str) -> str:
    """The company's carbon_date_format, Y/m/d (Company::setupDefaultSettings)."""
    return iso[:10].replace("-", "/")


def flat(d: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def generate() -> dict:
    script = PHP % {"now": NOW, "seed": SEED, "count": COUNT}
    out = subprocess.run(["php"], input=script, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def build(records: dict, labels: dict[str, str], out: Path) -> None:
    def t(key: str) -> str:
        return labels[key]

    customers = records["customers"]
    due: dict[int, int] = {}
    for inv in records["invoices"]:
        due[inv["customer"]] = due.get(inv["customer"], 0) + inv["due_amount"]

    def addr(section: str) -> list[str]:
        # the Create form's billing / shipping address block (customers/Create.vue): its
        # section title before each field's label; the two street lines by their
        # placeholders general.street_1 / street_2
        head = t(f"customers.{section}_address")
        return [f"{head} - {t(k)}" for k in (
            "customers.name", "customers.country", "customers.state", "customers.city",
            "general.street_1", "general.street_2", "customers.phone", "customers.zip_code")]

    files: dict[str, tuple[list[str], list[list]]] = {}
    # customers: the Create form's fields (customers/Create.vue), then the list's Amount Due
    # and Added On (customers/Index.vue)
    head = [t("customers.display_name"), t("customers.primary_contact_name"),
            t("customers.email"), t("customers.phone"), t("customers.primary_currency"),
            t("customers.website"), t("customers.prefix"), *addr("billing"),
            *addr("shipping"), t("customers.amount_due"), t("items.added_on")]
    rows = []
    for i, c in enumerate(customers):
        row = [c["name"], c["contact_name"], c["email"], c["phone"], c["currency"],
               c["website"], c["prefix"]]
        for section in ("billing", "shipping"):
            a = c.get(section)
            row += ([a["name"], a["country"], a["state"], a["city"], a["address_street_1"],
                     a["address_street_2"], a["phone"], a["zip"]] if a else [""] * 8)
        row += [money(due.get(i), USD), day(c["created_at"])]
        rows.append(row)
    files["customers"] = (head, rows)
    # items: the list (items/Index.vue) then the form's description (items/Create.vue)
    files["items"] = (
        [t("items.name"), t("items.unit"), t("items.price"), t("items.added_on"),
         t("items.description")],
        [[it["name"], it["unit"], money(it["price"], INR), day(it["created_at"]),
          it["description"]] for it in records["items"]])
    # invoices: the list (invoices/Index.vue), then the form's due date and notes
    files["invoices"] = (
        [t("invoices.date"), t("invoices.number"), t("invoices.customer"),
         t("invoices.status"), t("dashboard.recent_invoices_card.amount_due"),
         t("invoices.total"), t("invoices.due_date"), t("invoices.notes")],
        [[day(r["invoice_date"]), r["invoice_number"], customers[r["customer"]]["name"],
          r["status"], money(r["due_amount"], USD), money(r["total"], USD),
          day(r["due_date"]), r["notes"]] for r in records["invoices"]])
    # estimates: the list (estimates/Index.vue), then the form's expiry date and notes
    files["estimates"] = (
        [t("estimates.date"), t("estimates.number"), t("estimates.customer"),
         t("estimates.status"), t("estimates.total"), t("estimates.expiry_date"),
         t("estimates.notes")],
        [[day(r["estimate_date"]), r["estimate_number"], customers[r["customer"]]["name"],
          r["status"], money(r["total"], USD), day(r["expiry_date"]), r["notes"]]
         for r in records["estimates"]])
    # payments: the list (payments/Index.vue), then the form's note
    files["payments"] = (
        [t("payments.date"), t("payments.payment_number"), t("payments.customer"),
         t("payments.payment_mode"), t("invoices.invoice_number"), t("payments.amount"),
         t("payments.note")],
        [[day(r["payment_date"]), r["payment_number"], customers[r["customer"]]["name"],
          r["payment_method"], "-", money(r["amount"], USD), r["notes"]]
         for r in records["payments"]])
    # expenses: the list's columns (expenses/Index.vue heads them in English whatever the
    # language: 'Date', 'Category', 'Customer', 'Note', 'Amount'), headed by the Create
    # form's labels for the same fields (expenses/Create.vue), which are translated
    files["expenses"] = (
        [t("expenses.expense_date"), t("expenses.category"), t("expenses.customer"),
         t("expenses.note"), t("expenses.amount")],
        [[day(r["expense_date"]), r["category"]["name"], customers[r["customer"]]["name"],
          r["notes"], money(r["amount"], USD)] for r in records["expenses"]])

    out.mkdir(parents=True, exist_ok=True)
    for kind, (header, body) in files.items():
        name = t(f"{kind}.title")  # the list page's title names the file
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(body)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("locales", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    en = flat(json.loads((args.locales / "en.json").read_text(encoding="utf-8")))
    lang = flat(json.loads((args.locales / f"{args.lang}.json").read_text(encoding="utf-8")))
    # vue-i18n falls back to English for a key the language lacks
    labels = {**en, **{k: v for k, v in lang.items() if v}}
    build(generate(), labels, args.out)


if __name__ == "__main__":
    main()
