"""vtiger CRM's demo data as vtiger CRM 7.1.0's own list view Export (Export > All Data) writes
it, in English (en_us) or, with LANG, in another of 7.1.0's languages. Ours; the data it reads
is not committed.

    python convert.py SRC OUT_DIR [LANG]

LANG (optional; keys247): a language pack's folder name (ru_ru, ar_ae, de_de...): the labels
and file names are then read from SRC/lang/LANG/<module>.php, a label the pack lacks from en_us
(vtiger's default language), as vtranslate() does; without it the output is the English export,
byte for byte as before.

SRC holds (SOURCE.md says from where): vtiger.sql (a fresh vtiger 7.1.0 install's MySQL dump:
its vtiger_field rows give each module's fields, their order, labels and types; its picklist
tables the values the demo data draws from; its vtiger_users row the admin's name and date
format), contactSeedData.php (vtiger 5.4.0's demo names, companies, streets and cities) and
lang/<Vtiger|Accounts|Contacts|Leads|Potentials>.php (7.1.0's en_us language files).

The rows are vtiger 5.4.0's install/PopulateSeedData.php (the last vtiger with the installer's
"populate demo data" option) for its accounts with one opportunity each, its 10 contacts and its
10 leads, field for field as that script sets them (its `account_type`, not a field name of
vtiger, stays unset, as it does there); PHP's rand()/array_rand() draws are replaced by Python's
random.Random(54) in the script's order, so the phone numbers, streets, cities, zip codes and
picklist values are the script's pools, not its exact draws. Every record is owned and last
modified by the admin ("Administrator"), created and modified at 2018-01-04 10:17:31 (the
7.1.0 release commit), its Source "CRM", its numbers from vtiger_modentity_num (ACC1, CON1,
LEA1, POT1...).

The export (modules/Vtiger/actions/ExportData.php at 7.1.0):
- columns: the module's fields ordered by `sequence` (ties by field id), grouped by block in
  the order the blocks first appear; only presence 0 or 2, displaytype not 6;
- header: each label through vtranslate(label, module) (the module's language file, else
  Vtiger.php, else the label), joined by '", "' (quote, comma, SPACE, quote), '\\r\\n';
- rows: every value quoted, '"' doubled, joined by '","', '\\r\\n'; a reference written
  `<Module>::::<record name>`, an owner by the user's name, a date and a date-time in the
  admin's format (dd-mm-yyyy), a checkbox 0/1, a currency as stored (8 decimals);
- the file named vtranslate(module, module) with spaces as "_": Organizations.csv,
  Contacts.csv, Leads.csv, Opportunities.csv.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

MODULES = {"Accounts": 6, "Contacts": 4, "Leads": 7, "Potentials": 2}
WHEN = "04-01-2018 10:17:31"
OWNER = "Administrator"


def sql_rows(sql: str, table: str) -> list[list[str | None]]:
    out: list[list[str | None]] = []
    for m in re.finditer(rf"INSERT INTO `{table}` VALUES (.*?);\n", sql):
        s, i = m.group(1), 0
        while i < len(s):
            if s[i] != "(":
                i += 1
                continue
            i += 1
            vals: list[str | None] = []
            cur, quoted, was_quoted = "", False, False
            while True:
                c = s[i]
                if quoted:
                    if c == "\\":
                        cur += s[i + 1]
                        i += 2
                        continue
                    if c == "'":
                        quoted = False
                    else:
                        cur += c
                    i += 1
                    continue
                if c == "'":
                    quoted = was_quoted = True
                elif c in ",)":
                    vals.append(None if (cur == "NULL" and not was_quoted) else cur)
                    cur, was_quoted = "", False
                    if c == ")":
                        i += 1
                        break
                else:
                    cur += c
                i += 1
            out.append(vals)
    return out


def fields(sql: str) -> dict[str, list[dict[str, str]]]:
    rows = sql_rows(sql, "vtiger_field")
    res = {}
    for module, tab in MODULES.items():
        fs = sorted((r for r in rows if int(r[0]) == tab),
                    key=lambda r: (int(r[12] or 0), int(r[1])))
        blocks: dict[str, list] = {}
        for r in fs:
            blocks.setdefault(r[13] or "", []).append(r)
        res[module] = [dict(name=r[6], column=r[2], uitype=r[5], label=r[7])
                       for b, rs in blocks.items() if b not in ("", "0") for r in rs
                       if r[9] in ("0", "2") and r[14] != "6"]
    return res


def php_array(text: str, name: str) -> list[str]:
    body = re.search(rf"\${name}\s*=\s*Array\((.*?)\);", text, re.S).group(1)
    return re.findall(r'"([^"]*)"', body)


# A language file that PHP 8 will not include (vtiger 7.1.0's de_de and ar_ae Vtiger.php add two
# strings, which PHP 5/7 evaluated to 0 with a warning) is read token by token: each
# 'key' => 'value' of its $languageStrings ('a' . 'b' joined), a value followed by "+" taken as
# PHP 7 took it (0).
READ = r"""function rd($f){ try { $languageStrings=[]; include $f; return $languageStrings; }
 catch (\Throwable $e) { return tk($f); } }
function tk($f){ $t=[]; foreach(token_get_all(file_get_contents($f)) as $x){
  if(is_array($x)&&in_array($x[0],[T_WHITESPACE,T_COMMENT,T_DOC_COMMENT])) continue; $t[]=$x; }
 $o=[]; $on=false; $d=0; $s=fn($x)=>is_array($x)&&$x[0]==T_CONSTANT_ENCAPSED_STRING;
 for($i=0;$i<count($t);$i++){ $x=$t[$i];
  if(!$on){ $on=is_array($x)&&$x[0]==T_VARIABLE&&$x[1]=='$languageStrings'; continue; }
  if($x==='('||$x==='[') $d++;
  elseif($x===')'||$x===']'){ if(--$d==0) break; }
  elseif($d==1&&$s($x)&&is_array($t[$i+1])&&$t[$i+1][0]==T_DOUBLE_ARROW&&$s($t[$i+2])){
   $v=eval('return '.$t[$i+2][1].';'); $j=$i+3;
   while($t[$j]==='.'&&$s($t[$j+1])){ $v.=eval('return '.$t[$j+1][1].';'); $j+=2; }
   $o[eval('return '.$x[1].';')]=($t[$j]==='+')?0:$v; $i=$j-1; } }
 return $o; }"""


def labels(src: Path, lang: str = "") -> dict[str, dict[str, str]]:
    """The language files' $languageStrings: SRC/lang/<module>.php (en_us), or with lang
    SRC/lang/<lang>/<module>.php."""
    where = f"{src}/lang/{lang}/" if lang else f"{src}/lang/"
    code = (READ + ' $o=[]; foreach(["Vtiger","Accounts","Contacts","Leads","Potentials"] as $m)'
            f'{{ $o[$m]=rd("{where}$m.php"); }}'
            ' echo json_encode($o);')
    return json.loads(subprocess.run(["php", "-r", code], check=True, capture_output=True,
                                     text=True).stdout)


def seed(src: Path, sql: str) -> dict[str, list[dict[str, str]]]:
    text = (src / "contactSeedData.php").read_text(encoding="latin-1")
    first, last = php_array(text, "first_name_array"), php_array(text, "last_name_array")
    companies = php_array(text, "company_name_array")
    streets, cities = php_array(text, "street_address_array"), php_array(text, "city_array")
    pick = {t: [r[1] for r in sql_rows(sql, "vtiger_" + t)]
            for t in ("leadsource", "leadstatus", "industry", "rating", "opportunity_type")}
    rng = random.Random(54)

    def phone() -> str:
        d = [str(rng.randint(0, 9)) for _ in range(10)]
        return "({}) {}-{}".format("".join(d[:3]), "".join(d[3:6]), "".join(d[6:]))

    def date() -> str:                  # "2006-<rand(1,9)>-<rand(1,28)>", shown dd-mm-yyyy
        month = rng.randint(1, 9)
        return f"{rng.randint(1, 28):02d}-{month:02d}-2006"

    def site(name: str) -> str:
        return "www." + re.sub(r"[ .&/]", "", name.lower()) + ".com"

    def cap(s: str) -> str:
        s = s.lower()
        return s[:1].upper() + s[1:]

    titles = ["President", "VP Operations", "VP Sales", "Director Operations",
              "Director Sales", "Mgr Operations", "IT Developer", ""]
    stages = ["Closed Won", "Needs Analysis", "Value Proposition", "Qualification",
              "Prospecting", "Id. Decision Makers"]
    accounts, potentials, contacts, leads = [], [], [], []
    for i, name in enumerate(companies):
        a = {"accountname": name, "account_no": f"ACC{i + 1}", "phone": phone(),
             "website": site(name), "bill_street": rng.choice(streets),
             "bill_city": rng.choice(cities), "bill_state": "CA",
             "bill_code": str(rng.randint(10000, 99999)), "bill_country": "USA"}
        for part in ("street", "city", "state", "code", "country"):
            a["ship_" + part] = a["bill_" + part]
        a["industry"] = rng.choice(pick["industry"])
        accounts.append(a)
        potentials.append({
            "potentialname": name + " - 1000 units", "potential_no": f"POT{i + 1}",
            "closingdate": date(), "leadsource": rng.choice(pick["leadsource"]),
            "sales_stage": rng.choice(stages),
            "opportunity_type": rng.choice(pick["opportunity_type"]),
            "amount": rng.choice(["10000", "25000", "50000", "75000"]) + ".00000000",
            "related_to": "Accounts::::" + name})
    for i in range(10):
        fn, ln = cap(first[i]), cap(last[i])
        contacts.append({
            "firstname": fn, "lastname": ln, "contact_no": f"CON{i + 1}",
            "email": f"{fn.lower()}_{ln.lower()}@company.com", "phone": phone(),
            "homephone": phone(), "mobile": phone(), "mailingstreet": rng.choice(streets),
            "mailingcity": rng.choice(cities), "mailingstate": "CA", "mailingzip": "99999",
            "mailingcountry": "USA", "leadsource": rng.choice(pick["leadsource"]),
            "title": rng.choice(titles),
            "account_id": "Accounts::::" + rng.choice(companies)})
    for i in range(10):
        fn, ln = cap(first[i]), cap(last[i])
        leads.append({
            "firstname": fn, "lastname": ln, "lead_no": f"LEA{i + 1}",
            "company": cap(companies[i if i < 5 else i - 5]),
            "email": f"{fn.lower()}_{ln.lower()}@company.com",
            "website": site(cap(companies[i])), "phone": phone(), "mobile": phone(),
            "lane": rng.choice(streets), "city": rng.choice(cities), "state": "CA",
            "code": "99999", "country": "USA", "leadsource": rng.choice(pick["leadsource"]),
            "leadstatus": rng.choice(pick["leadstatus"]), "rating": rng.choice(pick["rating"]),
            "designation": rng.choice(titles)})
    return {"Accounts": accounts, "Contacts": contacts, "Leads": leads,
            "Potentials": potentials}


def main(src: str, out: str, lang: str = "") -> None:
    srcp, outp = Path(src).resolve(), Path(out)
    sql = (srcp / "vtiger.sql").read_text(encoding="utf-8")
    fl, lab, data = fields(sql), labels(srcp), seed(srcp, sql)
    own = labels(srcp, lang) if lang else lab
    outp.mkdir(parents=True, exist_ok=True)
    for module, records in data.items():
        def tr(s: str, module: str = module) -> str:
            # vtranslate: the user's language (module, then Vtiger), else the default
            # language en_us (module, then Vtiger), else the label itself
            for d in (own, lab):
                if s in d[module]:
                    return d[module][s]
                if s in d["Vtiger"]:
                    return d["Vtiger"][s]
            return s
        cols = fl[module]
        lines = ['"' + '", "'.join(tr(f["label"]) for f in cols) + '"\r\n']
        for rec in records:
            row = []
            for f in cols:
                v = rec.get(f["name"], "")
                if f["uitype"] in ("53", "52"):
                    v = OWNER
                elif f["name"] in ("createdtime", "modifiedtime"):
                    v = WHEN
                elif f["name"] == "source":
                    v = "CRM"
                elif f["uitype"] == "56":
                    v = "0"
                row.append(v.replace('"', '""'))
            lines.append('"' + '","'.join(row) + '"\r\n')
        name = tr(module).replace(" ", "_").replace(",", "_") + ".csv"
        (outp / name).write_bytes("".join(lines).encode("utf-8"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
