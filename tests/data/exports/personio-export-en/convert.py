"""Personio export (en) from the fixed Personio API v1 records that at-gmbh/personio-py (an
open Python client of Personio's API, Apache-2.0) keeps as its tests' mock data, at
a4710d6c. The records are Personio API responses of a demo account: three employees
(computing pioneers as demo names, example.org addresses), their time-off periods,
time-off types, attendance periods and time-tracking projects.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/mock_data.py and takes the JSON text
of each `json_string_<name> = \"\"\"...\"\"\"` assignment (parsed with json, never executed):
employees and employee_ada (Employee), absence_alan, absence_alan_single,
absence_create_no_halfdays and get_absence (TimeOffPeriod), absence_types (TimeOffType),
attendance_rms (AttendancePeriod), project_rms and project_update (Project). One row per
distinct id, first met wins, in that order. Writes employees.csv (headed by the labels
Personio's API gives each employee attribute: 'ID', 'First name', 'Hire date', the account's
own fields 'Country of Birth', 'Birthday'), time-offs.csv, time-off-types.csv,
attendances.csv and projects.csv (headed by 'id' and the API's attribute names, nested
objects' attributes joined by '.': 'employee.email', 'time_off_type.name'). A nested object
in an employee cell gives its name ('Department', 'Public holidays', 'Work schedule'); lists
(absence entitlement, cost centers) are left out, as are columns no record fills. Values as
the API gives them (ISO 8601 timestamps, true/false, numbers as written, null empty).
UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "a4710d6c396707c51fa6655a6050a700bb41581c"
SOURCES = [
    ("employees.csv", ["employees", "employee_ada"]),
    ("time-offs.csv", ["absence_alan", "absence_alan_single", "absence_create_no_halfdays",
                       "get_absence"]),
    ("time-off-types.csv", ["absence_types"]),
    ("attendances.csv", ["attendance_rms"]),
    ("projects.csv", ["project_rms", "project_update"]),
]


def strings(gitdir):
    text = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:tests/mock_data.py"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    return {m.group(1): json.loads(m.group(2))
            for m in re.finditer(r'^json_string_(\w+) = """(.*?)"""', text, re.S | re.M)}


def labelled(attr):
    return isinstance(attr, dict) and set(attr) == {"label", "value"}


def value_of(value):
    if isinstance(value, dict):
        inner = value.get("attributes", value)
        return inner.get("name") if isinstance(inner, dict) else None
    return value


def employee_row(record):
    row = {}
    for attr in record["attributes"].values():
        if not labelled(attr) or isinstance(attr["value"], list):
            continue
        row[attr["label"]] = value_of(attr["value"])
    return row


def nested(prefix, value, row):
    if labelled(value):
        value = value["value"]
    if isinstance(value, dict):
        inner = value.get("attributes", value) if "type" in value and "attributes" in value \
            else value
        for key, sub in inner.items():
            nested(f"{prefix}.{key}" if prefix else key, sub, row)
    elif isinstance(value, list):
        return
    else:
        row[prefix] = value


def plain_row(record):
    row = {}
    if "id" in record:
        row["id"] = record["id"]
    for key, value in record["attributes"].items():
        if labelled(value):
            value = value["value"]
        nested(key, value, row)
    return row


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(gitdir, out):
    data = strings(gitdir)
    os.makedirs(out, exist_ok=True)
    for filename, names in SOURCES:
        rows, seen = [], set()
        for name in names:
            records = data[name]["data"]
            for record in records if isinstance(records, list) else [records]:
                row = employee_row(record) if record["type"] == "Employee" else plain_row(record)
                ident = row.get("ID", row.get("id"))
                if ident in seen:
                    continue
                seen.add(ident)
                rows.append(row)
        header = []
        for row in rows:
            for key in row:
                if key not in header:
                    header.append(key)
        header = [h for h in header if any(cell(r.get(h)) != "" for r in rows)]
        with open(os.path.join(out, filename), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([cell(row.get(h)) for h in header])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
