"""OrangeHRM (orangehrm/orangehrm, GPL-3.0) -> its list views as CSV, labelled in one language.

Usage: python convert.py --lang en SRC OUT_DIR      (en, de, fr, es)

SRC is a folder holding, at commit 194a751e23977d76374386f2e405ac68eeed6904 (SOURCE.md), the
repository's files under their own paths:

- the records: two of its test fixtures,
  src/plugins/orangehrmTimePlugin/test/fixtures/CustomerDao.yaml (employees, customers,
  projects, project admins, a termination) and
  src/plugins/orangehrmRecruitmentPlugin/test/fixtures/CandidateDao.yml (the recruitment
  module's employees, job titles, vacancies, candidates and their applications);
- the labels: installer/Migration/V5_*/lang-string/<group>.yaml (the English strings, by
  group and unit id) and installer/Migration/V5_*/translation/<lang>.yaml (de, fr, es: the
  translations the installer loads), later versions over earlier ones.

Every value is read from those files: nothing is typed in here but the rules below.

OrangeHRM has no CSV export of these lists, so each file is a list view of its UI
(src/client/src/...: the columns, their headers as the Vue page's $t('group.unit') names
them, the cells as the page's normalizer writes them), one CSV per list:

- employees: PIM > Employee List (orangehrmPimPlugin/pages/employee/Employee.vue) with the
  "Current and Past Employees" filter (the default lists current ones only), sorted by first
  name: Id (the employee id), First (& Middle) Name ("first middle", the middle name empty
  leaving a trailing space, as the normalizer writes it), Last Name (with " (Past Employee)"
  when terminated), Job Title, Employment Status, Sub Unit, Supervisor (empty throughout:
  the fixture gives no job details nor supervisors). Records: CustomerDao.yaml's Employee.
- customers: Time > Project Info > Customers (orangehrmTimePlugin/pages/customer/
  Customer.vue): Name, Description; deleted customers are not listed; by name.
- projects: Time > Project Info > Projects (.../pages/project/Project.vue): Customer Name
  (a deleted customer's name followed by " (Deleted)"), Project, Project Admins (their
  names, "first last" with " (Past Employee)" when terminated, joined ", "); deleted
  projects are not listed; by project name, then id.
- vacancies: Recruitment > Vacancies (orangehrmRecruitmentPlugin/pages/ViewJobVacancy.vue):
  Vacancy, Job Title, Hiring Manager ("first last"), Status (Active / Closed); by name.
  Records: CandidateDao.yml's JobVacancy, JobTitle, Employee.
- candidates: Recruitment > Candidates (.../pages/ViewCandidatesList.vue): Vacancy (a closed
  vacancy's name followed by " (Closed)"), Candidate ("first middle last" as the normalizer
  joins them, an empty middle name leaving two spaces), Hiring Manager (the vacancy's,
  "first middle last"; empty when the candidate applied to no vacancy), Date of Application
  (Y-m-d, OrangeHRM's default date format), Status (the application's status by its label);
  then the candidate profile's fields the list does not show (pages/SaveCandidate.vue,
  ViewCandidateProfile.vue): Email, Contact Number, Keywords, and the list filter's Method of
  Application (Manual / Online). OrangeHRM 5 gives a candidate one vacancy; this 4.x-era
  fixture links some candidates to several (JobCandidateVacancy): the first link (lowest id)
  is the candidate's. Sorted by date of application, latest first, then id. Values as
  stored (the fixture's stray spaces around " John " kept).

CSV as Python's csv module writes it (UTF-8, minimal quoting, CRLF). Files named in English
in every language.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import yaml

TIME_FIXTURE = "src/plugins/orangehrmTimePlugin/test/fixtures/CustomerDao.yaml"
RECRUIT_FIXTURE = "src/plugins/orangehrmRecruitmentPlugin/test/fixtures/CandidateDao.yml"
MIGRATIONS = "installer/Migration"

# the application statuses' labels (ViewCandidatesList.vue's statuses: id -> unit) by the
# stored state names (the workflow's states)
STATUS_UNITS = {
    "APPLICATION INITIATED": "recruitment.application_initiated",
    "SHORTLISTED": "recruitment.shortlisted",
    "REJECTED": "leave.rejected",
    "INTERVIEW SCHEDULED": "recruitment.interview_scheduled",
    "INTERVIEW PASSED": "recruitment.interview_passed",
    "INTERVIEW FAILED": "recruitment.interview_failed",
    "JOB OFFERED": "recruitment.job_offered",
    "OFFER DECLINED": "recruitment.offer_declined",
    "HIRED": "recruitment.hired",
}


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def labels(src: Path, lang: str) -> dict[str, str]:
    """'group.unit' -> the label in ``lang`` (English where no translation is given)."""
    out: dict[str, str] = {}
    versions = sorted((d for d in (src / MIGRATIONS).iterdir() if d.is_dir()),
                      key=lambda d: _version(d.name))
    for d in versions:
        for f in sorted((d / "lang-string").glob("*.yaml")):
            for s in yaml.safe_load(f.read_text(encoding="utf-8")).get("langStrings") or []:
                out[f"{f.stem}.{s['unitId']}"] = s["value"]
    if lang != "en":
        groups: dict[str, str] = {k.split(".", 1)[1]: k.split(".", 1)[0] for k in out}
        for d in versions:
            f = d / "translation" / f"{lang}.yaml"
            if not f.exists():
                continue
            for t in yaml.safe_load(f.read_text(encoding="utf-8"))["translations"]:
                group = t.get("group") or groups.get(t["unitId"])
                out[f"{group}.{t['unitId']}"] = str(t["target"])
    return out


def _write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _s(v) -> str:
    return "" if v is None else str(v)


def build(src: Path, lang: str, out: Path) -> None:
    t = labels(src, lang)
    out.mkdir(parents=True, exist_ok=True)
    past = " " + t["general.past_employee"]
    deleted = t["general.deleted"]

    # --- Time fixture: employees, customers, projects
    time = yaml.safe_load((src / TIME_FIXTURE).read_text(encoding="utf-8"))
    emps = {int(e["emp_number"]): e for e in time["Employee"]}

    def emp_name(e: dict) -> str:
        name = f"{e['emp_firstname']} {e['emp_lastname']}"
        return name + past if e.get("termination_id") else name

    rows = []
    for e in sorted(emps.values(), key=lambda e: (e["emp_firstname"], int(e["emp_number"]))):
        last = e["emp_lastname"] + (past if e.get("termination_id") else "")
        rows.append([_s(e["employee_id"]), f"{e['emp_firstname']} {_s(e.get('emp_middle_name'))}",
                     last, "", "", "", ""])
    _write(out, "employees", [t["general.id"], t["pim.first_middle_name"], t["general.last_name"],
                              t["general.job_title"], t["general.employment_status"],
                              t["general.sub_unit"], t["pim.supervisor"]], rows)

    customers = {str(c["customer_id"]): c for c in time["Customer"]}
    rows = [[c["name"], _s(c["description"])]
            for c in sorted(customers.values(), key=lambda c: c["name"])
            if str(c["is_deleted"]) != "1"]
    _write(out, "customers", [t["general.name"], t["general.description"]], rows)

    admins: dict[str, list[str]] = {}
    for a in time["ProjectAdmin"]:
        admins.setdefault(str(a["project_id"]), []).append(emp_name(emps[int(a["emp_number"])]))
    rows = []
    for p in sorted(time["Project"], key=lambda p: (p["name"], int(p["project_id"]))):
        if str(p["is_deleted"]) == "1":
            continue
        c = customers[str(p["customer_id"])]
        cname = c["name"] + (deleted if str(c["is_deleted"]) == "1" else "")
        rows.append([cname, p["name"], ", ".join(admins.get(str(p["project_id"]), []))])
    _write(out, "projects", [t["time.customer_name"], t["time.project"], t["time.project_admins"]],
           rows)

    # --- Recruitment fixture: vacancies, candidates
    rec = yaml.safe_load((src / RECRUIT_FIXTURE).read_text(encoding="utf-8"))
    remps = {int(e["empNumber"]): e for e in rec["Employee"].values()}
    titles = {int(j["id"]): j for j in rec["JobTitle"].values()}
    vacancies = {int(v["id"]): v for v in rec["JobVacancy"].values()}

    def rname(e: dict, middle: bool = False) -> str:
        if middle and isinstance(e.get("middleName"), str):
            return f"{e['firstName']} {e['middleName']} {e['lastName']}"
        return f"{e['firstName']} {e['lastName']}"

    rows = []
    for v in sorted(vacancies.values(), key=lambda v: (v["name"], int(v["id"]))):
        rows.append([v["name"], titles[int(v["jobTitleCode"])]["jobTitleName"],
                     rname(remps[int(v["hiringManagerId"])]),
                     t["general.active"] if int(v["status"]) else t["general.closed"]])
    _write(out, "vacancies", [t["recruitment.vacancy"], t["general.job_title"],
                              t["recruitment.hiring_manager"], t["general.status"]], rows)

    links: dict[int, dict] = {}
    for cv in sorted(rec["JobCandidateVacancy"].values(), key=lambda cv: int(cv["id"])):
        links.setdefault(int(cv["candidateId"]), cv)
    methods = {1: t["recruitment.manual"], 2: t["recruitment.online"]}
    cands = sorted(rec["JobCandidate"].values(),
                   key=lambda c: (c["dateOfApplication"], -int(c["id"])), reverse=True)
    rows = []
    for c in cands:
        link = links.get(int(c["id"]))
        vacancy = manager = status = ""
        if link:
            v = vacancies[int(link["vacancyId"])]
            vacancy = v["name"] + ("" if int(v["status"]) else f" ({t['general.closed']})")
            manager = rname(remps[int(v["hiringManagerId"])], middle=True)
            status = t[STATUS_UNITS[link["status"]]]
        rows.append([vacancy, f"{c['firstName']} {c.get('middleName') or ''} {c['lastName']}",
                     manager, _s(c["dateOfApplication"]), status, _s(c.get("email")),
                     _s(c.get("contactNumber")), _s(c.get("keywords")),
                     methods.get(int(c["modeOfApplication"]), "")])
    _write(out, "candidates", [t["recruitment.vacancy"], t["recruitment.candidate"],
                               t["recruitment.hiring_manager"],
                               t["recruitment.date_of_application"],
                               t["general.status"], t["general.email"],
                               t["recruitment.contact_number"], t["recruitment.keywords"],
                               t["recruitment.method_of_application"]], rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en")
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    build(a.src, a.lang, a.out)


if __name__ == "__main__":
    main()
