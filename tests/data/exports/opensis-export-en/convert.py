"""Build openSIS's Advanced Report exports (students.csv, staff.csv) in one language.

Usage: python convert.py --lang en|es|fr OPENSIS OUTDIR

OPENSIS is a folder holding OS4ED/openSIS-Classic's files under their own paths
(install/SqlSampleDataInc.php, lang/lang_en.php, lang/lang_es.php, lang/lang_fr.php).
The records are the installer's sample data (SqlSampleDataInc.php: the fifteen students
enrolled at Greenwood International School, its staff with their school information,
address, phone and emergency contact). Columns are the fields ticked in Students >
Advanced Report (modules/miscellaneous/Export.php) and Users > Staff Advanced Report
(modules/miscellaneous/UserExport.php), in the order of their field lists, headed by the
labels of lang/lang_LANG.php (the first define() of a constant wins, as in PHP). The
program writes its export as an HTML table saved as .xls; each table row is one CSV row
here. Standard library only.
"""

import argparse
import csv
import datetime
import os
import re

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# Students > Advanced Report: (field, label constant), Export.php's $fields_list order.
STUDENT_FIELDS = [
    ("FIRST_NAME", "_first"),
    ("LAST_NAME", "_last"),
    ("MIDDLE_NAME", "_middle"),
    ("ETHNICITY_ID", "_ethnicity"),
    ("LANGUAGE_ID", "_language"),
    ("NAME_SUFFIX", "_suffix"),
    ("GENDER", "_gender"),
    ("STUDENT_ID", "_studentId"),
    ("GRADE_ID", "_grade"),
    ("SCHOOL_ID", "_school"),
    ("USERNAME", "_username"),
    ("ALT_ID", "_alternateId"),
    ("BIRTHDATE", "_dob"),
    ("EMAIL", "_emailId"),
    ("PHONE", "_phone"),
]

# Users > Staff Advanced Report: (field, label constant), UserExport.php's $fields_list order.
STAFF_FIELDS = [
    ("FIRST_NAME", "_first"),
    ("TITLE", "_title"),
    ("LAST_NAME", "_last"),
    ("MIDDLE_NAME", "_middle"),
    ("GENDER", "_gender"),
    ("BIRTHDATE", "_dateOfBirth"),
    ("PRIMARY_LANGUAGE_ID", "_primaryLanguage"),
    ("STAFF_ADDRESS1_PRIMARY", "_streetAddress_1"),
    ("STAFF_ADDRESS2_PRIMARY", "_streetAddress_2"),
    ("STAFF_CITY_PRIMARY", "_city"),
    ("STAFF_STATE_PRIMARY", "_state"),
    ("STAFF_ZIP_PRIMARY", "_zipPostalCode"),
    ("STAFF_HOME_PHONE", "_homePhone"),
    ("STAFF_MOBILE_PHONE", "_mobilePhone"),
    ("STAFF_EMERGENCY_FIRST_NAME", "_emergencyContactFirstName"),
    ("STAFF_EMERGENCY_LAST_NAME", "_emergencyContactLastName"),
    ("CATEGORY", "_staffCategory"),
    ("JOB_TITLE", "_jobTitle"),
    ("JOINING_DATE", "_joiningDate"),
    ("STAFF_ID", "_staffId"),
    ("USERNAME", "_username"),
    ("EMAIL", "_emailId"),
    ("PROFILE", "_userProfile"),
]


def read_labels(path):
    """define("_name", "text") constants; the first definition of a name wins."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    labels = {}
    for name, value in re.findall(r'define\(\s*"(_\w+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)', text):
        labels.setdefault(name, value.replace('\\"', '"'))
    return labels


def parse_values(text):
    """The tuples of an INSERT's VALUES list: strings, numbers, NULL."""
    rows, row, i = [], None, 0
    while i < len(text):
        ch = text[i]
        if ch == "(" and row is None:
            row, i = [], i + 1
            continue
        if row is None:
            if ch == ";":
                break
            i += 1
            continue
        if ch == "'":
            j, out = i + 1, []
            while True:
                if text[j] == "\\":
                    out.append(text[j + 1])
                    j += 2
                elif text[j] == "'" and text[j + 1 : j + 2] == "'":
                    out.append("'")
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    out.append(text[j])
                    j += 1
            row.append("".join(out))
            i = j + 1
        elif ch == ")":
            rows.append(row)
            row, i = None, i + 1
        elif ch in ", \n\r\t":
            i += 1
        else:
            m = re.match(r"[^,)\s]+", text[i:])
            token = m.group(0)
            row.append(None if token.upper() == "NULL" else token)
            i += len(token)
    return rows


def inserts(sql, table):
    """Rows of `INSERT INTO table (cols) VALUES ...;` as dicts keyed by upper-case column."""
    m = re.search(r"INSERT INTO `" + table + r"` \(([^)]*)\) VALUES\s*", sql)
    columns = [c.strip().strip("`").upper() for c in m.group(1).split(",")]
    return [dict(zip(columns, row, strict=True)) for row in parse_values(sql[m.end() :])]


def proper_date(value):
    """ProperDate with the default preferences MONTH 'M', DAY 'j', YEAR 'Y': 'Jun/2/1993'."""
    if not value or value.startswith("0000"):
        return ""
    d = datetime.date.fromisoformat(value[:10])
    return f"{MONTHS[d.month - 1]}/{d.day}/{d.year}"


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True, choices=["en", "es", "fr"])
    parser.add_argument("opensis")
    parser.add_argument("outdir")
    args = parser.parse_args()

    labels = read_labels(os.path.join(args.opensis, "lang", f"lang_{args.lang}.php"))
    with open(os.path.join(args.opensis, "install", "SqlSampleDataInc.php"), encoding="utf-8") as h:
        sql = h.read()

    ethnicity = {r["ETHNICITY_ID"]: r["ETHNICITY_NAME"] for r in inserts(sql, "ethnicity")}
    language = {r["LANGUAGE_ID"]: r["LANGUAGE_NAME"] for r in inserts(sql, "language")}
    grades = {r["ID"]: r["TITLE"] for r in inserts(sql, "school_gradelevels")}
    schools = {r["ID"]: r["TITLE"] for r in inserts(sql, "schools")}
    logins = inserts(sql, "login_authentication")
    enrollment = {r["STUDENT_ID"]: r for r in inserts(sql, "student_enrollment")}

    # Students: GetStuList joins the enrollment (grade, school); the student's sign-in is the
    # login_authentication row of profile 3 (student); ordered by FULL_NAME (last, first).
    rows = []
    students = inserts(sql, "students")
    students.sort(key=lambda s: (s["LAST_NAME"], s["FIRST_NAME"]))
    for s in students:
        e = enrollment.get(s["STUDENT_ID"], {})
        login = next(
            (la for la in logins if la["USER_ID"] == s["STUDENT_ID"] and la["PROFILE_ID"] == "3"),
            {},
        )
        values = dict(s)
        values["ETHNICITY_ID"] = ethnicity.get(s["ETHNICITY_ID"], "")
        values["LANGUAGE_ID"] = language.get(s["LANGUAGE_ID"], "")
        values["GRADE_ID"] = grades.get(e.get("GRADE_ID"), "")
        values["SCHOOL_ID"] = schools.get(e.get("SCHOOL_ID"), "")
        values["USERNAME"] = login.get("USERNAME", "")
        values["BIRTHDATE"] = proper_date(s["BIRTHDATE"])
        rows.append([values.get(field) for field, _ in STUDENT_FIELDS])
    os.makedirs(args.outdir, exist_ok=True)
    write(
        os.path.join(args.outdir, "students.csv"),
        [labels[const] for _, const in STUDENT_FIELDS],
        rows,
    )

    # Staff: UserExport.php joins login_authentication on USER_ID = STAFF_ID and PROFILE_ID,
    # staff_school_info (inner), staff_address, staff_contact, staff_emergency_contact (left).
    address = {r["STAFF_ID"]: r for r in inserts(sql, "staff_address")}
    contact = {r["STAFF_ID"]: r for r in inserts(sql, "staff_contact")}
    emergency = {r["STAFF_ID"]: r for r in inserts(sql, "staff_emergency_contact")}
    info = {r["STAFF_ID"]: r for r in inserts(sql, "staff_school_info")}
    rows = []
    staff = inserts(sql, "staff")
    staff.sort(key=lambda s: (s["LAST_NAME"], s["FIRST_NAME"], int(s["STAFF_ID"])))
    for s in staff:
        login = next(
            (
                la
                for la in logins
                if la["USER_ID"] == s["STAFF_ID"] and la["PROFILE_ID"] == s["PROFILE_ID"]
            ),
            None,
        )
        if login is None or s["STAFF_ID"] not in info:
            continue
        values = {}
        for part in (address, contact, emergency, info):
            values.update(part.get(s["STAFF_ID"], {}))
        values.update(s)
        values["USERNAME"] = login["USERNAME"]
        values["BIRTHDATE"] = proper_date(s["BIRTHDATE"])
        values["PRIMARY_LANGUAGE_ID"] = language.get(s["PRIMARY_LANGUAGE_ID"], "")
        rows.append([values.get(field) for field, _ in STAFF_FIELDS])
    write(
        os.path.join(args.outdir, "staff.csv"),
        [labels[const] for _, const in STAFF_FIELDS],
        rows,
    )


if __name__ == "__main__":
    main()
