"""sevdesk's own example records (its OpenAPI description's examples) as a sevdesk API export.

Built for round Z22 (session 58, keys471). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub peerigon/sevdesk (MIT: a TypeScript client of the sevdesk
API, generated from the sevdesk OpenAPI description it keeps as openapi/openapi.yaml)
holding commit dbae00593bb19154e2a1333f6b62fb70c179f9d8; the file is read with `git show`.
Needs PyYAML (the project's venv has it).

Rules (nothing here is invented data):
- Rows: one per model, the record the description's per-field `example` values make (the
  records sevdesk documents: contact 'John' 'Snow' 'Commander' 'Targaryen', customer number
  'Customer-1337'; address 'South road 15', '12345' 'The North'; part 'Dragonglass'
  'Part-1000'; invoice 'RE-1000'; order 'Offer-1000'; voucher 'Voucher-1000' from 'John
  Snow'). Models: Model_ContactResponse (contacts.csv), Model_ContactAddressResponse
  (contact_addresses.csv), Model_CommunicationWayResponse (communication_ways.csv),
  Model_Part (parts.csv), Model_InvoiceResponse (invoices.csv), Model_OrderResponse
  (orders.csv), Model_VoucherResponse (vouchers.csv).
- Columns: every property of the model in the description's order, headed by sevdesk's own
  field name (the API's JSON names: 'surename', 'familyname', 'titel', 'customerNumber',
  'partNumber', 'invoiceNumber'): sevdesk's web app and its CSV labels are not open.
- Values: the example as written; a linked object ({id, objectName}) by its id; a field
  without an example, or with the generic placeholder 'string', empty; booleans as the
  description writes them ('false', 'true'). UTF-8, LF line ends, minimal quoting
  (Python's csv).
"""
from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import yaml

COMMIT = "dbae00593bb19154e2a1333f6b62fb70c179f9d8"
SPEC = "openapi/openapi.yaml"
FILES = (
    ("contacts.csv", "Model_ContactResponse"),
    ("contact_addresses.csv", "Model_ContactAddressResponse"),
    ("communication_ways.csv", "Model_CommunicationWayResponse"),
    ("parts.csv", "Model_Part"),
    ("invoices.csv", "Model_InvoiceResponse"),
    ("orders.csv", "Model_OrderResponse"),
    ("vouchers.csv", "Model_VoucherResponse"),
)


def git(gitdir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def cell(prop: dict) -> str:
    if "properties" in prop and "id" in prop["properties"]:
        prop = prop["properties"]["id"]
    v = prop.get("example")
    if v is None or v == "string":
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def main(gitdir: str, out: str) -> None:
    spec = yaml.safe_load(git(gitdir, "show", f"{COMMIT}:{SPEC}"))
    schemas = spec["components"]["schemas"]
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    for name, model in FILES:
        props = schemas[model]["properties"]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(list(props))
        w.writerow([cell(p) for p in props.values()])
        data = buf.getvalue().encode("utf-8")
        (target / name).write_bytes(data)
        print(hashlib.sha256(data).hexdigest(), name, 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
