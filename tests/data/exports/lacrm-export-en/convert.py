#!/usr/bin/env python3
"""Less Annoying CRM's own recorded API responses -> the lacrmr SDK's data frames as CSV.

Reads two fixtures of ixpantia/lacrmr (GPL-3, the R client of Less Annoying CRM's API) at
commit a299a51d from its git directory (no work tree): the recorded GetPipelineReport
response (inst/testdata/pipeline_test_data.json: seven pipeline items of seven companies)
and the recorded GetContact response (inst/testdata/prueba_get_contact_information.json:
one company). Writes them as the SDK's own functions shape them, written the way R's
write.csv(row.names = FALSE) writes a data frame:

  pipeline_report.csv      get_pipeline_report(): jsonlite flatten of the response, the
                           nested CustomFields flattened last, janitor::clean_names(),
                           without result_email/phone/address/website/contact_custom_fields
  contact_information.csv  get_contact_information(): flattenlist() of the response,
                           length-0 values -> 0, empty values -> NA, without Success,
                           janitor::clean_names()

Cells: strings in double quotes (inner quotes doubled), NA unquoted, logicals TRUE/FALSE
unquoted, LF line ends, UTF-8. Deterministic: a rerun gives the same bytes.

Usage: python3 convert.py --git-dir /work/.mirror/ixpantia+lacrmr/repo [--out DIR]
"""
import argparse
import json
import os
import re
import subprocess
import unicodedata

COMMIT = "a299a51d993d09d2a0e975dd3b165f3531990226"
PIPELINE = "inst/testdata/pipeline_test_data.json"
CONTACT = "inst/testdata/prueba_get_contact_information.json"
DROPPED = {"Email", "Phone", "Address", "Website", "ContactCustomFields"}


def show(git_dir, path):
    return subprocess.check_output(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"])


def clean_name(name):
    """janitor::clean_names() (snake case): accents dropped, camelCase split, symbols -> _."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    return re.sub(r"_+", "_", s)


def cell(v):
    if v is None:
        return "NA"
    if v is True:
        return "TRUE"
    if v is False:
        return "FALSE"
    if isinstance(v, (int, float)):
        return str(v)
    return '"' + str(v).replace('"', '""') + '"'


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(cell(h) for h in header) + "\n")
        for r in rows:
            f.write(",".join(cell(r.get(h)) for h in header) + "\n")
    return len(rows)


def pipeline(data):
    items = data["Result"]
    scalar = [k for k in items[0] if k != "CustomFields" and k not in DROPPED]
    custom = list(items[0]["CustomFields"])
    header = [clean_name("Result." + k) for k in scalar] + ["success"]
    header += [clean_name("Result.CustomFields." + k) for k in custom]
    rows = []
    for it in items:
        r = {clean_name("Result." + k): it.get(k) for k in scalar}
        r["success"] = data["Success"]
        for k in custom:
            r[clean_name("Result.CustomFields." + k)] = it["CustomFields"].get(k)
        rows.append(r)
    return header, rows


def flatten(prefix, value, out):
    if isinstance(value, dict) and value:
        for k, v in value.items():
            flatten(prefix + "." + k, v, out)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for d in value:
            for k, v in d.items():
                flatten(prefix + "." + k, v, out)
    elif isinstance(value, list) and len(value) == 1:
        out[prefix] = value[0]
    elif value in ({}, []):
        out[prefix] = 0  # length 0 -> 0
    else:
        out[prefix] = value


def contact(data):
    flat = {}
    flatten("Contact", data["Contact"], flat)
    row, header = {}, []
    for k, v in flat.items():
        n = clean_name(k)
        header.append(n)
        row[n] = None if v == "" else v
    return header, [row]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--git-dir", required=True)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    h, rows = pipeline(json.loads(show(a.git_dir, PIPELINE)))
    print("pipeline_report.csv", write(os.path.join(a.out, "pipeline_report.csv"), h, rows))
    h, rows = contact(json.loads(show(a.git_dir, CONTACT)))
    print("contact_information.csv",
          write(os.path.join(a.out, "contact_information.csv"), h, rows))


if __name__ == "__main__":
    main()
