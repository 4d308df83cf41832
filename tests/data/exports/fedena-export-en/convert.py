"""Fedena's student and employee records as its profile reports print them, one row each.

Built for round Z4 (session 52, keys389). Usage:

    python convert.py --lang en|de|fr|es FEDENA OUT

FEDENA: files of GitHub projectfedena/fedena at 68a84ac445bf9ad5eb7dd5925388eb788bde9894
under their own paths (SOURCE.md lists them). Python 3, standard library only.

Rules (nothing here is invented data):
- Rows: students.csv, the eleven students of Fedena's test fixtures
  (test/fixtures/students.yml, with the batches and courses of batches.yml and courses.yml);
  employees.csv, the one employee Fedena's seeds create (db/seeds.rb: 'Admin User', employee
  number 'admin', in the 'System Admin' department, category and position). Country and
  nationality id 76 is the 76th name of the seeds' country list (created in that order on a
  new database: 'India'). Student category ids 1 and 2 name no row (no fixture, no seed): an
  empty cell, as the profile prints a missing category. The fixtures and seeds date records
  from the day they are loaded (Date.today); here that day is TODAY, the commit's date.
- Columns: the fields of the student's and the employee's profile report
  (app/views/student/profile_pdf.erb, app/views/employee/profile_pdf.erb), in their order,
  each headed by the label the report gives it (t('key') from config/locales/<lang>.yml),
  after the person's name (the report's heading: full_name), headed by the label Fedena's
  search lists give it (t('name'), student/advanced_search_pdf.html.erb and
  employee/advanced_search_pdf.erb). Left out: the student's group tutor (the fixture batches
  have none, and the report writes that row only for a tutor) and previous institution (no
  previous data), and the employee's office address block (its City, State and Country repeat
  the home block's labels; the seeded employee has no office address) and bank and
  additional details (none).
- Cells as the reports print them: dates by I18n.l(:format=>:normal) ('%B %e, %Y', month
  names of the language), the employee's birth date raw ('%Y-%m-%d'), gender and status by
  t('male'/'female'/'active'), total experience as the report computes it on TODAY; runs of
  spaces collapsed and ends trimmed, as the page shows them.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import re

TODAY = datetime.date(2016, 7, 20)  # the date of commit 68a84ac4: the day the records load
LANGS = ("en", "de", "fr", "es")

# (field, label key): the student profile report's rows
STUDENT = [
    ("name", "name"), ("admission_no", "admission_number"), ("admission_date", "admission_date"),
    ("batch", "batch"), ("course", "course_text"), ("date_of_birth", "date_of_birth"),
    ("blood_group", "blood_group"), ("gender", "gender"), ("nationality", "nationality"),
    ("language", "language"), ("category", "category"), ("religion", "religion"),
    ("address", "address"), ("city", "city"), ("state", "state"), ("pin_code", "zip"),
    ("country", "country"), ("phone1", "phone"), ("phone2", "mobile"), ("email", "email"),
    ("immediate_contact", "immediate_contact"),
]
# the employee profile report's rows (general, personal, home address, contact details)
EMPLOYEE = [
    ("name", ["name"]), ("employee_number", ["employee_number"]),
    ("joining_date", ["joining_date"]), ("department", ["department"]),
    ("category", ["category"]), ("position", ["position"]), ("job_title", ["job_title"]),
    ("manager", ["manager"]), ("gender", ["gender"]), ("status", ["status"]),
    ("qualification", ["qualification"]), ("total_exp", ["total_exp"]),
    ("experience_detail", ["exp_info"]), ("date_of_birth", ["dob"]),
    ("marital_status", ["marital_status"]), ("children_count", ["no_of_children"]),
    ("father_name", ["father_name"]), ("mother_name", ["mother_name"]),
    ("husband_name", ["spouse_name"]), ("blood_group", ["blood_group"]),
    ("nationality", ["nationality"]), ("home_address", ["home_address"]),
    ("home_city", ["city"]), ("home_state", ["state"]), ("home_country", ["country"]),
    ("home_pin_code", ["home", "zip"]), ("office_phone1", ["office_phone1"]),
    ("office_phone2", ["office_phone2"]), ("mobile_phone", ["mobile"]),
    ("home_phone", ["home_phone"]), ("email", ["email"]), ("fax", ["fax"]),
]


def tidy(s):
    return re.sub(r"\s+", " ", s or "").strip()


def read_locale(path):
    """Top-level keys of a Fedena locale file ('  key: "value"'), first occurrence each."""
    out, months = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'^  ([a-z0-9_]+): *(.*?)\s*$', line)
            if m and m.group(1) not in out:
                v = m.group(2)
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                    v = v[1:-1]
                out[m.group(1)] = v
            m = re.match(r'^    month_names: *\[(.*)\]', line)
            if m and months is None:
                months = [x.strip() for x in m.group(1).split(",")]
    out["__months__"] = months
    return out


def l_normal(d, loc):
    """I18n.l(date, :format => :normal): '%B %e, %Y'."""
    return f"{loc['__months__'][d.month]} {d.day:2d}, {d.year}"


def erb_date(v):
    """The fixtures' ERB dates: Date.today, Date.today - N.years, Date.today + 1.year."""
    m = re.match(r"<%= *Date\.today *(?:([-+]) *(\d+)\.years? *)?%>", v)
    if not m:
        return v
    if not m.group(1):
        return TODAY
    n = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
    return TODAY.replace(year=TODAY.year + n)


def read_fixture(path):
    rows, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^[A-Za-z0-9_]+:\s*$", line):
                cur = {}
                rows.append(cur)
            else:
                m = re.match(r"^  ([a-z_]+): *(.*?)\s*$", line)
                if m and cur is not None:
                    v = m.group(2)
                    if v in ("''", '""'):
                        v = ""
                    cur[m.group(1)] = erb_date(v)
    return rows


def countries(seeds):
    block = seeds.split("#add country", 1)[1].split("].each", 1)[0]
    return re.findall(r'"([^"]*)"', block)


def seeded_employee(seeds):
    def name_of(model):
        pattern = model + r"\.find_or_create_by_\w+\([^)]*?:name => '([^']*)'"
        return re.search(pattern, seeds).group(1)
    call = re.search(r"Employee\.find_or_create_by_employee_number\((.*?)\)\s*$", seeds,
                     re.M | re.S).group(1)
    args = dict(re.findall(r":(\w+) =>\s*'([^']*)'", call))
    return {
        "employee_number": args["employee_number"], "first_name": args["first_name"],
        "last_name": args["last_name"], "email": args["email"],
        "nationality_id": args["nationality_id"],
        "department": name_of("EmployeeDepartment"), "category": name_of("EmployeeCategory"),
        "position": name_of("EmployeePosition"),
        "joining_date": TODAY, "date_of_birth": TODAY - datetime.timedelta(days=365),
        "status": True, "gender": None,
    }


def total_exp(joining, loc):
    """employee_controller#profile_pdf: years and months since joining (no prior experience)."""
    days = (TODAY - joining).days
    cur_years, cur_months = days // 365, (days % 365) // 30
    years = cur_years + cur_months // 12
    return f"{years} {loc['years']} {cur_months % 12} {loc['months']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("fedena")
    ap.add_argument("out")
    a = ap.parse_args()
    src = a.fedena
    loc = read_locale(os.path.join(src, "config", "locales", a.lang + ".yml"))
    with open(os.path.join(src, "db", "seeds.rb"), encoding="utf-8") as fh:
        seeds = fh.read()
    country = countries(seeds)
    fixtures = os.path.join(src, "test", "fixtures")
    batches = {r["id"]: r for r in read_fixture(os.path.join(fixtures, "batches.yml"))}
    courses = {r["id"]: r for r in read_fixture(os.path.join(fixtures, "courses.yml"))}
    os.makedirs(a.out, exist_ok=True)

    rows = []
    for s in read_fixture(os.path.join(fixtures, "students.yml")):
        b = batches[s["batch_id"]]
        c = courses[b["course_id"]]
        v = {
            "name": " ".join(s.get(k, "") for k in ("first_name", "middle_name", "last_name")),
            "admission_no": s["admission_no"], "admission_date": l_normal(s["admission_date"], loc),
            "batch": b["name"], "course": f"{c['course_name']} {c['section_name']}",
            "date_of_birth": l_normal(s["date_of_birth"], loc),
            "gender": loc["male" if s["gender"].lower() == "m" else "female"],
            "nationality": country[int(s["nationality_id"]) - 1],
            "address": (s.get("address_line1", "") + (", " if s.get("address_line1") else "")
                        + s.get("address_line2", "")),
            "country": country[int(s["country_id"]) - 1],
        }
        rows.append([tidy(str(v.get(f, ""))) for f, _ in STUDENT])
    write(os.path.join(a.out, "students.csv"), [tidy(loc[k]) for _, k in STUDENT], rows)

    e = seeded_employee(seeds)
    v = {
        "name": f"{e['first_name']} {e['last_name']}", "employee_number": e["employee_number"],
        "joining_date": l_normal(e["joining_date"], loc), "department": e["department"],
        "category": e["category"], "position": e["position"],
        "gender": loc["female" if e["gender"] == "f" else "male"],
        "status": loc["active" if e["status"] else "inactive"],
        "total_exp": total_exp(e["joining_date"], loc),
        "date_of_birth": e["date_of_birth"].isoformat(),
        "nationality": country[int(e["nationality_id"]) - 1], "email": e["email"],
    }
    write(os.path.join(a.out, "employees.csv"),
          [tidy(" ".join(tidy(loc[k]) for k in keys)) for _, keys in EMPLOYEE],
          [[tidy(str(v.get(f, ""))) for f, _ in EMPLOYEE]])


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    main()
