"""Group-Office's upgrade-test database (tests/upgradetest/go250.sql: a Group-Office 25.0
install with its demo data) -> the CSV files Group-Office's own export writes
(go\\core\\data\\convert\\Spreadsheet and the address book's, tasks' and notes' subclasses).
Ours; the data it reads is not committed.

    python convert.py go250.sql LANG_DIR OUT_DIR [--lang en|de|nl|es]

LANG_DIR holds the language files at the pinned commit, as JSON (``php -r '$a = include
$argv[1]; echo json_encode($a);' FILE``): core-LANG.json (go/core/language), addressbook-,
tasks-, notes-LANG.json (go/modules/community/*/language).

Four files, one per export the program offers: the address book "Shared" (id 1) with the
grid's filter on organizations (Contact-organizations.csv) and on contacts
(Contact-contacts.csv), every task of the non-support task lists (Task.csv; the Task entity
leaves support lists out) and every note of every notebook (Note.csv), each in id order.

The columns as Spreadsheet::internalGetHeaders() builds them: "id"; then the entity's mapped
columns in the table's column order (the dump's CREATE TABLE), those the class declares, less
createdAt / createdBy / ownedBy / modifiedAt / aclId / filesFolderId / modifiedBy, the
converter's excluded headers and its custom columns; then each has-many relation as
name[i].prop for i up to the most rows one exported record has; then each public getter
(Contact: starred, uid, salutation, age, birthday; Task: progress, timeBooked, uid, uri);
then the converter's custom columns (Contact: isOrganization, organizations, gender, groups;
Task: recurrenceRule, list; Note: notebook). A name the mapping and a getter both give is
written twice, as the code does. Values as Entity::toArray() gives them: NULL empty, a
boolean 1 or empty, a date Y-m-d, a date-time ISO 8601 in the exporting user's time zone
(Europe/Amsterdam, the admin's in the dump), a has-many relation's values joined with "|".
Each row through PHP's fputcsv with the admin's list separator ";" and text separator '"'
(a field quoted when it holds ; " space tab CR or LF), "\\n" line ends, a UTF-8 BOM first.

--lang en writes the headers as the program does: the property names (Group-Office's export
is the same in every language). --lang de / nl / es write the same rows headed by the
labels Group-Office's own UI gives these properties (the address book's import-mapping
dialog and the contact, task and note dialogs), through the language files: t(key) looked
up in the module's file, then in core's, else the English key; a property the UI gives no
label keeps its name (the client's rule: "if(!columns[name].label) label = name"). A
has-many column is headed "<relation label> <i> - <property label>". The one value the
language changes: an organization's salutation, go()->t("Dear sir/madam") in the
exporting user's language.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

CREATE = re.compile(r"CREATE TABLE `(\w+)` \((.*?)\n\)", re.S)
INSERT = re.compile(r"INSERT INTO `(\w+)` VALUES\s*")
TZ = ZoneInfo("Europe/Amsterdam")
SKIP = {"createdAt", "createdBy", "ownedBy", "modifiedAt", "aclId", "filesFolderId",
        "modifiedBy"}
PROGRESS = {"1": "needs-action", "2": "in-progress", "3": "completed", "4": "failed",
            "5": "cancelled"}

# class properties each model declares (mapped when the table has the column)
CONTACT_PROPS = {"id", "addressBookId", "goUserId", "createdBy", "modifiedBy", "createdAt",
                 "modifiedAt", "prefixes", "initials", "firstName", "middleName", "lastName",
                 "suffixes", "gender", "notes", "isOrganization", "jobTitle", "department",
                 "name", "nameBank", "BIC", "IBAN", "registrationNumber", "icd", "vatNo",
                 "vatReverseCharge", "debtorNumber", "photoBlobId", "language",
                 "filesFolderId", "color", "newsletterAllowed", "lastContactAt", "actionAt",
                 "uid", "vcardBlobId", "uri", "salutation"}
TASK_PROPS = {"id", "uid", "tasklistId", "responsibleUserId", "groupId", "projectId",
              "mileStoneId", "createdBy", "createdAt", "modifiedAt", "modifiedBy",
              "filesFolderId", "due", "start", "estimatedDuration", "progress",
              "progressUpdated", "title", "description", "location", "color", "startTime",
              "latitude", "longitude", "recurrenceRule", "priority", "freeBusyStatus",
              "privacy", "percentComplete", "uri", "vcalendarBlobId", "timeBooked"}
NOTE_PROPS = {"id", "name", "content", "noteBookId", "createdAt", "modifiedAt", "createdBy",
              "modifiedBy", "filesFolderId", "password"}
DATE_COLS = {"actionAt", "due", "start"}
DATETIME_COLS = {"lastContactAt", "progressUpdated"}
BOOL_COLS = {"isOrganization", "vatReverseCharge", "newsletterAllowed"}

# has-many relations: (name, table, its mapped properties in column order)
CONTACT_RELATIONS = [("dates", "addressbook_date", ["type", "date"]),
                     ("phoneNumbers", "addressbook_phone_number", ["type", "number"]),
                     ("emailAddresses", "addressbook_email_address", ["type", "email"]),
                     ("addresses", "addressbook_address",
                      ["type", "address", "zipCode", "city", "state", "country",
                       "countryCode"]),
                     ("urls", "addressbook_url", ["type", "url"])]

# UI labels (English keys of the language files) and the module whose t() gives them
LABELS = {
    "addressbook": {
        "id": "ID", "prefixes": "Prefixes", "initials": "Initials", "firstName": "First name",
        "middleName": "Middle name", "lastName": "Last name", "suffixes": "Suffixes",
        "salutation": "Salutation", "notes": "Notes", "name": "Name", "IBAN": "IBAN",
        "registrationNumber": "Registration number", "icd": "ICD", "vatNo": "VAT number",
        "vatReverseCharge": "Reverse charge VAT", "debtorNumber": "Debtor number",
        "photoBlobId": "Photo blob ID", "language": "Language", "jobTitle": "Job title",
        "department": "Department", "uid": "UUID", "color": "Color", "nameBank": "Name bank",
        "BIC": "BIC", "lastContactAt": "Last contact at", "actionAt": "Action date",
        "starred": "Starred", "age": "Age", "birthday": "Birthday",
        "isOrganization": "Is organization", "organizations": "Organizations",
        "gender": "Gender", "groups": "Groups",
        "phoneNumbers": "Phone numbers", "emailAddresses": "E-mail addresses",
        "addresses": "Addresses", "dates": "Dates", "urls": "URL's",
        "phoneNumbers.type": "Type", "phoneNumbers.number": "Phone number",
        "emailAddresses.type": "Type", "emailAddresses.email": "E-mail address",
        "addresses.type": "Type", "addresses.address": "Address", "addresses.zipCode": "ZIP code",
        "addresses.city": "City", "addresses.state": "state", "addresses.country": "Country",
        "addresses.countryCode": "Country code"},
    "tasks": {
        "id": "ID", "uid": "UUID", "tasklistId": "Tasklist", "responsibleUserId": "Responsible",
        "due": "Due", "start": "Start", "estimatedDuration": "Estimated duration",
        "progress": "Progress", "title": "Title", "description": "Description",
        "color": "Color", "priority": "Priority", "percentComplete": "Percent complete",
        "latitude": "Latitude", "longitude": "Longitude", "location": "Location",
        "projectId": "Project", "categories": "Categories", "timeBooked": "Hours booked",
        "recurrenceRule": "Recurrence", "list": "List"},
    "notes": {"id": "ID", "name": "Name", "content": "Content", "notebook": "Notebook"},
}


def tables(text: str) -> tuple[dict[str, list[str]], dict[str, list[dict[str, str | None]]]]:
    cols = {m.group(1): re.findall(r"^\s+`(\w+)`", m.group(2), re.M)
            for m in CREATE.finditer(text)}
    out: dict[str, list[dict[str, str | None]]] = {}
    for m in INSERT.finditer(text):
        if not m.group(1).startswith(("addressbook_", "tasks_", "notes_", "core_link",
                                      "core_entity")):
            continue
        rows, _ = values_list(text, m.end())
        out.setdefault(m.group(1), []).extend(
            dict(zip(cols[m.group(1)], r, strict=True)) for r in rows)
    return cols, out


def fmt(col: str, v: str | None) -> str:
    if v is None:
        return ""
    if col in BOOL_COLS:
        return "1" if v not in ("0", "") else ""
    if col in DATE_COLS:
        return v[:10]
    if col in DATETIME_COLS:
        d = datetime.strptime(v, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        return d.astimezone(TZ).isoformat()
    return v


def fputcsv(fields: list[str]) -> str:
    out = []
    for f in fields:
        if any(c in f for c in ';"\t\r\n '):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ";".join(out) + "\n"


class Translator:
    def __init__(self, lang_dir: Path, lang: str) -> None:
        self.lang = lang
        self.files = {}
        if lang != "en":
            for m in ("core", "addressbook", "tasks", "notes"):
                self.files[m] = json.loads((lang_dir / f"{m}-{lang}.json").read_text("utf-8"))

    def t(self, key: str, module: str) -> str:
        for m in (module, "core"):
            d = self.files.get(m)
            if isinstance(d, dict) and isinstance(d.get(key), str):
                return d[key]
        return key

    def header(self, name: str, module: str) -> str:
        if self.lang == "en":
            return name
        labels = LABELS[module]
        m = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", name)
        if m:
            rel, i, prop = m.groups()
            sub = labels.get(f"{rel}.{prop}")
            return (f"{self.t(labels[rel], module)} {i} - "
                    f"{self.t(sub, module) if sub else prop}")
        return self.t(labels[name], module) if name in labels else name


def main(sql_path: str, lang_dir: str, out_dir: str, lang: str = "en") -> None:
    text = Path(sql_path).read_bytes().decode("utf-8", errors="surrogateescape")
    cols, t = tables(text)
    tr = Translator(Path(lang_dir), lang)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, module: str, headers: list[str], rows: list[list[str]]) -> None:
        lines = [fputcsv([tr.header(h, module) for h in headers])]
        lines += [fputcsv(r) for r in rows]
        (out / name).write_text("\ufeff" + "".join(lines), encoding="utf-8", newline="")

    # --- address book: organizations and contacts of the address book "Shared" ---
    entity = {r["name"]: r["id"] for r in t["core_entity"]}
    contacts = {r["id"]: r for r in t["addressbook_contact"]}
    rel_rows = {rel: [r for r in t.get(tbl, [])] for rel, tbl, _ in CONTACT_RELATIONS}
    links = sorted((r for r in t["core_link"] if r["fromEntityTypeId"] == entity["Contact"]
                    and r["toEntityTypeId"] == entity["Contact"]), key=lambda r: int(r["id"]))
    exclude = {"addressBookId", "goUserId", "vcardBlobId", "uri", "organizationIds"}
    custom = ["isOrganization", "organizations", "gender", "groups"]
    for label, is_org in (("organizations", "1"), ("contacts", "0")):
        sel = [c for c in sorted(contacts.values(), key=lambda c: int(c["id"]))
               if c["addressBookId"] == "1" and c["isOrganization"] == is_org]
        ids = {c["id"] for c in sel}
        headers = ["id"]
        base = [c for c in cols["addressbook_contact"] if c in CONTACT_PROPS and c != "id"
                and c not in SKIP and c not in exclude and c not in custom]
        base += ["starred"]  # addressbook_contact_star's mapped column
        headers += base
        for rel, _tbl, props in CONTACT_RELATIONS:
            per: dict[str, int] = {}
            for r in rel_rows[rel]:
                if r["contactId"] in ids:
                    per[r["contactId"]] = per.get(r["contactId"], 0) + 1
            for i in range(1, max(per.values(), default=0) + 1):
                headers += [f"{rel}[{i}].{p}" for p in props]
        getters = ["starred", "uid", "salutation", "age", "birthday"]
        headers += getters + custom
        rows = []
        for c in sel:
            vals: dict[str, str] = {k: fmt(k, c.get(k)) for k in base if k != "starred"}
            vals["starred"] = ""
            if not c["salutation"]:
                vals["salutation"] = (tr.t("Dear sir/madam", "addressbook")
                                      if c["isOrganization"] == "1" else "")
            row = [c["id"]] + [vals[k] for k in base]
            for rel, _tbl, props in CONTACT_RELATIONS:
                mine = [r for r in rel_rows[rel] if r["contactId"] == c["id"]]
                n = sum(1 for h in headers if h.startswith(f"{rel}[") and
                        h.endswith(f".{props[0]}"))
                for i in range(n):
                    row += [fmt(p, mine[i].get(p)) if i < len(mine) else "" for p in props]
            orgs = [contacts[lk["toId"]]["name"] or "" for lk in links
                    if lk["fromId"] == c["id"] and contacts.get(lk["toId"], {}).get(
                        "isOrganization") == "1"]
            row += ["", vals["uid"], vals["salutation"], "0", "",
                    fmt("isOrganization", c["isOrganization"]),
                    "" if c["isOrganization"] == "1" else "|".join(orgs),
                    c["gender"] or "", ""]
            rows.append(row)
        write(f"Contact-{label}.csv", "addressbook", headers, rows)

    # --- tasks: every task of the non-support lists ---
    lists = {r["id"]: r for r in t["tasks_tasklist"]}
    task_custom = ["recurrenceRule", "list"]
    base = [c for c in cols["tasks_task"] if c in TASK_PROPS and c != "id" and c not in SKIP
            and c not in task_custom]
    headers = ["id"] + base + ["categories", "progress", "timeBooked", "uid", "uri"] + task_custom
    rows = []
    for r in sorted(t["tasks_task"], key=lambda r: int(r["id"])):
        if lists[r["tasklistId"]]["role"] == "4":
            continue
        vals = {k: fmt(k, r.get(k)) for k in base}
        vals["progress"] = PROGRESS.get(r["progress"] or "1", "needs-action")
        rows.append([r["id"]] + [vals[k] for k in base]
                    + ["", vals["progress"], "0", vals["uid"], vals["uri"],
                       "null" if not r["recurrenceRule"] else r["recurrenceRule"],
                       lists[r["tasklistId"]]["name"] or ""])
    write("Task.csv", "tasks", headers, rows)

    # --- notes: every note of every notebook ---
    books = {r["id"]: r["name"] for r in t["notes_note_book"]}
    base = [c for c in cols["notes_note"] if c in NOTE_PROPS and c != "id" and c not in SKIP
            and c != "password"]
    headers = ["id"] + base + ["notebook"]
    rows = [[r["id"]] + [fmt(k, r.get(k)) for k in base] + [books.get(r["noteBookId"], "")]
            for r in sorted(t["notes_note"], key=lambda r: int(r["id"]))]
    write("Note.csv", "notes", headers, rows)


if __name__ == "__main__":
    args = sys.argv[1:]
    lang = "en"
    if "--lang" in args:
        i = args.index("--lang")
        lang = args[i + 1]
        del args[i:i + 2]
    main(*args[:3], lang=lang)
