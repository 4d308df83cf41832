"""Zimbra's address-book CSV export (thunderbird-csv format) of its own sample contacts.

Built for round Y (session 50, keys361). Usage:

    python convert.py --lang en|de|fr|es ZM OUT

ZM: files of GitHub Zimbra/zm-mailbox at 2b7f9787c6 (SOURCE.md gives the full hash) under
their own paths. OUT: the folder to write.

Rules (nothing here is invented data):
- Rows: the contacts Zimbra's own SOAP test-harness scripts create, in file order, one row per
  CreateContactRequest, each <a n="FIELD"> a Zimbra contact field:
  store/data/soap/samplecontacts.xml (26 sample contacts) -> contacts.csv and
  store/data/soap/nps-contacts.xml (120 National Park Service sites) -> nps-contacts.csv.
- Columns: ContactCSV.toCSV with a named format (ContactCSV.java): one column per <column>
  of the format in store-conf/conf/contacts/zimbra-contact-fields.xml, in that order, for
  format "thunderbird-csv" of the locale (en: the format without a locale; de, fr, es_ES).
  A multivalue column is headed by its first name only (CsvColumn keeps names.get(0)) and
  holds the whole field value; a field the contact does not set is an empty cell.
- CSV as ContactCSV writes it: every cell and header quoted, '"' doubled, ',' separator (the
  <delimiters> element sets ';' only for outlook-2003-csv in fr), CRLF line ends, UTF-8.
"""
import argparse
import os
import xml.etree.ElementTree as ET

LOCALES = {"en": None, "de": "de", "fr": "fr", "es": "es_ES"}
FIELDS_XML = "store-conf/conf/contacts/zimbra-contact-fields.xml"
FILES = [
    ("contacts.csv", "store/data/soap/samplecontacts.xml"),
    ("nps-contacts.csv", "store/data/soap/nps-contacts.xml"),
]


def columns(zm, locale):
    root = ET.parse(os.path.join(zm, FIELDS_XML)).getroot()
    for fmt in root.iter("format"):
        if fmt.get("name") == "thunderbird-csv" and fmt.get("locale") == locale:
            out = []
            for col in fmt.iter("column"):
                name = col.get("name")
                if col.get("type") == "multivalue":
                    name = name.split(",")[0]
                out.append((name, col.get("field") or col.get("name")))
            return out
    raise SystemExit(f"no thunderbird-csv format for locale {locale!r}")


def contacts(path):
    root = ET.parse(path).getroot()
    rows = []
    for el in root.iter():
        if el.tag.endswith("CreateContactRequest"):
            cn = next(c for c in el if c.tag.endswith("cn"))
            rows.append({a.get("n"): (a.text or "") for a in cn if a.tag.endswith("a")})
    return rows


def cell(value):
    return '"' + value.replace('"', '""') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    ap.add_argument("zm")
    ap.add_argument("out")
    args = ap.parse_args()
    cols = columns(args.zm, LOCALES[args.lang])
    os.makedirs(args.out, exist_ok=True)
    for name, src in FILES:
        lines = [",".join(cell(c[0]) for c in cols)]
        for row in contacts(os.path.join(args.zm, src)):
            lines.append(",".join(cell(row.get(f, "")) for _, f in cols))
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as fh:
            fh.write("".join(line + "\r\n" for line in lines))
        print(name, len(lines) - 1)


if __name__ == "__main__":
    main()
