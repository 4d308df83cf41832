"""Groundhogg's unit-test contacts -> Groundhogg's own contacts export, headed in one of its
shipped languages.

Run: python convert.py SRC OUT --lang LANG
  SRC   files read at groundhoggwp/groundhogg commit 3cc86bfa09e8bb85cbf15f7c8affa727c6b65961:
        includes/functions.php (get_exportable_fields, export_field),
        tests/phpunit/unit-tests/includes/class-contact-query-tests.php (the records),
        tests/phpunit/framework/class-gh-unittest-factory-for-contact.php (their values),
        languages/groundhogg-<locale>.po (de_DE, fr_FR, it_IT; en: none, the source text)
  OUT   the export folder (groundhogg-export-<lang>)
  LANG  en, de, fr or it

The file is what Groundhogg's Tools > Export writes (admin/tools/tools-page.php
process_choose_columns; includes/background/export-contacts{,-last-id}.php) with every
"Basic Contact Information" column ticked (get_exportable_fields(), in its order) and the
header kind "Pretty Names": each column headed by export_header_pretty_name(col, 'pretty'),
the field's label through __() (the .po file's msgstr; an empty or fuzzy msgstr: the
English source, as WordPress's gettext does). File name: the export's default name,
sanitize_file_name('export-' . current_time('Y-m-d')) . '.csv', the date the pinned commit's.
Writing: PHP's fputcsv (',' delimiter, '"' enclosure; a field is enclosed when it holds the
delimiter, the enclosure, the escape character '\\', a space, a tab, CR or LF; '\n' line
ends); rows in ID order (the exporter pages by last id, order and orderby unset).

Rows: the 15 contacts Contact_Query_Tests::test_optin_status_exclude creates (5 with
optin_status CONFIRMED = 2, then 10 UNCONFIRMED = 1) through the contact factory, whose
definitions are the sequences 'First %s', 'Last %s', 'contact_%s@example.org' sharing one
number per contact (WP_UnitTest_Factory_For_Thing::generate_args). The number depends on the
test run's global sequence counter; here each contact's number is its place, 1 to 15, which
is also its ID (a fresh table). Cells as export_field() writes them for such a contact:
- ID, first_name, last_name, email, optin_status, user_id (0), owner_id (the primary
  owner: the test site's admin user, 1), date_created and date_optin_status_changed
  (current_time('mysql') when the test runs; here the pinned commit's time, UTC): the
  stored value (display_var: a string as it is);
- full_name: get_full_name(), 'First N Last N';
- notes: wp_json_encode(get_notes()) of no notes, '[]'; tags: the names joined, '';
- unsub_date / unsub_reason / unsub_feedback: '' (the contact is not unsubscribed);
- every other field is contact meta the test never sets: Base_Object::__get returns false,
  and display_var(false) writes __('No'), translated ('Nein', 'Non', 'No').
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

LOCALES = {"en": None, "de": "de_DE", "fr": "fr_FR", "it": "it_IT"}
COMMIT_TIME = "2026-08-20 17:43:51"   # 3cc86bfa's commit time (13:43:51 -0400), UTC
FILE_NAME = "export-2026-08-20.csv"


def parse_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po file: no context, not fuzzy, not empty (as msgfmt keeps)."""
    out: dict[str, str] = {}
    entry: dict[str, str] = {}
    fuzzy = next_fuzzy = False
    key = None

    def flush() -> None:
        if ("msgid" in entry and entry.get("msgstr") and "msgctxt" not in entry
                and "msgid_plural" not in entry and not fuzzy):
            out[entry["msgid"]] = entry["msgstr"]

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#,") and "fuzzy" in line:
            next_fuzzy = True
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if m:
            k = m.group(1)
            if k in ("msgctxt", "msgid") and ("msgstr" in entry or "msgstr[0]" in entry):
                flush()
                entry = {}
                fuzzy = False
            if k in ("msgctxt", "msgid") and "msgid" not in entry and "msgctxt" not in entry:
                fuzzy, next_fuzzy = next_fuzzy, False
            key = k
            entry[key] = ast.literal_eval(m.group(2))
        elif line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
    flush()
    return out


def exportable_fields(functions_php: str) -> list[tuple[str, str]]:
    """get_exportable_fields()'s defaults, in order (the commented-out ones left out)."""
    start = functions_php.index("function get_exportable_fields")
    block = functions_php[start:functions_php.index("$fields = array_merge", start)]
    return re.findall(r"^\s*'(\w+)'\s*=>\s*__\( '([^']*)', 'groundhogg' \),", block, re.M)


def records(tests_php: str, factory_php: str) -> list[dict[str, str]]:
    """The contacts the test creates, in creation order."""
    templates = dict(re.findall(
        r"'(\w+)'\s*=>\s*new WP_UnitTest_Generator_Sequence\( '([^']*)' \)", factory_php))
    status = {"CONFIRMED": "2", "UNCONFIRMED": "1"}
    rows: list[dict[str, str]] = []
    for count, const in re.findall(
            r"contacts->create_many\( (\d+), \[\s*'optin_status' => "
            r"\\Groundhogg\\Preferences::(\w+)", tests_php):
        for _ in range(int(count)):
            n = len(rows) + 1
            row = {f: t.replace("%s", str(n)) for f, t in templates.items()}
            row.update(ID=str(n), optin_status=status[const])
            rows.append(row)
    return rows


def cell(contact: dict[str, str], field: str, no: str) -> str:
    if field == "full_name":
        return f"{contact['first_name']} {contact['last_name']}".strip()
    if field == "notes":
        return "[]"
    if field in ("tags", "unsub_date", "unsub_reason", "unsub_feedback"):
        return ""
    if field in ("ID", "first_name", "last_name", "email", "optin_status"):
        return contact[field]
    if field == "user_id":
        return "0"
    if field == "owner_id":
        return "1"
    if field in ("date_created", "date_optin_status_changed"):
        return COMMIT_TIME
    return no


def fputcsv(values: list[str]) -> str:
    out = []
    for v in values:
        if any(c in v for c in ',"\\ \t\r\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    args = ap.parse_args()
    src: Path = args.src
    locale = LOCALES[args.lang]
    tr = parse_po(src / f"groundhogg-{locale}.po") if locale else {}
    fields = exportable_fields((src / "functions.php").read_text(encoding="utf-8"))
    contacts = records(
        (src / "class-contact-query-tests.php").read_text(encoding="utf-8"),
        (src / "class-gh-unittest-factory-for-contact.php").read_text(encoding="utf-8"))
    no = tr.get("No", "No")
    text = fputcsv([tr.get(label, label) for _, label in fields])
    for contact in contacts:
        text += fputcsv([cell(contact, f, no) for f, _ in fields])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / FILE_NAME).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
