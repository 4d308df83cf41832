"""Zurmo's demo data as Zurmo 2.2.5's own list view Export writes it, with the column labels of
one of its languages (de, fr, es...). Ours; the data it reads is not committed. Builds
../zurmo-export-de, ../zurmo-export-fr and ../zurmo-export-es.

    python convert.py SRC LANG OUT_DIR

SRC is Zurmo's `app/protected` at 2.2.5 (SOURCE.md says from where); the script reads its demo
data pools (modules/accounts/data/AccountRandomData.php, modules/zurmo/data/PersonRandomData.php
and AddressRandomData.php, modules/opportunities/data/OpportunityRandomData.php) and its
translation catalogs (core/messages/<LANG>/*.php and modules/*/messages/<LANG>/*.php) with php.

The rows are Zurmo's demo data makers (`*DemoDataMaker.php`, load magnitude 10, as the installer's
"load demo data" runs them), field for field, in their order: 10 accounts (AccountsDemoDataMaker),
20 contacts (ContactsDemoDataMaker), 20 leads (LeadsDemoDataMaker: contacts in a state before
"Qualified"), 20 opportunities (OpportunitiesDemoDataMaker). PHP's mt_rand()/array_rand() draws
are made by Python's random.Random(245) in the makers' order (the users' own draws are not made:
they are not exported), so every value is from Zurmo's pools, not its exact draws:
- owners: the demo users admin, jim, john, sally, mary, katie, jill, sam (UsersDemoDataMaker's
  range; an account's owner at random, a contact's its account's, a lead's at random, an
  opportunity's its contact's); created and modified by "super" (the installer's user), at
  2013-10-03 09:08:15 (the 2.2.5 commit, UTC as Zurmo stores it);
- an account: a name from AccountRandomData, website `http://www.` + the domain of the
  model's name BEFORE it is set (Zurmo's makeDomainByName(strval($model)): "(Unnamed)", so
  every account's website is http://www.Unnamed.com, as in Zurmo's own accounts.csv), type
  (Prospect, Customer, Vendor) and industry from the default lists, office phone and fax
  `ddd-ddd-dddd` (mt_rand(200,899)-mt_rand(200,899)-mt_rand(1000,9999)), primary email
  `info@<name's letters and digits, at most 15>.com`, billing address `<1000..40000>
  <direction> <street> <suffix>` with city, state and postal code (no country), employees
  mt_rand(1,95)*10, annual revenue mt_rand(1,780)*1000000;
- a contact (PersonDemoDataMaker, then ContactsDemoDataMaker): an account at random, a state
  from Qualified or Customer, job title and department, last name, a female or male first
  name and salutation, office, fax and mobile phones, primary address, primary email
  `<First>.<Last>@<account's domain>`, website `http://www.<account's domain>`, source and
  industry from the default lists;
- a lead: the same without an account, a state from New, In Progress, Recycled, Dead, domain
  "company.com" (its company name is set after: LeadsDemoDataMaker), company name from
  AccountRandomData;
- an opportunity: a contact at random (contacts 1..20), its account and owner, a currency at
  random (USD, the base, and the demo's EUR, CAD, JPY), a name from OpportunityRandomData, a
  stage and a source, close date the load day plus mt_rand(1,200) days (Y-m-d), amount
  mt_rand(5,350)*1000, probability from the stage (OpportunitiesModule's
  stageToProbabilityMapping).
Dropdown values and contact states are stored in English (the installer's default data) and
exported as stored; only the labels are in LANG.

The export (modules/zurmo/components/ZurmoModuleController::export(),
modules/export/adapters/ModelToExportAdapter.php and its attribute adapters,
modules/export/utils/ExportItemToCsvFileUtil.php):
- columns: "Id", then each attribute of the model in metadata order (per class from Item down:
  its members, then its relations), kept when it has an export adapter and is no relation or a
  HAS_ONE one, or is a non-owned HAS_ONE relation: an address gives six columns
  "<label> - City/Country/Postal Code/Street 1/Street 2/State", an email three "<label> - Email
  Address/Is Invalid/Opt Out", a currency value two "<label>", "<label> Currency", a non-owned
  relation (the account) "<label> - Name" when the FIRST exported record has one, else
  "<label>" (so leads.csv's column is "Account");
- labels: the model's translatedAttributeLabels(LANG) (Item, OwnedSecurableItem, Person,
  Contact, Account, Opportunity), the adapters' own strings; each Zurmo::t(category, message)
  is looked up in the category's own catalog (modules/<module>/messages/LANG/Default.php,
  core/messages for "Core"), else in the language's merged catalog (messages/LANG/Default.php
  = MessageUtil::getMessages(LANG): core, then every module's, later ones winning), else the
  message; "AccountsModuleSingularLabel" replaced by the module's translated "Account"; the Id
  label title-cased (mb_convert_case);
- values: a user by username, a dropdown and a state by value/name, an email's flags as PHP
  booleans (false is written empty), dates and date-times as stored (Y-m-d, Y-m-d H:i:s);
- each line by PHP's fputcsv (',' and '"', a field quoted when it holds a comma, quote,
  space, tab or line break, '\\n'), the header line with every '"' then removed; rows in id
  order; the file named after the module: accounts.csv, contacts.csv, leads.csv,
  opportunities.csv. Two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

NOW = datetime(2013, 10, 3, 9, 8, 15)
USERS = ["admin", "jim", "john", "sally", "mary", "katie", "jill", "sam"]
INDUSTRIES = ["Automotive", "Banking", "Business Services", "Energy", "Financial Services",
              "Insurance", "Manufacturing", "Retail", "Technology"]
ACCOUNT_TYPES = ["Prospect", "Customer", "Vendor"]
LEAD_SOURCES = ["Self-Generated", "Inbound Call", "Tradeshow", "Word of Mouth"]
STAGES = {"Prospecting": 10, "Qualification": 25, "Negotiating": 50, "Verbal": 75,
          "Closed Won": 100, "Closed Lost": 0}
CURRENCIES = ["USD", "EUR", "CAD", "JPY"]
STATES = ["New", "In Progress", "Recycled", "Dead", "Qualified", "Customer"]
CATEGORY_DIRS = {"Core": "core", "ZurmoModule": "modules/zurmo",
                 "AccountsModule": "modules/accounts", "ContactsModule": "modules/contacts",
                 "OpportunitiesModule": "modules/opportunities", "ExportModule": "modules/export"}


def php_json(code: str) -> object:
    return json.loads(subprocess.run(["php", "-r", code], check=True, capture_output=True,
                                     text=True).stdout)


def catalogs(src: Path, lang: str) -> dict[str, dict[str, str]]:
    """Each category's own catalog and the merged one ("*")."""
    cats = {c: f"{src}/{d}/messages/{lang}/Default.php" for c, d in CATEGORY_DIRS.items()}
    code = ('$o=[]; foreach(json_decode($argv[1], true) as $c=>$f) '
            '{ $o[$c] = file_exists($f) ? (include $f) : []; } '
            f'$m=[]; $dirs=array_merge(["{src}/core"], glob("{src}/modules/*", GLOB_ONLYDIR)); '
            f'foreach($dirs as $d) {{ foreach(glob("$d/messages/{lang}/*.php") as $f) '
            '{ $m = array_merge($m, include $f); } } $o["*"] = $m; echo json_encode($o);')
    out = subprocess.run(["php", "-r", code, "--", json.dumps(cats)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def random_data(src: Path) -> dict[str, dict]:
    files = {"Account": "modules/accounts/data/AccountRandomData.php",
             "Person": "modules/zurmo/data/PersonRandomData.php",
             "Address": "modules/zurmo/data/AddressRandomData.php",
             "Opportunity": "modules/opportunities/data/OpportunityRandomData.php"}
    code = "$o=[]; " + " ".join(f'$o["{k}"] = include "{src}/{v}";' for k, v in files.items())
    return php_json(code + " echo json_encode($o);")


def domain(name: str) -> str:
    return re.sub(r"[^a-zA-Z0-9]", "", name)[:15] + ".com"


def demo(src: Path) -> dict[str, list[dict]]:
    rd = random_data(src)
    rng = random.Random(245)

    def pick(values: list):
        return values[rng.randrange(len(values))]

    def phone() -> str:
        return f"{rng.randint(200, 899)}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"

    def address() -> dict:
        a = rd["Address"]
        street, direction, suffix = pick(a["streetNames"]), pick(a["directions"]), \
            pick(a["streetSuffixes"])
        city = pick(a["cityStatePostalCode"])
        number = rng.randint(1000, 40000)
        return {"city": city[0], "country": None, "postalCode": pick(city[2]),
                "street1": f"{number} {direction} {street} {suffix}", "street2": None,
                "state": city[1]}

    def person(rec: dict, domain_name: str) -> None:
        p = rd["Person"]
        job = pick(p["jobTitlesAndDepartments"])
        last = pick(p["lastNames"])
        if rng.randint(0, 1) == 1:
            rec["firstName"], rec["title"] = pick(p["femaleFirstNames"]), pick(p["femaleTitles"])
        else:
            rec["firstName"], rec["title"] = pick(p["maleFirstNames"]), pick(p["maleTitles"])
        rec["lastName"], rec["jobTitle"], rec["department"] = last, job[0], job[1]
        rec["officePhone"], rec["officeFax"], rec["mobilePhone"] = phone(), phone(), phone()
        rec["primaryEmail"] = {"emailAddress": f"{rec['firstName']}.{last}@{domain_name}",
                               "isInvalid": False, "optOut": False}
        rec["primaryAddress"] = address()
        rec["website"] = "http://www." + domain_name
        rec["source"], rec["industry"] = pick(LEAD_SOURCES), pick(INDUSTRIES)

    accounts = []
    for i in range(10):
        owner = pick(USERS)
        name = pick(rd["Account"]["names"])
        rec = {"id": i + 1, "owner": owner, "name": name,
               "website": "http://www." + domain("(Unnamed)"),
               "type": pick(ACCOUNT_TYPES), "industry": pick(INDUSTRIES),
               "officePhone": phone(), "officeFax": phone(),
               "primaryEmail": {"emailAddress": "info@" + domain(name), "isInvalid": False,
                                "optOut": False}}
        rec["billingAddress"] = address()
        rec["employees"] = rng.randint(1, 95) * 10
        rec["annualRevenue"] = rng.randint(1, 780) * 1000000
        accounts.append(rec)
    contacts = []
    for i in range(20):
        acc = pick(accounts)
        rec = {"id": i + 1, "account": acc["name"], "state": pick(STATES[4:]),
               "owner": acc["owner"]}
        person(rec, domain(acc["name"]))
        contacts.append(rec)
    leads = []
    for i in range(20):
        rec = {"id": 21 + i, "owner": pick(USERS), "state": pick(STATES[:4]), "account": None}
        person(rec, "company.com")
        rec["companyName"] = pick(rd["Account"]["names"])
        leads.append(rec)
    opportunities = []
    for i in range(20):
        con = pick(contacts)
        rec = {"id": i + 1, "account": con["account"], "owner": con["owner"],
               "currency": pick(CURRENCIES), "name": pick(rd["Opportunity"]["names"])}
        rec["stage"], rec["source"] = pick(list(STAGES)), pick(LEAD_SOURCES)
        rec["closeDate"] = (NOW + timedelta(days=rng.randint(1, 200))).strftime("%Y-%m-%d")
        rec["amount"] = rng.randint(5, 350) * 1000
        rec["probability"] = STAGES[rec["stage"]]
        opportunities.append(rec)
    return {"accounts": accounts, "contacts": contacts, "leads": leads,
            "opportunities": opportunities}


ITEM = [("createdDateTime", "text", "ZurmoModule", "Created Date Time"),
        ("modifiedDateTime", "text", "ZurmoModule", "Modified Date Time"),
        ("createdByUser", "user", "ZurmoModule", "Created By User"),
        ("modifiedByUser", "user", "ZurmoModule", "Modified By User"),
        ("owner", "user", "ZurmoModule", "Owner")]
PERSON = [("department", "text", "ZurmoModule", "Department"),
          ("firstName", "text", "ZurmoModule", "First Name"),
          ("jobTitle", "text", "ZurmoModule", "Job Title"),
          ("lastName", "text", "ZurmoModule", "Last Name"),
          ("mobilePhone", "text", "ZurmoModule", "Mobile Phone"),
          ("officePhone", "text", "ZurmoModule", "Office Phone"),
          ("officeFax", "text", "ZurmoModule", "Office Fax"),
          ("primaryAddress", "address", "ZurmoModule", "Primary Address"),
          ("primaryEmail", "email", "ZurmoModule", "Primary Email"),
          ("title", "text", "ZurmoModule", "Salutation")]
CONTACT = ITEM + PERSON + [
    ("companyName", "text", "ContactsModule", "Company Name"),
    ("description", "text", "ZurmoModule", "Description"),
    ("website", "text", "ZurmoModule", "Website"),
    ("googleWebTrackingId", "text", "Core", "Google Web Tracking Id"),
    ("account", "relation", "AccountsModule", "AccountsModuleSingularLabel"),
    ("industry", "text", "ZurmoModule", "Industry"),
    ("secondaryAddress", "address", "ZurmoModule", "Secondary Address"),
    ("secondaryEmail", "email", "ZurmoModule", "Secondary Email"),
    ("source", "text", "ContactsModule", "Source"),
    ("state", "text", "ContactsModule", "Status")]
MODELS = {
    "accounts": ITEM + [
        ("annualRevenue", "text", "AccountsModule", "Annual Revenue"),
        ("description", "text", "ZurmoModule", "Description"),
        ("employees", "text", "AccountsModule", "Employees"),
        ("name", "text", "ZurmoModule", "Name"),
        ("officePhone", "text", "AccountsModule", "Office Phone"),
        ("officeFax", "text", "AccountsModule", "Office Fax"),
        ("website", "text", "ZurmoModule", "Website"),
        ("billingAddress", "address", "AccountsModule", "Billing Address"),
        ("industry", "text", "ZurmoModule", "Industry"),
        ("primaryEmail", "email", "ZurmoModule", "Primary Email"),
        ("secondaryEmail", "email", "ZurmoModule", "Secondary Email"),
        ("shippingAddress", "address", "AccountsModule", "Shipping Address"),
        ("type", "text", "AccountsModule", "Type")],
    "contacts": CONTACT,
    "leads": CONTACT,
    "opportunities": ITEM + [
        ("closeDate", "text", "OpportunitiesModule", "Close Date"),
        ("description", "text", "ZurmoModule", "Description"),
        ("name", "text", "ZurmoModule", "Name"),
        ("probability", "text", "OpportunitiesModule", "Probability"),
        ("account", "relation", "AccountsModule", "AccountsModuleSingularLabel"),
        ("amount", "currency", "OpportunitiesModule", "Amount"),
        ("stage", "text", "OpportunitiesModule", "Stage"),
        ("source", "text", "ContactsModule", "Source")],
}


def header(fields: list, first: dict, t) -> list[str]:
    out = [t("Core", "Id").title()]
    for name, kind, cat, msg in fields:
        label = t(cat, msg)
        if kind == "address":
            out += [f"{label} - {t('ExportModule', s)}" for s in
                    ("City", "Country", "Postal Code", "Street 1", "Street 2", "State")]
        elif kind == "email":
            out += [f"{label} - {t('ZurmoModule', s)}" for s in
                    ("Email Address", "Is Invalid", "Opt Out")]
        elif kind == "currency":
            out += [label, f"{label} {t('ZurmoModule', 'Currency')}"]
        elif kind == "relation" and first.get(name):
            out.append(f"{label} - {t('ExportModule', 'Name')}")
        else:
            out.append(label)
    return out


def row(fields: list, rec: dict) -> list:
    out: list = [rec["id"]]
    for name, kind, _cat, _msg in fields:
        if name in ("createdDateTime", "modifiedDateTime"):
            out.append(NOW.strftime("%Y-%m-%d %H:%M:%S"))
        elif name in ("createdByUser", "modifiedByUser"):
            out.append("super")
        elif kind == "address":
            a = rec.get(name) or {}
            out += [a.get(k) for k in ("city", "country", "postalCode", "street1", "street2",
                                       "state")]
        elif kind == "email":
            e = rec.get(name)
            out += [e["emailAddress"], e["isInvalid"], e["optOut"]] if e else [None] * 3
        elif kind == "currency":
            out += [rec[name], rec["currency"]]
        else:
            out.append(rec.get(name))
    return out


def fputcsv(lines: list[list], is_header: list[bool]) -> bytes:
    code = ('$in = json_decode(stream_get_contents(STDIN), true); $out = "";'
            ' foreach ($in as [$h, $r]) { $fp = fopen("php://temp", "r+");'
            ' fputcsv($fp, $r, ",", "\\""); rewind($fp); $csv = stream_get_contents($fp);'
            ' fclose($fp); if ($h) { $csv = str_replace("\\"", "", $csv); } $out .= $csv; }'
            ' echo $out;')
    data = json.dumps(list(zip(is_header, lines, strict=True))).encode()
    return subprocess.run(["php", "-r", code], check=True, capture_output=True,
                          input=data).stdout


def main(src: str, lang: str, out: str) -> None:
    srcp, outp = Path(src).resolve(), Path(out)
    cat = catalogs(srcp, lang)

    def t(category: str, message: str) -> str:
        own = cat.get(category) or {}
        text = own.get(message, (cat["*"] or {}).get(message, message))
        if "AccountsModuleSingularLabel" in text:
            text = text.replace("AccountsModuleSingularLabel", t("AccountsModule", "Account"))
        return text

    data = demo(srcp)
    outp.mkdir(parents=True, exist_ok=True)
    for module, records in data.items():
        fields = MODELS[module]
        lines = [header(fields, records[0], t)] + [row(fields, r) for r in records]
        (outp / f"{module}.csv").write_bytes(
            fputcsv(lines, [True] + [False] * len(records)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
