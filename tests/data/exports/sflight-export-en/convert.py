"""SAP CAP SFlight's Fiori Elements "Export to Spreadsheet" downloads of its own data.

Built for round Z10 (session 55, keys436). Usage:

    python convert.py GITDIR OUT --lang en|de|fr

GITDIR: a git directory of GitHub SAP-samples/cap-sflight holding commit
c948c233100fab917762cc1cc4ca8caaefa12419; every file is read with `git show`.

Rules (nothing here is invented data):
- Records: the app's fixed CSV data, db/data/sap.fe.cap.travel-*.csv (';'-delimited, the
  rows `cds deploy` loads), with the localized texts of *.texts.csv (status names,
  supplement descriptions) for the export's language.
- Exports: a Fiori Elements V4 table's "Export to Spreadsheet" (sap.ui.export) writes one
  .xlsx named after the table's title, one sheet, row 1 the columns' labels, one row per
  record the table's binding holds (every row, not only the page shown):
  * Travels: the Travel list report (app/travel_processor/layouts.cds UI.LineItem, the
    actions left out, sorted by TravelID descending as its PresentationVariant says).
  * Bookings: the Analyze Bookings app's table (app/travel_analytics/annotations.cds
    UI.LineItem over srv/analytics-service.cds Bookings; FlightPrice in the service's fixed
    'USD'), the grouping removed, in TravelID/BookingID order.
  * Passenger, Travel Agency, Airline, Supplement: the master data have no list report of
    their own; their table is the CAP Fiori preview's, the fields app/labels.cds titles, in
    that order, in the CSV's row order.
  Labels: the element's @title (app/labels.cds) or the LineItem's Label, '{i18n>key}'
  resolved from _i18n/i18n_<lang>.properties (falling back to _i18n/i18n.properties) as CAP
  localizes $metadata. The file name is the table's title in the same language.
- Values: a column whose field has @Common.Text shows "Text (ID)" (TextFirst, Fiori's
  default) or the text alone (@Common.TextArrangement: #TextOnly); Integer fields (TravelID,
  BookingID) are numbers; Date fields are date cells; an amount with @Measures.ISOCurrency is
  a number cell formatted with its currency code; other fields are text as stored.
- Nothing depends on the clock: the zip entries carry a fixed time, so a rerun gives the same
  bytes.
"""
import argparse
import datetime
import decimal
import os
import subprocess
import zipfile
from xml.sax.saxutils import escape

COMMIT = "c948c233100fab917762cc1cc4ca8caaefa12419"
DATA = "db/data/sap.fe.cap.travel-{}.csv"
I18N = "_i18n/i18n{}.properties"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
SHEET = "SAPUI5 Spreadsheet Export"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
QUOT = {'"': "&quot;"}
DATE_FMT = {"en": "mmm d, yyyy", "de": "dd.mm.yyyy", "fr": "dd/mm/yyyy"}
READ = [DATA.format(n) for n in ("Travel", "Booking", "Passenger", "TravelAgency",
                                 "Airline", "Supplement", "Supplement.texts",
                                 "TravelStatus", "TravelStatus.texts", "BookingStatus",
                                 "BookingStatus.texts")] + [
    "db/data/sap.common-Currencies.csv", I18N.format(""), "app/labels.cds",
    "app/travel_processor/layouts.cds", "app/travel_analytics/annotations.cds",
    "srv/analytics-service.cds", "db/schema.cds", "db/master-data.cds"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def table(gitdir, name):
    lines = show(gitdir, DATA.format(name)).splitlines()
    head = lines[0].split(";")
    return [dict(zip(head, line.split(";"), strict=False)) for line in lines[1:] if line]


def properties(text):
    out = {}
    for line in text.splitlines():
        s = line.lstrip()
        if not s or s[0] in "#!" or "=" not in s:
            continue
        k, v = s.split("=", 1)
        out[k.strip()] = v.lstrip().encode("latin-1", "backslashreplace").decode(
            "unicode_escape") if "\\u" in v else v.lstrip()
    return out


def texts(gitdir, name, key, field, lang):
    base = {r[key]: r[field] for r in table(gitdir, name)}
    for r in table(gitdir, name + ".texts"):
        if r["locale"] == lang:
            base[r[key]] = r[field]
    return base


def build(gitdir, lang):
    i18n = properties(show(gitdir, I18N.format("")))
    i18n.update(properties(show(gitdir, I18N.format("_" + lang))))
    L = i18n.__getitem__
    travel_status = texts(gitdir, "TravelStatus", "code", "name", lang)
    booking_status = texts(gitdir, "BookingStatus", "code", "name", lang)
    passengers = table(gitdir, "Passenger")
    agencies = table(gitdir, "TravelAgency")
    airlines = table(gitdir, "Airline")
    supplements = table(gitdir, "Supplement")
    travels = table(gitdir, "Travel")
    bookings = table(gitdir, "Booking")
    pax = {r["CustomerID"]: r for r in passengers}
    agy = {r["AgencyID"]: r for r in agencies}
    air = {r["AirlineID"]: r for r in airlines}
    trv = {r["TravelUUID"]: r for r in travels}
    sup_text = texts(gitdir, "Supplement", "SupplementID", "Description", lang)

    def tf(text, ident):  # TextFirst: "Text (ID)"
        return f"{text} ({ident})" if text else ident

    def date(s):
        return ("date", datetime.date.fromisoformat(s)) if s else None

    def money(s, cur):
        return ("money", decimal.Decimal(s), cur) if s else None

    out = {}
    # Travel list report: TravelID desc
    rows = sorted(travels, key=lambda r: -int(r["TravelID"]))
    out[L("Travels")] = (
        [L("TravelID"), L("AgencyID"), L("CustomerID"), L("BeginDate"), L("EndDate"),
         L("BookingFee"), L("TotalPrice"), L("TravelStatus")],
        [[tf(r["Description"], str(int(r["TravelID"]))),
          tf(agy[r["to_Agency_AgencyID"]]["Name"], r["to_Agency_AgencyID"]),
          tf(pax[r["to_Customer_CustomerID"]]["LastName"], r["to_Customer_CustomerID"]),
          date(r["BeginDate"]), date(r["EndDate"]),
          money(r["BookingFee"], r["CurrencyCode_code"]),
          money(r["TotalPrice"], r["CurrencyCode_code"]),
          travel_status[r["TravelStatus_code"]]] for r in rows])
    # Analyze Bookings table
    rows = sorted(bookings, key=lambda r: (int(trv[r["to_Travel_TravelUUID"]]["TravelID"]),
                                           int(r["BookingID"])))
    out[L("Bookings")] = (
        [L("TravelID"), L("Booking"), L("AirlineID"), L("ConnectionID"), L("FlightDate"),
         L("FlightPrice"), L("BookingStatus")],
        [[int(trv[r["to_Travel_TravelUUID"]]["TravelID"]), int(r["BookingID"]),
          tf(air[r["to_Carrier_AirlineID"]]["Name"], r["to_Carrier_AirlineID"]),
          r["ConnectionID"], date(r["FlightDate"]), money(r["FlightPrice"], "USD"),
          booking_status[r["BookingStatus_code"]]] for r in rows])
    out[L("Passenger")] = (
        [L(k) for k in ("CustomerID", "FirstName", "LastName", "Title", "Street",
                        "PostalCode", "City", "CountryCode", "PhoneNumber", "EMailAddress")],
        [[tf(r["LastName"], r["CustomerID"]), r["FirstName"], r["LastName"], r["Title"],
          r["Street"], r["PostalCode"], r["City"], r["CountryCode_code"], r["PhoneNumber"],
          r["EMailAddress"]] for r in passengers])
    out[L("TravelAgency")] = (
        [L(k) for k in ("AgencyID", "AgencyName", "Street", "PostalCode", "City",
                        "CountryCode", "PhoneNumber", "EMailAddress", "WebAddress")],
        [[tf(r["Name"], r["AgencyID"]), r["Name"], r["Street"], r["PostalCode"], r["City"],
          r["CountryCode_code"], r["PhoneNumber"], r["EMailAddress"], r["WebAddress"]]
         for r in agencies])
    out[L("Airline")] = (
        [L("AirlineID"), L("Name"), L("CurrencyCode")],
        [[tf(r["Name"], r["AirlineID"]), r["Name"], r["CurrencyCode_code"]]
         for r in airlines])
    out[L("Supplement")] = (
        [L("SupplementID"), L("Price"), L("CurrencyCode"), L("Description")],
        [[tf(sup_text[r["SupplementID"]], r["SupplementID"]),
          money(r["Price"], r["CurrencyCode_code"]), r["CurrencyCode_code"],
          sup_text[r["SupplementID"]]] for r in supplements])
    return out


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(path, header, rows, lang, decimals):
    fmts = [DATE_FMT[lang]]
    for cur in sorted({v[2] for r in rows for v in r if isinstance(v, tuple) and v[0] == "money"}):
        d = decimals.get(cur, 2)
        fmts.append("#,##0" + ("." + "0" * d if d else "") + f' "{cur}"')
    style = {f: i + 1 for i, f in enumerate(fmts)}
    epoch = datetime.date(1899, 12, 30)
    out = []
    for ri, row in enumerate([header] + rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                days = (v[1] - epoch).days
                cells.append(f'<c r="{ref}" s="{style[DATE_FMT[lang]]}"><v>{days}</v></c>')
            elif isinstance(v, tuple):
                d = decimals.get(v[2], 2)
                f = "#,##0" + ("." + "0" * d if d else "") + f' "{v[2]}"'
                cells.append(f'<c r="{ref}" s="{style[f]}"><v>{v[1].normalize():f}</v></c>')
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
    cur = show(a.gitdir, "db/data/sap.common-Currencies.csv").splitlines()
    head = cur[0].split(";")
    recs = (dict(zip(head, line.split(";"), strict=False)) for line in cur[1:] if line)
    decimals = {r["code"]: int(r["exponent"]) for r in recs}
    for title, (header, rows) in build(a.gitdir, a.lang).items():
        path = os.path.join(a.out, f"{title}.xlsx")
        xlsx(path, header, rows, a.lang, decimals)
        print(f"{path}: {len(rows)} rows")


if __name__ == "__main__":
    main()
