"""Twinfield's customers, suppliers and sales invoices as recorded in php-twinfield's tests.

Built for round Z29 (session 60, keys493). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub php-twinfield/twinfield holding commit
0e9631874b3bd2c3eb50bbca8a01b56410dac4b2; files are read with `git show` (no repository code
runs). OUT: the folder written.

Rules (nothing here is invented data):
- Rows: the Twinfield web service responses php-twinfield's tests replay
  (tests/IntegrationTests/resources/*GetResponse.xml, *ListResponse.xml and
  tests/UnitTests/ApiConnectors/resources/customers-response.xml). One row per distinct
  record code, first met wins, in the order of FILES below: a full <dimension> record before
  the list entries (code and name only) of the same dimension type; a list's entry without a
  name (the type's own code, 'DEB' / 'CRD') is no record. A sales invoice recorded as concept
  and as final (the same invoice number) is one invoice in its latest state (final).
- Columns: the XML element names of the response, nested elements joined by '.', without the
  list wrappers (addresses, banks, childvalidations, lines): 'address.city', 'bank.iban',
  'financials.duedays'; a sales invoice's <header> fields are the invoice's own ('customer',
  'invoicedate'); its <lines> are sales_invoice_lines.csv (the invoice number first), its
  <vatlines> left out. Element text only (attributes left out), whitespace stripped; columns
  no record fills are left out. Values as the API gives them: dates yyyymmdd, true/false,
  amounts with two decimals. UTF-8, comma-separated, LF, quoted where needed (Python's csv).
"""
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

COMMIT = "0e9631874b3bd2c3eb50bbca8a01b56410dac4b2"
IT = "tests/IntegrationTests/resources/"
UT = "tests/UnitTests/ApiConnectors/resources/"
FILES = {
    "customers.csv": [IT + "customerGetResponse.xml", UT + "customers-response.xml",
                      IT + "customerListResponse.xml"],
    "suppliers.csv": [IT + "supplierGetResponse.xml", IT + "supplierListResponse.xml"],
    "sales_invoices.csv": [IT + "invoiceFinalGetResponse.xml",
                           IT + "invoiceConceptGetResponse.xml"],
}
WRAPPERS = {"addresses", "banks", "childvalidations", "lines", "header"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def flatten(elem, prefix, out):
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        name = prefix if child.tag in WRAPPERS else (prefix + [child.tag])
        if len(child):
            flatten(child, name, out)
        else:
            key = ".".join(name)
            if key not in out:
                out[key] = (child.text or "").strip()


def records(root):
    """(code, row, lines) for each record in one response."""
    if root.tag == "dimension":
        row = {}
        flatten(root, [], row)
        yield row.get("code", ""), row, []
    elif root.tag in ("customers", "suppliers"):
        for dim in root.findall("dimension"):
            yield from records(dim)
    elif root.tag == "dimensions":
        for dim in root.findall("dimension"):
            if dim.get("name"):
                yield (dim.text or "").strip(), {"code": (dim.text or "").strip(),
                                                 "name": dim.get("name")}, []
    elif root.tag == "salesinvoice":
        row = {}
        flatten(root.find("header"), [], row)
        for part in ("totals", "financials"):
            if root.find(part) is not None:
                flatten(root.find(part), [part], row)
        lines = []
        for line in root.find("lines").findall("line"):
            lrow = {"invoicenumber": row.get("invoicenumber", ""), "id": line.get("id", "")}
            flatten(line, [], lrow)
            lines.append(lrow)
        yield row.get("invoicenumber", ""), row, lines


def write(path, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols and any(x.get(k, "") != "" for x in rows):
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


def main():
    gitdir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, paths in FILES.items():
        seen, rows, lines = set(), [], []
        for p in paths:
            for code, row, rlines in records(ET.fromstring(show(gitdir, p))):
                if code and code not in seen:
                    seen.add(code)
                    rows.append(row)
                    lines.extend(rlines)
        write(out / name, rows)
        if lines:
            write(out / "sales_invoice_lines.csv", lines)


if __name__ == "__main__":
    main()
