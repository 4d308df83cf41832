"""Monica (monicahq/monica, 4.x line, AGPL-3.0) -> one CSV per object, labelled in one language.

Usage: python convert.py --lang en SRC OUT_DIR

SRC is a folder holding, at commit 32028ce3ce79cef38df5d27a297e5b20680f0065 (SOURCE.md), the
repository's files under their own paths: resources/lang/<lang>/{people,app}.php,
tests/stubs/vcard_stub.vcf, tests/stubs/single_contact_stub.csv and the test files named in
TEST_RECORDS. Every value below is read from those files; nothing is typed in here but the
rule that links the tests' records (whose contact is factory-made, a random name) to the
stub contact "John Doe".

Monica 4 has no CSV export (its own exports are SQL and JSON): the columns are those its
contact page and forms show for each object, headed by its own labels in the language, the
files named as its JSON export names the collections (contacts, activities, notes, tasks,
reminders, calls). A label's form marker "(optional)", placeholders (:name, {name}),
trailing colon and ellipsis are dropped; nothing else is changed.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

# column label: (lang file, key); "=..." a fixed header the app shows untranslated (data)
CONTACT_COLUMNS = [
    ("people", "people_add_firstname"),          # first_name
    ("people", "people_add_middlename"),         # middle_name
    ("people", "people_add_lastname"),           # last_name
    ("people", "people_add_nickname"),           # nickname
    ("people", "people_add_gender"),             # gender (the account's gender's name)
    ("people", "information_edit_birthdate_label"),  # birthdate (special date)
    ("app", "contact_list_description"),         # description
    ("people", "work_edit_job"),                 # job
    ("people", "work_edit_company"),             # company
    ("people", "people_add_email"),              # contact field of type Email
    ("=", "Phone"),                              # contact field type "Phone": a row of the
                                                 # account's own table, English in every locale
    ("people", "contact_address_form_street"),   # address (place) street
    ("people", "contact_address_form_city"),
    ("people", "contact_address_form_province"),
    ("people", "contact_address_form_postal_code"),
    ("people", "contact_address_form_country"),  # the stored ISO code
]
CONTACT = ("app", "contact_list_name")           # the contact a record belongs to (its name)
ACTIVITY_COLUMNS = [CONTACT,
                    ("people", "activities_add_title"),     # summary
                    ("people", "activities_summary"),       # description
                    ("people", "activities_list_date"),     # happened_at
                    ("people", "activities_list_category")]  # activity type (none here)
NOTE_COLUMNS = [CONTACT, ("people", "section_personal_notes")]   # body
TASK_COLUMNS = [CONTACT,
                ("people", "tasks_form_title"),
                ("people", "tasks_form_description"),
                ("app", "done")]                             # completed: Yes / No
REMINDER_COLUMNS = [CONTACT,
                    ("people", "reminders_add_description"),     # title
                    ("people", "reminders_add_optional_comment"),  # description
                    ("people", "reminders_add_next_time"),       # initial_date
                    ("people", "reminders_add_recurrent")]       # frequency
CALL_COLUMNS = [CONTACT,
                ("people", "modal_call_comment"),            # content
                ("people", "modal_call_exact_date"),         # called_at
                ("people", "modal_call_who_called")]         # contact_called

# (file, a string the request follows, keys read from the request that follows it)
TEST_RECORDS = {
    "activities": [
        ("tests/Api/ApiActivitiesTest.php", "'POST', '/api/activities'",
         ("summary", "description", "happened_at")),
        ("tests/Unit/Services/Account/Activity/CreateActivityTest.php", "$request = [",
         ("summary", "description", "happened_at")),
    ],
    "notes": [
        ("tests/Feature/NoteTest.php", "// now edit the note", ("body",)),
        ("tests/Api/ApiNotesTest.php", "'POST', '/api/notes'", ("body",)),
    ],
    "tasks": [
        ("tests/Api/ApiTaskControllerTest.php", "'POST', '/api/tasks'", ("title", "description")),
        ("tests/Unit/Services/Task/CreateTaskTest.php", "$request = [", ("title", "description")),
    ],
    "reminders": [
        ("tests/Api/ApiReminderControllerTest.php", "'POST', '/api/reminders'",
         ("title", "description", "initial_date", "frequency_type", "frequency_number")),
        ("tests/Unit/Services/Contact/Reminder/CreateReminderTest.php", "$request = [",
         ("title", "description", "initial_date", "frequency_type", "frequency_number")),
    ],
    "calls": [
        ("tests/Api/Contact/ApiCallControllerTest.php", "'POST', '/api/calls'",
         ("content", "called_at")),
    ],
}
LINKED_TO = "John Doe"   # the stub contact the tests' records are given to (see SOURCE.md)


def php_strings(path: Path) -> dict[str, str]:
    """'key' => 'value' pairs of a Laravel lang file (single-quoted PHP strings)."""
    text = path.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"'([A-Za-z0-9_]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", text):
        out[m.group(1)] = m.group(2).replace("\\'", "'").replace("\\\\", "\\")
    return out


def clean(label: str) -> str:
    label = label.split("|")[0]                       # a plural's first form
    label = re.sub(r"\s*[(（][^()（）]*[)）]\s*", " ", label)   # (optional), ({total})
    label = re.sub(r"\s*(\{\w+\}|:\w+)", "", label)    # placeholders
    label = label.strip().rstrip(":：…").rstrip(".").strip()
    return label


def request_values(path: Path, marker: str, keys) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    start = text.index(marker)
    block = text[start:text.index("]);", start)] if "]);" in text[start:] else text[start:]
    vals = {}
    for key in keys:
        pattern = r"'" + key + r"'\s*=>\s*('((?:[^'\\]|\\.)*)'|\d+|false|true)"
        m = re.search(pattern, block)
        if m is None:
            raise SystemExit(f"{path}: no {key} after {marker}")
        vals[key] = m.group(2) if m.group(2) is not None else m.group(1)
    return vals


def parse_vcards(path: Path) -> list[dict[str, str]]:
    cards, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "BEGIN:VCARD":
            cur = {}
        elif line == "END:VCARD":
            cards.append(cur)
        elif cur is not None and ":" in line:
            name, value = line.split(":", 1)
            cur[name.split(";")[0]] = value
    return cards


def contacts_from_stubs(src: Path, lang: dict[str, str]) -> list[dict]:
    """The contacts ImportVCard (import:vcard, ImportVCardsTest) and ImportCSV (import:csv,
    ImportCSVTest) store from the two stub files, field by field as those importers do."""
    rows = []
    for card in parse_vcards(src / "tests/stubs/vcard_stub.vcf"):
        n = card.get("N", ";;;;").split(";")
        c = {"first_name": n[1], "middle_name": n[2], "last_name": n[0], "nickname": ""}
        if not c["first_name"] and card.get("NICKNAME"):     # importFromNICKNAME
            c["first_name"] = card["NICKNAME"]
        elif card.get("NICKNAME"):
            c["nickname"] = card["NICKNAME"]
        adr = card.get("ADR", ";;;;;;").split(";")
        country = {"United Kingdom": "GB"}.get(adr[6], adr[6])   # CountriesHelper::find
        c.update(gender="vCard",                    # config('dav.default_gender'): no GENDER
                 birthdate=card.get("BDAY", ""), description="",
                 job=card.get("TITLE", ""), company=card.get("ORG", ""),
                 email=card.get("EMAIL", ""), phone=card.get("TEL", ""),
                 street=adr[2], city=adr[3], province=adr[4], postal_code=adr[5],
                 country=country, note=card.get("NOTE", ""))
        rows.append(c)
    with open(src / "tests/stubs/single_contact_stub.csv", encoding="utf-8", newline="") as fh:
        data = list(csv.reader(fh))[1]              # ImportCSV skips the header line

    def get(i: int) -> str:
        return data[i] if i < len(data) else ""

    rows.append({"first_name": get(1), "middle_name": get(2), "last_name": get(3),
                 "nickname": "", "gender": "vCard", "birthdate": get(14), "description": "",
                 "job": get(66), "company": "", "email": get(28), "phone": get(42),
                 "street": get(49), "city": get(50), "province": get(52),
                 "postal_code": get(53), "country": "", "note": ""})
    return rows


def full_name(c: dict) -> str:
    return " ".join(p for p in (c["first_name"], c["middle_name"], c["last_name"]) if p)


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    src, out = a.src, a.out
    out.mkdir(parents=True, exist_ok=True)
    lang = {f: php_strings(src / f"resources/lang/{a.lang}/{f}.php") for f in ("people", "app")}
    flat = {**{k: v for k, v in lang["app"].items()}, **lang["people"]}

    def labels(cols):
        return [key if f == "=" else clean(lang[f][key]) for f, key in cols]

    contacts = contacts_from_stubs(src, flat)
    write(out, "contacts", labels(CONTACT_COLUMNS),
          [[c[k] for k in ("first_name", "middle_name", "last_name", "nickname", "gender",
                           "birthdate", "description", "job", "company", "email", "phone",
                           "street", "city", "province", "postal_code", "country")]
           for c in contacts])

    def tests(kind):
        return [request_values(src / p, m, keys) for p, m, keys in TEST_RECORDS[kind]]

    write(out, "activities", labels(ACTIVITY_COLUMNS),
          [[LINKED_TO, r["summary"], r["description"], r["happened_at"], ""]
           for r in tests("activities")])
    notes = [[full_name(c), c["note"]] for c in contacts if c["note"]]   # ImportVCard::importNote
    notes += [[LINKED_TO, r["body"]] for r in tests("notes")]
    write(out, "notes", labels(NOTE_COLUMNS), notes)
    no = lang["app"]["no"]
    write(out, "tasks", labels(TASK_COLUMNS),
          [[LINKED_TO, r["title"], r["description"], no] for r in tests("tasks")])

    def frequency(kind, number):                     # as the reminder list shows it
        if kind == "one_time":
            return clean(lang["people"]["reminders_one_time"])
        return lang["people"][f"reminders_type_{kind}"] if number == "1" else f"{number} {kind}"

    reminders = []
    for c in contacts:                               # the birthday reminder each import adds
        if c["birthdate"]:
            title = lang["people"]["people_add_birthday_reminder"]
            title = title.replace(":name", c["first_name"])
            reminders.append([full_name(c), title, "", c["birthdate"], frequency("year", "1")])
    reminders += [[LINKED_TO, r["title"], r["description"], r["initial_date"],
                   frequency(r["frequency_type"], r["frequency_number"])]
                  for r in tests("reminders")]
    write(out, "reminders", labels(REMINDER_COLUMNS), reminders)
    you_called = lang["people"]["call_you_called"]   # contact_called false (the default)
    write(out, "calls", labels(CALL_COLUMNS),
          [[LINKED_TO, r["content"], r["called_at"], you_called] for r in tests("calls")])


if __name__ == "__main__":
    main()
