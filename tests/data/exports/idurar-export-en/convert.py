"""IDURAR ERP CRM's customer list, headed in its own UI labels (en, fr, zh-cn, ar).

Built for round U (session 47, keys315). Usage:

    python convert.py --lang en|fr|zh-cn|ar IDURAR OUT

IDURAR: files of GitHub idurar/idurar-erp-crm at 048c77e98261237d2773b3158f311452eea42c7e
(2023-10-31, the last commit under the MIT licence before 230325a2 changed it) under their
own paths (SOURCE.md lists them with their SHA-256).

Rules (nothing here is invented data):
- Rows: the one customer record IDURAR's own frontend test holds
  (frontend/src/components/ReadItem/index.test.jsx, `const data = {...}`: company,
  managerSurname, managerName, email, phone). The repository has no seed, demo or install
  records of customers, people, companies, leads, quotes, invoices or payments at any
  commit; this is the only one.
- File and columns: IDURAR has no CSV or spreadsheet export; the file is the customer
  list as its list view shows it (frontend/src/pages/Customer/index.jsx,
  `dataTableColumns`: title and dataIndex, in order; the DataTable component adds only an
  untitled action column). It is named after the menu entry and route 'customer' (entity
  'client'). The phone is in the read view only (`readColumns`), not in the list.
- Headers: each column's title is `translate('<title>')`; useLanguage.jsx's getLabel looks
  up the title lower-cased with every non-alphanumeric character turned into '_' in the
  language's translation file (frontend/src/locale/translation/<lang>.js) and, where the
  key is missing, shows the key with '_' as spaces and each word capitalised (done here
  too; at this commit every key the list uses is present in all four files).
- Cells: the record's strings as the list shows them: the Client model trims every string
  (`trim: true`), so the test's 'Lalami ' is shown 'Lalami'. Note the list's own pairing at
  this commit: 'Manager first name' shows managerSurname, 'Manager last name' managerName.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = {"en": "en_us", "fr": "fr_fr", "zh-cn": "zh_cn", "ar": "ar_eg"}

TEST = "frontend/src/components/ReadItem/index.test.jsx"
PAGE = "frontend/src/pages/Customer/index.jsx"
OUTFILE = "customers.csv"


def unq(s):
    return re.sub(r"\\(.)", r"\1", s)


def js_object(text, start):
    """key -> string value of the flat object literal whose '{' follows `start`."""
    i = text.index(start)
    body = text[text.index("{", i) + 1:text.index("}", i)]
    return {m.group(1): unq(m.group(3)) for m in re.finditer(
        r"""^\s*([A-Za-z0-9_]+)\s*:\s*(['"])(.*?)(?<!\\)\2\s*,?\s*$""", body, re.M)}


def read_translation(path):
    with open(path, encoding="utf-8") as fh:
        return js_object(fh.read(), "const lang")


def list_columns(path):
    """(title, dataIndex) of the page's dataTableColumns, in order."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    i = text.index("const dataTableColumns")
    body = text[i:text.index("];", i)]
    return re.findall(r"title:\s*translate\('([^']*)'\),\s*dataIndex:\s*'([^']*)'", body)


def get_label(lang, key):
    """useLanguage.jsx's getLabel."""
    low = re.sub(r"[^a-zA-Z0-9]", "_", key.lower())
    if lang.get(low):
        return lang[low]
    return " ".join(w[:1].upper() + w[1:] for w in low.replace("_", " ").split(" "))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("idurar")
    ap.add_argument("out")
    a = ap.parse_args()
    lang = read_translation(os.path.join(
        a.idurar, "frontend/src/locale/translation", LANGS[a.lang] + ".js"))
    with open(os.path.join(a.idurar, TEST), encoding="utf-8") as fh:
        record = js_object(fh.read(), "const data")
    cols = list_columns(os.path.join(a.idurar, PAGE))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, OUTFILE), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([get_label(lang, title) for title, _ in cols])
        w.writerow([record.get(field, "").strip() for _, field in cols])


if __name__ == "__main__":
    main()
