"""EspoCRM's Excel export of SuiteCRM's demo records, for a user of one language (SOURCE.md).

EspoCRM (GitHub espocrm/espocrm, AGPL-3.0) exports a list view as XLSX
(application/Espo/Tools/Export/Format/Xlsx/PhpSpreadsheetProcessor.php): one sheet named
with the entity's plural in the user's language (`scopeNamesPlural`), a header row where
each field is its label in that language (`translateLabel(field, 'fields', entity)`: the
entity's label, else the application's `Global` one, else the field's name; every language
is read over en_US), and one row per record: a link by the linked record's name, a person's
name whole, an address one cell (street / city, state postal code / country), an enum by its
option's label in the language (the value itself when the list has no label for it), dates
and date-times as dates. Its default file name is `Export_<Entity>.xlsx`.

The records are SuiteCRM's demo data as ../suitecrm-demo builds them (the same CRM lineage:
EspoCRM's Account, Contact, Lead, Opportunity, Case, Meeting, Call and Task hold the same
fields), each SuiteCRM field written as the EspoCRM field that holds it.

    python espocrm_labelled.py ESPOCRM_GIT_DIR COMMIT LANG SUITECRM_DEMO_DIR OUT_DIR
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

I18N = ("application/Espo/Resources/i18n/{lang}/{scope}.json",
        "application/Espo/Modules/Crm/Resources/i18n/{lang}/{scope}.json")
STAMP = (2026, 7, 2, 0, 0, 0)   # every zip member's date, so two runs give the same bytes

# EspoCRM entity -> (SuiteCRM demo file, [(EspoCRM field, how its cell is made)])
ENTITIES = {
    "Account": ("Accounts", ["id", "name", "emailAddress", "phoneNumber", "website",
                             "billingAddress", "shippingAddress", "type", "industry",
                             "assignedUser", "createdAt"]),
    "Contact": ("Contacts", ["id", "firstName", "lastName", "title", "account", "emailAddress",
                             "phoneNumber", "address", "assignedUser", "createdAt"]),
    "Lead": ("Leads", ["id", "firstName", "lastName", "title", "accountName", "emailAddress",
                       "phoneNumber", "address", "status", "source", "assignedUser",
                       "createdAt"]),
    "Opportunity": ("Opportunities", ["id", "name", "account", "amount", "closeDate", "stage",
                                      "probability", "leadSource", "assignedUser",
                                      "createdAt"]),
    "Case": ("Cases", ["id", "number", "name", "status", "priority", "account",
                       "assignedUser", "createdAt"]),
    "Meeting": ("Meetings", ["id", "name", "status", "dateStart", "dateEnd", "parent",
                             "description", "assignedUser", "createdAt"]),
    "Call": ("Calls", ["id", "name", "status", "direction", "dateStart", "dateEnd", "parent",
                       "assignedUser", "createdAt"]),
    "Task": ("Tasks", ["id", "name", "status", "priority", "dateEnd", "parent",
                       "assignedUser", "createdAt"]),
}
ENUMS = {"type", "industry", "status", "source", "stage", "leadSource", "priority",
         "direction"}
# EspoCRM field -> SuiteCRM demo column (per entity where they differ)
PLAIN = {"id": "ID", "website": "Website", "emailAddress": "Email Address",
         "phoneNumber": "Office Phone", "firstName": "First Name", "lastName": "Last Name",
         "title": "Job Title", "account": "Account Name", "accountName": "Account Name",
         "status": "Status", "source": "Lead Source", "leadSource": "Lead Source",
         "type": "Type", "industry": "Industry", "probability": "Probability (%)",
         "stage": "Sales Stage", "number": "Number", "priority": "Priority",
         "direction": "Direction", "description": "Description"}
NAME = {"Opportunity": "Opportunity Name"}


def _git_json(git_dir: str, commit: str, path: str) -> dict:
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                         capture_output=True, check=False)
    return json.loads(out.stdout) if out.returncode == 0 else {}


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = (_merge(out[key], value) if isinstance(value, dict)
                    and isinstance(out.get(key), dict) else value)
    return out


def language(git_dir: str, commit: str, lang: str, scope: str) -> dict:
    """A scope's strings as EspoCRM's Language holds them: en_US, the language over it."""
    data: dict = {}
    for code in ("en_US", lang):
        for pattern in I18N:
            data = _merge(data, _git_json(git_dir, commit,
                                          pattern.format(lang=code, scope=scope)))
    return data


def _read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _when(text: str) -> datetime | None:
    return datetime.strptime(text, "%m/%d/%Y %I:%M %p") if text else None


def _day(text: str) -> date | None:
    return datetime.strptime(text, "%m/%d/%Y").date() if text else None


def _address(row: dict[str, str], prefix: str) -> str | None:
    def get(part: str) -> str:
        return (row.get(f"{prefix} {part}") or "").strip()
    street, city, state = get("Street"), get("City"), get("State")
    postal = get("Postal Code") or get("Postalcode")
    country = get("Country")
    text = street
    if city or state or postal:
        line = city + (", " if city and state else "") + state
        line += (" " if postal and (state or city) else "") + postal
        text = f"{text}\n{line}" if text else line
    if country:
        text = f"{text}\n{country}" if text else country
    return text or None


def cell(entity: str, field: str, row: dict[str, str], options: dict, parents: dict):
    if field == "name":
        return row[NAME.get(entity, "Subject" if "Subject" in row else "Name")]
    if field in ("billingAddress", "shippingAddress"):
        return _address(row, "Billing" if field == "billingAddress" else "Shipping")
    if field == "address":
        return _address(row, "Primary Address")
    if field == "assignedUser":
        return row.get("Assigned to") or (row.get("Assigned To") or "").removeprefix(
            "seed_").removesuffix("_id") or None
    if field in ("createdAt", "dateStart", "dateEnd"):
        source = {"createdAt": "Date Created", "dateStart": "Start Date",
                  "dateEnd": "Due Date" if entity == "Task" else "End Date"}[field]
        return _when(row.get(source, ""))
    if field == "closeDate":
        return _day(row["Expected Close Date"])
    if field == "amount":
        return float(row["Opportunity Amount"].replace("$", "").replace(",", ""))
    if field == "parent":
        ref = row.get("Contact ID") or row.get("Related to ID") or row.get("Parent ID")
        return parents.get(ref or "")
    value = row.get(PLAIN[field], "") or None
    if field in ("probability", "number") and value:
        return int(value)
    if field in ENUMS and value:
        return options.get(field, {}).get(value, value)
    return value


def _stable(data: bytes) -> bytes:
    """The workbook with every member dated STAMP (openpyxl dates them now)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps 'modified' now
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-07-02T00:00:00Z",
                              body)
            dst.writestr(zipfile.ZipInfo(info.filename, STAMP), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build(git_dir: str, commit: str, lang: str, demo: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    glob = language(git_dir, commit, lang, "Global")
    parents: dict[str, str] = {r["ID"]: r["Name"] for r in _read(demo, "Accounts")}
    parents |= {r["ID"]: f"{r['First Name']} {r['Last Name']}".strip()
                for r in _read(demo, "Contacts")}
    for entity, (source, fields) in ENTITIES.items():
        strings = language(git_dir, commit, lang, entity)
        labels = [strings.get("fields", {}).get(f) or glob.get("fields", {}).get(f) or f
                  for f in fields]
        book = Workbook()
        sheet = book.active
        sheet.title = glob["scopeNamesPlural"][entity][:30]
        sheet.append(labels)
        for row in _read(demo, source):
            sheet.append([cell(entity, f, row, strings.get("options", {}), parents)
                          for f in fields])
        for prop in ("created", "modified"):
            setattr(book.properties, prop, datetime(*STAMP))
        buf = io.BytesIO()
        book.save(buf)
        (out / f"Export_{entity}.xlsx").write_bytes(_stable(buf.getvalue()))


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))
