"""Chamilo LMS's user export (Administration > Users > Export users list:
main/admin/user_export.php, file type CSV, "Add CSV header" ticked), headed in Chamilo's
own language strings.

Built for round Z4 (session 52, keys388). Usage:

    python convert.py --lang en|es|fr|de CHAMILO OUT

CHAMILO: files of Chamilo LMS 1.11.32 (main/install/version.php: '1.11.32', stable) under
their own paths, as SOURCE.md lists them (commit 81bfa8e4257a040665a483ab0f36ebe7caaa097c,
"Initial commit - Chamilo LMS", of the stored snapshot of GitHub Mr-mpange/chamilo, an
unmodified import of the release for these files; the snapshot of chamilo/chamilo-lms is
too large to bring here).

Rules (nothing here is invented data):
- Rows: the 61 users of tests/datafiller/data_users.php (Chamilo's own test-data filler,
  loaded by fill_users.php through UserManager::create_user), taken as they are. Their id is
  the one a fresh install gives them: the installer creates the admin (1) and the anonymous
  user (2) (install.lib.php), the filler then creates the 61 users in file order (3-63).
  The export writes the users ORDER BY lastname, firstname (MySQL's case- and
  accent-insensitive collation; equal names keep id order).
- Columns: user_export.php's header row when passwords are encrypted (the default): UserId,
  LastName, FirstName, Email, UserName, AuthSource, Status, OfficialCode, PhoneNumber,
  RegistrationDate, Active, ExpirationDate, then one column per user extra field visible to
  the user (get_extra_fields(0, 0, 5, 'ASC', false): visible_to_self = 1); a fresh install's
  data.sql makes two, 'skype' and 'linkedin_url'. The export heads each column by these keys;
  here each key is headed by the language string of the same name (they are Chamilo string
  names), from main/lang/<language>/trad4all.inc.php; AuthSource, which has no string of its
  own, by 'AuthenticationSource' (the header Chamilo's inactive-users report gives the
  field); the extra fields by the string of their display text ('Skype', 'LinkedInUrl');
  UserId has no string and keeps its key. A string a language lacks falls back to English,
  as get_lang does.
- Cells: the raw user-table values the export writes: status code (1 teacher, 5 student,
  3 session admin, 4 HR manager, 17 student boss, 20 invitee), auth source 'platform',
  active 1, empty official code, phone and expiration date (the filler sets none), empty
  extra fields (no default value). RegistrationDate is the moment the filler ran; here one
  fixed instant, FILLED_AT, for every user (the filler creates all within a second).
- CSV: as Export::arrayToCsv writes it (ddeboer/data-import 0.20 CsvWriter with ';' and
  UTF-8 flag): a UTF-8 byte-order mark, ';' between cells, PHP fputcsv quoting (a cell with
  ';', '"', '\\', a space, a tab or a line break is enclosed in '"'), LF line ends. The file
  is named as the download names it, without its time stamp: export_users.csv.
"""
import argparse
import os
import re
import unicodedata

LANGS = {"en": "english", "es": "spanish", "fr": "french", "de": "german"}
USERS = "tests/datafiller/data_users.php"
FIRST_ID = 3  # admin 1 and anonymous 2 come with the installation
FILLED_AT = "2026-01-11 11:16:18"  # the snapshot commit's time (UTC): one fixed instant

# (export key, data_users.php key or a constant, string name or None)
FIELDS = [
    ("UserId", "id", None),
    ("LastName", "lastname", "LastName"),
    ("FirstName", "firstname", "FirstName"),
    ("Email", "email", "Email"),
    ("UserName", "username", "UserName"),
    ("AuthSource", "auth_source", "AuthenticationSource"),
    ("Status", "status", "Status"),
    ("OfficialCode", None, "OfficialCode"),
    ("PhoneNumber", None, "PhoneNumber"),
    ("RegistrationDate", "registered", "RegistrationDate"),
    ("Active", "active", "Active"),
    ("ExpirationDate", None, "ExpirationDate"),
    ("skype", None, "Skype"),
    ("linkedin_url", None, "LinkedInUrl"),
]

LANGVAR = re.compile(r'^\$([A-Za-z0-9_]+)\s*=\s*"((?:[^"\\]|\\.)*)";', re.M)
ENTRY = re.compile(r"\$users\[\]\s*=\s*array\((.*?)\);", re.S)
PAIR = re.compile(r"'([a-z_]+)'\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|(-?\d+))")


def read_strings(path):
    """name -> text of a Chamilo language file ($Name = "...";)."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return {k: re.sub(r"\\(.)", r"\1", v) for k, v in LANGVAR.findall(text)}


def read_users(path):
    """The $users[] = array(...) entries of data_users.php, comments left out."""
    with open(path, encoding="utf-8") as fh:
        text = re.sub(r"/\*.*?\*/", "", fh.read(), flags=re.S)
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    users = []
    for body in ENTRY.findall(text):
        users.append({k: (s if n == "" else n) for k, s, n in PAIR.findall(body)})
    return users


def collate(s):
    """MySQL utf8_unicode_ci-like key: accents and case ignored."""
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def cell(v):
    """PHP fputcsv's enclosure rule for ';' and '"'."""
    if any(c in v for c in ';"\\ \t\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("chamilo")
    ap.add_argument("out")
    a = ap.parse_args()
    lang = os.path.join(a.chamilo, "main", "lang")
    english = read_strings(os.path.join(lang, "english", "trad4all.inc.php"))
    strings = dict(english)
    strings.update(read_strings(os.path.join(lang, LANGS[a.lang], "trad4all.inc.php")))
    users = read_users(os.path.join(a.chamilo, USERS))
    for n, u in enumerate(users):
        u["id"] = str(FIRST_ID + n)
        u["registered"] = FILLED_AT
    users.sort(key=lambda u: (collate(u["lastname"]), collate(u["firstname"]), int(u["id"])))
    header = [strings[sid] if sid else key for key, _f, sid in FIELDS]
    lines = [";".join(cell(h) for h in header)]
    for u in users:
        lines.append(";".join(cell(u.get(f, "") if f else "") for _k, f, _s in FIELDS))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "export_users.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
