"""HumHub's admin user export (Administration > Users > Export, CSV), headed in its own labels.

Built for round Z (session 51, keys373). Usage:

    python convert.py --lang en|de|fr|es HH OUT

HH: files of GitHub humhub/humhub at 13dc14723e7bd227dd6bf78c12771842fb7acb28 under their
own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed users of HumHub's Codeception test fixtures,
  protected/humhub/modules/user/tests/codeception/fixtures/data/user.php (8 users) with
  their profiles from profile.php (first name, last name, one title). A user column the
  fixture does not set is NULL (an empty cell) except `visibility`, whose DEFAULT is 1
  (migration m150302_114347_add_visibility); a profile field no fixture sets is NULL.
- Columns: admin UserController::collectExportColumns: the user columns in their order,
  then one `profile.<field>` per profile field ordered by category then sort order. The
  profile fields are a fresh install's (installer/libs/InitialData.php: General,
  Communication, Social bookmarks; equal sort orders in the order they are created).
- Rows' order: UserSearch's default sort, id descending.
- Headers: User::getAttributeLabel of each column: User::attributeLabels (Yii::t
  'UserModule.base', 'UserModule.profile' for first/last name; 'ID' and 'Guid' as
  written); a profile field's label is its title through Yii::t('UserModule.profile');
  time_zone and authclient_id have no label: Yii's generated 'Time Zone', 'Authclient Id'.
  A translation missing or empty in messages/<lang>/<category>.php stays English.
- Cells: SpreadsheetExport with PhpSpreadsheet's CSV writer: created_at, updated_at,
  last_login are DateTimeColumns (Excel date cells, format 'd/m/yy h:mm', which the CSV
  writer prints formatted: '2014-08-05 05:36:02' -> '5/8/14 5:36'); other cells as stored
  (status 1 enabled, 0 disabled, 2 needs approval; language 'en-US'); NULL -> ''.
- CSV: as PhpSpreadsheet's Csv writer writes it: comma, every cell in double quotes,
  '\\n' line ends, UTF-8 without BOM; file name humhub_user.csv (ExportResult).
"""
import argparse
import csv
import os
import re

FIX = "protected/humhub/modules/user/tests/codeception/fixtures/data/"
MSG = "protected/humhub/modules/user/messages/"
LANGS = ("en", "de", "fr", "es")

# UserController::collectExportColumns user columns: (attribute, category, msgid); category
# None: the label as written, or Yii's generated label when the model has none
USER_COLUMNS = [
    ("id", None, "ID"),
    ("guid", None, "Guid"),
    ("status", "base", "Status"),
    ("username", "base", "Username"),
    ("email", "base", "Email"),
    ("auth_mode", "base", "Auth Mode"),
    ("tags", "base", "Tags"),
    ("language", "base", "Language"),
    ("time_zone", None, "Time Zone"),
    ("created_at", "base", "Created at"),
    ("created_by", "base", "Created by"),
    ("updated_at", "base", "Updated at"),
    ("updated_by", "base", "Updated by"),
    ("last_login", "base", "Last Login"),
    ("authclient_id", None, "Authclient Id"),
    ("visibility", "base", "Visibility"),
]
DATETIME = {"created_at", "updated_at", "last_login"}
USER_DEFAULTS = {"visibility": "1"}


def php_array_rows(text):
    """The `[...]` rows of a fixture file: 'key' => value pairs (strings, ints, null)."""
    rows = []
    for m in re.finditer(r"^\s*\[('.*)\],?\s*$", text, re.M):
        row = {}
        for k, v in re.findall(r"'(\w+)'\s*=>\s*('(?:[^'\\]|\\.)*'|-?\d+|null)", m.group(1)):
            if v == "null":
                row[k] = None
            else:
                row[k] = v[1:-1].replace("\\'", "'") if v.startswith("'") else v
        rows.append(row)
    return rows


def php_messages(path):
    """msgid -> translation of a Yii message file (an empty translation is left out)."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    pat = r"'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)'"
    for k, v in re.findall(pat, text):
        k, v = (s.replace("\\'", "'").replace("\\\\", "\\") for s in (k, v))
        if v:
            out[k] = v
    return out


def profile_fields(initial_data):
    """InitialData's profile fields: (internal_name, title) in export order."""
    cats = {}
    for m in re.finditer(r"\$(c\w+) = new ProfileFieldCategory\(\);.*?->sort_order = (\d+);",
                         initial_data, re.S):
        cats[m.group(1)] = int(m.group(2))
    fields = []
    blocks = initial_data.split("$field = new ProfileField();")[1:]
    for n, b in enumerate(blocks):
        name = re.search(r'->internal_name = "(\w+)";', b).group(1)
        title = re.search(r"->title = '([^']*)';", b).group(1)
        order = int(re.search(r"->sort_order = (\d+);", b).group(1))
        cat = re.search(r"->profile_field_category_id = \$(\w+)->id;", b).group(1)
        fields.append((cats[cat], order, n, name, title))
    return [(name, title) for _c, _o, _n, name, title in sorted(fields)]


def excel_datetime(value):
    """A 'Y-m-d H:i:s' value as PhpSpreadsheet prints an Excel 'd/m/yy h:mm' cell."""
    if not value:
        return ""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d) (\d\d?):(\d\d)", value)
    y, mo, d, h, mi = m.groups()
    return f"{int(d)}/{int(mo)}/{y[2:]} {int(h)}:{mi}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("hh")
    ap.add_argument("out")
    a = ap.parse_args()

    def read(path):
        with open(os.path.join(a.hh, path), encoding="utf-8") as fh:
            return fh.read()

    cat = {c: ({} if a.lang == "en" else php_messages(os.path.join(a.hh, MSG, a.lang, c + ".php")))
           for c in ("base", "profile")}
    users = php_array_rows(read(FIX + "user.php"))
    profiles = {p["user_id"]: p for p in php_array_rows(read(FIX + "profile.php"))}
    fields = profile_fields(read("protected/humhub/modules/installer/libs/InitialData.php"))

    header = [cat[c].get(msgid, msgid) if c else msgid for _a, c, msgid in USER_COLUMNS]
    header += [cat["profile"].get(title, title) for _n, title in fields]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "humhub_user.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for u in sorted(users, key=lambda r: -int(r["id"])):
            row = []
            for attr, _c, _m in USER_COLUMNS:
                v = u.get(attr, USER_DEFAULTS.get(attr))
                row.append(excel_datetime(v) if attr in DATETIME else ("" if v is None else v))
            prof = profiles.get(u["id"], {})
            row += ["" if prof.get(name) is None else prof[name] for name, _t in fields]
            w.writerow(row)


if __name__ == "__main__":
    main()
