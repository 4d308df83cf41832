"""Indico's registration list CSV export, headed in its own UI labels.

Built for round V (session 48, keys329). Usage:

    python convert.py --lang en|de|fr|es INDICO OUT

INDICO: files of GitHub indico/indico at b8f1fde8b81b199341cc84a75909cb0ed362d44e under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the three registrants of Indico's own unit test ``test_import_registrations``
  (indico/modules/events/registration/util_test.py): the CSV lines it imports into a
  registration form with ``import_registrations_from_csv`` (columns first_name, last_name,
  affiliation, position, phone, email). The import's rules are applied as util.py's
  ``import_user_records_from_csv`` applies them: every value stripped, the e-mail lower-cased,
  first and last names ``str.title()``-cased. An empty value is not stored (the test asserts
  'phone' not in the data), so its cell is empty. Registrations get friendly ids 1, 2, 3 in
  order (a new event); the import creates them as manager with moderation skipped and no
  price: state ``complete``; ``checked_in`` keeps its default False.
- Columns: ``generate_spreadsheet_from_registrations`` (util.py) as the registration list's
  CSV export (reglists.py ``RHRegistrationsExportCSV``) writes it: 'ID', 'Name' (first and
  last name), then the chosen registration-form fields (here the personal-data fields the
  import fills, in their form order: First Name, Last Name, Email Address, Affiliation,
  Phone Number, Position; models/items.py ``PersonalDataType``), then the chosen static
  columns ('Registration state', 'Checked in'). Each heading is that string translated by
  the language's messages-all.po (Indico's own catalogue; an untranslated msgid stays
  English, as gettext shows it).
- Cells: as spreadsheets.py ``_prepare_csv_data`` writes them: booleans 'Yes' / 'No' (an
  English literal, not translated), the leading '=+@-' characters stripped (CSV injection
  guard: '+1-202-555-0140' is written '1-202-555-0140'); the state is its title
  (RegistrationState, 'Completed'), a lazy string rendered in the export's language.
- CSV: as ``generate_csv`` writes it: UTF-8 with a BOM (utf-8-sig), Python's csv writer
  (minimal quoting, CRLF).
"""
import argparse
import ast
import csv
import os
import re

LANGS = {"en": None, "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

TEST = "indico/modules/events/registration/util_test.py"
IMPORT_COLUMNS = ["first_name", "last_name", "affiliation", "position", "phone", "email"]

# (msgid of the heading, how the cell is made)
COLUMNS = [
    ("ID", "friendly_id"),
    ("Name", "name"),
    ("First Name", "first_name"),
    ("Last Name", "last_name"),
    ("Email Address", "email"),
    ("Affiliation", "affiliation"),
    ("Phone Number", "phone"),
    ("Position", "position"),
    ("Registration state", "state"),
    ("Checked in", "checked_in"),
]
STATE = "Completed"  # RegistrationState.complete's title


def read_po(path):
    """msgid -> msgstr of a gettext catalogue: entries without a context, not fuzzy."""
    out = {}

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    with open(path, encoding="utf-8") as fh:
        blocks = fh.read().split("\n\n")
    for block in blocks:
        lines = block.strip().splitlines()
        if any(ln.startswith("msgctxt") for ln in lines):
            continue
        if any(ln.startswith("#,") and "fuzzy" in ln for ln in lines):
            continue
        msgid = msgstr = None
        cur = None
        for ln in lines:
            if ln.startswith("msgid "):
                msgid, cur = unq(ln[7:-1]), "id"
            elif ln.startswith("msgstr "):
                msgstr, cur = unq(ln[8:-1]), "str"
            elif ln.startswith('"') and cur == "id":
                msgid += unq(ln[1:-1])
            elif ln.startswith('"') and cur == "str":
                msgstr += unq(ln[1:-1])
            elif ln.startswith("msgid_plural") or ln.startswith("msgstr["):
                cur = None
                msgstr = None
                break
        if msgid and msgstr and msgid not in out:
            out[msgid] = msgstr
    return out


def read_records(path):
    """The CSV lines test_import_registrations imports (bytes literals joined by newlines)."""
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    start = src.index("def test_import_registrations(")
    body = src[start:src.index("\ndef ", start + 1)]
    m = re.search(r"csv = b'\\n'\.join\(\[(.*?)\]\)", body, re.S)
    lines = ast.literal_eval("[" + m.group(1) + "]")
    records = []
    for line in lines:
        values = [v.strip() for v in next(csv.reader([line.decode("utf-8")]))]
        rec = dict(zip(IMPORT_COLUMNS, values, strict=True))
        rec["email"] = rec["email"].lower()
        rec["first_name"] = rec["first_name"].title()
        rec["last_name"] = rec["last_name"].title()
        records.append(rec)
    return records


def cell(value):
    """spreadsheets.py _prepare_csv_data."""
    if isinstance(value, bool):
        value = "Yes" if value else "No"
    elif value is None:
        value = ""
    value = re.sub(r"(\r?\n)+", "    ", str(value))
    return re.sub(r"^[=+@-]+", "", value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("indico")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {}
    if LANGS[a.lang]:
        po = read_po(os.path.join(a.indico, "indico", "translations", LANGS[a.lang],
                                  "LC_MESSAGES", "messages-all.po"))
    records = read_records(os.path.join(a.indico, TEST))
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, "registrations.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([po.get(msgid, msgid) for msgid, _ in COLUMNS])
        for n, rec in enumerate(records, 1):
            values = {
                "friendly_id": n,
                "name": f"{rec['first_name']} {rec['last_name']}",
                "state": po.get(STATE, STATE),
                "checked_in": False,
            }
            row = []
            for _, what in COLUMNS:
                v = values[what] if what in values else (rec[what] or None)
                row.append(cell(v))
            w.writerow(row)


if __name__ == "__main__":
    main()
