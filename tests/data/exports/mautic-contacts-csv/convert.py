"""Mautic's contact fixtures (app/bundles/LeadBundle/DataFixtures/ORM/fakeleaddata.csv) -> the
files Mautic's own contact export writes of them (Contacts > Export). Ours; the data it reads
is not committed.

    python convert.py fakeleaddata.csv OUT_DIR csv     # the default CSV export (background)
    python convert.py fakeleaddata.csv OUT_DIR xlsx    # the Excel export (direct download)

The rows are what LoadLeadData.php stores (mautic/mautic commit 24271492a838, as a fresh
install plus `doctrine:fixtures:load` holds them): one contact per fixture row, ids 1, 2...
in file order; each cell through Lead::addUpdatedField (trimmed, an empty value NULL; `ip`
goes to the IP table, not a field). Both exports leave out anonymous contacts (no
date_identified: the last four rows, with neither name, company, e-mail nor social handle).

Each row is Lead::getProfileFields(): `id`, then the fields by group in the order their
columns stand in the `leads` table (the entity's columns `points`, `last_active`, then its
fixed fields `title` ... `country` as Lead::loadMetadata lists them, then the core fields
the installer adds in FieldModel::$coreFields order), group `core` before `social`. Nothing
translated: the header is the field aliases.

- csv: ContactExportSchedulerModel (contact_export_in_background is true by default): rows
  ordered by last_active DESC (all NULL: ties in id order, as MySQL hands them over),
  written by ExportHelper::exportAsCsvIntoFile with PHP's fputcsv (a field quoted when it
  holds a comma, quote, backslash, space, tab or line break; "\\n" line ends; no BOM) into
  `contacts_export.csv`, which Mautic zips as `contacts_export_<Y_m_d_H_i_s>.zip` and mails
  a link to; the CSV is the file written here.
- xlsx: LeadController::batchExportAction -> ExportHelper::exportAsExcel: the rows of
  ExportHelper::parseLeadToExport (getProfileFields plus `stage`, the stage's name: none
  here), ordered by "l.last_active, l.id" DESC (CommonRepository puts DESC after each
  column: id 50 down to 1); PhpSpreadsheet 1.27's fromArray with its DefaultValueBinder
  (a numeric string becomes a number unless it starts with 0, NULL leaves the cell empty),
  sheet "Worksheet" plus the empty "Worksheet 1" getSpreadsheetGeneric() creates; named
  `contacts_<date_format_dateonly "F j, Y" with non-letters as "-">.xlsx`, lower case.

The export day is the commit's (2024-10-24 17:54:35).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

WHEN = datetime(2024, 10, 24, 17, 54, 35)
# the leads table's field columns after install, in column order, with each field's group
COLUMNS = ["points", "last_active", "title", "firstname", "lastname", "company", "position",
           "email", "phone", "mobile", "address1", "address2", "city", "state", "zipcode",
           "timezone", "country", "fax", "preferred_locale", "attribution_date", "attribution",
           "website", "facebook", "foursquare", "instagram", "linkedin", "skype", "twitter"]
SOCIAL = {"facebook", "foursquare", "instagram", "linkedin", "skype", "twitter"}
NUMERIC = re.compile(r"^[+-]?(\d+\.?\d*|\d*\.?\d+)([Ee][-+]?[0-2]?\d{1,3})?$")


def contacts(fixture: Path) -> list[dict[str, object]]:
    """The identified contacts as getProfileFields() gives them, in id order."""
    with fixture.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    out = []
    for n, cells in enumerate(rows[1:], 1):
        stored: dict[str, object] = {}
        for alias, value in zip(header, cells, strict=True):
            if alias == "ip":
                continue
            v = value.strip()
            stored[alias] = None if v == "" else v
        if stored.get("points") is not None:
            stored["points"] = int(str(stored["points"]))
        if not any(stored.get(a) for a in ("firstname", "lastname", "company", "email",
                                            *sorted(SOCIAL))):
            continue  # anonymous: no date_identified, left out of both exports
        order = [c for c in COLUMNS if c not in SOCIAL] + [c for c in COLUMNS if c in SOCIAL]
        out.append({"id": n} | {c: stored.get(c) for c in order})
    return out


def fputcsv(fields: list[object]) -> str:
    out = []
    for f in fields:
        s = "" if f is None else str(f)
        if any(c in s for c in ',"\\\t\r\n '):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out) + "\n"


def write_csv(rows: list[dict[str, object]], out_dir: Path) -> None:
    lines = [fputcsv(list(rows[0]))] + [fputcsv(list(r.values())) for r in rows]
    (out_dir / "contacts_export.csv").write_text("".join(lines), encoding="utf-8", newline="")


def bind(v: object) -> object:
    """PhpSpreadsheet's DefaultValueBinder: a numeric string is a number, unless 0-led."""
    if not isinstance(v, str) or not NUMERIC.match(v):
        return v
    t = v.lstrip("+-")
    if len(t) > 1 and t[0] == "0" and t[1] != ".":
        return v
    f = float(v)
    return int(f) if f.is_integer() and "." not in v and "e" not in v.lower() else f


def write_xlsx(rows: list[dict[str, object]], out_dir: Path) -> None:
    from openpyxl import Workbook

    name = "contacts_" + WHEN.strftime("%B-%-d-%Y").lower() + ".xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    wb.create_sheet("Worksheet 1")
    wb.properties.title = name
    wb.properties.creator = "Unknown Creator"
    wb.properties.lastModifiedBy = "Unknown Creator"
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    rows = [r | {"stage": None} for r in sorted(rows, key=lambda r: -int(str(r["id"])))]
    ws.append(list(rows[0]))
    for r in rows:
        ws.append([bind(v) for v in r.values()])
    buf = io.BytesIO()
    wb.save(buf)
    # the same bytes on every run: each zip member stamped with the export's time
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out_dir / name, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">'
                              b"2024-10-24T17:54:35Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=WHEN.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


def main(fixture: str, out_dir: str, kind: str) -> None:
    rows = contacts(Path(fixture))
    (write_csv if kind == "csv" else write_xlsx)(rows, Path(out_dir))


if __name__ == "__main__":
    main(*sys.argv[1:4])
