"""openCRX's account export (wizard ExportAccountsToXLS) of its import sample contacts.

Built for round V (session 48, keys326). Usage:

    python convert.py --lang en|de|fr|it OCRX OUT

OCRX: files of GitHub opencrx/opencrx at 377501a70f40abcbe65f4f9a87c2ae70e4fe2ecc under
their own paths (SOURCE.md lists them). Needs xlrd (2.0.x) to read the .xls sample.

Rules (nothing here is invented data):
- Rows: every record of openCRX's own import sample, test-core/etc/data/import-sample-data.xls
  (sheet 'Sheet1': 9,999 persons, DTYPE 'Contact'), taken in the sheet's order, as the
  ImportAccountsFromXls wizard stores them: string cells trimmed; a numeric extString0 or
  postal code as Java's BigDecimal prints it (1010000, 10000); the country name resolved to
  openCRX's country code as openMDX's Codes.findCodeFromValue does (exact short text, then
  exact long text, then the shortest long text containing the name; code order first),
  over the en_US country texts (the sample's names are English; a server that also loads
  other locales may resolve a few names otherwise: es_MX labels Antarctica 'Algeria'); no
  match leaves the country empty (code 0). The Birthday cell is a
  date cell of the sheet (format DD/MM/YY): taken as that date.
- Columns: the ExportAccountsToXLS wizard's columns (wizards/ExportAccountsToXLS/index.jsp,
  sheet 'Accounts'), in its order, keeping those the sample fills: FullName (openCRX sets a
  contact's full name to 'Last, First', backend/Accounts.java updateAccountFullName),
  FirstName, LastName, HomeStreet, HomeCity, HomePostalCode, HomeCountryRegion (the
  country code's long text in the user's language, cut at '['), HomePhone, Birthday
  ('dd-MM-yyyy', the wizard's exceldate), EmailAddress (the business e-mail: the import
  stores EmailAddress there and the export reads it back), extString0 (the import's index
  attribute). The wizard heads columns with fixed Outlook-style names; here each is headed
  by the label openCRX's own UI gives that attribute (ui/Root/<locale>/contact.xml,
  account.xml, account_extensions.xml; a label the locale lacks falls back to en_US, as
  openMDX does).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import xml.etree.ElementTree as ET

import xlrd

LOCALES = {"en": "en_US", "de": "de_CH", "fr": "fr_FR", "it": "it_IT"}
UI = "core/src/data/org.opencrx/ui/Root"
CODES = "core/src/data/org.opencrx/code/Root"
SAMPLE = "test-core/etc/data/import-sample-data.xls"
A1 = "org:opencrx:kernel:account1:"

# (export column, sample column, UI element whose label heads it)
COLUMNS = [
    ("FullName", None, A1 + "Account:fullName"),
    ("FirstName", "Firstname", A1 + "Contact:firstName"),
    ("LastName", "Lastname", A1 + "Contact:lastName"),
    ("HomeStreet", "Homestreet", A1 + "Contact:address!postalStreet"),
    ("HomeCity", "Homecity", A1 + "Contact:address!postalCity"),
    ("HomePostalCode", "Homepostalcode", A1 + "Contact:address!postalCode"),
    ("HomeCountryRegion", "Homecountry", A1 + "Contact:address!postalCountry"),
    ("HomePhone", "Homephone", A1 + "Contact:address!phoneNumberFull"),
    ("Birthday", "Birthday", A1 + "Contact:birthdate"),
    ("EmailAddress", "Emailaddress", A1 + "Account:address*Business!emailAddress"),
    ("extString0", "extString0", A1 + "Account:extString0"),
]
UI_FILES = ["contact.xml", "account.xml", "account_extensions.xml"]


def labels(root, locale):
    """UI element name -> first label of a locale's UI files."""
    out = {}
    for name in UI_FILES:
        path = os.path.join(root, UI, locale, name)
        if not os.path.exists(path):
            continue
        for el in ET.parse(path).iter("org.openmdx.ui1.ElementDefinition"):
            items = el.findall("_object/label/_item")
            if items and items[0].text:
                out.setdefault(el.get("name"), items[0].text)
    return out


def countries(root, locales):
    """locale -> {code: (short texts, long texts)} of the locales' postalcountry.xml."""
    out = {}
    for loc in locales:
        path = os.path.join(root, CODES, loc, "postalcountry.xml")
        if not os.path.exists(path):
            continue
        d = {}
        for el in ET.parse(path).iter("org.opencrx.kernel.code1.CodeValueEntry"):
            d[int(el.get("code"))] = (
                [i.text for i in el.findall("_object/shortText/_item") if i.text],
                [i.text for i in el.findall("_object/longText/_item") if i.text],
            )
        out[loc] = d
    return out


def find_code(value, codes):
    """openMDX Codes.findCodeFromValue over the given locales' texts (0: no match)."""
    if not value:
        return 0
    v = value.upper()
    allcodes = sorted({c for d in codes.values() for c in d})
    def texts(c, which):
        return [t for d in codes.values() if c in d for t in d[c][which]]
    for c in allcodes:
        if any(t.strip().upper() == v for t in texts(c, 0)):
            return c
    for c in allcodes:
        if any(t.strip().upper() == v for t in texts(c, 1)):
            return c
    best, best_len = 0, None
    for c in allcodes:
        for t in texts(c, 1):
            if v in t.strip().upper() and (best_len is None or len(t) < best_len):
                best, best_len = c, len(t)
    return best


def number(x):
    """A numeric cell as Java's new BigDecimal(double).toString() prints a whole number."""
    return str(int(x)) if float(x).is_integer() else repr(x)


def value(book, sheet, r, i):
    """A cell as the import stores it (strings trimmed) and the export prints it."""
    t, v = sheet.cell_type(r, i), sheet.cell_value(r, i)
    if t == xlrd.XL_CELL_NUMBER:
        return number(v)
    if t == xlrd.XL_CELL_DATE:
        day = datetime.datetime(*xlrd.xldate_as_tuple(v, book.datemode))
        return day.strftime("%d-%m-%Y")
    return str(v).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    ap.add_argument("ocrx")
    ap.add_argument("out")
    a = ap.parse_args()
    loc = LOCALES[a.lang]
    lab = labels(a.ocrx, "en_US")
    lab.update(labels(a.ocrx, loc))
    codes = countries(a.ocrx, sorted({"en_US", loc}))
    match = {"en_US": codes["en_US"]}
    book = xlrd.open_workbook(os.path.join(a.ocrx, SAMPLE))
    sheet = book.sheet_by_name("Sheet1")
    head = [str(v) for v in sheet.row_values(0)]
    idx = {h: i for i, h in enumerate(head) if h}
    cache = {}
    rows = []
    for r in range(1, sheet.nrows):
        def cell(name, r=r):
            return value(book, sheet, r, idx[name])
        if cell("DTYPE") != "Contact":
            continue
        first, last = cell("Firstname"), cell("Lastname")
        out = []
        for col, src, _ in COLUMNS:
            if col == "FullName":
                out.append((last + ", " + (first + " " if first else "")).strip())
            elif col == "HomeCountryRegion":
                name = cell(src)
                if name not in cache:
                    cache[name] = find_code(name, match)
                code = cache[name]
                text = ""
                if code:
                    longs = (codes[loc].get(code, ([], []))[1]
                             or codes["en_US"].get(code, ([], []))[1])
                    text = longs[0].split("[")[0].strip() if longs else ""
                out.append(text)
            else:
                out.append(cell(src))
        rows.append(out)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "accounts.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([lab[el] for _, _, el in COLUMNS])
        w.writerows(rows)
    print(a.lang, "accounts.csv", len(rows))


if __name__ == "__main__":
    main()
