"""Horilla HRMS's demo data as its list views show it (keys356, session 50, round Y):
recruitment candidates, employees and companies, headed by Horilla's own labels (its
``horilla/locale/<lang>/LC_MESSAGES/django.po`` catalogue) in one language.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths (horilla-opensource/horilla at
72e7198fa4). Rules:
- Records: the demo database's fixtures ``load_data/*.json`` (what the "load demo data"
  page installs): ``recruitment.candidate`` (17), ``employee.employee`` with its
  ``employee.employeeworkinformation`` (126, one inactive), ``base.company`` (3), and the
  related records named in the cells (recruitments, job positions, departments, shifts,
  work types, job roles).
- candidates.csv: the candidate list view (``recruitment/templates/candidate/
  candidate_list.html``) with its text columns: Candidates ({{cand}}: the name), Email,
  Phone, Recruitment ({{cand.recruitment_id}}: its title), Job Position
  ({{cand.job_position_id}}: JobPosition.__str__ 'position - (department)'). The Rating
  (a star widget) and Resume (a 'View' link) columns carry no text and are left out. Active
  candidates only (the view's default filter), fixture order.
- employees.csv: the employee list view (``employee/templates/employee_personal_info/
  employee_list.html``): Employee (Employee.__str__ 'first last (badge)'), Email, Phone,
  Badge Id, Job Position, Department, Shift, Work Type, Job Role ('role - position'),
  Reporting Manager (an employee's __str__), Company, Work Email, Date of Joining. Active
  employees only, fixture order. A missing value prints as Django's template prints None:
  'None'. Dates as Django's ``date`` default format in the language (DATE_FORMAT of
  django/conf/locale/<lang>/formats.py: en 'N j, Y', de 'j. F Y', fr 'j F Y', es
  'j \\d\\e F \\d\\e Y'; the month names of Django's catalogues, below).
- companies.csv: the company list (``base/templates/base/company/company_view.html``):
  Company, Is Hq ({{company.hq}}: Python's True / False, untranslated), Address, Country,
  State, City, Zip. Fixture order.
- Headers are the templates' {% trans %} words through the catalogue; an untranslated or
  fuzzy entry shows the English msgid. Comma-separated UTF-8 CSV (Python's csv module).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

PO = "horilla/locale/{}/LC_MESSAGES/django.po"
# Django 4.2's month names (django/utils/dates.py MONTHS and MONTHS_AP, translated in
# django/conf/locale/<lang>/LC_MESSAGES/django.po); only the months the data holds
MONTHS = {
    "en": {1: "Jan.", 2: "Feb.", 5: "May"},
    "de": {1: "Januar", 2: "Februar", 5: "Mai"},
    "fr": {1: "janvier", 2: "février", 5: "mai"},
    "es": {1: "enero", 2: "febrero", 5: "mayo"},
}


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (no msgctxt, fuzzy entries skipped)."""
    out: dict[str, str] = {}
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        if "#, fuzzy" in block or "msgctxt" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not m:
            continue

        def join(s: str) -> str:
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s)
            return "".join(parts).encode("utf-8").decode("unicode_escape").encode(
                "latin-1").decode("utf-8")

        out[join(m.group(1))] = join(m.group(2))
    return out


def fixtures(src: Path, name: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for rec in json.loads((src / f"load_data/{name}.json").read_text(encoding="utf-8")):
        out.setdefault(rec["model"], []).append({"pk": rec["pk"], **rec["fields"]})
    return out


def show(value: object) -> str:
    return "None" if value is None else str(value)  # Django's template prints None


def fmt_date(value: str | None, lang: str) -> str:
    if not value:
        return "None"
    y, m, d = (int(x) for x in value.split("-"))
    month = MONTHS[lang][m]
    return {"en": f"{month} {d}, {y}", "de": f"{d}. {month} {y}", "fr": f"{d} {month} {y}",
            "es": f"{d} de {month} de {y}"}[lang]


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    po = src / PO.format(lang)
    cat = read_po(po) if po.exists() else {}

    def t(msgid: str) -> str:
        return cat.get(msgid) or msgid

    base = fixtures(src, "base_data")
    rec = fixtures(src, "recruitment_data")
    emp = fixtures(src, "employee_info_data")
    work = fixtures(src, "work_info_data")

    def by_pk(recs: list[dict]) -> dict[int, dict]:
        return {r["pk"]: r for r in recs}

    dept = by_pk(base["base.department"])
    pos = by_pk(base["base.jobposition"])
    role = by_pk(base["base.jobrole"])
    wtype = by_pk(base["base.worktype"])
    shift = by_pk(base["base.employeeshift"])
    comp = by_pk(base["base.company"])
    recr = by_pk(rec["recruitment.recruitment"])
    emps = by_pk(emp["employee.employee"])
    info = {w["employee_id"]: w for w in work["employee.employeeworkinformation"]}

    def s_pos(pk: int | None) -> str:
        if pk is None:
            return "None"
        p = pos[pk]
        return f"{p['job_position']} - ({dept[p['department_id']]['department']})"

    def s_emp(pk: int | None) -> str:
        if pk is None:
            return "None"
        e = emps[pk]
        last = e["employee_last_name"] if e["employee_last_name"] is not None else ""
        badge = f"({e['badge_id']})" if e["badge_id"] is not None else ""
        return f"{e['employee_first_name']} {last} {badge}"

    def s_role(pk: int | None) -> str:
        if pk is None:
            return "None"
        r = role[pk]
        return f"{r['job_role']} - {pos[r['job_position_id']]['job_position']}"

    def name_of(table: dict[int, dict], field: str, pk: int | None) -> str:
        return "None" if pk is None else str(table[pk][field])

    out.mkdir(parents=True, exist_ok=True)
    header = [t(x) for x in ("Candidates", "Email", "Phone", "Recruitment", "Job Position")]
    rows = [[c["name"], show(c["email"]), show(c["mobile"]),
             name_of(recr, "title", c["recruitment_id"]), s_pos(c["job_position_id"])]
            for c in rec["recruitment.candidate"] if c["is_active"]]
    write(out / "candidates.csv", header, rows)

    header = [t(x) for x in ("Employee", "Email", "Phone", "Badge Id", "Job Position",
                             "Department", "Shift", "Work Type", "Job Role",
                             "Reporting Manager", "Company", "Work Email",
                             "Date of Joining")]
    rows = []
    for e in emp["employee.employee"]:
        if not e["is_active"]:
            continue
        w = info.get(e["pk"], {})
        rows.append([
            s_emp(e["pk"]), show(e["email"]), show(e["phone"]), show(e["badge_id"]),
            s_pos(w.get("job_position_id")),
            name_of(dept, "department", w.get("department_id")),
            name_of(shift, "employee_shift", w.get("shift_id")),
            name_of(wtype, "work_type", w.get("work_type_id")),
            s_role(w.get("job_role_id")), s_emp(w.get("reporting_manager_id")),
            name_of(comp, "company", w.get("company_id")), show(w.get("email")),
            fmt_date(w.get("date_joining"), lang)])
    write(out / "employees.csv", header, rows)

    header = [t(x) for x in ("Company", "Is Hq", "Address", "Country", "State", "City",
                             "Zip")]
    rows = [[c["company"], str(c["hq"]), show(c["address"]), show(c["country"]),
             show(c["state"]), show(c["city"]), show(c["zip"])]
            for c in base["base.company"]]
    write(out / "companies.csv", header, rows)


if __name__ == "__main__":
    main()
