"""Moodle's bulk user download (Site administration > Users > Bulk user actions >
Download), headed in Moodle's own language strings.

Built for round Z3 (session 51, keys383). Usage:

    python convert.py --lang en|de|fr|es MOODLE LANGPACKS OUT

MOODLE: files of Moodle (GitHub moodle/moodle, commit 6374475dc3cf3a94e22ec18c4655b89819a1b5d6,
"weekly release 4.4dev") under their own paths; LANGPACKS: files of GitHub
projectestac/moodle-langpacks at 6340d351fc1339a800835fc90f5f3f769ec97446 under their own
paths (SOURCE.md lists both).

Rules (nothing here is invented data):
- Rows: the six users of the Behat feature
  grade/report/grader/tests/behat/tertiary_navigation_searching.feature (its Background's
  'the following "users" exist' table, the one core fixture that sets every field the
  download writes), in their order. The id is the one a fresh Behat site gives them: the
  installer makes the guest (id 1) and the admin (id 2), the data generator then inserts
  the six users one after the other (ids 3-8).
- Columns: admin/user/user_bulk_download.php's $originfields (id, username, email,
  firstname, lastname, idnumber, institution, department, phone1, phone2, city, country;
  a fresh site has no custom profile fields, so no profile_field_* column), in that order.
  The download heads each column by its field name; here each field is headed by the
  string Moodle's own user forms show for it (FIELDS: field, string identifier of
  component 'moodle'), from lang/en/moodle.php (en) or the language pack's moodle.php.
  'id' has no string and keeps its field name.
- Cells: the raw user-table values the download writes (the country as its ISO code):
  the download translates no value.
- CSV: Python's csv module (UTF-8, comma, minimal quoting, LF), as the csv dataformat
  writes a comma-separated file.
"""
import argparse
import csv
import os
import re

LANGS = {"en": None, "de": "de", "fr": "fr", "es": "es"}
FEATURE = "grade/report/grader/tests/behat/tertiary_navigation_searching.feature"
FIRST_ID = 3  # guest 1 and admin 2 come with the installation

# (user field, string identifier in component 'moodle' or None)
FIELDS = [
    ("id", None),
    ("username", "username"),
    ("email", "email"),
    ("firstname", "firstname"),
    ("lastname", "lastname"),
    ("idnumber", "idnumber"),
    ("institution", "institution"),
    ("department", "department"),
    ("phone1", "phone1"),
    ("phone2", "phone2"),
    ("city", "city"),
    ("country", "country"),
]

STRING = re.compile(r"^\$string\['([^']+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", re.M)


def read_strings(path):
    """identifier -> text of a Moodle language file ($string['x'] = '...';)."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return {k: re.sub(r"\\(['\\])", r"\1", v) for k, v in STRING.findall(text)}


def read_users(path):
    """The rows of the feature's first 'the following "users" exist' table."""
    rows, header, inside = [], None, False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.strip()
            if not inside:
                inside = s.endswith('the following "users" exist:')
                continue
            if not s.startswith("|"):
                break
            cells = [c.strip() for c in s.strip("|").split("|")]
            if header is None:
                header = cells
            else:
                rows.append(dict(zip(header, cells, strict=True)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("moodle")
    ap.add_argument("langpacks")
    ap.add_argument("out")
    a = ap.parse_args()
    if LANGS[a.lang] is None:
        strings = read_strings(os.path.join(a.moodle, "lang", "en", "moodle.php"))
    else:
        strings = read_strings(os.path.join(a.langpacks, LANGS[a.lang], "moodle.php"))
    users = read_users(os.path.join(a.moodle, FEATURE))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "users.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([strings[sid] if sid else f for f, sid in FIELDS])
        for n, u in enumerate(users):
            u = dict(u, id=str(FIRST_ID + n))
            w.writerow([u.get(f, "") for f, _sid in FIELDS])


if __name__ == "__main__":
    main()
