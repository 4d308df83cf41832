"""Attendize's local test records as its attendee and order CSV exports write them.

Attendize (Attendize/Attendize, Attribution Assurance License) keeps no fixed demo records
with names: its LocalTestSeeder (database/seeds/LocalTestSeeder.php) fixes the organisers,
events, tickets, each order's amount and how many attendees each order has, and draws every
buyer's and attendee's name, e-mail and order reference through the model factories
(database/factories/Order.php, Attendee.php), which call Faker. This converter follows the
seeder's order (three organisations: an order of one attendee and an order of five on the
first two events, an order of one on the third) and draws the factories' Faker calls for
orders and attendees with Faker seeded (SEED) and the clock stopped at the pinned commit's
time (NOW); the other factories' draws (accounts, users, organisers, events, tickets) are
not drawn (none of their Faker values is exported). It needs PHP with Faker (Debian:
php-cli, php-faker 1.20.0).

    python convert.py LANG_DIR OUT_DIR --lang en

LANG_DIR holds Attendize's resources/lang/ (en/ and the language asked for); the headers
are the export classes' trans() keys (app/Exports/AttendeesExport.php, OrdersExport.php)
read through those files with php, the YES / NO cells strtoupper(trans('basic.yes'/'no')).
One file per export class: the program writes one per event (attendees-as-of-<date>.csv,
orders-as-of-<date>.csv); the three events' exports are written one after the other under
one header.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
from pathlib import Path

SEED = 2026
NOW = "2023-01-25 21:50:45"  # the pinned commit's time (2023-01-25T21:50:45-06:00), as written

# LocalTestSeeder: per event, its orders as (amount, ticket title, attendees)
EVENTS = [
    ("Local Orchid Show", [("100.00", "Visible Ticket", 1), ("500.00", "Hidden Ticket", 5)]),
    ("Local Bonsai Show", [("100.00", "Visible Ticket", 1), ("250.00", "Hidden Ticket", 5)]),
    ("Local Clivia Show", [("100.00", "Ticket with organiser fee", 1)]),
]

PHP = r"""<?php
require_once '/usr/share/php/Faker/autoload.php';
$f = Faker\Factory::create('en_US');
$f->seed(%(seed)d);
$plan = json_decode('%(plan)s', true);
$orders = [];
foreach ($plan as $count) {
    // database/factories/Order.php: the definition's Faker calls, in order
    $o = ['first_name' => $f->firstName, 'last_name' => $f->lastName, 'email' => $f->email,
          'order_reference' => $f->text(15)];
    $f->text(50);  // transaction_id (not exported)
    $f->text;      // notes (not exported)
    $att = [];
    for ($i = 0; $i < $count; $i++) {
        // database/factories/Attendee.php
        $att[] = ['first_name' => $f->firstName, 'last_name' => $f->lastName,
                  'email' => $f->email];
        $f->numberBetween();  // reference_index (not exported)
    }
    $o['attendees'] = $att;
    $orders[] = $o;
}
echo json_encode($orders);
"""

LABELS = r"""<?php
$out = [];
foreach (['Attendee', 'Ticket', 'Order', 'basic'] as $g) {
    foreach (['en', '%(lang)s'] as $l) {
        $a = include '%(dir)s/' . $l . '/' . $g . '.php';
        foreach ($a as $k => $v) { if (is_string($v) && $v !== '') $out[$g . '.' . $k] = $v; }
    }
}
echo json_encode($out);
"""


def run_php(script: str) -> object:
    out = subprocess.run(["php"], input=script, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def build(lang_dir: Path, lang: str, out: Path) -> None:
    # Laravel falls back to English (config/app.php fallback_locale) for a key the language lacks
    t = run_php(LABELS % {"lang": lang, "dir": str(lang_dir.resolve())})
    plan = [n for _, orders in EVENTS for _, _, n in orders]
    orders = run_php(PHP % {"seed": SEED, "plan": json.dumps(plan)})
    no = t["basic.no"].upper()  # every flag here is false: YES (basic.yes) is never written
    att_head = [t["Attendee.first_name"], t["Attendee.last_name"], t["Attendee.email"],
                t["Ticket.id"], t["Order.order_ref"], t["Ticket.ticket_type"],
                t["Order.order_date"], t["Attendee.has_arrived"], t["Attendee.arrival_time"]]
    ord_head = [t["Attendee.first_name"], t["Attendee.last_name"], t["Attendee.email"],
                t["Order.order_ref"], t["Order.amount"], t["Order.fully_refunded"],
                t["Order.partially_refunded"], t["Order.amount_refunded"],
                t["Order.order_date"]]
    att_rows, ord_rows = [], []
    it = iter(orders)
    for _, event_orders in EVENTS:
        for amount, ticket, _ in event_orders:
            o = next(it)
            ord_rows.append([o["first_name"], o["last_name"], o["email"], o["order_reference"],
                             amount, no, no, "0.00", NOW])
            for a in o["attendees"]:
                # private_reference_number is 1 in the factory; has_arrived false;
                # arrival_time Carbon::now()
                att_rows.append([a["first_name"], a["last_name"], a["email"], "1",
                                 o["order_reference"], ticket, NOW, no, NOW])
    out.mkdir(parents=True, exist_ok=True)
    for name, head, rows in (("attendees", att_head, att_rows), ("orders", ord_head, ord_rows)):
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(head)
            w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    build(args.lang_dir, args.lang, args.out)


if __name__ == "__main__":
    main()
