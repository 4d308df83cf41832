"""EGroupware's own addressbook CSV export (importexport's "export-addressbook-csv"
definition) of the contacts EGroupware's own test suite creates, in one of the languages
EGroupware ships. Ours; the data it reads is not committed.

    python convert.py SRC OUT_DIR LANG          # LANG: de, ja, el, es-es...

SRC holds (SOURCE.md says from where), all from one EGroupware commit (674781ca,
2026-08-22): <app>/lang/egw_<LANG>.lang of every app that has one (the translation
catalogs: lines "phrase<TAB>app<TAB>lang<TAB>translation").

The rows: EGroupware ships no demo contacts (its setup creates only the accounts typed in
at install), so the rows are the contacts its own tests create, field for field as the tests
set them: api/tests/Etemplate/Widget/ContactEntryTest.php's "Mr Test Guy" (Test
Organisation, a mobile and a home phone, a birthday) in the personal addressbook of the
tests' user "demo" (doc/phpunit.xml EGW_USER), then the three users
calendar/tests/CalDAV/SingleDeleteTest.php creates (boss, secretary, other) through
api/tests/CalDAVTest.php createUser()'s defaults (first name ucfirst(login), last name
"User", e-mail <login>@example.org): an EGroupware user is a contact of the "Accounts"
addressbook (owner 0) with its account id. Contact ids 1-4 in that order; account ids 6-8
(after the installer's groups Default, Admins, NoGroup and its two users, admin and demo).
"File as" is Api\\Contacts::fileas() with the first type ("org_name: n_family, n_given",
empty parts removed) where the test gives none. Every contact created and last modified at
2026-08-22 20:55:34 (the commit's time, Europe/Berlin), Test Guy by demo; the accounts'
contacts by no session user (setup::add_account runs without a login), so empty.

The export (importexport/inc/class.importexport_export_csv.inc.php with
addressbook/inc/class.addressbook_export_contacts_csv.inc.php), as demo, the four contacts
selected, with the definition addressbook/setup/importexport_default.xml installs
("export-addressbook-csv": its 60 fields plus all custom fields (none), delimiter ";",
begin_with_fieldnames "label", convert 1) and demo's preferences: language LANG, date
format d.m.Y (the default for every language but en), 24-hour times, CSV charset utf-8:
- header: each field's label from Api\\Contacts::$contact_fields (the wizard's export
  fields), lang() of its English phrase: the catalogs loaded as EGroupware loads them,
  "common" (lines of app common from every app's file, apps in directory order), then
  "etemplate", "importexport", "addressbook" (a later app's phrase overwrites an earlier
  one's); looked up as written, else lowercased, else the phrase itself; a trailing "*" cut;
- rows (convert 1): the type "n" as lang('contact'); the addressbook as lang('Personal') for
  demo's own, lang('Accounts') for owner 0; creator and modifier by the account's name;
  birthday d.m.Y; created and modified "d.m.Y H:i:s"; private 0; everything else as stored;
- written by importexport_export_csv::fputcsv: every field quoted with '"', quotes doubled,
  ";" between fields, lines end in \\n, utf-8;
- the file named as importexport_export_ui::download names it:
  egw_export_addressbook-<date>.csv.
Two runs give the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

WHEN_DATE = "22.08.2026"
WHEN = WHEN_DATE + " 20:55:34"
FILENAME = "egw_export_addressbook-2026-08-22.csv"

# Api\Contacts::$contact_fields, in the order of the definition's mapping
FIELDS = [
    ("id", "Contact ID"), ("tid", "Type"), ("owner", "Addressbook"), ("private", "private"),
    ("cat_id", "Category"), ("n_prefix", "prefix"), ("n_given", "first name"),
    ("n_middle", "middle name"), ("n_family", "last name"), ("n_suffix", "suffix"),
    ("n_fn", "full name"), ("n_fileas", "own sorting"), ("bday", "birthday"),
    ("org_name", "Organisation"), ("org_unit", "Department"), ("title", "Position"),
    ("role", "role"), ("assistent", "Assistent"), ("room", "Room"),
    ("adr_one_street", "business street"), ("adr_one_street2", "business address line 2"),
    ("adr_one_locality", "business city"), ("adr_one_region", "business state"),
    ("adr_one_postalcode", "business zip code"), ("adr_one_countryname", "business country"),
    ("adr_one_countrycode", "business country code"), ("label", "label"),
    ("adr_two_street", "street (private)"), ("adr_two_street2", "address line 2 (private)"),
    ("adr_two_locality", "city (private)"), ("adr_two_region", "state (private)"),
    ("adr_two_postalcode", "zip code (private)"), ("adr_two_countryname", "country (private)"),
    ("adr_two_countrycode", "country code (private)"), ("tel_work", "work phone"),
    ("tel_cell", "mobile phone"), ("tel_fax", "business fax"),
    ("tel_assistent", "assistent phone"), ("tel_car", "car phone"), ("tel_pager", "pager"),
    ("tel_home", "home phone"), ("tel_fax_home", "fax (private)"),
    ("tel_cell_private", "mobile phone (private)"), ("tel_other", "other phone"),
    ("tel_prefer", "preferred phone"), ("email", "business email"),
    ("email_home", "email (private)"), ("url", "url (business)"), ("url_home", "url (private)"),
    ("freebusy_uri", "Freebusy URI"), ("calendar_uri", "Calendar URI"), ("note", "note"),
    ("tz", "time zone"), ("geo", "geo"), ("pubkey", "public key"), ("created", "created"),
    ("creator", "created by"), ("modified", "last modified"),
    ("modifier", "last modified by"), ("account_id", "Account ID"),
]


def catalog(src: Path, lang: str) -> dict[str, str]:
    """The phrases lang() knows for the export: common, etemplate, importexport, addressbook."""
    def lines(app_dirs: list[str], app: str) -> dict[str, str]:
        loaded: dict[str, str] = {}
        for app_dir in app_dirs:
            path = src / app_dir / "lang" / f"egw_{lang}.lang"
            if not path.is_file():
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                parts = raw.strip().split("\t")
                if len(parts) != 4 or parts[2] != lang:
                    continue
                if parts[1] == app:
                    loaded[parts[0]] = parts[3]
        return loaded

    every_app = sorted(p.name for p in src.iterdir() if p.is_dir())
    phrases: dict[str, str] = {}
    phrases.update(lines(every_app, "common"))
    phrases.update(lines(["api", "etemplate"], "etemplate"))
    phrases.update(lines(["importexport"], "importexport"))
    phrases.update(lines(["addressbook"], "addressbook"))
    return phrases


def contacts() -> list[dict[str, str]]:
    guy = {"id": "1", "tid": "n", "owner": "demo", "private": "0", "n_prefix": "Mr",
           "n_given": "Test", "n_family": "Guy", "n_fn": "Mr Test Guy",
           "n_fileas": "Test Organisation: Guy, Test", "bday": "28.07.1995",
           "org_name": "Test Organisation", "tel_cell": "555-4321", "tel_home": "66 12 34 56",
           "created": WHEN, "creator": "demo", "modified": WHEN, "modifier": "demo"}
    rows = [guy]
    for n, login in enumerate(["boss", "secretary", "other"]):
        first = login[0].upper() + login[1:]
        rows.append({"id": str(2 + n), "tid": "n", "owner": "0", "private": "0",
                     "n_given": first, "n_family": "User", "n_fn": f"{first} User",
                     "n_fileas": f"User, {first}", "email": f"{login}@example.org",
                     "created": WHEN, "modified": WHEN, "account_id": str(6 + n)})
    return rows


def main(src: Path, out: Path, lang: str) -> None:
    phrases = catalog(src, lang)

    def lang_(phrase: str) -> str:
        return phrases.get(phrase, phrases.get(phrase.lower(), phrase))

    header = [lang_(english).removesuffix("*") for _, english in FIELDS]
    books = {"demo": lang_("Personal"), "0": lang_("Accounts")}
    lines = [header]
    for row in contacts():
        row = dict(row)
        row["tid"] = lang_("contact")
        row["owner"] = books[row["owner"]]
        lines.append([row.get(field, "") for field, _ in FIELDS])
    text = "".join(";".join('"' + v.replace("\r\n", "\n").replace('"', '""') + '"'
                            for v in line) + "\n" for line in lines)
    out.mkdir(parents=True, exist_ok=True)
    (out / FILENAME).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
