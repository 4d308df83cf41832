"""IceHrm (gamonoid/icehrm, GPL-3.0-or-later) -> its admin views as CSV, labelled in one language.

Usage: python convert.py --lang en SRC OUT_DIR      (en, de, es, fr: any core/lang/<lang>.po)

SRC is a folder holding, at commit ef8c23501031f6f9c0bb9b69da22b5260d06454a (SOURCE.md), the
repository's files under their own paths:

- the records: core/scripts/icehrm_master_data.sql (what the installer,
  app/install/submit.php, loads into a new database: the company's first three structures,
  three sample clients, four projects, employee EMP001 and the lookup tables: countries,
  provinces, nationalities, job titles, pay grades, employment statuses) and
  core/scripts/icehrm_fixtures.sql (the test fixtures RoboFile.php's executeFixtures loads
  on top: six more company structures, employees 2-34 by REPLACE INTO, then three UPDATEs of
  employees 1-3's managers and approvers, two emergency contacts), executed in that order;
- the labels: core/lang/<lang>.po (the gettext catalogue LanguageManager hands the web
  client; ModuleBase.gt() translates each header and form label by it and shows the English
  msgid where the catalogue has no entry or an empty one).

Every value is read from those files: nothing is typed in here but the rules below.

IceHrm's CSV exports are reports of employees only and headed in English whatever the
language (core/src/Reports: labels hard-coded, not translated), and its list views show two
to six columns, so each file is an admin module's record form (web/admin/src/<module>/
lib.js, getFormFields(): the fields in the form's order, the labels the form shows through
gt()), the fields that hold a value in some record, one row per record, ordered by id:

- employees (Employees > Employees, employees/lib.js EmployeeAdapter): Employee Number,
  First Name, Middle Name, Last Name, Nationality, Date of Birth, Gender, Marital Status,
  Social Insurance (ssn_num), National ID (nic_num), Additional IDs (other_id), Driving
  License, Employment Status, Department, Job Title, Pay Grade, Joined Date, Confirmation
  Date, Work Station Id, Address Line 1, Address Line 2, City, Country, State (province),
  Postal/Zip Code, Home Phone, Mobile Phone, Work Phone, Work Email, Private Email, Direct
  Manager (supervisor), Indirect Managers, First/Second/Third Level Approver. Left out, empty
  in every record: Ethnicity, Immigration Status, Personal Tax ID, Health Insurance,
  Termination Date, Time Zone, Notes. The form's select2 fields show the remote source's
  display field: nationality, employment status, job title, pay grade by name, department by
  its structure's title, country by name (Country.code), state by name (Province.id),
  managers and approvers as 'first_name last_name' (the remote source 'first_name+last_name'),
  several indirect managers joined ', ' (the JSON list's order); dates (type 'date') Y-m-d,
  the date part of a stored date-time. Options (gender, marital status, a structure's type,
  a client's or project's status) as stored: their values are the English words and
  IceSelect shows them untranslated (its gt() call on option labels is commented out at
  this commit); only the labels are translated (IceForm: data.label = adapter.gt(label)).
- company_structures (Admin > Company Structure, company_structure/lib.js): Name (title),
  Details (description), Address, Type, Country (by name),
  Parent Structure (its title). Left out: Time Zone and Heads (empty in every record).
- clients (Admin > Projects/Clients, projects/lib.js ClientAdapter): Name, Details,
  Address, Contact Email, Company Url, Status. The table's
  contact_number and first_contact_date are not in the form (not shown: left out).
- projects (projects/lib.js ProjectAdapter): Name, Client (the client's name), Details,
  Status.
- emergency_contacts (Employees > Emergency Contacts, employees/lib.js
  EmergencyContactAdapter: its list's columns, the form's fields): Employee (whose contact:
  'first_name last_name'), Name, Relationship, Home Phone, Work Phone, Mobile Phone. Records:
  the fixtures' EmergencyContacts.

Values as stored (the fixtures' stray spaces kept); SQL '' and \\' unescaped, \\n a newline.
CSV as Python's csv module writes it (UTF-8, minimal quoting, CRLF). Files named in English in
every language.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

MASTER = "core/scripts/icehrm_master_data.sql"
FIXTURES = "core/scripts/icehrm_fixtures.sql"
#: the tables the views read (the other statements are skipped unparsed)
NEEDED = {"Employees", "CompanyStructures", "Clients", "Projects", "Country", "Province",
          "Nationality", "JobTitles", "PayGrades", "EmploymentStatus", "EmergencyContacts"}


# --- SQL ------------------------------------------------------------------------------------

def _statements(text: str) -> list[str]:
    """Split as the installer does (preg_split on ';'), skipping comment-only parts."""
    return [s.strip() for s in text.split(";") if s.strip()]


def _values(body: str) -> list[list[object]]:
    """The tuples of a VALUES list: strings, numbers, NULL; a function call kept as text."""
    rows: list[list[object]] = []
    i, n = 0, len(body)
    row: list[object] | None = None
    while i < n:
        c = body[i]
        if row is None:
            if c == "(":
                row = []
            i += 1
            continue
        if c in " \t\r\n,":
            i += 1
            continue
        if c == ")":
            rows.append(row)
            row = None
            i += 1
            continue
        if c == "'":
            out = []
            i += 1
            while True:
                ch = body[i]
                if ch == "\\":
                    nxt = body[i + 1]
                    out.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                    i += 2
                elif ch == "'":
                    if i + 1 < n and body[i + 1] == "'":
                        out.append("'")
                        i += 2
                    else:
                        i += 1
                        break
                else:
                    out.append(ch)
                    i += 1
            row.append("".join(out))
            continue
        m = re.compile(r"[^,()\s]+(\([^)]*\))?").match(body, i)
        tok = m.group(0)
        i = m.end()
        if tok.upper() == "NULL":
            row.append(None)
        elif re.fullmatch(r"-?\d+", tok):
            row.append(int(tok))
        elif re.fullmatch(r"-?\d+\.\d+", tok):
            row.append(tok)
        else:
            row.append(tok)
    return rows


def load(src: Path) -> dict[str, dict[object, dict]]:
    """Execute the two scripts' INSERT / REPLACE / UPDATE ... WHERE id = N on tables by id."""
    tables: dict[str, dict[object, dict]] = {}
    for path in (MASTER, FIXTURES):
        for st in _statements((src / path).read_text(encoding="utf-8")):
            st = re.sub(r"^(/\*.*?\*/\s*|--[^\n]*\n\s*)+", "", st, flags=re.S)
            m = re.match(r"(INSERT|REPLACE)\s+INTO\s+`?(\w+)`?\s*(\(([^)]*)\))?\s*VALUES\s*(.*)$",
                         st, re.S | re.I)
            if m:
                name = m.group(2)
                if name not in NEEDED:
                    continue
                if not m.group(4):
                    continue   # a positional INSERT: no table read here uses one
                cols = [c.strip().strip("`") for c in m.group(4).split(",")]
                tab = tables.setdefault(name, {})
                for vals in _values(m.group(5)):
                    rec = dict(zip(cols, vals, strict=True))
                    key = rec.get("id", rec.get("code"))
                    if key is None:
                        continue
                    if m.group(1).upper() == "REPLACE" or key not in tab:
                        tab[key] = rec
                continue
            m = re.match(r"UPDATE\s+`?(\w+)`?\s+set\s+(.*?)\s+where\s+id\s*=\s*(\d+)$", st,
                         re.S | re.I)
            if m:
                rec = tables.setdefault(m.group(1), {}).get(int(m.group(3)))
                if rec is None:
                    continue
                for a in re.finditer(r"(\w+)\s*=\s*('(?:[^']|'')*'|\d+|NULL)", m.group(2)):
                    v = a.group(2)
                    rec[a.group(1)] = (None if v.upper() == "NULL" else
                                       v[1:-1].replace("''", "'") if v.startswith("'")
                                       else int(v))
    return tables


# --- labels ---------------------------------------------------------------------------------

def catalogue(src: Path, lang: str) -> dict[str, str]:
    text = (src / f"core/lang/{lang}.po").read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r'^msgid "((?:[^"\\]|\\.)*)"\s*\nmsgstr "((?:[^"\\]|\\.)*)"', text,
                         re.M):
        if m.group(1) and m.group(2):
            out[m.group(1).replace('\\"', '"')] = m.group(2).replace('\\"', '"')
    return out


# --- views ----------------------------------------------------------------------------------

EMPLOYEE_FIELDS = [
    ("employee_id", "Employee Number", "text"),
    ("first_name", "First Name", "text"),
    ("middle_name", "Middle Name", "text"),
    ("last_name", "Last Name", "text"),
    ("nationality", "Nationality", ("Nationality", "name")),
    ("birthday", "Date of Birth", "date"),
    ("gender", "Gender", "text"),
    ("marital_status", "Marital Status", "text"),
    ("ssn_num", "Social Insurance", "text"),
    ("nic_num", "National ID", "text"),
    ("other_id", "Additional IDs", "text"),
    ("driving_license", "Driving License", "text"),
    ("employment_status", "Employment Status", ("EmploymentStatus", "name")),
    ("department", "Department", ("CompanyStructures", "title")),
    ("job_title", "Job Title", ("JobTitles", "name")),
    ("pay_grade", "Pay Grade", ("PayGrades", "name")),
    ("joined_date", "Joined Date", "date"),
    ("confirmation_date", "Confirmation Date", "date"),
    ("work_station_id", "Work Station Id", "text"),
    ("address1", "Address Line 1", "text"),
    ("address2", "Address Line 2", "text"),
    ("city", "City", "text"),
    ("country", "Country", ("Country", "name")),
    ("province", "State", ("Province", "name")),
    ("postal_code", "Postal/Zip Code", "text"),
    ("home_phone", "Home Phone", "text"),
    ("mobile_phone", "Mobile Phone", "text"),
    ("work_phone", "Work Phone", "text"),
    ("work_email", "Work Email", "text"),
    ("private_email", "Private Email", "text"),
    ("supervisor", "Direct Manager", "employee"),
    ("indirect_supervisors", "Indirect Managers", "employees"),
    ("approver1", "First Level Approver", "employee"),
    ("approver2", "Second Level Approver", "employee"),
    ("approver3", "Third Level Approver", "employee"),
]
STRUCTURE_FIELDS = [
    ("title", "Name", "text"),
    ("description", "Details", "text"),
    ("address", "Address", "text"),
    ("type", "Type", "text"),
    ("country", "Country", ("Country", "name")),
    ("parent", "Parent Structure", ("CompanyStructures", "title")),
]
CLIENT_FIELDS = [
    ("name", "Name", "text"),
    ("details", "Details", "text"),
    ("address", "Address", "textarea"),
    ("contact_email", "Contact Email", "text"),
    ("company_url", "Company Url", "text"),
    ("status", "Status", "text"),
]
PROJECT_FIELDS = [
    ("name", "Name", "text"),
    ("client", "Client", ("Clients", "name")),
    ("details", "Details", "text"),
    ("status", "Status", "text"),
]
EMERGENCY_FIELDS = [
    ("employee", "Employee", "employee"),
    ("name", "Name", "text"),
    ("relationship", "Relationship", "text"),
    ("home_phone", "Home Phone", "text"),
    ("work_phone", "Work Phone", "text"),
    ("mobile_phone", "Mobile Phone", "text"),
]
VIEWS = [
    ("employees", "Employees", EMPLOYEE_FIELDS),
    ("company_structures", "CompanyStructures", STRUCTURE_FIELDS),
    ("clients", "Clients", CLIENT_FIELDS),
    ("projects", "Projects", PROJECT_FIELDS),
    ("emergency_contacts", "EmergencyContacts", EMERGENCY_FIELDS),
]


def _cell(rec: dict, field: str, how, tables: dict, tr: dict[str, str]) -> str:
    v = rec.get(field)
    if v is None or v == "":
        return ""
    if isinstance(how, tuple):
        ref = tables[how[0]].get(v if how[0] == "Country" else int(v))
        return "" if ref is None else str(ref[how[1]])
    if how == "date":
        return str(v)[:10]
    emps = tables["Employees"]

    def name(i: int) -> str:
        e = emps.get(int(i))
        return "" if e is None else f"{e['first_name']} {e['last_name']}"

    if how == "employee":
        return name(v)
    if how == "employees":
        ids = json.loads(v) if str(v).startswith("[") else []
        return ", ".join(n for n in (name(i) for i in ids) if n)
    return str(v)


def convert(src: Path, out: Path, lang: str) -> None:
    tables = load(src)
    tr = catalogue(src, lang) if lang != "en" else {}
    out.mkdir(parents=True, exist_ok=True)
    for fname, table, fields in VIEWS:
        recs = [tables[table][k] for k in sorted(tables[table])]
        with (out / f"{fname}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr.get(label, label) for _, label, _ in fields])
            for rec in recs:
                w.writerow([_cell(rec, f, how, tables, tr) for f, _, how in fields])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    convert(a.src, a.out, a.lang)


if __name__ == "__main__":
    main()
