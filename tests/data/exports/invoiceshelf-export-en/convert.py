"""InvoiceShelf's demo and test records as its admin list views show them, in one of its languages.

InvoiceShelf (InvoiceShelf/InvoiceShelf, AGPL-3.0; a continuation of Crater) has no CSV
export of its own. Its DemoSeeder makes the demo user, the demo company and five customers
(`Customer::factory()->count(5)`); its tests make invoices, estimates, payments, expenses
and items through the model factories in database/factories/, which draw each value with
Faker. This converter draws those records as the seeder and the factories define them,
with Faker seeded (SEED) and the clock stopped at the pinned commit's time (NOW), so the
same files come out every time (SOURCE.md). It needs PHP 8 with Faker (Debian: php-cli,
php-faker 1.20.0).

    python convert.py LANG_DIR OUT_DIR --lang en

LANG_DIR holds InvoiceShelf's lang/<lang>.json (en.json and the language asked for). The
headers are the list views' (and the customer form's) labels through those files.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
from pathlib import Path

SEED = 2026
NOW = "2026-04-08 07:29:39"  # the pinned commit's time (2026-04-08T09:29:39+02:00), in UTC
COUNT = 5  # DemoSeeder's five customers; as many of every other object

# The seeder's and factories' definitions (database/seeders/DemoSeeder.php,
# database/factories/*Factory.php at the pinned commit): the Faker calls in the order each
# definition draws them, then (as Laravel's Factory::expandAttributes resolves them, key by
# key) the closures and the nested factories. Not drawn: the demo user and company (not
# exported), the recurring invoice an invoice's factory also makes, str_random hashes.
PHP = r"""<?php
require_once '/usr/share/php/Faker/autoload.php';
$now = '%(now)s';
$f = Faker\Factory::create('en_US');
$f->seed(%(seed)d);
$n = %(count)d;
function customer($f, $now) {            // CustomerFactory
    return ['name' => $f->name(), 'company_name' => $f->company(), 'contact_name' => $f->name(),
            'prefix' => $f->randomDigitNotNull(), 'website' => $f->url(),
            'email' => $f->unique()->safeEmail(), 'phone' => $f->phoneNumber(),
            'currency' => 'US Dollar', 'created_at' => $now];    // Currency::find(1)
}
function discount($f, &$r) {             // the discount_val / discount closures
    $r['discount_val'] = $r['discount_type'] == 'percentage'
        ? $f->numberBetween(0, 100) : $f->randomDigitNotNull();
    $r['discount'] = $r['discount_type'] == 'percentage'
        ? ($r['discount_val'] * $r['total']) / 100 : $r['discount_val'];
}
$customers = [];
for ($i = 0; $i < $n; $i++)              // DemoSeeder: Customer::factory()->count(5)
    $customers[] = customer($f, $now);
$items = [];
for ($i = 0; $i < $n; $i++) {            // ItemFactory, its unit from UnitFactory
    $it = ['name' => $f->name(), 'description' => $f->text(),
           'price' => $f->randomDigitNotNull(),
           'tax_per_item' => $f->randomElement([true, false]), 'created_at' => $now];
    $it['unit'] = $f->name();
    $items[] = $it;
}
$invoices = [];
for ($i = 1; $i <= $n; $i++) {           // InvoiceFactory
    $r = ['invoice_date' => $f->date('Y-m-d', $now), 'due_date' => $f->date('Y-m-d', $now),
          'invoice_number' => sprintf('INV-%%06d', $i), 'status' => 'DRAFT',
          'paid_status' => 'UNPAID', 'sub_total' => $f->randomDigitNotNull(),
          'total' => $f->randomDigitNotNull(),
          'discount_type' => $f->randomElement(['percentage', 'fixed']),
          'tax' => $f->randomDigitNotNull(), 'notes' => $f->text(80),
          'exchange_rate' => $f->randomDigitNotNull()];
    foreach (['base_discount_val', 'base_sub_total', 'base_total', 'base_tax',
              'base_due_amount'] as $k)
        $r[$k] = $f->randomDigitNotNull();
    discount($f, $r);
    $r['due_amount'] = $r['total'];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $invoices[] = $r;
}
$estimates = [];
for ($i = 1; $i <= $n; $i++) {           // EstimateFactory
    $r = ['estimate_date' => $f->date('Y-m-d', $now),
          'expiry_date' => $f->date('Y-m-d', $now),
          'estimate_number' => sprintf('EST-%%06d', $i), 'status' => 'DRAFT',
          'sub_total' => $f->randomDigitNotNull(), 'total' => $f->randomDigitNotNull(),
          'discount_type' => $f->randomElement(['percentage', 'fixed']),
          'tax' => $f->randomDigitNotNull(), 'notes' => $f->text(80),
          'exchange_rate' => $f->randomDigitNotNull()];
    foreach (['base_discount_val', 'base_sub_total', 'base_total', 'base_tax'] as $k)
        $r[$k] = $f->randomDigitNotNull();
    discount($f, $r);
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $estimates[] = $r;
}
$payments = [];
for ($i = 1; $i <= $n; $i++) {           // PaymentFactory
    $r = ['payment_date' => $f->date('Y-m-d', $now), 'notes' => $f->text(80),
          'amount' => $f->randomDigitNotNull(), 'payment_number' => sprintf('PAY-%%06d', $i),
          'payment_method' => 'Cash',    // PaymentMethod::find(1): setupDefaultPaymentMethods
          'base_amount' => $f->randomDigitNotNull()];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $payments[] = $r;
}
$expenses = [];
for ($i = 1; $i <= $n; $i++) {           // ExpenseFactory, its category ExpenseCategoryFactory
    $r = ['expense_date' => $f->date('Y-m-d', $now),
          'expense_number' => $f->unique()->numerify('EXP-#####'),
          'amount' => $f->randomDigitNotNull(), 'notes' => $f->text(),
          'exchange_rate' => $f->randomDigitNotNull(),
          'base_amount' => $f->randomDigitNotNull()];
    $r['category'] = ['name' => $f->word(), 'description' => $f->text()];
    $r['customer'] = count($customers);
    $customers[] = customer($f, $now);
    $expenses[] = $r;
}
echo json_encode(compact('customers', 'items', 'invoices', 'estimates', 'payments', 'expenses'),
                 JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE);
"""

# every currency the list views format with is US Dollar (database/seeders/
# CurrenciesTableSeeder.php): a customer's and its documents' Currency::find(1), and the
# company's currency (DemoSeeder sets the company setting 'currency' to 1), which the items
# list formats a price in
USD = {"symbol": "$", "precision": 2, "thousand": ",", "decimal": "."}


def money(cents, cur: dict = USD) -> str:
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
    """The company's carbon_date_format, Y/m/d (Company::setupDefaultSettings; DemoSeeder
    sets only the front end's date_format)."""
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

    files: dict[str, tuple[list[str], list[list]]] = {}
    # customers: the Create form's basic information (customers/Create.vue; the seeder and
    # the factories give no address and no tax id), then the list's Amount Due and Added On
    # (customers/Index.vue)
    files["customers"] = (
        [t("customers.display_name"), t("customers.primary_contact_name"),
         t("customers.email"), t("customers.phone"), t("customers.primary_currency"),
         t("customers.website"), t("customers.prefix"), t("customers.amount_due"),
         t("items.added_on")],
        [[c["name"], c["contact_name"], c["email"], c["phone"], c["currency"], c["website"],
          c["prefix"], money(due.get(i)), day(c["created_at"])]
         for i, c in enumerate(customers)])
    # items: the list (items/Index.vue)
    files["items"] = (
        [t("items.name"), t("items.unit"), t("items.price"), t("items.added_on")],
        [[it["name"], it["unit"], money(it["price"]), day(it["created_at"])]
         for it in records["items"]])
    # invoices: the list (invoices/Index.vue); the status through BaseInvoiceStatusLabel
    # (DRAFT: general.draft); the amount due's cell without its paid-status badge
    files["invoices"] = (
        [t("invoices.date"), t("invoices.number"), t("invoices.customer"),
         t("invoices.status"), t("dashboard.recent_invoices_card.amount_due"),
         t("invoices.total")],
        [[day(r["invoice_date"]), r["invoice_number"], customers[r["customer"]]["name"],
          t("general.draft"), money(r["due_amount"]), money(r["total"])]
         for r in records["invoices"]])
    # estimates: the list (estimates/Index.vue); the status through BaseEstimateStatusLabel
    # (DRAFT: estimates.draft)
    files["estimates"] = (
        [t("estimates.date"), t("estimates.number"), t("estimates.customer"),
         t("estimates.status"), t("estimates.total")],
        [[day(r["estimate_date"]), r["estimate_number"], customers[r["customer"]]["name"],
          t("estimates.draft"), money(r["total"])] for r in records["estimates"]])
    # payments: the list (payments/Index.vue); no invoice linked: '-'
    files["payments"] = (
        [t("payments.date"), t("payments.payment_number"), t("payments.customer"),
         t("payments.payment_mode"), t("payments.invoice"), t("payments.amount")],
        [[day(r["payment_date"]), r["payment_number"], customers[r["customer"]]["name"],
          r["payment_method"], "-", money(r["amount"])] for r in records["payments"]])
    # expenses: the list (expenses/Index.vue)
    files["expenses"] = (
        [t("expenses.date"), t("expenses.expense_number"), t("expenses.category"),
         t("expenses.customer"), t("expenses.note"), t("expenses.amount")],
        [[day(r["expense_date"]), r["expense_number"], r["category"]["name"],
          customers[r["customer"]]["name"], r["notes"], money(r["amount"])]
         for r in records["expenses"]])

    out.mkdir(parents=True, exist_ok=True)
    for kind, (header, body) in files.items():
        name = t(f"{kind}.title")  # the list page's title names the file
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(body)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    en = flat(json.loads((args.lang_dir / "en.json").read_text(encoding="utf-8")))
    lang = flat(json.loads((args.lang_dir / f"{args.lang}.json").read_text(encoding="utf-8")))
    # vue-i18n falls back to English for a key the language lacks
    labels = {**en, **{k: v for k, v in lang.items() if v}}
    build(generate(), labels, args.out)


if __name__ == "__main__":
    main()
