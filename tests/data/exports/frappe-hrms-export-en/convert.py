"""Frappe HR's list exports of employees and job applicants, headed in its own labels.

Built for round X (session 50, keys353). Usage:

    python convert.py --lang en|de|fr|es HRMS OUT

HRMS: files of GitHub frappe/hrms at 80f17c99aee38116c0bd4b794845ebe5290d083c under their
own paths (SOURCE.md lists them). Two ERPNext helpers HRMS's tests call are not read but
their fixed values written below (SOURCE.md: make_employee of
erpnext/setup/doctype/employee/test_employee.py at 03bace7f05, create_designation of
erpnext/setup/doctype/designation/test_designation.py at 1d8f9c3e72).

Rules (nothing here is invented data):
- Employees: every make_employee("EMAIL", ...) call of HRMS's tests (hrms/**/test_*.py)
  whose user is a string literal, once per user (first call wins), in the order git lists
  the files. Fields are the ones make_employee sets (first_name = employee_name = the user,
  user_id, company_email, gender 'Female', date_of_birth '1990-05-08', date_of_joining
  '2013-01-01', status 'Active', employment_type 'Intern') and the call's literal keyword
  arguments (company as a literal, 2nd positional or company=; designation=). A company
  given by a variable is left empty (its value is not written in the test).
- Job applicants: the Job Applicant documents HRMS's tests insert with literal values
  (test_job_applicant.py: the two 'job_applicant_naming@example.com' documents, named
  by e-mail and e-mail-1 as the test asserts; hrms/tests/test_utils.py create_job_applicant's
  defaults '_Test Applicant', 'test_applicant@example.com', status 'Open', designation from
  create_designation's default name).
- Columns: the doctypes' fields (job_applicant.json's labels; Employee's ERPNext labels),
  headed by the label translated by HRMS's hrms/locale/<lang>.po (an untranslated label
  stays English, as Frappe shows it). Cells are raw values as Frappe's report export
  writes them (ISO dates, select values untranslated).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = {"en": None, "de": "de", "fr": "fr", "es": "es"}

EMPLOYEE = [  # (field, label)
    ("employee_name", "Full Name"),
    ("gender", "Gender"),
    ("date_of_birth", "Date of Birth"),
    ("date_of_joining", "Date of Joining"),
    ("status", "Status"),
    ("company", "Company"),
    ("designation", "Designation"),
    ("employment_type", "Employment Type"),
    ("user_id", "User ID"),
    ("company_email", "Company Email"),
]
APPLICANT = [
    ("name", "ID"),
    ("applicant_name", "Applicant Name"),
    ("email_id", "Email Address"),
    ("status", "Status"),
    ("designation", "Designation"),
]
# erpnext/setup/doctype/designation/test_designation.py create_designation()'s default name
# (ERPNext at 1d8f9c3e72ee2002dad91b3baffb81d5ab016e16), which create_job_applicant uses
DESIGNATION = "_Test designation"
CALL = re.compile(r'make_employee\(\s*"([^"]+)"([^)]*)\)')


def read_po(path):
    """msgid -> msgstr of a gettext catalogue, context-free entries preferred."""
    out, ctx_out = {}, {}
    msgid = msgstr = ctx = None
    cur = None

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if msgid is not None and msgstr:
            (ctx_out if ctx else out)[msgid] = msgstr

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("msgctxt "):
                flush()
                msgid = msgstr = None
                ctx, cur = unq(line[9:-1]), "ctx"
            elif line.startswith("msgid "):
                if cur != "ctx":
                    flush()
                    ctx = None
                msgid, msgstr, cur = unq(line[7:-1]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, cur = unq(line[8:-1]), "str"
            elif line.startswith('"') and cur in ("id", "str"):
                if cur == "id":
                    msgid += unq(line[1:-1])
                else:
                    msgstr += unq(line[1:-1])
            elif not line.strip():
                flush()
                msgid = msgstr = ctx = cur = None
        flush()
    for k, v in ctx_out.items():
        out.setdefault(k, v)
    return out


def test_files(root):
    found = []
    for d, _dirs, files in os.walk(os.path.join(root, "hrms")):
        for f in files:
            if f.startswith("test_") and f.endswith(".py"):
                found.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(found)


def employees(root):
    rows, seen = [], set()
    for rel in test_files(root):
        with open(os.path.join(root, rel), encoding="utf-8") as fh:
            text = fh.read()
        for m in CALL.finditer(text):
            user, rest = m.group(1), m.group(2)
            if user in seen:
                continue
            seen.add(user)
            company = ""
            pos = re.match(r'\s*,\s*"([^"]+)"', rest)
            kw = re.search(r'company\s*=\s*"([^"]+)"', rest)
            if pos:
                company = pos.group(1)
            elif kw:
                company = kw.group(1)
            des = re.search(r'designation\s*=\s*"([^"]+)"', rest)
            rows.append({
                "employee_name": user, "gender": "Female", "date_of_birth": "1990-05-08",
                "date_of_joining": "2013-01-01", "status": "Active", "company": company,
                "designation": des.group(1) if des else "", "employment_type": "Intern",
                "user_id": user, "company_email": user,
            })
    return rows


def applicants(root):
    with open(os.path.join(root, "hrms/tests/test_utils.py"), encoding="utf-8") as fh:
        utils = fh.read()
    name = re.search(r'"applicant_name":\s*args\.applicant_name or "([^"]+)"', utils).group(1)
    email = re.search(r'"email_id":\s*args\.email_id or "([^"]+)"', utils).group(1)
    test = "hrms/hr/doctype/job_applicant/test_job_applicant.py"
    with open(os.path.join(root, test), encoding="utf-8") as fh:
        t = fh.read()
    rows = []
    doc = r'"status":\s*"([^"]+)",\s*"applicant_name":\s*"([^"]+)",\s*"email_id":\s*"([^"]+)"'
    docs = re.findall(doc, t)
    for i, (status, aname, aemail) in enumerate(docs):
        rows.append({"name": aemail if i == 0 else f"{aemail}-{i}", "applicant_name": aname,
                     "email_id": aemail, "status": status, "designation": ""})
    rows.append({"name": email, "applicant_name": name, "email_id": email, "status": "Open",
                 "designation": DESIGNATION})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("hrms")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {}
    if LANGS[a.lang]:
        po = read_po(os.path.join(a.hrms, "hrms", "locale", LANGS[a.lang] + ".po"))
    os.makedirs(a.out, exist_ok=True)
    for name, fields, rows in (("employees.csv", EMPLOYEE, employees(a.hrms)),
                               ("job_applicants.csv", APPLICANT, applicants(a.hrms))):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([po.get(label, label) for _f, label in fields])
            for r in rows:
                w.writerow([r[f] for f, _label in fields])


if __name__ == "__main__":
    main()
