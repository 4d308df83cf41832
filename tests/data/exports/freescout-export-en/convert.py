"""FreeScout's seeded records written as its screens list them, headed in one language.

    python convert.py SRC OUT_DIR --lang en|de|fr|ru

SRC holds FreeScout's resources/lang/<lang>.json (the UI strings; English needs none: the
source strings are the English labels). FreeScout's repository holds no fixed record: its
seeder (database/seeds/DatabaseSeeder.php) draws every value from Faker through the model
factories in database/factories/. This runs that seeder's sequence of factory calls (and only
that: the same calls, in the same order, each factory's draws in its own order) with PHP's
Faker (Debian's php-faker, loaded from /usr/share/php/Faker/autoload.php) seeded with 2026,
the clock stopped at the pinned commit's time, so the same rows come out every time; see
SOURCE.md. Nothing is written by hand: every value is a Faker draw, a column's default from
the migrations, or what FreeScout computes (conversation numbers, full names).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

SEED = 2026
NOW = "2026-08-15 09:35:45"  # commit ab277253's time in UTC: created_at/updated_at

# DatabaseSeeder::run() with the factories' definitions inlined, draw for draw.
PHP = r"""<?php
require '/usr/share/php/Faker/autoload.php';
$faker = Faker\Factory::create('en_US');
$faker->seed(%(seed)d);
$out = ['users' => [], 'mailboxes' => [], 'customers' => [], 'conversations' => []];
function user_factory($faker, &$out) {
    // database/factories/UserFactory.php
    $u = [
        'first_name' => $faker->firstName,
        'last_name'  => $faker->lastName,
        'email'      => $faker->unique()->safeEmail,
        'job_title'  => $faker->jobTitle,
        'phone'      => $faker->phoneNumber,
    ];
    $u['id'] = count($out['users']) + 1;
    $out['users'][] = $u;
    return $u;
}
// factory(App\User::class, 3)->create();
for ($i = 0; $i < 3; $i++) { user_factory($faker, $out); }
// factory(App\Mailbox::class, 3)->create(): the three are made (drawn) before ->each()
$mailboxes = [];
for ($i = 0; $i < 3; $i++) {
    $name = $faker->company;
    $email = $faker->unique()->companyEmail;
    $domain = explode('@', $email)[1];
    $m = ['id' => $i + 1, 'name' => $name, 'email' => $email,
          'aliases' => 'support@'.$domain.',help@'.$domain.', contact@'.$domain];
    $mailboxes[] = $m;
    $out['mailboxes'][] = $m;
}
$number = 0;
foreach ($mailboxes as $m) {
    $user = user_factory($faker, $out);
    for ($i = 0; $i < 7; $i++) {
        // database/factories/CustomerFactory.php
        $c = [
            'first_name' => $faker->firstName,
            'last_name'  => $faker->lastName,
            'job_title'  => $faker->jobTitle,
            'phone'      => $faker->phoneNumber,   // phones: [{value, type: work}]
        ];
        $c['id'] = count($out['customers']) + 1;
        // database/factories/EmailFactory.php
        $c['email'] = $faker->unique()->safeEmail;
        $out['customers'][] = $c;
        // the seeder's argument, evaluated before the factory runs
        $status = array_rand([1 => 1, 2 => 1]);   // STATUS_ACTIVE / STATUS_PENDING
        // database/factories/ConversationFactory.php (customer_email drawn, then overridden)
        $faker->unique()->safeEmail;
        $type = $faker->randomElement([1, 2]);   // TYPE_EMAIL / TYPE_PHONE
        $subject = $faker->sentence(7);
        $faker->unique()->safeEmail;              // cc
        $faker->unique()->safeEmail;              // bcc
        $faker->text(255);                        // preview
        $number++;                                // Conversation::max('number') + 1
        $out['conversations'][] = [
            'number' => $number, 'subject' => $subject, 'type' => $type, 'status' => $status,
            'customer_id' => $c['id'], 'customer_email' => $c['email'],
            'mailbox_id' => $m['id'], 'user_id' => $user['id'],
        ];
        // database/factories/ThreadFactory.php (body, cc, bcc)
        $faker->text(500);
        $faker->unique()->safeEmail;
        $faker->unique()->safeEmail;
    }
}
echo json_encode($out);
"""

# Each file's columns: (the UI string FreeScout labels it with, the record's value)
STATUS = {1: "Active", 2: "Pending", 3: "Closed", 4: "Spam"}  # Conversation::statusCodeToName
TYPE = {1: "Email", 2: "Phone", 3: "Chat"}                     # Conversation::typeToName
ROLE = {1: "User", 2: "Administrator"}                          # users' list / profile


def generate() -> dict:
    php = subprocess.run(["php", "-d", "error_reporting=E_ALL & ~E_DEPRECATED", "-r",
                          (PHP % {"seed": SEED}).removeprefix("<?php\n")],
                         capture_output=True, text=True, check=True)
    return json.loads(php.stdout)


def build(data: dict, tr) -> dict[str, tuple[list[str], list[list[str]]]]:
    users = {u["id"]: u for u in data["users"]}
    customers = {c["id"]: c for c in data["customers"]}
    mailboxes = {m["id"]: m for m in data["mailboxes"]}

    def full(p: dict) -> str:  # getFullName(): first and last name
        return f"{p['first_name']} {p['last_name']}".strip()

    files = {}
    # customers: the profile form's fields in its order (customers/partials/edit_form)
    cols = ["ID", "First Name", "Last Name", "Email", "Phone", "Company", "Job Title",
            "Website", "Social Profiles", "Age", "Gender", "Country", "State", "City",
            "Address", "ZIP", "Notes", "Created At"]
    rows = [[str(c["id"]), c["first_name"], c["last_name"], c["email"], c["phone"], "",
             c["job_title"], "", "", "", "", "", "", "", "", "", "", NOW]
            for c in data["customers"]]
    files["customers"] = ([tr(x) for x in cols], rows)
    # conversations: the list's columns (conversations_table) and the ticket's own fields
    cols = ["Number", "Subject", "Customer", "Email", "Mailbox", "Type", "Status",
            "Assigned To", "Created At"]
    rows = [[str(v["number"]), v["subject"], full(customers[v["customer_id"]]),
             v["customer_email"], mailboxes[v["mailbox_id"]]["name"], tr(TYPE[v["type"]]),
             tr(STATUS[v["status"]]), full(users[v["user_id"]]), NOW]
            for v in data["conversations"]]
    files["conversations"] = ([tr(x) for x in cols], rows)
    # users: the profile form (users/profile); role 1 and timezone UTC are the defaults
    cols = ["ID", "First Name", "Last Name", "Email", "Job Title", "Phone Number", "Role",
            "Timezone", "Created At"]
    rows = [[str(u["id"]), u["first_name"], u["last_name"], u["email"], u["job_title"],
             u["phone"], tr(ROLE[1]), "UTC", NOW] for u in data["users"]]
    files["users"] = ([tr(x) for x in cols], rows)
    # mailboxes: the mailbox settings form (mailboxes/update)
    cols = ["ID", "Mailbox Name", "Email Address", "Aliases", "Created At"]
    rows = [[str(m["id"]), m["name"], m["email"], m["aliases"], NOW]
            for m in data["mailboxes"]]
    files["mailboxes"] = ([tr(x) for x in cols], rows)
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    strings = {}
    if a.lang != "en":
        strings = json.loads((Path(a.src) / f"{a.lang}.json").read_text(encoding="utf-8"))

    def tr(s: str) -> str:  # Laravel's __(): the JSON entry, else the string itself
        return strings.get(s) or s

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in build(generate(), tr).items():
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
        print(f"{name}.csv: {len(rows)} rows x {len(header)} columns", file=sys.stderr)


if __name__ == "__main__":
    main()
