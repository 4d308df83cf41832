"""SinergiaCRM's demo data (its installer's install/populateSeedData.php, SuiteCRM's seed script:
accounts, contacts, leads, opportunities, cases, bugs, notes, calls, meetings, tasks) written as
SinergiaCRM's list-view Export writes each module for a user working in Spanish (es_ES):
include/export_utils.php, headers by translateForExport from SinergiaCRM's es_ES language strings
(SuiteCRM's and SinergiaCRM's own extensions), dropdowns by their es_ES labels, dates, times and
amounts in SinergiaCRM's shipped defaults (config.php: d/m/Y, H:i, euro, '.' thousands and ','
decimals).

    python convert.py SINERGIACRM_GIT_DIR COMMIT OUT_DIR

Needs PHP 8 (``php`` on the PATH). Reuses the seed harness of ../suitecrm-demo/convert.py (the
same seed script, run unchanged under PHP with the beans replaced by recorders), asked in es_ES.
Ours: see SOURCE.md.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

_BASE = Path(__file__).resolve().parent.parent / "suitecrm-demo" / "convert.py"
_SPEC = importlib.util.spec_from_file_location("suitecrm_demo_convert", _BASE)
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

NOW = "2026-04-29 11:08:03"   # the install's "now": the commit's date in UTC (SOURCE.md)
ADMIN = base.ADMIN
LANG = "es_ES"
MODULES = base.MODULES
NUMBERED = base.NUMBERED

# the seed harness, asked in Spanish (populateSeedData loads include/language/es_ES.lang.php
# and, finding no demoData.es_ES.php, demoData.en_us.php); ids made under this export's name
HARNESS = (base.HARNESS
           .replace("$GLOBALS['current_language'] = 'en_us';",
                    f"$GLOBALS['current_language'] = '{LANG}'; $current_language = '{LANG}';")
           .replace('"suitecrm-demo/$module/$SEQ"', '"sinergiacrm-demo-es/$module/$SEQ"'))

# translateForExport in es_ES, with the extensions SuiteCRM merges after a module's own
# vardefs and strings (custom/Extension/modules/<module>/Ext/{Vardefs,Language}) and after
# the application's strings (custom/Extension/application/Ext/Language)
LABELS = (base.LABELS
          .replace("require 'include/language/en_us.lang.php';",
                   f"require 'include/language/{LANG}.lang.php';\n"
                   "foreach (glob('custom/Extension/application/Ext/Language/"
                   f"{LANG}.*.php') as $x) {{ require $x; }}")
          .replace('require "modules/$module/vardefs.php";',
                   'require "modules/$module/vardefs.php";\n'
                   '    foreach (glob("custom/Extension/modules/$module/Ext/Vardefs/*.php") as $x) '
                   '{ require $x; }')
          .replace('require "modules/$module/language/en_us.lang.php";',
                   f'require "modules/$module/language/{LANG}.lang.php";\n'
                   '    foreach (glob("custom/Extension/modules/$module/Ext/Language/'
                   f'{LANG}.*.php") as $x) {{ require $x; }}')
          .replace("language/en_us.lang.php\";", f"language/{LANG}.lang.php\";"))

# the dropdown labels the export shows: the application's es_ES lists with their extensions
LISTS = f"""<?php
define('sugarEntry', true);
class SugarThemeRegistry {{ public static function current() {{ return new SugarThemeRegistry(); }}
    public function getImage(...$a) {{ return ''; }} }}
global $app_strings, $app_list_strings;
require 'include/language/{LANG}.lang.php';
foreach (glob('custom/Extension/application/Ext/Language/{LANG}.*.php') as $x) {{ require $x; }}
echo json_encode($app_list_strings, JSON_UNESCAPED_UNICODE);
"""


def _run(git: str, commit: str) -> tuple[dict, dict, dict, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp)
        paths = ([f"modules/{m}" for m in MODULES]
                 + [f"custom/Extension/modules/{m}" for m in MODULES]
                 + ["custom/Extension/application", "include/SugarObjects", "include/language",
                    "install"])
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
        base.NOW = NOW
        seed = base._php(box, HARNESS)
        orders = base._orders(base._show(git, commit, "include/export_utils.php"))
        ask = {m: {"object": o, "fields": orders[m.lower()]} for m, o in MODULES.items()}
        fields = base._php(box, LABELS, json.dumps(ask))
        lists = base._php(box, LISTS)
    return seed, orders, fields, lists


def _number(x: float) -> str:
    """format_number with SinergiaCRM's separators: '.' thousands, ',' decimals."""
    return f"{x:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


def _value(val: object, spec: dict, als: dict) -> object:
    """export(): enums by their label, dates and datetimes in the user's format (d/m/Y H:i),
    currency with the default symbol (EUR) and the user's separators; anything else as
    stored."""
    kind = spec.get("type")
    if kind in ("enum", "dynamicenum") and str(val) in (als.get(spec.get("options") or "") or {}):
        return als[spec["options"]][str(val)]
    if kind in ("datetime", "datetimecombo"):
        return datetime.strptime(str(val), "%Y-%m-%d %H:%M:%S").strftime("%d/%m/%Y %H:%M")
    if kind == "date":
        return datetime.strptime(str(val), "%Y-%m-%d").strftime("%d/%m/%Y")
    if kind == "currency":
        return "€" + _number(float(str(val)))
    return val


def main(git: str, commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seed, orders, fields, lists = _run(git, commit)
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
                         _value(v[f], fields[module][f], lists) for f in order})
        # a column empty in every row is left out (SOURCE.md)
        kept = [f for f in order if any(r[f] != "" for r in rows)]
        with (out / f"{module}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            w.writerow([fields[module][f]["label"] for f in kept])
            for r in rows:
                w.writerow([r[f] for f in kept])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
