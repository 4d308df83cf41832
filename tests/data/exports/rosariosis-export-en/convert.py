"""Build RosarioSIS's list exports (students.csv, users.csv) in one language.

Usage: python convert.py --lang en|fr|es|de ROSARIO OUTDIR

ROSARIO is a folder holding francoisjacquet/rosariosis's files under their own paths
(rosariosis.sql, rosariosis_fr.sql, rosariosis_es.sql, locale/*/LC_MESSAGES/rosariosis.po).
The records are the install data of rosariosis.sql (the one student, the three users, the
school), with the language's data update (rosariosis_fr.sql / rosariosis_es.sql) applied as
RosarioSIS's installer does for a French or Spanish database; German has none. Files are
written as ListOutput's CSV export writes them (functions/ListOutput.fnc.php _listSave:
every cell quoted, "\\n" line ends, HTML stripped). Standard library only.
"""

import argparse
import os
import re

LOCALES = {"en": None, "fr": "fr_FR.utf8", "es": "es_ES.utf8", "de": "de_DE.utf8"}
DATA_UPDATE = {"fr": "rosariosis_fr.sql", "es": "rosariosis_es.sql"}

# Month names strftime's %B gives in each locale (Preferences DATE: '%B %d %Y' in en_US,
# '%d %B %Y' otherwise; functions/User.fnc.php).
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}


def read_po(path):
    """msgid -> msgstr (msgstr[0] for plural entries); untranslated entries left out."""
    catalogue = {}
    entry = {}
    key = None

    def flush():
        msgid = entry.get("msgid")
        msgstr = entry.get("msgstr", entry.get("msgstr[0]", ""))
        if msgid and msgstr and "msgctxt" not in entry:
            catalogue[msgid] = msgstr

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                if entry:
                    flush()
                    entry = {}
                key = None
                continue
            match = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if match:
                if match.group(1) in ("msgid", "msgctxt") and "msgstr" in "".join(entry):
                    flush()
                    entry = {}
                key = match.group(1)
                entry[key] = unescape(match.group(2))
            elif line.startswith('"') and key:
                entry[key] += unescape(line[1:-1])
    if entry:
        flush()
    return catalogue


def unescape(text):
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def sql_values(text):
    """Split an SQL VALUES list: strings ('' escaped), NULL, numbers, NEXTVAL(...)."""
    values, i = [], 0
    while i < len(text):
        char = text[i]
        if char in " ,\n":
            i += 1
        elif char == "'":
            j, out = i + 1, []
            while True:
                if text[j] == "'" and j + 1 < len(text) and text[j + 1] == "'":
                    out.append("'")
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    out.append(text[j])
                    j += 1
            values.append("".join(out))
            i = j + 1
        else:
            match = re.match(r"NEXTVAL\('[^']*'\)|[^,\s]+", text[i:])
            token = match.group(0)
            values.append(
                None if token == "NULL" else ("NEXTVAL" if token.startswith("NEXTVAL") else token)
            )
            i += len(token)
    return values


def inserts(sql, table, columns):
    """Rows of `INSERT INTO table VALUES (...);` as dicts; NEXTVAL numbered 1, 2, ..."""
    rows, seq = [], 0
    for match in re.finditer(rf"^INSERT INTO {table} VALUES \((.*?)\);$", sql, re.M | re.S):
        values = sql_values(match.group(1))
        row = dict(zip(columns, values, strict=False))
        for name, value in row.items():
            if value == "NEXTVAL":
                seq += 1
                row[name] = str(seq)
        rows.append(row)
    return rows


def apply_updates(sql, table, rows, id_column):
    """Apply a data update's `UPDATE table SET a='x', b=NULL WHERE id=N;` statements."""
    by_id = {row[id_column]: row for row in rows}
    pattern = rf"^UPDATE {table}\s+SET (.*?)\s+WHERE (\w+)=(\d+);"
    for match in re.finditer(pattern, sql, re.M | re.S):
        row = by_id.get(match.group(3))
        if row is None:
            continue
        for name, value in re.findall(r"(\w+)=('(?:[^']|'')*'|NULL|[\d.]+)", match.group(1)):
            row[name] = (
                None
                if value == "NULL"
                else (value[1:-1].replace("''", "'") if value.startswith("'") else value)
            )


def parse_ml(title, locale):
    """ParseMLField: 'Gender|fr_FR.utf8:Sexe' -> the locale's part, else the default."""
    parts = (title or "").split("|")
    for part in parts[1:]:
        if locale and part.startswith(locale + ":"):
            return part[len(locale) + 1 :]
    return parts[0]


def proper_date(value, lang):
    if not value:
        return ""
    year, month, day = value[:10].split("-")
    name = MONTHS[lang][int(month) - 1]
    return f"{name} {day} {year}" if lang == "en" else f"{day} {name} {year}"


def write_csv(path, header, rows):
    """_listSave's CSV: every cell in double quotes, quotes doubled, '\\n' after each line."""

    def cell(value):
        value = "" if value is None else str(value)
        if len(value) > 1 and value[0] in "=-+@\t\r":
            value = "'" + value
        return '"' + value.replace('"', '""') + '"'

    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(cell(h) for h in header) + "\n")
        for row in rows:
            handle.write(",".join(cell(v) for v in row) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True, choices=sorted(LOCALES))
    parser.add_argument("rosario")
    parser.add_argument("outdir")
    args = parser.parse_args()
    lang, locale = args.lang, LOCALES[args.lang]

    catalogue = {}
    if locale:
        catalogue = read_po(
            os.path.join(args.rosario, "locale", locale, "LC_MESSAGES", "rosariosis.po")
        )

    def _(msgid):
        return catalogue.get(msgid, msgid)

    with open(os.path.join(args.rosario, "rosariosis.sql"), encoding="utf-8") as handle:
        sql = handle.read()
    update = ""
    if lang in DATA_UPDATE:
        with open(os.path.join(args.rosario, DATA_UPDATE[lang]), encoding="utf-8") as handle:
            update = handle.read()

    schools = inserts(
        sql,
        "schools",
        [
            "syear",
            "id",
            "title",
            "address",
            "city",
            "state",
            "zipcode",
            "phone",
            "principal",
            "www_address",
            "school_number",
            "short_name",
            "reporting_gp_scale",
            "number_days_rotation",
        ],
    )
    students = inserts(
        sql,
        "students",
        [
            "student_id",
            "last_name",
            "first_name",
            "middle_name",
            "name_suffix",
            "username",
            "password",
            "last_login",
            "failed_login",
        ]
        + [f"custom_{n}" for n in range(200000000, 200000012)],
    )
    staff = inserts(
        sql,
        "staff",
        [
            "syear",
            "staff_id",
            "current_school_id",
            "title",
            "first_name",
            "last_name",
            "middle_name",
            "name_suffix",
            "username",
            "password",
            "email",
            "custom_200000001",
            "profile",
            "schools",
            "last_login",
            "failed_login",
            "profile_id",
            "rollover_id",
        ],
    )
    grades = inserts(
        sql,
        "school_gradelevels",
        ["id", "school_id", "short_name", "title", "next_grade_id", "sort_order"],
    )
    codes = inserts(
        sql,
        "student_enrollment_codes",
        ["id", "syear", "title", "short_name", "type", "default_code", "sort_order"],
    )
    enrollment = inserts(
        sql,
        "student_enrollment",
        [
            "id",
            "syear",
            "school_id",
            "student_id",
            "grade_id",
            "start_date",
            "end_date",
            "enrollment_code",
            "drop_code",
            "next_school",
            "calendar_id",
            "last_school",
        ],
    )
    fields = inserts(
        sql,
        "custom_fields",
        [
            "id",
            "type",
            "title",
            "sort_order",
            "select_options",
            "category_id",
            "required",
            "default_selection",
        ],
    )
    staff_fields = inserts(
        sql,
        "staff_fields",
        [
            "id",
            "type",
            "title",
            "sort_order",
            "select_options",
            "category_id",
            "required",
            "default_selection",
        ],
    )
    for rows in (fields, staff_fields):  # their sequences start at 200000000
        for row in rows:
            row["id"] = str(200000000 + int(row["id"]) - 1)
    for table, rows, id_column in (
        ("schools", schools, "id"),
        ("students", students, "student_id"),
        ("staff", staff, "staff_id"),
        ("school_gradelevels", grades, "id"),
        ("student_enrollment_codes", codes, "id"),
        ("custom_fields", fields, "id"),
        ("staff_fields", staff_fields, "id"),
    ):
        apply_updates(update, table, rows, id_column)
    name = re.search(r"INSERT INTO config VALUES \(0, 'NAME', '([^']*)'\);", sql).group(1)
    id_label = _("%s ID").replace("%s", name)
    field_title = {row["id"]: parse_ml(row["title"], locale) for row in fields}
    staff_field_title = {row["id"]: parse_ml(row["title"], locale) for row in staff_fields}

    # Students > Advanced Report (modules/misc/Export.php), these fields ticked, in the
    # form's order: General Info, then the student fields of General Info and Medical.
    custom = [
        "200000000",
        "200000001",
        "200000002",
        "200000003",
        "200000004",
        "200000005",
        "200000006",
        "200000007",
        "200000008",
    ]
    header = [
        _("Last Name"),
        _("First Name"),
        _("Middle Name"),
        _("Suffix"),
        id_label,
        _("Grade Level"),
        _("School"),
        _("Username"),
        _("Enrollment Start Date"),
        _("Enrollment Code"),
        _("Street"),
        _("City"),
        _("State"),
        _("Zip Code"),
        _("Home Phone"),
        _("Last Login"),
    ] + [field_title[c] for c in custom]
    rows = []
    for student in students:
        enrolled = next(e for e in enrollment if e["student_id"] == student["student_id"])
        grade = next(g for g in grades if g["id"] == enrolled["grade_id"])
        school = next(s for s in schools if s["id"] == enrolled["school_id"])
        code = next(c for c in codes if c["id"] == enrolled["enrollment_code"])
        # The student's address is address 0, "No Address": the address cells stay empty;
        # a never-used login prints an image (button 'x'), stripped to nothing.
        rows.append(
            [
                student["last_name"],
                student["first_name"],
                student["middle_name"],
                student["name_suffix"],
                student["student_id"],
                grade["title"],
                school["title"],
                student["username"],
                proper_date(enrolled["start_date"], lang),
                code["short_name"],
                "",
                "",
                "",
                "",
                "",
                "",
            ]
            + [student["custom_" + c] for c in custom]
        )
    write_csv(os.path.join(args.outdir, "students.csv"), header, rows)

    # Users > User Info, Find a User, all profiles, Expanded View (functions/GetStaffList
    # .fnc.php) with the user fields Email Address and Phone Number shown.
    profiles = {
        "admin": _("Administrator"),
        "teacher": _("Teacher"),
        "parent": _("Parent"),
        "none": _("No Access"),
    }
    header = [
        _("User"),
        _("Profile"),
        id_label,
        _("Last Login"),
        _("Failed Login"),
        staff_field_title["200000000"],
        staff_field_title["200000001"],
    ]
    rows = []
    for user in staff:
        display = (
            user["first_name"]
            + (" {} ".format(user["middle_name"]) if user["middle_name"] else " ")
            + user["last_name"]
        )
        rows.append(
            [
                display,
                profiles[user["profile"]],
                user["staff_id"],
                "",
                user["failed_login"] or "0",
                user["email"],
                user["custom_200000001"],
            ]
        )
    write_csv(os.path.join(args.outdir, "users.csv"), header, rows)


if __name__ == "__main__":
    main()
