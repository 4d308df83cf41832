"""Hi.Events' orders as its order export writes them (keys350, session 50, round X): the
records its own order factory draws (``backend/database/factories/OrderFactory.php``, Faker
seeded), in the columns of ``backend/app/Exports/OrdersExport.php``, headed in one language.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths (HiEventsDev/hi.events at
11310bfd). Rules:
- Records: ROWS orders, each one call of OrderFactory's ``definition()``: its Faker draws in
  the order the array names them (total_before_additions, total_tax, first_name, last_name,
  email, status, reserved_until, currency, public_id, total_service_fee, total_gross,
  payment_gateway, promo_code, total_refunded), with php-faker 1.20 (en_US, Laravel's
  default faker locale) seeded with SEED. ``short_id`` and ``session_id`` come from
  ``Str::random`` (random_bytes, outside Faker's sequence) and are not exported. ``id`` is the
  table's sequence (1..ROWS); ``created_at`` is the factory's ``now()``, fixed here at NOW
  (the commit's date) so the files rebuild identically. A column the factory does not set is
  the orders table's default in ``backend/database/migrations/schema.sql``: total_fee 0.00,
  is_manually_created false, payment_status and refund_status NULL (empty).
- Columns: OrdersExport::headings() (no questions: the export appends one column per
  question and the factory makes none), cells as map() gives them: numbers as PHP prints a
  float (563.35, 0 for 0.00), created_at 'Y-m-d H:i:s', the four flags as the spreadsheet
  writes booleans (TRUE / FALSE): isPartiallyRefunded = 0 < refunded < gross,
  isFullyRefunded = refunded >= gross, isFreeOrder = gross === 0.00
  (``app/DomainObjects/OrderDomainObject.php``). The program downloads ``orders.xlsx``; it is
  written here as ``orders.csv`` (comma-separated, UTF-8), same columns and cells.
- Headings: Hi.Events writes its export headings in English whatever the user's language.
  The de / fr / es files head each column with the program's own translation of that very
  heading in its catalogue ``frontend/src/locales/<lang>.po`` (the msgid equal to the
  heading, ignoring case: 'Total Refunded' is the catalogue's 'Total refunded'); a heading
  the catalogue does not hold stays English, as an untranslated Lingui message does.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from pathlib import Path

FACTORY = "backend/database/factories/OrderFactory.php"
EXPORT = "backend/app/Exports/OrdersExport.php"
PO = "frontend/src/locales/{}.po"
FAKER = "/usr/share/php/Faker/autoload.php"  # php-faker 1.20.0 (Debian package)
SEED = 350
ROWS = 10
NOW = "2024-08-07 20:12:56"  # the commit's date, standing for the factory's now()

# Our PHP: the factory's Faker calls, in its order (the factory's own file is checked below).
PHP = r"""<?php
require '%s';
$f = Faker\Factory::create('en_US');
$f->seed(%d);
$rows = [];
for ($i = 0; $i < %d; $i++) {
    $r = [];
    $r['total_before_additions'] = $f->randomFloat(2, 0, 1000);
    $r['total_tax'] = $f->randomFloat(2, 0, 100);
    $r['first_name'] = $f->firstName;
    $r['last_name'] = $f->lastName;
    $r['email'] = $f->safeEmail;
    $r['status'] = $f->randomElement(['pending', 'completed', 'cancelled']);
    $f->dateTimeBetween('now', '+1 week');
    $r['currency'] = $f->currencyCode;
    $r['public_id'] = $f->unique()->randomNumber();
    $r['total_service_fee'] = $f->randomFloat(2, 0, 100);
    $r['total_gross'] = $f->randomFloat(2, 0, 1000);
    $r['payment_gateway'] = $f->word;
    $r['promo_code'] = $f->word;
    $r['total_refunded'] = $f->randomFloat(2, 0, 100);
    $rows[] = $r;
}
echo json_encode($rows);
"""

FACTORY_CALLS = [
    "randomFloat(2, 0, 1000)", "randomFloat(2, 0, 100)", "firstName", "lastName",
    "safeEmail", "randomElement(['pending', 'completed', 'cancelled'])",
    "dateTimeBetween('now', '+1 week')", "currencyCode", "unique()->randomNumber()",
    "randomFloat(2, 0, 100)", "randomFloat(2, 0, 1000)", "word", "word",
    "randomFloat(2, 0, 100)",
]


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (fuzzy entries and empty msgstr skipped)."""
    out: dict[str, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if "#, fuzzy" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not m:
            continue

        def join(s: str) -> str:
            return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', s)).replace('\\"', '"')

        if join(m.group(2)):
            out[join(m.group(1))] = join(m.group(2))
    return out


def php_number(x: float) -> str:
    return str(int(x)) if float(x) == int(x) else repr(float(x))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=["en", "de", "fr", "es"])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()

    calls = re.findall(r"\$this->faker->([A-Za-z(][^,\n]*?(?:\([^)]*\))?)(?:,|\s*//|\n)",
                       (a.src / FACTORY).read_text(encoding="utf-8"))
    calls = [c.strip().rstrip(",") for c in calls]
    if calls != FACTORY_CALLS:
        raise SystemExit(f"OrderFactory's Faker calls changed: {calls}")
    export = (a.src / EXPORT).read_text(encoding="utf-8")
    block = re.search(r"return array_merge\(\[(.*?)\], \$questionTitles\)", export, re.S)
    headings = re.findall(r"'([^']*)'", block.group(1))
    if len(headings) != 20:
        raise SystemExit(f"unexpected headings: {headings}")

    php = PHP % (FAKER, SEED, ROWS)
    rows = json.loads(subprocess.run(["php"], input=php, capture_output=True, text=True,
                                     check=True).stdout)

    if a.lang != "en":
        po = {k.lower(): v for k, v in read_po(a.src / PO.format(a.lang)).items()}
        headings = [po.get(h.lower(), h) for h in headings]

    def flag(b: bool) -> str:
        return "TRUE" if b else "FALSE"

    a.out.mkdir(parents=True, exist_ok=True)
    with open(a.out / "orders.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(headings)
        for i, r in enumerate(rows, 1):
            gross, refunded = float(r["total_gross"]), float(r["total_refunded"])
            w.writerow([
                i, r["first_name"], r["last_name"], r["email"],
                php_number(r["total_before_additions"]), php_number(gross),
                php_number(r["total_tax"]), "0", php_number(refunded),
                r["status"], "", "", r["currency"], NOW, r["public_id"],
                r["payment_gateway"],
                flag(0 < refunded < gross), flag(refunded >= gross), flag(gross == 0.0),
                "FALSE",
            ])


if __name__ == "__main__":
    main()
