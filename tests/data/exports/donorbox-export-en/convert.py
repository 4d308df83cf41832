"""Donorbox's own records -> CSV files, one per object kind (donorbox-export-en).

The records are the Donorbox API v1 responses that move-coop/parsons (Apache-2.0) keeps as
fixed test data for its Donorbox connector (test/test_donorbox/donorbox_test_data.py):
campaigns, donations, donors and recurring plans. Each file is headed by the API's field
names in the record's order; nested objects are joined by '.' ('donor.first_name',
'campaign.name'); a one-element list of objects (a donor's 'total') likewise
('total.currency'); empty lists and columns no record fills are left out. Values as the API
gives them: ISO 8601 timestamps, true/false, numbers as written, None empty.

Usage: python3 convert.py SRC OUT
  SRC: a directory holding test/test_donorbox/donorbox_test_data.py and LICENSE.md
  OUT: where the CSV files and LICENSE are written
Standard library only; a rerun gives the same bytes.
"""

import ast
import csv
import shutil
import sys
from pathlib import Path

DATA = "test/test_donorbox/donorbox_test_data.py"

# file name -> the module's response lists whose records it holds, in order
FILES = {
    "campaigns": ["get_campaigns_asc_order"],
    "donors": ["get_donors_response_json"],
    "donations": ["get_donations_response_json"],
    "plans": ["get_plans_response_json"],
}


def load(path):
    """The module's top-level names bound to literals or lists of such names."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    names = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        elts = node.value.elts if isinstance(node.value, ast.List) else None
        if elts is not None and all(isinstance(e, ast.Name) for e in elts):
            names[name] = [names[e.id] for e in node.value.elts]
        else:
            names[name] = ast.literal_eval(node.value)
    return names


def flatten(record, prefix=""):
    out = {}
    for key, value in record.items():
        col = prefix + key
        if isinstance(value, dict):
            out.update(flatten(value, col + "."))
        elif isinstance(value, list):
            if len(value) == 1 and isinstance(value[0], dict):
                out.update(flatten(value[0], col + "."))
            elif value:
                out[col] = ";".join(str(v) for v in value)
        else:
            out[col] = value
    return out


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(src, out):
    src, out = Path(src), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    names = load(src / DATA)
    for fname, lists in FILES.items():
        rows, seen = [], set()
        for listname in lists:
            for record in names[listname]:
                if record["id"] in seen:
                    continue
                seen.add(record["id"])
                rows.append(flatten(record))
        columns = []
        for row in rows:
            for col in row:
                if col not in columns:
                    columns.append(col)
        columns = [c for c in columns if any(cell(r.get(c)) != "" for r in rows)]
        with open(out / f"{fname}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])
    shutil.copyfile(src / "LICENSE.md", out / "LICENSE")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
