"""Corteza CRM's record exports (CSV) of leads, accounts, contacts and cases.

Built for round Z (session 51, keys362). Usage:

    python convert.py --lang en EXT OUT

EXT: files of GitHub cortezaproject/corteza-ext at 4116d67f6818579d6497b001d9b99b9292243eaa
(the last commit before "Cleanup & refactor CRM" removed the CRM script tests) under their
own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the records Corteza's own CRM script tests build (crm/client-scripts/compose/crm/
  */*.test.js: `<name>.values = { Field: 'literal', ... }`), the INPUT records a test hands
  to the script (RECORDS below: file, test, variable). Only literal values are taken (a
  value computed from another record is not an input record). Identical records are written
  once.
- Columns: Corteza's record export (server/compose/envoy/csv_encode.go) heads each column
  by the module field's NAME (the handle, e.g. AccountName), not its label, and writes the
  fields a record carries. Here: the fields of the module (crm/config/1100_modules.yaml,
  in the module's order) that at least one of the file's records sets; a value for a name
  the module does not define is dropped (the record class keeps only module fields).
- Cells: the stored values as strings (a JS true is Corteza's '1').
- Language: Corteza exports field names, which are not translated, and the CRM namespace
  ships no translated labels: only --lang en exists.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

import yaml

SCRIPTS = "crm/client-scripts/compose/crm"

# output file: (module, [(test file, variable)])
RECORDS = {
    "leads.csv": ("Lead", [("Lead/ToAccount.test.js", "leadRecord")]),
    "accounts.csv": ("Account", [
        ("Account/CreateNewContract.test.js", "accountRecord"),
        ("Account/CreateNewCase.test.js", "accountRecord"),
        ("Opportunity/NewQuote.test.js", "accountRecord"),
    ]),
    "contacts.csv": ("Contact", [
        ("Contact/CreateNewCase.test.js", "contactRecord"),
        ("Opportunity/NewQuote.test.js", "contactRecord"),
    ]),
    "cases.csv": ("Case", [
        ("Case/InformContact.test.js", "caseRecord"),
        ("Case/SetStatusToClosed.test.js", "caseRecord"),
    ]),
}

LITERAL = re.compile(
    r"""^\s*(\w+):\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)|(true|false))\s*,?\s*$"""
)


def record_values(text, var):
    """The literal values of the first `var.values = { ... }` block of a test file."""
    start = text.index(var + ".values = {")
    end = text.index("}", start)
    out = {}
    for line in text[start:end].splitlines()[1:]:
        m = LITERAL.match(line)
        if not m:
            continue
        name, s1, s2, num, boolean = m.groups()
        if boolean is not None:
            value = "1" if boolean == "true" else "0"
        elif num is not None:
            value = num
        else:
            value = s1 if s1 is not None else s2
        out[name] = value
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en", choices=["en"])
    ap.add_argument("ext")
    ap.add_argument("out")
    args = ap.parse_args()
    with open(os.path.join(args.ext, "crm/config/1100_modules.yaml"), encoding="utf-8") as f:
        modules = yaml.safe_load(f)["modules"]
    os.makedirs(args.out, exist_ok=True)
    for fname, (module, sources) in RECORDS.items():
        fields = list(modules[module]["fields"])
        rows = []
        for test, var in sources:
            with open(os.path.join(args.ext, SCRIPTS, test), encoding="utf-8") as f:
                values = record_values(f.read(), var)
            row = {k: v for k, v in values.items() if k in fields}
            if row not in rows:
                rows.append(row)
        header = [f for f in fields if any(f in r for r in rows)]
        with open(os.path.join(args.out, fname), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            for r in rows:
                w.writerow([r.get(h, "") for h in header])
        print(fname, len(rows), "rows", len(header), "columns")


if __name__ == "__main__":
    main()
