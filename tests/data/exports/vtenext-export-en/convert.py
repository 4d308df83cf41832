"""Write vtenext CE's list-view exports of its installer's demo records.

Usage:  python convert.py SRC OUT --lang en|it

SRC holds, from GitHub VTECRM/vtenext at cfc8ecb208d0688735fe018f4c55a7447200cda8:
  DefaultDataPopulator.php, PopulateSeedData.php, ComboStrings.php (install/),
  contactSeedData.php (modules/Contacts/), LICENSE.txt, and lang/<Module>.<en_us|it_it>.php
  (modules/<Module>/language/) and lang/app.<en_us|it_it>.php (include/language/).
Needs `php` on PATH only to read the language files' arrays (json_encode).

Rules (vtenext's own exporter, include/utils/ExportUtils.php, "Export > all data"):
- one file per module, named `<Module>.csv` (the module's internal name, as the exporter);
- columns: the module's fields that DefaultDataPopulator.php inserts with displaytype 1/2/4
  and presence 0/2, ordered by block then sequence (getPermittedFieldsQuery for the admin);
  a block given by a PHP variable (created after the others) sorts last; HelpDesk's
  `comments` is left out as the exporter does;
- header: each field label through getTranslatedString(label, module): the module's
  $mod_strings, else $app_strings, else the label itself;
- every value quoted, `"` doubled, `;` between values, CRLF line ends, UTF-8;
- values as stored: dates yyyy-mm-dd, times yyyy-mm-dd hh:mm:ss, checkboxes 0/1,
  amounts with 2 decimals (decimal 14,2 / 25,2 columns), owners by user name ("admin"),
  uitype 10 references `<Module>::::<name>`;
- rows: PopulateSeedData.php, field for field, in its order (companies as Accounts, each
  with a Potential "<name> - 1000 units"; 10 Contacts; 10 Leads; 10 Products; 5 HelpDesk
  tickets). Its rand()/array_rand() draws are made with random.Random(506) in the script's
  order; the pools are the script's and ComboStrings.php's non-empty picklist values.
  Keys the script sets under a name that is no field name (Accounts `account_type`) stay
  empty, as in vtenext. Numbers ACC1.., CON1.., LEA1.., POT1.., PRO1.., TT1.. (the
  installer's modentity prefixes). Every record created and modified 2025-08-20 13:06:18
  (the source commit) by admin.
Two runs give the same bytes.
"""
import json
import os
import random
import re
import subprocess
import sys

MODULES = [("Accounts", 6), ("Contacts", 4), ("Leads", 7), ("Potentials", 2),
           ("Products", 14), ("HelpDesk", 13)]
STAMP = "2025-08-20 13:06:18"
YEAR = "2025"
LANGS = {"en": "en_us", "it": "it_it"}

FIELD_RX = re.compile(
    r"""_field values \((\d+),[^,]+,'([^']*)','"\.\$table_prefix\."(\w+)',(\d+),'?(\d+)'?,"""
    r"""'([^']*)','([^']*)',(\d+),(\d+),(\d+),(\d+),([^,]+),([^,]+),(\d+),'([^']*)'""")


def php_json(path, expr):
    code = f"error_reporting(0); include {json.dumps(path)}; echo json_encode({expr});"
    out = subprocess.run(["php", "-r", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out) if out.strip() else {}


def php_arrays(text, names):
    out = {}
    for name in names:
        m = re.search(rf"\${name}\s*=\s*Array\s*\((.*?)\);", text, re.S | re.I)
        out[name] = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return out


def fields(src):
    text = open(os.path.join(src, "DefaultDataPopulator.php"), encoding="utf-8").read()
    result = {}
    for n, m in enumerate(FIELD_RX.finditer(text)):
        (tab, col, tbl, gen, ui, fn, lab, ro, pres, sel, ml, seq, blk, disp, tod) = m.groups()
        if disp not in ("1", "2", "4") or pres not in ("0", "2"):
            continue
        block = int(blk) if blk.strip().isdigit() else 10 ** 6
        result.setdefault(int(tab), []).append((block, int(seq), n, fn, int(ui), lab))
    for tab in result:
        result[tab].sort()
    return result


def combo(src):
    return php_json(os.path.join(src, "ComboStrings.php"), "$combo_strings")


def pick(rng, values):
    return values[rng.randrange(len(values))]


def phone(rng):
    def d(k):
        return "".join(str(rng.randint(0, 9)) for _ in range(k))
    return f"({d(3)}) {d(3)}-{d(4)}"


def date(rng):
    y, m, d = YEAR, rng.randint(1, 9), rng.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}"


def records(src):
    rng = random.Random(506)
    seed = php_arrays(open(os.path.join(src, "contactSeedData.php"), encoding="utf-8").read(),
                      ["last_name_array", "first_name_array", "company_name_array",
                       "street_address_array", "city_array"])
    cs = combo(src)
    def nonempty(k):
        return [v for v in cs[k] if v != ""]
    industry, leadsource = nonempty("industry_dom"), nonempty("leadsource_dom")
    leadstatus, rating = nonempty("leadstatus_dom"), nonempty("rating_dom")
    opptype = nonempty("opportunity_type_dom")
    streets, cities = seed["street_address_array"], seed["city_array"]
    def strip(s):
        return re.sub(r"[ .&/]", "", s.lower())
    recs = {m: [] for m, _ in MODULES}
    for name in seed["company_name_array"]:
        street, city, code = pick(rng, streets), pick(rng, cities), str(rng.randint(10000, 99999))
        acc = {"accountname": name, "phone": phone(rng), "website": f"www.{strip(name)}.com",
               "bill_street": street, "bill_city": city, "bill_state": "CA", "bill_code": code,
               "bill_country": "USA", "ship_street": street, "ship_city": city,
               "ship_state": "CA", "ship_code": code, "ship_country": "USA",
               "industry": pick(rng, industry)}
        recs["Accounts"].append(acc)
        stages = ["Closed Won", "Needs Analysis", "Value Proposition", "Qualification",
                  "Prospecting", "Id. Decision Makers"]
        pot = {"potentialname": name + " - 1000 units", "closingdate": date(rng),
               "leadsource": pick(rng, leadsource), "sales_stage": pick(rng, stages),
               "opportunity_type": pick(rng, opptype),
               "amount": "{:.2f}".format(int(pick(rng, ["10000", "25000", "50000", "75000"]))),
               "related_to": "Accounts::::" + name}
        recs["Potentials"].append(pot)
    titles = ["President", "VP Operations", "VP Sales", "Director Operations",
              "Director Sales", "Mgr Operations", "IT Developer", ""]
    for i in range(10):
        fn = seed["first_name_array"][i].lower().capitalize()
        ln = seed["last_name_array"][i].lower().capitalize()
        con = {"firstname": fn, "lastname": ln,
               "email": f"{fn.lower()}_{ln.lower()}@company.com",
               "phone": phone(rng), "homephone": phone(rng), "mobile": phone(rng),
               "mailingstreet": pick(rng, streets), "mailingcity": pick(rng, cities),
               "mailingstate": "CA", "mailingzip": "99999", "mailingcountry": "USA",
               "leadsource": pick(rng, leadsource), "title": pick(rng, titles),
               "account_id": "Accounts::::" + pick(rng, recs["Accounts"])["accountname"]}
        rng.random()  # the contact's potential link (a relation, not a field)
        recs["Contacts"].append(con)
    companies = seed["company_name_array"]
    cc = 0
    for i in range(10):
        fn = seed["first_name_array"][i].lower().capitalize()
        ln = seed["last_name_array"][i].lower().capitalize()
        if i < 5:
            company = companies[i].lower().capitalize()
        else:
            company = companies[cc].lower().capitalize()
            cc += 1
        lead = {"firstname": fn, "lastname": ln, "company": company,
                "email": f"{fn.lower()}_{ln.lower()}@company.com",
                "website": f"www.{strip(companies[i].lower().capitalize())}.com",
                "phone": phone(rng), "mobile": phone(rng), "lane": pick(rng, streets),
                "city": pick(rng, cities), "state": "CA", "code": "99999", "country": "USA",
                "leadsource": pick(rng, leadsource), "leadstatus": pick(rng, leadstatus),
                "rating": pick(rng, rating), "designation": pick(rng, titles)}
        recs["Leads"].append(lead)
    names = ["Vte Single User Pack", "Vte 5 Users Pack", "Vte 10 Users Pack",
             "Vte 25 Users Pack", "Vte 50 Users Pack", "Double Panel See-thru Clipboard",
             "abcd1234", "Cd-R CD Recordable", "Sharp - Plain Paper Fax",
             "Brother Ink Jet Cartridge"]
    codes = ["001", "002", "003", "023", "005", "sg-106", "1324356", "sg-108", "sg-119",
             "sg-125"]
    rate = ["149", "699", "1299", "2999", "4995"]
    cost = ["100", "400", "800", "1000", "1800"]
    for i in range(10):
        if i > 4:
            cat, man, comm = "Hardware", "", rng.randint(10, 20)
            price, ucost = rng.randint(100, 999), rng.randint(50, 800)
        else:
            cat, man, comm = "Software", "LexPon Inc.", rng.randint(1, 10)
            price, ucost = int(rate[i]), int(cost[i])
        qty = rng.randint(10000, 99999)
        prod = {"productname": names[i], "productcode": codes[i], "manufacturer": man,
                "discontinued": "1", "productcategory": cat, "start_date": date(rng),
                "sales_start_date": date(rng), "unit_price": f"{price:.2f}",
                "unit_cost": f"{ucost:.2f}", "commissionrate": f"{comm:.3f}",
                "taxclass": "SalesTax", "usageunit": "Each", "qty_per_unit": "1.00",
                "qtyinstock": f"{qty:.3f}"}
        recs["Products"].append(prod)
    status = ["Open", "In Progress", "Wait For Response", "Open", "Closed"]
    category = ["Big Problem", "Small Problem", "Other Problem", "Small Problem",
                "Other Problem"]
    titles_t = ["Upload Attachment problem", "Individual Customization -Menu and RSS",
                "Export Output query", "Import Error CSV Leads",
                "How to automatically add a lead from a web form to VTE"]
    for i in range(5):
        c = pick(rng, recs["Contacts"])
        recs["HelpDesk"].append({
            "parent_id": "Contacts::::{} {}".format(c["firstname"], c["lastname"]),
            "ticketpriorities": "Normal", "product_id": "Products::::" + names[i],
            "ticketseverities": "Minor", "ticketstatus": status[i],
            "ticketcategories": category[i], "ticket_title": titles_t[i]})
    prefix = {"Accounts": ("account_no", "ACC"), "Contacts": ("contact_no", "CON"),
              "Leads": ("lead_no", "LEA"), "Potentials": ("potential_no", "POT"),
              "Products": ("product_no", "PRO"), "HelpDesk": ("ticket_no", "TT")}
    for mod, rows in recs.items():
        key, pre = prefix[mod]
        for n, row in enumerate(rows, 1):
            row[key] = f"{pre}{n}"
            row.setdefault("assigned_user_id", "admin")
            row["creator"] = "admin"
            row["createdtime"] = row["modifiedtime"] = STAMP
    return recs


CHECKBOX_DEFAULT = {"emailoptout": "0", "donotcall": "0", "reference": "0", "portal": "0",
                    "newsletter_unsubscrpt": "1"}
NUMERIC_DEFAULT = {"annual_revenue": "0", "annualrevenue": "0", "employees": "0",
                   "probability": "0.000"}


def main():
    src, out = sys.argv[1], sys.argv[2]
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    code = LANGS[lang]
    flds = fields(src)
    recs = records(src)
    app = php_json(os.path.join(src, "lang", f"app.{code}.php"), "$app_strings")
    os.makedirs(out, exist_ok=True)
    for mod, tab in MODULES:
        mod_strings = php_json(os.path.join(src, "lang", f"{mod}.{code}.php"),
                               "$mod_strings")
        cols = [f for f in flds[tab] if not (mod == "HelpDesk" and f[3] == "comments")]
        def tr(s, mod_strings=mod_strings):
            return mod_strings.get(s) or app.get(s) or s
        lines = ['"' + '";"'.join(tr(f[5]).replace('"', '""') for f in cols) + '"']
        for row in recs[mod]:
            vals = []
            for f in cols:
                fn, ui = f[3], f[4]
                v = row.get(fn)
                if v is None:
                    v = CHECKBOX_DEFAULT.get(fn, "0" if ui == 56 else "")
                    v = NUMERIC_DEFAULT.get(fn, v)
                vals.append(str(v).replace('"', '""'))
            lines.append('"' + '";"'.join(vals) + '"')
        with open(os.path.join(out, mod + ".csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
