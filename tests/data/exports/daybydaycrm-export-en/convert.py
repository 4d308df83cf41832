"""DaybydayCRM's demo records as its list views and forms show them, headed in one of its
languages (keys314, session 47, round U).

DaybydayCRM (Bottelet/DaybydayCRM, GPL-3.0 from 2.0.0) keeps no fixed clients, leads,
tasks or projects: its demo seeder (database/seeders/DemoTableSeeder.php, run after
DatabaseSeeder) makes them through the model factories in database/factories/, which draw
every value with Faker, and the seeder draws its counts with PHP's rand(). This converter
runs that seeder's logic (the factories' Faker calls in the order Laravel makes them, the
seeder's rand() calls in between) in PHP with the generator seeded (SEED) and the clock
stopped at the pinned commit's time (NOW), so the same files come out every time. It needs
PHP 8 with Faker (Debian: php-cli, php-faker 1.20.0).

    python convert.py --lang en|dk|es LANG_DIR OUT_DIR

LANG_DIR holds DaybydayCRM's resources/lang/<lang>.json (the language asked for). SOURCE.md
gives the rules; in short:
- DaybydayCRM has no CSV export: each file holds the columns of the object's list view
  (clients/index, tasks/index, projects/index, users/index .blade.php; leads: the
  DynamicTable.vue list), then the Create form's remaining fields (clients/form,
  leads/create, tasks/create, projects/create, users/form), each headed by the label the
  view gives it, through the language's JSON file as Laravel's __() / the Vue trans() do
  (a key the file lacks stays as written: 'deadline', 'Assign project').
- Cells as the program prints them: dates in carbonDate() of the install's country (the
  seeded US: m/d/Y; a Danish install DK, a Spanish one ES: d/m/Y), a lead's time in
  carbonTime() (US g:i A; DK/ES H:i), a lead's age moment(created_at).from(now) (moment
  without a locale: English in every language), statuses, industries and the company type
  as stored (the lists do not translate them), a user / client / project by its name.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import subprocess
from datetime import datetime, timezone
from pathlib import Path

SEED = 2026
NOW = "2026-04-13 09:15:57"  # the pinned commit's time (2026-04-13 11:15:57 +0200), in UTC
# the install's country (settings.country) whose formats the lists use: the seeder's US
COUNTRY = {"en": "US", "dk": "DK", "es": "ES"}
CARBON_DATE = {"US": "%m/%d/%Y", "DK": "%d/%m/%Y", "ES": "%d/%m/%Y"}  # app/Enums/Country.php

# DemoTableSeeder::run / createData and the factories they call (database/factories/*.php
# at the pinned commit), in the order Laravel draws them: a factory's definition() first
# (its Faker calls in array order), then its nested factories key by key
# (Factory::expandAttributes: a task's / lead's / project's Status, a client's Industry);
# count(n)->create() makes all n, then stores them, then runs afterCreating for each
# (a client's Contact); the seeder's ->each then walks them. Records not exported
# (comments, appointments, invoices, offers, invoice lines, products, absences) are drawn
# all the same, so the stream stays the seeder's. User::factory()->create([...])->each()
# walks every user (Eloquent forwards each() to the query): the admin, then DaybydayCRM.
PHP = r"""<?php
require_once '/usr/share/php/Faker/autoload.php';
date_default_timezone_set('UTC');              // config/app.php timezone
$now = strtotime('%(now)s UTC');
$f = Faker\Factory::create('en_US');          // config/app.php faker_locale
$f->seed(%(seed)d);
$db = ['users' => [], 'clients' => [], 'contacts' => [], 'industries' => [],
       'statuses' => [], 'projects' => [], 'tasks' => [], 'leads' => []];
function when($f, $now) {                     // dateTimeThisYear('now'), the clock at $now
    $start = strtotime('first day of january this year', $now);
    $d = $f->dateTimeBetween(new DateTime('@' . $start), $now);
    return gmdate('Y-m-d H:i:s', $d->getTimestamp());
}
function user_def($f) {                       // UserFactory
    return ['name' => $f->name, 'external_id' => $f->uuid,
            'email' => $f->unique()->safeEmail, 'address' => $f->secondaryAddress(),
            'primary_number' => $f->randomNumber(8),
            'secondary_number' => $f->randomNumber(8), 'language' => 'en'];
}
function status(&$db, $f) {                   // StatusFactory
    $titles = ['Open', 'In-progress', 'Pending', 'Waiting client', 'Blocked', 'Closed',
               'Cancelled', 'Completed'];
    $colors = ['#2FA599', '#2FA55E', '#EFAC57', '#60C0DC', '#E6733E', '#D75453', '#821414',
               '#3CA3BA'];
    $db['statuses'][] = ['external_id' => $f->uuid, 'title' => $f->randomElement($titles),
                         'color' => $f->randomElement($colors)];
    return count($db['statuses']) - 1;
}
function work($f, $now) {                     // Task/Lead/ProjectFactory's own calls
    return ['title' => $f->sentence, 'external_id' => $f->uuid,
            'description' => $f->paragraph, 'deadline' => when($f, $now),
            'created_at' => when($f, $now), 'updated_at' => when($f, $now)];
}
function comments($f, $n) {                   // CommentFactory (not exported)
    for ($i = 0; $i < $n; $i++) { $f->paragraph(rand(2, 10)); }
}
function lines($f, $n) {                      // InvoiceLineFactory (not exported)
    for ($i = 0; $i < $n; $i++) {
        $f->word; $f->uuid;
        $f->randomElement(['pieces', 'hours', 'days', 'session', 'kg', 'package']);
        $f->randomNumber(1); $f->randomNumber(4);
    }
}
function createData(&$db, $f, $now, $user) {
    $n = rand(1, 5);
    $made = [];
    for ($i = 0; $i < $n; $i++) {             // ClientFactory, its Industry expanded
        $c = ['external_id' => $f->uuid, 'vat' => $f->randomNumber(8),
              'company_name' => $f->company(), 'address' => $f->secondaryAddress(),
              'city' => $f->city(), 'zipcode' => $f->postcode(), 'user' => $user,
              'company_type' => 'ApS'];
        $db['industries'][] = ['external_id' => $f->uuid(), 'name' => $f->randomElement([
            'Accommodations', 'Accounting', 'Auto', 'Beauty & Cosmetics', 'Carpenter',
            'Communications', 'Computer & IT', 'Construction', 'Consulting', 'Education',
            'Electronics', 'Entertainment', 'Food & Beverages', 'Legal Services', 'Marketing',
            'Real Estate', 'Retail', 'Sports', 'Technology', 'Tourism', 'Transportation',
            'Travel', 'Utilities', 'Web Services', 'Other'])];
        $c['industry'] = count($db['industries']) - 1;
        $db['clients'][] = $c;
        $made[] = count($db['clients']) - 1;
    }
    foreach ($made as $client) {              // afterCreating: ContactFactory, primary
        $db['contacts'][] = ['name' => $f->name, 'external_id' => $f->uuid,
                             'email' => $f->email, 'primary_number' => $f->randomNumber(8),
                             'secondary_number' => $f->randomNumber(8),
                             'client' => $client, 'is_primary' => 1];
    }
    foreach ($made as $client) {
        $project = null;
        if (rand(1, 3) == 2) {
            $p = work($f, $now);
            $p['status'] = status($db, $f);
            $p += ['client' => $client, 'creator' => $user, 'assignee' => $user];
            $db['projects'][] = $p;
            $project = count($db['projects']) - 1;
            comments($f, rand(2, 6));
        }
        $m = rand(5, 13);
        for ($i = 0; $i < $m; $i++) {
            $t = work($f, $now);
            $t['status'] = status($db, $f);
            $t += ['client' => $client, 'creator' => $user, 'assignee' => $user,
                   'project' => $project];
            $db['tasks'][] = $t;
        }
        for ($i = 0; $i < $m; $i++) {
            if (rand(1, 5) == 1) {
                $f->uuid; $f->word; $f->text;  // AppointmentFactory
                $f->uuid;                       // InvoiceFactory
                lines($f, 4);
                comments($f, 3);
            }
            comments($f, 3);
        }
        $k = rand(3, 7);
        $leads = [];
        for ($i = 0; $i < $k; $i++) {
            $l = work($f, $now);
            $l['status'] = status($db, $f);
            $l += ['client' => $client, 'creator' => $user, 'assignee' => $user];
            $db['leads'][] = $l;
        }
        for ($i = 0; $i < $k; $i++) {
            if (rand(0, 5) == 1) { comments($f, 3); }
            // OfferFactory draws no Faker value (a Ramsey uuid)
            $count = rand(1, 5);
            if (rand(1, 4) == 2) {              // ProductFactory
                $f->name; $f->uuid; $f->text(); $f->numberBetween(1000, 10000);
            }
            lines($f, $count);
            comments($f, 2);
        }
    }
}
// DatabaseSeeder: UsersTableSeeder's admin (no Faker value)
$db['users'][] = ['name' => 'Admin', 'email' => 'admin@admin.com', 'address' => '',
                  'primary_number' => null, 'secondary_number' => null, 'language' => 'en'];
// DemoTableSeeder
$u = user_def($f);
$db['users'][] = array_merge($u, ['name' => 'DaybydayCRM', 'email' => 'demo@daybydaycrm.com']);
createData($db, $f, $now, 0);                  // ->each(): every user, by id
createData($db, $f, $now, 1);
$made = [];
for ($i = 0; $i < 4; $i++) {
    $db['users'][] = user_def($f);
    $made[] = count($db['users']) - 1;
}
foreach ($made as $user) {
    if (rand(1, 4) == 3) { $f->word; }        // AbsenceFactory (not exported)
    createData($db, $f, $now, $user);
}
echo json_encode($db, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE);
"""


def generate() -> dict:
    script = PHP % {"now": NOW, "seed": SEED}
    out = subprocess.run(["php"], input=script, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def stamp(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def moment_from(then: str) -> str:
    """moment(then).from(now), moment's English relativeTime and default thresholds."""
    ms = (stamp(NOW) - stamp(then)).total_seconds() * 1000

    def rnd(x: float) -> int:  # Math.round
        return math.floor(x + 0.5)

    seconds, minutes = rnd(ms / 1e3), rnd(ms / 6e4)
    hours, days = rnd(ms / 36e5), rnd(ms / 864e5)
    months = rnd(ms / 864e5 * 4800 / 146097)
    years = rnd(ms / 864e5 * 4800 / 146097 / 12)
    if seconds <= 44:
        s = "a few seconds"
    elif seconds < 45:
        s = f"{seconds} seconds"
    elif minutes <= 1:
        s = "a minute"
    elif minutes < 45:
        s = f"{minutes} minutes"
    elif hours <= 1:
        s = "an hour"
    elif hours < 22:
        s = f"{hours} hours"
    elif days <= 1:
        s = "a day"
    elif days < 26:
        s = f"{days} days"
    elif months <= 1:
        s = "a month"
    elif months < 11:
        s = f"{months} months"
    elif years <= 1:
        s = "a year"
    else:
        s = f"{years} years"
    return f"{s} ago"


def build(db: dict, labels: dict[str, str], country: str, out: Path) -> None:
    def t(key: str) -> str:  # Laravel's __() / trans(): the key when the file lacks it
        return labels.get(key, key)

    def day(value: str) -> str:
        return stamp(value).strftime(CARBON_DATE[country])

    def clock(value: str) -> str:
        d = stamp(value)
        if country == "US":  # g:i A
            return f"{(d.hour % 12) or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        return d.strftime("%H:%M")  # H:i

    def cell(v) -> str:
        return "" if v is None else str(v)

    users, clients, statuses = db["users"], db["clients"], db["statuses"]
    contact = {c["client"]: c for c in db["contacts"] if c["is_primary"]}
    files: dict[str, tuple[list[str], list[list[str]]]] = {}
    # clients/index: Company, Vat, Address; then clients/form's other fields (the primary
    # contact person's, the business information's, the assigned user)
    head = [t("Company"), t("Vat"), t("Address"), t("Name"), t("Email"),
            t("Primary number"), t("Secondary number"), t("Zipcode"), t("City"),
            t("Company type"), t("Industry"), t("Assign user")]
    rows = []
    for i, c in enumerate(clients):
        p = contact[i]
        rows.append([c["company_name"], cell(c["vat"]), c["address"], p["name"], p["email"],
                     cell(p["primary_number"]), cell(p["secondary_number"]), c["zipcode"],
                     c["city"], c["company_type"], db["industries"][c["industry"]]["name"],
                     users[c["user"]]["name"]])
    files["clients"] = (head, rows)
    # leads: DynamicTable.vue's columns trans('title'), trans('deadline'), trans('days'),
    # trans('assigned'); then leads/create's other fields
    head = [t("title"), t("deadline"), t("days"), t("assigned"), t("Description"),
            t("Assign client"), t("O'clock"), t("Status")]
    files["leads"] = (head, [
        [r["title"], day(r["deadline"]), moment_from(r["created_at"]),
         users[r["assignee"]]["name"], r["description"], clients[r["client"]]["company_name"],
         clock(r["deadline"]), statuses[r["status"]]["title"]] for r in db["leads"]])
    # tasks/index, then tasks/create's description and project
    head = [t("Title"), t("Client"), t("Deadline"), t("Created at"), t("Assigned"),
            t("Status"), t("Description"), t("Assign project")]
    files["tasks"] = (head, [
        [r["title"], clients[r["client"]]["company_name"], day(r["deadline"]),
         day(r["created_at"]), users[r["assignee"]]["name"], statuses[r["status"]]["title"],
         r["description"],
         "" if r["project"] is None else db["projects"][r["project"]]["title"]]
        for r in db["tasks"]])
    # projects/index, then projects/create's description
    head = [t("Title"), t("Client"), t("Deadline"), t("Created at"), t("Assigned"),
            t("Status"), t("Description")]
    files["projects"] = (head, [
        [r["title"], clients[r["client"]]["company_name"], day(r["deadline"]),
         day(r["created_at"]), users[r["assignee"]]["name"], statuses[r["status"]]["title"],
         r["description"]] for r in db["projects"]])
    # users/index: Name, Mail, Work number; then users/form's address and secondary number
    head = [t("Name"), t("Mail"), t("Work number"), t("Address"), t("Secondary number")]
    files["users"] = (head, [
        [u["name"], u["email"], cell(u["primary_number"]), u["address"],
         cell(u["secondary_number"])] for u in users])

    out.mkdir(parents=True, exist_ok=True)
    for name, (header, body) in files.items():
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(body)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(COUNTRY))
    ap.add_argument("langdir", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    labels = json.loads((a.langdir / f"{a.lang}.json").read_text(encoding="utf-8"))
    build(generate(), labels, COUNTRY[a.lang], a.out)


if __name__ == "__main__":
    main()
