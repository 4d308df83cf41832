"""TimeTrex's CSV exports of employees and branches (and its legal-entity list), in its own labels.

Built for round Z5 (session 52, keys397). Usage:

    python convert.py --lang en|de|fr|es TT OUT

TT: files of GitHub aydancoskun/timetrex-community-edition at
a532843d5fe7cd7d0463d1ccc902a18d20b09c45 under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed records of TimeTrex's demo data generator,
  classes/modules/other/DemoData.class.php (generateData() with its defaults: user name
  postfix '1', no random users): the four branches (createBranch types 10-40), the four
  legal entities (createLegalEntity 10, 15, 20, 25) and the 22 named employees
  (createUser types 100, 10-30, 40, in generateData's order), each with the branch,
  department, currency, group, title and legal entity generateData gives it, and the
  company 'ABC Company (1)' (createCompany).
- Only fixed values are taken. Values DemoData draws with rand()/mt_rand()/array_rand()
  (an employee's street number, postal code, phones, SIN, birth and hire dates, ethnicity,
  coordinates) are left out: their columns are not exported. An employee's city, province
  and country follow createUser's rule from its legal entity's country and its type
  (US: types 10-19 and 100 New York NY, else Seattle WA; CA: types 24-27 Toronto ON, else
  Vancouver BC); the work e-mail is the user name '@abc-company.com'.
- Files and columns: APIUser/APIBranch exportRecords('csv') -> Misc::Array2CSV: a header
  of the column labels (the factory's 'columns' option, TTi18n::gettext), then every cell
  in double quotes, '"' doubled, '\n' line ends; the columns in the 'columns' option's
  order. Status and gender are the option labels (Option::getByKey, translated); branch,
  department, title, group, currency, company and legal entity are their names; country
  and province stay ISO codes (getObjectAsArray does not translate them). APILegalEntity
  has no export: legal_entity.csv is its list view's columns written the same way.
- Labels: interface/locale/<locale>/LC_MESSAGES/messages.po; an untranslated msgid stays
  English, as gettext shows it.
"""
import argparse
import os
import re

LANGS = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
DEMO = "classes/modules/other/DemoData.class.php"

# (output file, factory file, [(field, msgid of the label in the factory's 'columns')])
FILES = [
    ("export_employee.csv", "classes/modules/users/UserFactory.class.php", [
        ("company", "Company"), ("legal_name", "Legal Entity Name"),
        ("employee_number", "Employee #"), ("status", "Status"), ("user_name", "User Name"),
        ("first_name", "First Name"), ("last_name", "Last Name"), ("title", "Title"),
        ("user_group", "Group"), ("default_branch", "Branch"),
        ("default_department", "Department"), ("currency", "Currency"), ("sex", "Gender"),
        ("city", "City"), ("province", "Province/State"), ("country", "Country"),
        ("work_email", "Work Email"),
    ]),
    ("export_branch.csv", "classes/modules/company/BranchFactory.class.php", [
        ("status", "Status"), ("manual_id", "Code"), ("name", "Name"),
        ("address1", "Address 1"), ("address2", "Address 2"), ("city", "City"),
        ("province", "Province/State"), ("country", "Country"),
        ("postal_code", "Postal Code"), ("work_phone", "Work Phone"),
    ]),
    ("legal_entity.csv", "classes/modules/company/LegalEntityFactory.class.php", [
        ("legal_name", "Legal Name"), ("trade_name", "Trade Name"), ("type", "Type"),
        ("status", "Status"), ("address1", "Address 1"), ("address2", "Address 2"),
        ("city", "City"), ("province", "Province/State"), ("country", "Country"),
        ("postal_code", "Postal Code"), ("work_phone", "Work Phone"),
    ]),
]
# option labels: (factory, option) -> {code: msgid}, as the factories define them
OPTIONS = {
    ("user", "status"): {"10": "Active"},
    ("user", "sex"): {"10": "Male", "20": "Female"},
    ("branch", "status"): {"10": "ENABLED"},
    ("legal", "status"): {"10": "ACTIVE"},
    ("legal", "type"): {"10": "Corporation"},
}


def read(tt, path):
    with open(os.path.join(tt, path), encoding="utf-8") as f:
        return f.read()


def po_catalogue(text):
    """msgid -> msgstr of a gettext .po (multi-line strings joined, fuzzy kept out)."""
    cat, entries, cur, key, fuzzy = {}, [], None, None, False
    for line in text.splitlines() + [""]:
        line = line.strip()
        if not line:
            if cur is not None:
                entries.append(cur)
            cur, key, fuzzy = None, None, False
            continue
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        if line.startswith("#"):
            continue
        m = re.match(r'(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\])\s+"(.*)"$', line)
        if m:
            if cur is None:
                cur = {"fuzzy": fuzzy}
            key = m.group(1)
            cur[key] = unescape(m.group(2))
        elif line.startswith('"') and cur is not None and key:
            cur[key] += unescape(line[1:-1])
    for e in entries:
        if e.get("msgid") and e.get("msgstr") and not e["fuzzy"] and "msgctxt" not in e:
            cat[e["msgid"]] = e["msgstr"]
    return cat


def unescape(s):
    return s.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def check_labels(tt):
    """Every msgid used must be the label the factory's code gives (a guard, not data)."""
    for _name, factory, cols in FILES:
        src = read(tt, factory)
        for field, msgid in cols:
            label = rf"TTi18n::get[tT]ext\(\s*'{re.escape(msgid)}'\s*\)"
            pat = rf"'-\d+-{re.escape(field)}'\s*=>\s*" + label
            assert re.search(pat, src), (factory, field, msgid)
    for (fac, opt), codes in OPTIONS.items():
        src = read(tt, {"user": FILES[0][1], "branch": FILES[1][1], "legal": FILES[2][1]}[fac])
        for code, msgid in codes.items():
            label = rf"TTi18n::get[tT]ext\(\s*'{re.escape(msgid)}'\s*\)"
            assert re.search(rf"{code}\s*=>\s*" + label, src), (fac, opt, code)


def function_body(src, name):
    start = src.index(f"function {name}(")
    nxt = re.search(r"\n\t(?:public )?function ", src[start + 10:])
    return src[start:start + 10 + nxt.start()] if nxt else src[start:]


def cases(body):
    """{case value: text of the case} of the first switch in a function body."""
    parts = re.split(r"\n\t*case (\d+):", body)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def setter(text, name):
    found = re.findall(rf"->set{name}\(\s*'((?:[^'\\]|\\.)*)'\s*\)", text)
    return found[-1] if found else ""


def setter_prefix(text, name):
    postfix = r"\s*\.\s*\$this->getUserNamePostfix\(\)\s*\)"
    found = re.findall(rf"->set{name}\(\s*'([^']*)'" + postfix, text)
    return found[-1] + "1" if found else ""


def records(tt):
    src = read(tt, DEMO)
    gen = function_body(src, "generateData")
    company = "ABC Company (1)"
    assert "setName( 'ABC Company (' . $this->getUserNamePostfix() . ')', true )" in src

    def ordered(func, var):
        types = re.findall(rf"\${var}\[\] = \$this->{func}\( \$company_id, (\d+)", gen)
        by_type = {k: v for k, v in cases(function_body(src, func)).items()}
        return types, by_type

    le_types, le_cases = ordered("createLegalEntity", "legal_entity_ids")
    br_types, br_cases = ordered("createBranch", "branch_ids")
    dp_types, dp_cases = ordered("createDepartment", "department_ids")
    gr_types, gr_cases = ordered("createUserGroup", "user_group_ids")
    ti_types, ti_cases = ordered("createUserTitle", "user_title_ids")
    cu_types, cu_cases = ordered("createCurrency", "currency_ids")

    legal = []
    for t in le_types:
        c = le_cases[t]
        legal.append({
            "legal_name": setter(c, "LegalName"), "trade_name": setter(c, "TradeName"),
            "type": ("legal", "type", re.search(r"setType\( (\d+) \)", c).group(1)),
            "status": ("legal", "status", "10"),
            "address1": setter(c, "Address1"), "address2": setter(c, "Address2"),
            "city": setter(c, "City"), "province": setter(c, "Province"),
            "country": setter(c, "Country"), "postal_code": setter(c, "PostalCode"),
            "work_phone": setter(c, "WorkPhone"),
        })
    branches = []
    for t in br_types:
        c = br_cases[t]
        branches.append({
            "status": ("branch", "status", "10"),
            "manual_id": re.search(r"setManualId\( (\d+) \)", c).group(1),
            "name": setter(c, "Name"), "address1": setter(c, "Address1"),
            "address2": setter(c, "Address2"), "city": setter(c, "City"),
            "province": setter(c, "Province"), "country": setter(c, "Country"),
            "postal_code": setter(c, "PostalCode"), "work_phone": setter(c, "WorkPhone"),
        })
    user_cases = cases(function_body(src, "createUser").split("switch ( $type )", 1)[1])
    employees = []
    call = (r"\$this->createUser\( \$company_id, \$legal_entity_ids\[(\d)\], (\d+), 0, "
            r"\$branch_ids\[(\d)\], \$department_ids\[(\d)\], \$currency_ids\[(\d)\], "
            r"\$user_group_ids\[(\d)\], \$user_title_ids\[(\d)\]")
    for le, t, br, dp, cu, gr, ti in re.findall(call, gen):
        c = user_cases[t]
        le_country = legal[int(le)]["country"]
        n = int(t)
        if le_country == "CA":
            city, prov = ("Toronto", "ON") if 24 <= n <= 27 else ("Vancouver", "BC")
        else:
            city, prov = ("New York", "NY") if n == 100 or 10 <= n <= 19 else ("Seattle", "WA")
        assert "$next_available_employee_number = $type;" in c
        user_name = setter_prefix(c, "UserName")
        employees.append({
            "company": company, "legal_name": legal[int(le)]["legal_name"],
            "employee_number": t, "status": ("user", "status", "10"),
            "user_name": user_name, "first_name": setter(c, "FirstName"),
            "last_name": setter(c, "LastName"),
            "title": setter(ti_cases[ti_types[int(ti)]], "Name"),
            "user_group": setter(gr_cases[gr_types[int(gr)]], "Name"),
            "default_branch": branches[int(br)]["name"],
            "default_department": setter(dp_cases[dp_types[int(dp)]], "Name"),
            "currency": setter(cu_cases[cu_types[int(cu)]], "Name"),
            "sex": ("user", "sex", re.search(r"setSex\( (\d+) \)", c).group(1)),
            "city": city, "province": prov, "country": le_country,
            "work_email": user_name + "@abc-company.com",
        })
    return {"export_employee.csv": employees, "export_branch.csv": branches,
            "legal_entity.csv": legal}


def csv_cell(value):
    value = "" if value is None else str(value)
    if value[:1] in ("=", "+", "-", "@"):  # Misc::escapeCSVTriggerChars
        value = "'" + value
    return value.replace('"', '""')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("tt")
    ap.add_argument("out")
    a = ap.parse_args()
    check_labels(a.tt)
    cat = po_catalogue(read(a.tt, f"interface/locale/{LANGS[a.lang]}/LC_MESSAGES/messages.po"))

    def tr(msgid):
        return cat.get(msgid, msgid)

    data = records(a.tt)
    os.makedirs(a.out, exist_ok=True)
    for name, _factory, cols in FILES:
        out = ['"' + '","'.join(csv_cell(tr(m)) for _f, m in cols) + '"']
        for row in data[name]:
            cells = []
            for field, _m in cols:
                v = row.get(field, "")
                if isinstance(v, tuple):
                    v = tr(OPTIONS[(v[0], v[1])][v[2]])
                cells.append(csv_cell(v))
            out.append('"' + '","'.join(cells) + '"')
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(out) + "\n")
        print(name, len(data[name]))


if __name__ == "__main__":
    main()
