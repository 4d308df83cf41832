"""WP ERP's CRM CSV exports of contacts and companies, from its own CRM seeder's records.

Built for round V (session 48, keys324). Usage:

    python convert.py --lang en|es WPERP PR1362 OUT

WPERP: files of GitHub wp-erp/wp-erp at afecab3d889740a69032d92e8f71ce180840b884 under their
own paths; PR1362: the file i18n/languages/erp-es_ES.po of commit
371876e0468d9cde9e822c33f0b9d54f01a9c90d (refs/pull/1362/head of the same repository, the only
translation catalogue of the plugin in its repository) under its own path. Needs `php` (8.x).

Rules (nothing here is invented data):
- Rows: the records WP ERP's own CRM seeder (modules/crm/includes/CLI/Seed, the WP-CLI command
  `wp crm seed`) creates, run in its own order (contact groups, companies, contacts) with its
  default counts (8 groups, 15 companies, 50 contacts). Its code is run unchanged by PHP; only
  the WordPress and WP-CLI functions it calls are replaced by a small recorder (HARNESS below:
  erp_insert_people records the fields it is given and returns the next people id, $wpdb
  numbers its inserts, transients are kept in memory). The seeder draws with mt_rand and
  array_rand, so the PHP generator is seeded first (mt_srand(SEED)): the same rows every time.
- Files and columns: the CRM's "Export" of contacts and of companies
  (includes/functions.php: erp_process_csv_export with every field of
  erp_get_import_export_fields() ticked -- "Select all" in the export dialog --, people in
  erp_get_peoples' default order, id DESC; erp_make_csv_file heads each column
  ucwords(str_replace('_', ' ', field)) and writes it with PHP's fputcsv).
  English: those headers as the program writes them. Spanish: each header translated by the
  plugin's own es_ES catalogue (the same msgid, e.g. "Postal Code" -> "Código postal").
- Cells: the raw values the export writes ($item->{field}): country and state codes as
  stored (US, NY), phone numbers as the seeder formats them; a field the seeder does not set
  is an empty cell.
- CSV: as PHP's fputcsv writes it (comma, '"' around a field holding a space, comma, quote,
  backslash, tab or line break, LF line ends), UTF-8.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

SEED = 48
SEEDER = "modules/crm/includes/CLI/Seed"
STEPS = ["SeedContactGroups", "SeedCompanies", "SeedContacts"]

# erp_get_import_export_fields() (includes/functions.php), in its order
FILES = [
    ("contact", "contacts.csv", [
        "first_name", "last_name", "email", "phone", "mobile", "other", "website", "fax",
        "notes", "street_1", "street_2", "city", "state", "postal_code", "country", "currency",
    ]),
    ("company", "companies.csv", [
        "email", "company", "phone", "mobile", "other", "website", "fax", "notes", "street_1",
        "street_2", "city", "state", "postal_code", "country", "currency",
    ]),
]

# Stand-ins for the WordPress / WP-CLI calls the seeder makes (ours).
HARNESS = r"""<?php
namespace {
    const HOUR_IN_SECONDS = 3600;
    class WP_CLI_Command {}
    class WP_CLI {
        public static function add_command($n, $c) {}
        public static function success($m) { fwrite(STDERR, $m . "\n"); }
        public static function warning($m) { fwrite(STDERR, $m . "\n"); }
        public static function log($m) {}
        public static function error($m) { throw new \Exception($m); }
    }
    class Recorder {
        public static $people = [];
        public static $meta = [];
        public static $transients = [];
    }
    class FakeWpdb {
        public $prefix = 'wp_';
        public $insert_id = 0;
        private $ids = [];
        public function prepare($q, ...$a) { return $q; }
        public function get_var($q) { return null; }
        public function insert($table, $data, $format = null) {
            $this->ids[$table] = ($this->ids[$table] ?? 0) + 1;
            $this->insert_id = $this->ids[$table];
            return 1;
        }
    }
    $GLOBALS['wpdb'] = new FakeWpdb();
    function get_users($a) { return [1]; }
    function is_wp_error($x) { return false; }
    function wp_set_current_user($id) {}
    function add_filter($h, $f) {}
    function set_transient($k, $v, $t) { Recorder::$transients[$k] = $v; }
    function get_transient($k) { return Recorder::$transients[$k] ?? false; }
    function current_time($t) { return '2026-01-01 00:00:00'; }
    function wp_generate_password($n, $s) { return str_repeat('x', $n); }
    function erp_insert_people($data) {
        $id = count(Recorder::$people) + 1;
        Recorder::$people[] = ['id' => $id] + $data;
        return $id;
    }
    function erp_people_update_meta($id, $k, $v) { Recorder::$meta[$id][$k] = $v; }
}
namespace WP_CLI\Utils {
    class Bar { public function tick() {} public function finish() {} }
    function make_progress_bar($l, $c) { return new Bar(); }
}
namespace {
    $dir = $argv[1];
    foreach (['AbstractCrmSeeder', 'CrmDataProvider', 'SeedContactGroups', 'SeedCompanies',
              'SeedContacts'] as $f) {
        require $dir . '/' . $f . '.php';
    }
    mt_srand((int) $argv[2]);
    foreach (explode(',', $argv[3]) as $step) {
        $cls = 'WeDevs\\ERP\\CRM\\CLI\\Seed\\' . $step;
        (new $cls())([], []);
    }
    echo json_encode(['people' => Recorder::$people, 'meta' => Recorder::$meta]);
}
"""


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (multi-line strings joined)."""
    out = {}
    msgid = msgstr = None
    cur = None

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if msgid is not None and msgstr:
            out.setdefault(msgid, msgstr)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("msgid "):
                flush()
                msgid, msgstr, cur = unq(line[7:-1]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, cur = unq(line[8:-1]), "str"
            elif line.startswith('"') and cur:
                if cur == "id":
                    msgid += unq(line[1:-1])
                else:
                    msgstr += unq(line[1:-1])
            elif line.startswith("#") or not line.strip():
                cur = None
        flush()
    return out


def fputcsv(cells):
    """One line as PHP's fputcsv writes it (default delimiter, enclosure, escape)."""
    out = []
    for c in cells:
        c = "" if c is None else str(c)
        if any(ch in c for ch in ',"\\\n\r\t '):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out) + "\n"


def run_seeder(wperp):
    with tempfile.TemporaryDirectory() as tmp:
        h = os.path.join(tmp, "harness.php")
        with open(h, "w", encoding="utf-8") as fh:
            fh.write(HARNESS)
        res = subprocess.run(
            ["php", h, os.path.join(wperp, SEEDER), str(SEED), ",".join(STEPS)],
            check=True, capture_output=True, text=True)
    return json.loads(res.stdout)["people"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", "es"])
    ap.add_argument("wperp")
    ap.add_argument("pr1362")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {}
    if a.lang == "es":
        po = read_po(os.path.join(a.pr1362, "i18n", "languages", "erp-es_ES.po"))
    people = run_seeder(a.wperp)
    os.makedirs(a.out, exist_ok=True)
    for ptype, name, fields in FILES:
        rows = sorted((p for p in people if p.get("type") == ptype), key=lambda p: -p["id"])
        header = []
        for f in fields:
            label = f.replace("_", " ").title()
            header.append(po.get(label, label))
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(fputcsv(header))
            for p in rows:
                fh.write(fputcsv(p.get(f, "") for f in fields))
        print(name, len(rows))
    # the plugin has no LICENSE file: its licence statement is wp-erp.php's header
    with open(os.path.join(a.wperp, "wp-erp.php"), encoding="utf-8") as fh:
        head = fh.read().split("*/", 1)[0] + "*/\n"
    with open(os.path.join(a.out, "LICENSE"), "w", encoding="utf-8") as fh:
        fh.write(head)


if __name__ == "__main__":
    main()
