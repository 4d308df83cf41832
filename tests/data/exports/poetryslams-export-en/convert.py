"""SAP's Partner Reference Application "Poetry Slam Manager": its own sample data as Fiori
Elements' "Export to Spreadsheet" downloads them.

Built for round Z12 (session 56, keys442). Usage:

    python convert.py GITDIR OUT --lang en|de

GITDIR: a git directory of GitHub SAP-samples/partner-reference-application holding commit
2d71f9d4189c07c643172a19baf60e5195da4f64 (branch main-multi-tenant); every file is read
with `git show`. The branch carries no LICENSE file: the repository's LICENSE (Apache-2.0)
and REUSE.toml (path "**": Apache-2.0) are on its default branch, main, at 7cd013b6.

Rules (nothing here is invented data):
- Records: the app's sample data, srv/poetryslam/sample_data/{poetrySlams,visitors,visits}.json,
  which its action createTestData ("Generate Sample Data") upserts: 8 poetry slams, 12
  visitors, 10 visits (bookings). The action stamps each slam's dateTime from the clock:
  today + 30 * n days at (13 + n):00:00 for the n-th slam (n = 1..8); "today" is here the
  commit's date, 2025-11-07 (server time zone UTC). Status names from
  db/data/*StatusCodes_texts.csv in the export's language.
- Exports: a Fiori Elements V4 table's "Export to Spreadsheet" (sap.ui.export) writes one
  .xlsx named after the table's title, one sheet 'SAPUI5 Spreadsheet Export', row 1 the
  columns' labels, one row per record of the table's binding, in key (ID) order (CAP orders
  a paged read by its key):
  * Poetry Slams: the poetry slams list report (app/poetryslams/annotations.cds
    UI.LineItem, actions left out): Number, Title, Description, Status (#TextOnly), Event
    Date, and the DataPoint #bookedSeats (Capacity: the booked seats, a number).
  * Visitors: the visitors list report (app/visitors/annotations.cds UI.LineItem): Name,
    Email.
  * Bookings: the poetry slam object page's Bookings table (LineItem #VisitorData: the
    visitor by name (#TextOnly, label Name), the visitor's Email, Artist, Status), exported
    for every poetry slam that has bookings and written as one workbook, each row led by its
    poetry slam's Number under the label 'Poetry Slam' (the object page's title) so the rows
    keep the slam they were exported from; slams by number, rows by visit ID.
  Labels: the element's @title, the LineItem's Label or the DataPoint's Title, '{i18n>key}'
  resolved from the i18n folder of the file that annotates it (db/i18n, srv/i18n,
  app/poetryslams/i18n, app/visitors/i18n), i18n_<lang>.properties over i18n.properties,
  as CAP localizes $metadata. The file name is the table's title (HeaderInfo TypeNamePlural)
  in the same language.
- Values: Boolean as Fiori's Yes/No (de Ja/Nein); DateTime as a date-time cell; Integer as
  a number; the rest text as stored.
- Nothing depends on the clock: the zip entries carry a fixed time, so a rerun gives the same
  bytes.
"""
import argparse
import datetime
import json
import os
import subprocess
import zipfile
from xml.sax.saxutils import escape

COMMIT = "2d71f9d4189c07c643172a19baf60e5195da4f64"
TODAY = datetime.date(2025, 11, 7)  # the commit's date: createTestData's new Date()
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
SHEET = "SAPUI5 Spreadsheet Export"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
QUOT = {'"': "&quot;"}
DATE_FMT = {"en": "mmm d, yyyy, h:mm:ss AM/PM", "de": "dd.mm.yyyy, hh:mm:ss"}
YES_NO = {"en": ("Yes", "No"), "de": ("Ja", "Nein")}
SAMPLE = "srv/poetryslam/sample_data/{}.json"
STATUS = "db/data/sap.samples.poetryslams-{}StatusCodes_texts.csv"
I18N_DIRS = ("db/i18n", "srv/i18n", "app/poetryslams/i18n", "app/visitors/i18n")
READ = [SAMPLE.format("poetrySlams"), SAMPLE.format("visitors"),
        SAMPLE.format("visits"), STATUS.format("PoetrySlam"), STATUS.format("Visit"),
        "db/poetrySlamManagerModel.cds", "srv/poetryslam/poetrySlamService.cds",
        "srv/poetryslam/poetrySlamServiceImplementation.js",
        "app/poetryslams/annotations.cds", "app/visitors/annotations.cds"] + [
    f"{d}/i18n{s}.properties" for d in I18N_DIRS for s in ("", "_de")]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def properties(text):
    out = {}
    for line in text.splitlines():
        s = line.lstrip()
        if not s or s[0] in "#!" or "=" not in s:
            continue
        k, v = s.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def bundle(gitdir, folder, lang):
    out = properties(show(gitdir, f"{folder}/i18n.properties"))
    if lang != "en":
        out.update(properties(show(gitdir, f"{folder}/i18n_{lang}.properties")))
    return out


def status_texts(gitdir, name, lang):
    lines = show(gitdir, STATUS.format(name)).splitlines()
    head = lines[0].split(";")
    rows = [dict(zip(head, line.split(";"), strict=False)) for line in lines[1:] if line]
    return {int(r["code"]): r["name"].strip() for r in rows if r["locale"] == lang}


def build(gitdir, lang):
    db = bundle(gitdir, "db/i18n", lang)
    srv = bundle(gitdir, "srv/i18n", lang)
    ps = bundle(gitdir, "app/poetryslams/i18n", lang)
    vi = bundle(gitdir, "app/visitors/i18n", lang)
    slams = json.loads(show(gitdir, SAMPLE.format("poetrySlams")))["poetrySlams"]
    visitors = json.loads(show(gitdir, SAMPLE.format("visitors")))["visitors"]
    visits = json.loads(show(gitdir, SAMPLE.format("visits")))["visits"]
    slam_status = status_texts(gitdir, "PoetrySlam", lang)
    visit_status = status_texts(gitdir, "Visit", lang)
    yes, no = YES_NO[lang]
    for n, s in enumerate(slams, start=1):  # createTestData: count from 1 in file order
        day = TODAY + datetime.timedelta(days=30 * n)
        s["dateTime"] = datetime.datetime(day.year, day.month, day.day, 13 + n, 0, 0)
    by_id = {s["ID"]: s for s in slams}
    who = {v["ID"]: v for v in visitors}
    _ = srv  # bookedSeats' own title; the list shows the DataPoint's Title instead
    out = {}
    out[ps["poetrySlam-plural"]] = (
        [db["number"], db["title"], db["description"], db["status"], db["dateTime"],
         ps["bookedSeatsTitle"]],
        [[str(s["number"]), s["title"], s["description"], slam_status[s["status_code"]],
          ("datetime", s["dateTime"]), s["maxVisitorsNumber"] - s["freeVisitorSeats"]]
         for s in sorted(slams, key=lambda s: s["ID"])])
    out[vi["visitor-plural"]] = (
        [db["name"], db["email"]],
        [[v["name"], v["email"]] for v in sorted(visitors, key=lambda v: v["ID"])])
    rows = sorted(visits, key=lambda v: (int(by_id[v["parent_ID"]]["number"]), v["ID"]))
    out[ps["visits-plural"]] = (
        [ps["poetrySlam"], ps["name"] if "name" in ps else db["name"], db["email"],
         db["artistIndicator"], db["status"]],
        [[str(by_id[v["parent_ID"]]["number"]), who[v["visitor_ID"]]["name"],
          who[v["visitor_ID"]]["email"], yes if v["artistIndicator"] else no,
          visit_status[v["status_code"]]] for v in rows])
    return out


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(path, header, rows, lang):
    fmts = [DATE_FMT[lang]]
    style = {f: i + 1 for i, f in enumerate(fmts)}
    epoch = datetime.datetime(1899, 12, 30)
    out = []
    for ri, row in enumerate([header] + rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):  # ("datetime", datetime)
                days = (v[1] - epoch).total_seconds() / 86400
                cells.append(f'<c r="{ref}" s="{style[DATE_FMT[lang]]}"><v>{days!r}</v></c>')
            elif isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">'
                             f'{escape(v)}</t></is></c>')
        out.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>' + "".join(out) + '</sheetData></worksheet>')
    numfmts = "".join(f'<numFmt numFmtId="{164 + i}" formatCode="{escape(f, QUOT)}"/>'
                      for i, f in enumerate(fmts))
    xfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' + "".join(
        f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>' for i in range(len(fmts)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<numFmts count="{len(fmts)}">{numfmts}</numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
              '</border></borders><cellStyleXfs count="1">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(fmts) + 1}">{xfs}</cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{CT}styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/styles.xml": styles,
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("out")
    ap.add_argument("--lang", default="en", choices=sorted(DATE_FMT))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for title, (header, rows) in build(a.gitdir, a.lang).items():
        path = os.path.join(a.out, f"{title}.xlsx")
        xlsx(path, header, rows, a.lang)
        print(f"{path}: {len(rows)} rows")


if __name__ == "__main__":
    main()
