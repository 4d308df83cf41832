"""Action Network export (en) from the fixed Action Network API v2 (OSDI) records that
move-coop/parsons' Action Network connector tests read as mock responses (Apache-2.0), at
the commits named in SOURCE.md.

Usage: python3 convert.py SRC OUT

SRC is a directory holding the repository's files at their paths (LICENSE.md and
test/test_action_network/data/fake_*.json, as SOURCE.md lists them; no repository code
runs). Each file is one API answer: a page of a collection whose records sit under
_embedded['osdi:<collection>']. Writes one CSV per collection -- people.csv, tags.csv,
events.csv, attendances.csv, fundraising_pages.csv, donations.csv, signatures.csv -- one row
per record in the answer's order, headed by the API's field names in the order first met;
nested objects joined by '.' ('location.locality', 'action_network:sponsor.title'), a list
of objects by the item's place counted from 0 ('email_addresses.0.address',
'recipients.1.amount'), a list of plain values joined by ';' ('identifiers',
'languages_spoken'). The hypermedia links (_links) and embedded link copies (_embedded) are
left out, as are columns no record fills. Values as the API gives them: ISO 8601 timestamps,
true/false, numbers as written, null empty. UTF-8, comma-separated, LF, quoted where needed
(Python's csv). Also copies LICENSE.md as LICENSE.
"""
import csv
import json
import os
import shutil
import sys

DATA = "test/test_action_network/data"
FILES = [  # (CSV name, source file, the collection's key under _embedded)
    ("people", "fake_people.json", "osdi:people"),
    ("tags", "fake_tags.json", "osdi:tags"),
    ("events", "fake_events.json", "osdi:events"),
    ("attendances", "fake_attendances.json", "osdi:attendances"),
    ("fundraising_pages", "fake_fundraising_pages.json", "osdi:fundraising_pages"),
    ("donations", "fake_donations.json", "osdi:donations"),
    ("signatures", "fake_signatures.json", "osdi:signatures"),
]
SKIP = {"_links", "_embedded"}


def scalar(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flatten(value, prefix, out):
    if isinstance(value, dict):
        for k, v in value.items():
            if k in SKIP:
                continue
            flatten(v, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            for i, v in enumerate(value):
                flatten(v, f"{prefix}.{i}", out)
        else:
            out[prefix] = ";".join(scalar(v) for v in value)
    else:
        out[prefix] = scalar(value)


def main(src, out):
    os.makedirs(out, exist_ok=True)
    for name, fname, coll in FILES:
        with open(os.path.join(src, DATA, fname), encoding="utf-8") as f:
            answer = json.load(f)
        rows = []
        for record in answer["_embedded"][coll]:
            row = {}
            flatten(record, "", row)
            rows.append(row)
        header = []
        for row in rows:
            for k in row:
                if k not in header and any(r.get(k, "") != "" for r in rows):
                    header.append(k)
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for row in rows:
                w.writerow([row.get(k, "") for k in header])
    shutil.copyfile(os.path.join(src, "LICENSE.md"), os.path.join(out, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
