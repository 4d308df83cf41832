"""SuiteCRM's demo data (install/populateSeedData.php: accounts, contacts, leads, opportunities,
cases, bugs, notes, calls, meetings, tasks) written as SuiteCRM's list-view Export writes each
module (include/export_utils.php): one CSV per module, columns in export_utils' order.

    python convert.py SUITECRM_GIT_DIR COMMIT OUT_DIR

Needs PHP 8 (``php`` on the PATH). The seed script's first part (up to its email templates) runs
unchanged under PHP with SuiteCRM's beans replaced by recorders (HARNESS below); its random
draws come from PHP's mt_rand seeded as the script seeds it (93285903), so the values are what
that script draws, though a real install's draws differ (its beans also draw for their ids).
Ours: see SOURCE.md.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

NOW = "2024-10-31 08:06:51"   # the install's "now": the commit's date (stated in SOURCE.md)
ADMIN = "1"

LABELS = r"""<?php
// translateForExport (include/export_utils.php) for the fields asked: each module's vardefs
// (with its SugarObjects templates, as VardefManager::addTemplate merges them) and its
// language strings (templates' then the module's), app_strings last. Ours (SOURCE.md).
define('sugarEntry', true);
class SugarThemeRegistry { public static function current() { return new SugarThemeRegistry(); } public function getImage(...$a) { return ''; } }
class VardefManager {
    public static $templates = array();
    public static function createVardef($module, $object, $templates = array('default'), $object_name = false) {
        foreach (array_reverse($templates) as $t) { self::addTemplate($module, $object, $t, $object_name); }
        self::$templates[$module] = $templates;
    }
    public static function addTemplate($module, $object, $template, $object_name = false) {
        if ($template == 'default') { $template = 'basic'; }
        if (empty($object_name)) { $object_name = $object; }
        $_object_name = strtolower($object_name);
        $table_name = !empty($GLOBALS['dictionary'][$object]['table']) ? $GLOBALS['dictionary'][$object]['table'] : strtolower($module);
        $vardefs = null;
        foreach (array('templates', 'implements') as $kind) {
            $path = "include/SugarObjects/$kind/$template/vardefs.php";
            if (file_exists($path)) { require($path); break; }
        }
        if (!empty($vardefs)) {
            $GLOBALS['dictionary'][$object]['fields'] = array_merge($vardefs['fields'], $GLOBALS['dictionary'][$object]['fields'] ?? array());
        }
    }
}
global $dictionary, $app_strings, $app_list_strings;
require 'include/language/en_us.lang.php';
$ask = json_decode(file_get_contents('php://stdin'), true);
$out = array();
foreach ($ask as $module => $spec) {
    $dictionary = array();
    require "modules/$module/vardefs.php";
    $object = $spec['object'];
    $fields = $dictionary[$object]['fields'];
    $mod_strings = array();
    foreach (VardefManager::$templates[$module] ?? array() as $t) {
        $t = $t == 'default' ? 'basic' : $t;
        foreach (array('templates', 'implements') as $kind) {
            $lp = "include/SugarObjects/$kind/$t/language/en_us.lang.php";
            if (file_exists($lp)) { $object_name = $object; $module_name = $module; require $lp; }
        }
    }
    $tmpl_strings = $mod_strings;
    $mod_strings = array();
    require "modules/$module/language/en_us.lang.php";
    $mod_strings = array_merge($tmpl_strings, $mod_strings);
    foreach ($spec['fields'] as $f) {
        $U = strtoupper($f);
        $vname = $fields[$f]['vname'] ?? null;
        if (!empty($mod_strings['LBL_EXPORT_' . $U])) { $l = $mod_strings['LBL_EXPORT_' . $U]; }
        elseif (!empty($app_strings['LBL_EXPORT_' . $U])) { $l = $app_strings['LBL_EXPORT_' . $U]; }
        elseif ($vname && !empty($mod_strings[$vname])) { $l = $mod_strings[$vname]; }
        elseif ($vname && !empty($app_strings[$vname])) { $l = $app_strings[$vname]; }
        elseif (!empty($mod_strings['LBL_' . $U])) { $l = $mod_strings['LBL_' . $U]; }
        elseif (!empty($app_strings['LBL_' . $U])) { $l = $app_strings['LBL_' . $U]; }
        else { $l = $f; }
        $out[$module][$f] = array('label' => preg_replace("/([:]|\xEF\xBC\x9A)[\\s]*$/", '', trim($l)),
            'type' => $fields[$f]['type'] ?? null, 'options' => $fields[$f]['options'] ?? null,
            'in_vardefs' => isset($fields[$f]));
    }
}
echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE);
"""  # noqa: E501

HARNESS = r"""<?php
// Runs the first part of SuiteCRM's install/populateSeedData.php (accounts ... leads) with
// SuiteCRM's beans replaced by recorders, and prints every saved record as JSON. Ours (see
// SOURCE.md); run by convert.py inside a folder laid out as SuiteCRM's tree.
define('sugarEntry', true);
$GLOBALS['current_language'] = 'en_us';
$sugar_config = array();
$RECORDS = array();
$RELS = array();
$SEQ = 0;

function k14_id($module) {
    global $SEQ;
    $SEQ++;
    $h = md5("suitecrm-demo/$module/$SEQ");
    return substr($h, 0, 8) . '-' . substr($h, 8, 4) . '-' . substr($h, 12, 4) . '-' .
        substr($h, 16, 4) . '-' . substr($h, 20, 12);
}

class K14Emails {
    public $list = array();
    public function addAddress($addr, $primary = false, $replyTo = false, $invalid = false, $optOut = false) {
        $this->list[] = array('address' => $addr, 'primary' => (bool)$primary, 'opt_out' => (bool)$optOut);
    }
    public function getPrimaryAddress($bean) {
        global $sugar_demodata;
        if ($bean->module === 'Users') {
            foreach ($sugar_demodata['users'] as $u) {
                if ($u['id'] === $bean->id) { return $u['email']; }
            }
            return '';
        }
        foreach ($this->list as $e) { if ($e['primary']) { return $e['address']; } }
        return $this->list ? $this->list[0]['address'] : '';
    }
}

class K14Link {
    public $ids = array();
    public function add($bean) { $this->ids[] = $bean->id; }
}

#[AllowDynamicProperties]
class K14Bean {
    public $module;
    public $id;
    public $emailAddress;
    public function __construct($module) { $this->module = $module; $this->emailAddress = new K14Emails(); }
    public function save() {
        global $RECORDS;
        if (empty($this->id)) { $this->id = k14_id($this->module); }
        $RECORDS[$this->module][] = $this;
        return $this->id;
    }
    public function retrieve_user_id($name) { return $name === 'admin' ? '1' : 'seed_' . $name . '_id'; }
    public function retrieve($id) { $this->id = $id; return $this; }
    public function set_relationship($table, $row, $check = true) { global $RELS; $RELS[$table][] = $row; }
    public function set_accept_status($user, $status) {}
    public function load_relationship($name) { $this->$name = new K14Link(); return true; }
}

class BeanFactory {
    public static function newBean($module) { return new K14Bean($module); }
}
class DBManagerFactory { public static function getInstance() { return null; } }

#[AllowDynamicProperties]
class K14Date extends DateTime {
    public function __get($name) {
        if ($name === 'day') { return (int)$this->format('j'); }
        return null;
    }
    public function get_day_begin($day = null, $month = null, $year = null) {
        $d = clone $this;
        $d->setDate($year ?? (int)$d->format('Y'), $month ?? (int)$d->format('n'), $day ?? (int)$d->format('j'));
        $d->setTime(0, 0, 0);
        return $d;
    }
}
class TimeDate {
    public static $now;
    public static function getInstance() { static $t = null; return $t ?? ($t = new TimeDate()); }
    public function getNow($user = false) { return new K14Date(self::$now, new DateTimeZone('UTC')); }
    public function nowDb() { return (new K14Date(self::$now))->format('Y-m-d H:i:s'); }
    public function fromTimestamp($ts) { return new K14Date('@' . $ts); }
    public function asDbDate($d) { return $d->format('Y-m-d'); }
    public function asDbTime($d) { return $d->format('H:i:s'); }
}
TimeDate::$now = getenv('K14_NOW');
class SugarThemeRegistry { public static function current() { return new SugarThemeRegistry(); } public function getImage(...$a) { return ''; } }
function isValidEmailAddress($a) { return true; }
function return_app_list_strings_language($l) { global $app_list_strings; return $app_list_strings; }

require "install/k14_install_utils.php";   // the seed helpers, cut from install_utils.php
require "install/k14_populate.php";        // populateSeedData.php up to the email templates

$out = array('records' => array(), 'relationships' => $RELS);
foreach ($RECORDS as $module => $beans) {
    foreach ($beans as $b) {
        $row = array();
        foreach (get_object_vars($b) as $k => $v) {
            if ($k === 'emailAddress') { $row['_emails'] = $v->list; }
            elseif ($v instanceof K14Link) { $row['_link_' . $k] = $v->ids; }
            elseif (is_scalar($v) || $v === null) { $row[$k] = $v; }
        }
        $out['records'][$module][] = $row;
    }
}
$out['app_list_strings'] = $app_list_strings;
$out['users'] = $sugar_demodata['users'];
echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE);
"""  # noqa: E501


MODULES = {"Accounts": "Account", "Contacts": "Contact", "Leads": "Lead",
           "Opportunities": "Opportunity", "Cases": "Case", "Bugs": "Bug", "Notes": "Note",
           "Calls": "Call", "Meetings": "Meeting", "Tasks": "Task"}
NUMBERED = {"Cases": "case_number", "Bugs": "bug_number"}   # auto-increment, in save order


def _show(git: str, commit: str, path: str) -> str:
    return subprocess.check_output(["git", "--git-dir", git, "show", f"{commit}:{path}"]).decode()


def _orders(text: str) -> dict[str, list[str]]:
    """export_utils' get_field_order_mapping: per module, its fields in export order."""
    import re
    out = {}
    for m in re.finditer(r"\$field_order_array\['(\w+)'\]\s*=\s*array\((.*?)\);", text, re.S):
        out[m.group(1)] = re.findall(r"'(\w+)'\s*=>\s*'[^']*'", m.group(2))
    return out


def _php(box: Path, script: str, stdin: str = "") -> dict:
    (box / "k14.php").write_text(script)
    out = subprocess.run(["php", "-d", "memory_limit=1G", "k14.php"], cwd=box, check=True,
                         capture_output=True, text=True, input=stdin,
                         env={**os.environ, "K14_NOW": NOW}).stdout
    return json.loads(out)


def _run(git: str, commit: str) -> tuple[dict, dict, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp)
        paths = [f"modules/{m}" for m in MODULES] + ["include/SugarObjects", "include/language",
                                                     "install"]
        tar = subprocess.check_output(["git", "--git-dir", git, "archive", commit, *paths])
        subprocess.run(["tar", "-x", "-C", str(box)], input=tar, check=True)
        pop = (box / "install/populateSeedData.php").read_text()
        (box / "install/k14_populate.php").write_text(
            pop[:pop.index("///\n/// SEED DATA FOR EMAIL TEMPLATES")])
        utils = (box / "install/install_utils.php").read_text()
        (box / "install/k14_install_utils.php").write_text("<?php\n" + utils[
            utils.index("$seed = array("):
            utils.index("/**\n *   This method will look for a file modules_post_install")])
        (box / "install/UserDemoData.php").write_text(
            "<?php\nclass UserDemoData { public function __construct($u, $l) {}"
            " public function create_demo_data() {} }\n")
        (box / "install/TeamDemoData.php").write_text(
            "<?php\nclass TeamDemoData { public function __construct($t, $l) {} }\n")
        seed = _php(box, HARNESS)
        orders = _orders(_show(git, commit, "include/export_utils.php"))
        ask = {m: {"object": o, "fields": orders[m.lower()]} for m, o in MODULES.items()}
        fields = _php(box, LABELS, json.dumps(ask))
    return seed, orders, fields


def _display_dt(db: str) -> str:
    """A datetime as the export writes it for the default user (m/d/Y h:ia, UTC)."""
    dt = datetime.strptime(db, "%Y-%m-%d %H:%M:%S")
    return dt.strftime("%m/%d/%Y %I:%M") + " " + dt.strftime("%p").lower()


def _value(val: object, spec: dict, als: dict) -> object:
    """export(): enums by their label, dates and datetimes in the user's format, currency
    with the default symbol and two decimals; anything else as stored."""
    kind = spec.get("type")
    if kind in ("enum", "dynamicenum") and str(val) in als.get(spec.get("options") or "", {}):
        return als[spec["options"]][str(val)]
    if kind in ("datetime", "datetimecombo"):
        return _display_dt(str(val))
    if kind == "date":
        return datetime.strptime(str(val), "%Y-%m-%d").strftime("%m/%d/%Y")
    if kind == "currency":
        return f"${float(str(val)):,.2f}"
    return val


def main(git: str, commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seed, orders, fields = _run(git, commit)
    als = seed["app_list_strings"]
    users = {u["id"]: u["user_name"] for u in seed["users"]}
    users[ADMIN] = "admin"
    recs = seed["records"]
    names = {r["id"]: r["name"] for r in recs["Accounts"]}
    rel_account = {}
    for table, key in (("accounts_contacts", "contact_id"),
                       ("accounts_opportunities", "opportunity_id")):
        for row in seed["relationships"].get(table, []):
            rel_account[row[key]] = row["account_id"]
    for module in MODULES:
        order = [f for f in orders[module.lower()] if not f.startswith("team_")]
        rows = []
        for n, r in enumerate(recs[module], start=1):
            v = dict(r)
            v.update(date_entered=NOW, date_modified=NOW, created_by=ADMIN,
                     modified_user_id=ADMIN, deleted=0)
            if module in NUMBERED:
                v[NUMBERED[module]] = n
            if v.get("assigned_user_id") in users:       # the export joins users.user_name
                v["assigned_user_name"] = users[v["assigned_user_id"]]
            emails = r.get("_emails") or []
            if emails:
                v["email_address"] = next((e["address"] for e in emails if e["primary"]), "")
                v["email_addresses_non_primary"] = ";".join(
                    e["address"] for e in emails if not e["primary"])
            acc = v.get("account_id") or rel_account.get(r["id"])
            if acc and module in ("Contacts", "Opportunities", "Cases"):
                v["account_name"] = names[acc]
            if module == "Opportunities":                 # Opportunity::save()
                v["amount_usdollar"] = v["amount"]
                v["currency_id"] = "-99"
            if module in ("Calls", "Meetings") and v.get("date_start"):   # SugarBean save
                start = datetime.strptime(v["date_start"], "%Y-%m-%d %H:%M:%S")
                end = start + timedelta(hours=int(v.get("duration_hours") or 0),
                                        minutes=int(v.get("duration_minutes") or 0))
                v["date_end"] = end.strftime("%Y-%m-%d %H:%M:%S")
            rows.append({f: "" if v.get(f) in (None, "") else
                         _value(v[f], fields[module][f], als) for f in order})
        # a column empty in every row is left out (SOURCE.md)
        kept = [f for f in order if any(r[f] != "" for r in rows)]
        with (out / f"{module}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            w.writerow([fields[module][f]["label"] for f in kept])
            for r in rows:
                w.writerow([r[f] for f in kept])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
