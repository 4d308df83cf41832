"""web2project's fixed unit-test seed records as its own screens and CSV export show them.

Usage: python convert.py SRC LOC OUT --lang en|de|es|fr

SRC holds the files below (web2project/web2project; SOURCE.md gives the commits and SHA-256):
  companiesSeed.xml   unit_tests/db_files/companies/companiesSeed.xml   } the records: PHPUnit
  projectsSeed.xml    unit_tests/db_files/projects/projectsSeed.xml     } DbUnit seed datasets,
  tasksSeed.xml       unit_tests/db_files/tasks/tasksSeed.xml           } at seed commit 230fc810
  001_base_install.sql  install/sql/001_base_install.sql (at the labels' commit 014e9ae0): the
                        sysvals CompanyType, GlobalCountries, TaskDurationType
LOC holds locales/<lang>/{common,companies,projects,tasks}.inc (commit 014e9ae0) per language.

Rules (nothing invented; each file is one screen or export of web2project at 014e9ae0):
- Labels are shown through CAppUI::_(): locales/core.php reads common.inc and then the
  current module's .inc into one PHP array (a later key wins); a label the files lack is
  shown as it is written (English).
- companies.csv (companies module): the company edit form (style/_common/companies/
  addedit.php), its labels in the form's order: Name, Email, Phone1, Phone2, URL,
  Description, Address1, Address2, City, State, Zip, Country, Fax, Owner, Type. The values as
  the form shows them: the stored text; Country as its GlobalCountries name; Owner as the
  owner user's contact's name (first + ' ' + last, CContact's display name); Type as its
  CompanyType name through _() (view.php). The four companies of companiesSeed.xml in id
  order.
- contacts.csv: modules/contacts/csvexport.php ("CSV Download" of the contacts list),
  reproduced literally: its 90 Outlook-style headers are fixed English text in the code (no
  _()), so this file is the same in every language; each header and row ends with a comma (an
  unnamed 91st column, empty), lines end '\\r\\n'. Per contact: First Name, Last Name,
  Company (company_name), Department (dept_name of the departments row whose dept_id is
  contact_department: the 2011 seed stores department text such as 'Sales', which matches no
  dept_id, so it is empty), Job Title (contact_title, as the code writes it), Business Street
  / Street 2 / City / State / Postal Code, Business Phone (contact_phone), Mobile Phone (the
  contact's phone_mobile method), Anniversary '0/0/00', Birthday, Categories
  'web2Project; <contact_type>', E-mail Address, E-mail Type 'SMTP', E-mail Display Name,
  Gender 'Unspecified', Notes, Priority 'Normal', Private 'False', Sensitivity 'Normal'; the
  other columns empty as the code writes them. Contacts and their methods from
  companiesSeed.xml (the one seed that links contacts to companies), in id order.
- projects.csv (projects module): the projects list (vw_idx_projects.php) with the columns
  the install's module_config rows give it (install/sql/032_module_config.sql; 035 removes a
  column not among them): Progress, P, Project Name, Company, Start, End, Actual, LP, Owner,
  Tasks. Cells as w2p_Output_HTMLHelper::createCell writes them, as text: '-' for an empty
  value; Progress percent_complete + '%'; P an icon only (empty text); Company the company's
  name; dates in the install's default SHDATEFORMAT '%d/%m/%Y'; Owner the user's contact
  name; Tasks the count. The four projects of projectsSeed.xml in id order (the list's 'All'
  tab).
- tasks.csv (tasks module): the task list (vw_tasks.php, TaskTable): Percent, P, U, Task
  Name, Owner, Assignees, Start Date, Duration, Finish Date. Percent round(value) + '%'; P
  and U icons only (empty text), U '-' where the viewing user (admin, user 1) has no
  user_tasks row; Owner the user's contact name; Assignees the assigned users' contact names
  joined ', ' ('-' for none); dates '%d/%m/%Y'; Duration the number + ' ' + the
  TaskDurationType name (1 hours, 24 days) through _(). The 30 tasks of tasksSeed.xml in id
  order.
- CSV written with Python's csv module (',' and '\\r\\n', minimal quoting), UTF-8;
  contacts.csv as csvexport.php prints it (every value quoted where the code quotes it).
"""

from __future__ import annotations

import argparse
import csv
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

PAT = re.compile(r"'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)'")
SYSVAL = re.compile(r"VALUES \(1, '(\w+)', '((?:[^'\\]|\\.)*)', '([^']*)'\);")


def _unq(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


def translations(loc: Path, module: str) -> dict[str, str]:
    t: dict[str, str] = {}
    for m in ("common", module):
        f = loc / f"{m}.inc"
        if f.exists():
            for k, v in PAT.findall(f.read_text(encoding="utf-8")):
                t[_unq(k)] = _unq(v)
    return t


def tr(t: dict[str, str], s: str) -> str:
    return t.get(s) or s


def seed(path: Path) -> dict[str, list[dict[str, str | None]]]:
    out: dict[str, list[dict[str, str | None]]] = {}
    for tb in ET.parse(path).getroot().findall("table"):
        cols = [c.text for c in tb.findall("column")]
        rows = []
        for r in tb.findall("row"):
            vals = [v.text if v.tag == "value" else None for v in r]
            # strict=False: the tasks seed's task_log rows (unused here) carry one value more
            rows.append(dict(zip(cols, vals, strict=False)))
        out[tb.get("name")] = rows
    return out


def sysvals(sql: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for title, value, vid in SYSVAL.findall(sql.read_text(encoding="utf-8")):
        out.setdefault(title, {})[vid] = _unq(value)
    return out


def _date(value: str | None) -> str:
    if not value or not value[:4].isdigit() or int(value[:4]) == 0:
        return "-"
    d = datetime.strptime(value[:10], "%Y-%m-%d")
    return d.strftime("%d/%m/%Y")


def _cell(value: str | None) -> str:
    return "-" if value in (None, "") else value


def _user_names(db: dict) -> dict[str, str]:
    contacts = {c["contact_id"]: c for c in db.get("contacts", [])}
    names = {}
    for u in db.get("users", []):
        c = contacts.get(u["user_contact"])
        if c:
            names[u["user_id"]] = f"{c['contact_first_name']} {c['contact_last_name']}"
    return names


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def companies(src: Path, sv: dict, t: dict[str, str], out: Path) -> None:
    db = seed(src / "companiesSeed.xml")
    users = _user_names(db)
    labels = ["Name", "Email", "Phone1", "Phone2", "URL", "Description", "Address1",
              "Address2", "City", "State", "Zip", "Country", "Fax", "Owner", "Type"]
    fields = ["company_name", "company_email", "company_phone1", "company_phone2",
              "company_primary_url", "company_description", "company_address1",
              "company_address2", "company_city", "company_state", "company_zip",
              "company_country", "company_fax", "company_owner", "company_type"]
    rows = []
    for c in sorted(db["companies"], key=lambda r: int(r["company_id"])):
        row = []
        for f in fields:
            v = c.get(f) or ""
            if f == "company_country":
                v = sv["GlobalCountries"].get(v, v)
            elif f == "company_owner":
                v = users.get(v, "")
            elif f == "company_type":
                v = tr(t, sv["CompanyType"][v])
            row.append(v)
        rows.append(row)
    write(out / "companies.csv", [tr(t, x) for x in labels], rows)


CONTACT_HEADER = (
    '"Title","First Name","Middle Name","Last Name","Suffix",'
    '"Company","Department","Job Title","Business Street","Business Street 2",'
    '"Business Street 3","Business City","Business State","Business Postal Code",'
    '"Business Country",'
    '"Home Street","Home Street 2","Home Street 3","Home City","Home State",'
    '"Home Postal Code","Home Country","Other Street","Other Street 2","Other Street 3",'
    '"Other City","Other State","Other Postal Code","Other Country","Assistant\'s Phone",'
    '"Business Fax","Business Phone","Business Phone 2","Callback","Car Phone",'
    '"Company Main Phone","Home Fax","Home Phone","Home Phone 2","ISDN",'
    '"Mobile Phone","Other Fax","Other Phone","Pager","Primary Phone",'
    '"Radio Phone","TTY/TDD Phone","Telex","Account","Anniversary",'
    '"Assistant\'s Name","Billing Information","Birthday","Categories","Children",'
    '"Directory Server","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address",'
    '"E-mail 2 Type","E-mail 2 Display Name","E-mail 3 Address","E-mail 3 Type",'
    '"E-mail 3 Display Name",'
    '"Gender","Government ID Number","Hobby","Initials","Internet Free Busy",'
    '"Keywords","Language","Location","Manager\'s Name","Mileage",'
    '"Notes","Office Location","Organizational ID Number","PO Box","Priority",'
    '"Private","Profession","Referred By","Sensitivity","Spouse",'
    '"User 1","User 2","User 3","User 4","Web Page",'
    "\r\n")


def contacts(src: Path, out: Path) -> None:
    db = seed(src / "companiesSeed.xml")
    comp = {c["company_id"]: c["company_name"] for c in db["companies"]}
    depts = {d["dept_id"]: d["dept_name"] for d in db.get("departments", [])}
    methods: dict[str, dict[str, str]] = {}
    for m in db.get("contacts_methods", []):
        methods.setdefault(m["contact_id"], {})[m["method_name"]] = m["method_value"] or ""
    text = CONTACT_HEADER
    for c in sorted(db["contacts"], key=lambda r: int(r["contact_id"])):
        g = {k: (v or "") for k, v in c.items()}
        company = comp.get(g["contact_company"], "")
        dept = depts.get(g["contact_department"], "")  # a dept_id, not the seed's text
        # Fields 1- 10
        text += '"","%s","","%s","","%s","%s","%s","%s","%s",' % (  # noqa: UP031 (csvexport.php's sprintf)
            g["contact_first_name"], g["contact_last_name"], company, dept, g["contact_title"],
            g["contact_address1"], g["contact_address2"])
        # Fields 11- 20
        text += ',"%s","%s","%s",,,,,,,' % (g["contact_city"], g["contact_state"],  # noqa: UP031 (csvexport.php's sprintf)
                                           g["contact_zip"])
        # Fields 21- 30
        text += ",,,,,,,,,,"
        # Fields 31- 40
        text += ',"%s",,,,,,,,,' % g["contact_phone"]  # noqa: UP031 (csvexport.php's sprintf)
        # Fields 41- 50
        text += '"%s",,,,,,,,"","0/0/00",' % methods.get(g["contact_id"], {}).get(  # noqa: UP031 (csvexport.php's sprintf)
            "phone_mobile", "")
        # Fields 51- 60
        cats = ("web2Project; " + g["contact_type"]) if g["contact_type"] != "" \
            else "web2Project;"
        text += ',,"%s","%s",,,"%s","%s","%s",,' % (  # noqa: UP031 (csvexport.php's sprintf)
            g["contact_birthday"], cats, g["contact_email"], "SMTP",
            g["contact_first_name"] + " " + g["contact_last_name"])
        # Fields 61- 70
        text += ',,,,,"Unspecified",,,,,'
        # Fields 71- 80
        notes = g["contact_notes"].replace('"', '""')
        text += '"","","",,,"%s",,,,"Normal",' % notes  # noqa: UP031 (csvexport.php's sprintf)
        # Fields 81- 90
        text += '"False",,,"Normal",,,,,,,'
        text += "\r\n"
    (out / "contacts.csv").write_bytes(text.encode("utf-8"))


def projects(src: Path, t: dict[str, str], out: Path) -> None:
    db = seed(src / "projectsSeed.xml")
    users = _user_names(db)
    comp = {c["company_id"]: c["company_name"] for c in db["companies"]}
    labels = ["Progress", "P", "Project Name", "Company", "Start", "End", "Actual", "LP",
              "Owner", "Tasks"]
    rows = []
    for p in sorted(db["projects"], key=lambda r: int(r["project_id"])):
        rows.append([
            f"{p.get('project_percent_complete') or 0}%",
            "",                                           # priority: an icon only
            _cell(p["project_name"]),
            comp.get(p["project_company"], "-"),
            _date(p.get("project_start_date")),
            _date(p.get("project_end_date")),
            _date(p.get("project_actual_end_date")),
            "-",                                          # task_log_problem: none
            users.get(p["project_owner"], "-"),
            _cell(p.get("project_task_count")),
        ])
    write(out / "projects.csv", [tr(t, x) for x in labels], rows)


def tasks(src: Path, sv: dict, t: dict[str, str], out: Path) -> None:
    db = seed(src / "tasksSeed.xml")
    users = _user_names(db)
    assigned: dict[str, list[str]] = {}
    mine: set[str] = set()
    for ut in db.get("user_tasks", []):
        assigned.setdefault(ut["task_id"], []).append(ut["user_id"])
        if ut["user_id"] == "1":
            mine.add(ut["task_id"])
    labels = ["Percent", "P", "U", "Task Name", "Owner", "Assignees", "Start Date", "Duration",
              "Finish Date"]
    rows = []
    for k in sorted(db["tasks"], key=lambda r: int(r["task_id"])):
        names = [users[u] for u in assigned.get(k["task_id"], []) if u in users]
        durn = tr(t, sv["TaskDurationType"][k["task_duration_type"]])
        rows.append([
            f"{round(float(k['task_percent_complete'] or 0))}%",
            "",                                           # priority: an icon only
            "" if k["task_id"] in mine else "-",          # the viewer's priority: an icon
            k["task_name"],
            users.get(k["task_owner"], "-"),
            ", ".join(names) or "-",
            _date(k["task_start_date"]),
            f"{k['task_duration']} {durn}",
            _date(k["task_end_date"]),
        ])
    write(out / "tasks.csv", [tr(t, x) for x in labels], rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("loc", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    sv = sysvals(a.src / "001_base_install.sql")
    loc = a.loc / a.lang
    companies(a.src, sv, translations(loc, "companies"), a.out)
    contacts(a.src, a.out)
    projects(a.src, translations(loc, "projects"), a.out)
    tasks(a.src, sv, translations(loc, "tasks"), a.out)


if __name__ == "__main__":
    main()
