"""Gibbon's System Admin data exports of users, families and staff, headed in its own labels.

Built for round X (session 50, keys347). Usage:

    python convert.py --lang en|de|fr|es CORE I18N OUT

CORE: files of GitHub GibbonEdu/core at c153137f8692dcb4994606a4a5b62c10b719cc2b under their
own paths; I18N: files of GitHub GibbonEdu/i18n at 5c157da200b172bbb93c475bcd7d954bb589a261
under their own paths (SOURCE.md lists both).

Rules (nothing here is invented data):
- Rows: the demo data Gibbon's installer offers (gibbon_demo.sql): every gibbonPerson,
  gibbonFamily and gibbonStaff row, in primary-key order (export_run.php: ORDER BY the key).
  Role names come from gibbon.sql's gibbonRole rows.
- Files and columns: System Admin > Import/Export, "Export Data" (modules/System
  Admin/export_run.php) of the import types usersBasic ("User - Data - Basic"), family
  ("Family") and staff ("Staff") in resources/imports/*.yml: one column per field of the
  type, in the YAML's order, headed by the field's `name` (no field is hidden or read-only in
  these three types; the primary key is not a column). export_run.php writes the English
  names; Gibbon's import screen (import_run.php) shows the same names through __(), i.e.
  translated by i18n/<locale>/LC_MESSAGES/gibbon.po, and so they are headed here in each
  language (an untranslated msgid stays English, as gettext shows it).
- Cells: the raw database value as export_run.php writes it (empty and NULL values leave the
  cell empty); relational fields replaced by the related record's field: the roles' names
  (gibbonRoleIDPrimary, gibbonRoleIDAll, the latter comma-separated) and, for staff, the
  person's `username|email` (MySQL evaluates that as a bitwise OR of the two strings cast to
  numbers; the demo usernames are numbers and the emails start with them, so the result is
  the username, written here as the username). Values are not translated by the export.
- CSV: the export's "CSV" file type (the exportDefaultFileType setting): PhpSpreadsheet's
  Csv writer, every cell enclosed in double quotes, LF line ends, UTF-8.
"""
import argparse
import ast
import csv
import os
import re

LANGS = {"en": None, "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

# (import type, output file, table, [(field, yml name)])
FILES = [
    ("usersBasic", "DataExport-usersBasic.csv", "gibbonPerson", [
        ("title", "Title"), ("surname", "Surname"), ("firstName", "First Name"),
        ("preferredName", "Preferred Name"), ("officialName", "Official Name"),
        ("nameInCharacters", "Name In Characters"), ("gender", "Gender"),
        ("dob", "Date of Birth"), ("gibbonRoleIDPrimary", "Primary Role"),
        ("gibbonRoleIDAll", "All Roles"), ("username", "Username"),
        ("passwordStrong", "Password"), ("passwordForceReset", "Force Reset Password?"),
        ("status", "Status"), ("canLogin", "Can Login?"), ("email", "Email"),
        ("studentID", "Student ID"), ("image_240", "User Photo"),
    ]),
    ("family", "DataExport-family.csv", "gibbonFamily", [
        ("name", "Family Name"), ("status", "Marital Status"),
        ("languageHomePrimary", "Home Language - Primary"),
        ("languageHomeSecondary", "Home Language - Secondary"),
        ("nameAddress", "Address Name"), ("homeAddress", "Home Address"),
        ("homeAddressDistrict", "Home Address (District)"),
        ("homeAddressCountry", "Home Address (Country)"), ("familySync", "Family Sync Key"),
    ]),
    ("staff", "DataExport-staff.csv", "gibbonStaff", [
        ("gibbonPersonID", "Person"), ("initials", "Initials"), ("type", "Type"),
        ("jobTitle", "Job Title"), ("firstAidQualified", "First Aid Qualified?"),
        ("firstAidQualification", "First Aid Qualification"),
        ("firstAidExpiry", "First Aid Expiry"), ("countryOfOrigin", "Country Of Origin"),
        ("qualifications", "Qualifications"), ("biographicalGrouping", "Grouping"),
        ("biographicalGroupingPriority", "Grouping Priority"), ("biography", "Biography"),
    ]),
]
KEYS = {"gibbonPerson": "gibbonPersonID", "gibbonFamily": "gibbonFamilyID",
        "gibbonStaff": "gibbonStaffID", "gibbonRole": "gibbonRoleID"}

TOKEN = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?[0-9.]+))\s*(,|\))", re.S)
ESC = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", "'": "'", '"': '"'}


def sql_rows(text, table):
    """Every row of every INSERT INTO `table` (...) VALUES ... ; as dicts of strings/None."""
    rows = []
    head = re.compile(r"INSERT INTO `" + table + r"` \(([^)]*)\)\s*VALUES\s*")
    for m in head.finditer(text):
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        pos = m.end()
        while True:
            while text[pos] in " \t\r\n,":
                pos += 1
            if text[pos] == ";":
                break
            assert text[pos] == "(", text[pos:pos + 40]
            pos += 1
            vals = []
            while True:
                t = TOKEN.match(text, pos)
                assert t, text[pos:pos + 80]
                if t.group(2):
                    vals.append(None)
                elif t.group(3) is not None:
                    vals.append(t.group(3))
                else:
                    s = t.group(1).replace("''", "'")
                    vals.append(re.sub(r"\\(.)", lambda e: ESC.get(e.group(1), e.group(1)), s))
                pos = t.end()
                if t.group(4) == ")":
                    break
            rows.append(dict(zip(cols, vals, strict=True)))
    return rows


def po_catalogue(path):
    cat, msgid, msgstr, cur = {}, None, None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("msgid "):
                if msgid is not None and msgstr:
                    cat[msgid] = msgstr
                msgid, msgstr, cur = ast.literal_eval(line[6:]), "", "id"
            elif line.startswith("msgstr "):
                msgstr, cur = ast.literal_eval(line[7:]), "str"
            elif line.startswith('"') and cur == "id":
                msgid += ast.literal_eval(line)
            elif line.startswith('"') and cur == "str":
                msgstr += ast.literal_eval(line)
    if msgid is not None and msgstr:
        cat[msgid] = msgstr
    return cat


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("core")
    ap.add_argument("i18n")
    ap.add_argument("out")
    a = ap.parse_args()
    cat = {}
    if LANGS[a.lang]:
        cat = po_catalogue(os.path.join(a.i18n, LANGS[a.lang], "LC_MESSAGES", "gibbon.po"))
    with open(os.path.join(a.core, "gibbon_demo.sql"), encoding="utf-8") as f:
        demo = f.read()
    with open(os.path.join(a.core, "gibbon.sql"), encoding="utf-8") as f:
        base = f.read()
    roles = {int(r["gibbonRoleID"]): r["name"] for r in sql_rows(base, "gibbonRole")}
    people = {int(r["gibbonPersonID"]): r for r in sql_rows(demo, "gibbonPerson")}
    os.makedirs(a.out, exist_ok=True)
    for _type, name, table, fields in FILES:
        rows = sorted(sql_rows(demo, table), key=lambda r: int(r[KEYS[table]]))
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
            w.writerow([cat.get(label, label) for _f, label in fields])
            for r in rows:
                out = []
                for field, _label in fields:
                    v = r.get(field)
                    if field in ("gibbonRoleIDPrimary", "gibbonRoleIDAll") and v:
                        v = ",".join(roles.get(int(x), "") for x in v.split(","))
                    elif field == "gibbonPersonID" and v:
                        v = people.get(int(v), {}).get("username")
                    out.append(v if v else "")
                w.writerow(out)
        print(name, len(rows))


if __name__ == "__main__":
    main()
