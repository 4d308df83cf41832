"""Teamtailor export (en) from the fixed Teamtailor API v1 records that Teamtailor's own Ruby
client of its API (Teamtailor/teamtailor-rb, MIT) keeps as its specs' fixtures, at 19327719.
The records are JSON:API responses of a Teamtailor development account ('Company #0',
api.teamtailor.localhost); demo people (example.com / teamtailor.localhost addresses).

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) spec/fixtures/v1/users.json, user.json,
departments.json, locations.json, stages.json, reject_reasons.json, jobs.json, job.json,
job_included_user.json, candidates.json, candidate.json, job_applications.json,
job_application_included_candidate_job.json and referrals.json: each response's 'data' and
then its 'included' records, sorted into one list per JSON:API type. One row per distinct
id, first met wins, in that order of files; a later copy only adds the fields the first
lacks. Writes users.csv, departments.csv, locations.csv, stages.csv, reject-reasons.csv,
jobs.csv, candidates.csv, job-applications.csv and referrals.csv, each headed by 'id', then
the record's attributes by their API names in the record's order ('first-name',
'created-at'), then each to-one relationship the record names as '<relationship>.id'
('candidate.id', 'job.id'); lists (tags, pictures) and links left out, as are columns no
record fills. Values as the API gives them (ISO 8601 timestamps, true/false, numbers as
written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "193277194af9e70f6e2bb0d04cb92e4817bf3a6d"
FIXTURES = ["users", "user", "departments", "locations", "stages", "reject_reasons", "jobs",
            "job", "job_included_user", "candidates", "candidate", "job_applications",
            "job_application_included_candidate_job", "referrals"]
FILES = [("users", "users.csv"), ("departments", "departments.csv"),
         ("locations", "locations.csv"), ("stages", "stages.csv"),
         ("reject-reasons", "reject-reasons.csv"), ("jobs", "jobs.csv"),
         ("candidates", "candidates.csv"), ("job-applications", "job-applications.csv"),
         ("referrals", "referrals.csv")]


def show(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return json.loads(out)


def flat(record):
    row = {"id": record["id"]}
    for key, value in record.get("attributes", {}).items():
        if isinstance(value, (list, dict)):
            continue
        row[key] = value
    for key, rel in record.get("relationships", {}).items():
        data = rel.get("data")
        if isinstance(data, dict):
            row[key + ".id"] = data["id"]
    return row


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def write(out, name, rows):
    columns = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    columns = [c for c in columns if any(cell(r.get(c)) for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c)) for c in columns])
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    by_type = {}
    for name in FIXTURES:
        doc = show(gitdir, f"spec/fixtures/v1/{name}.json")
        data = doc["data"] if isinstance(doc["data"], list) else [doc["data"]]
        for record in data + doc.get("included", []):
            rows, seen = by_type.setdefault(record["type"], ([], {}))
            row = flat(record)
            if row["id"] in seen:
                first = seen[row["id"]]
                for k, v in row.items():
                    if k not in first:
                        first[k] = v
                continue
            seen[row["id"]] = row
            rows.append(row)
    for kind, name in FILES:
        print(name, write(out, name, by_type[kind][0]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
