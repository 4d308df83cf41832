"""Workable export (en) from the fixed Workable SPI v3 records that rwojsznis/workable (a
Ruby client of Workable's API, MIT) keeps as its specs' fixtures, at 15b1410e. The records
are Workable's own demo account 'Groove Tech' as Workable's API documentation shows it
(spec/fixtures.rb: "JSONs stolen from official workable API docs"); fictional people.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) spec/fixtures/members.json (the account's
members), jobs.json (the jobs), stages.json (the hiring pipeline's stages),
job_candidates.json (a job's candidates), job_candidate.json (one of them in full) and
new_candidate_response.json (a candidate just created). One row per distinct id, first met
wins, in that order: job_candidate.json only adds the fields the list row lacks (its
headline and created_at differ and are not taken). Writes members.csv, jobs.csv,
stages.csv and candidates.csv, headed by the API's field names in the record's order,
nested objects joined by '.' ('location.city', 'job.shortcode'), a candidate's skills as
names joined by ';', other lists (education, experience, social profiles, answers, tags)
left out, as are columns no record fills. Values as the API gives them (ISO 8601
timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "15b1410e97dd25ef28f6a0938f21efbb168f0ad2"


def show(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return json.loads(out)


def flat(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            row.update(flat(value, name + "."))
        elif key == "skills" and isinstance(value, list):
            row[name] = ";".join(s["name"] for s in value)
        elif isinstance(value, list):
            continue
        else:
            row[name] = value
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


def unique(records, key="id"):
    seen, rows = {}, []
    for record in records:
        row = flat(record)
        if row[key] in seen:
            first = seen[row[key]]
            for k, v in row.items():
                if k not in first:
                    first[k] = v
            continue
        seen[row[key]] = row
        rows.append(row)
    return rows


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    members = show(gitdir, "spec/fixtures/members.json")["members"]
    jobs = show(gitdir, "spec/fixtures/jobs.json")["jobs"]
    stages = show(gitdir, "spec/fixtures/stages.json")["stages"]
    candidates = (show(gitdir, "spec/fixtures/job_candidates.json")["candidates"]
                  + [show(gitdir, "spec/fixtures/job_candidate.json")["candidate"]]
                  + [show(gitdir, "spec/fixtures/new_candidate_response.json")["candidate"]])
    for name, rows in (("members.csv", unique(members)), ("jobs.csv", unique(jobs)),
                       ("stages.csv", unique(stages, "slug")),
                       ("candidates.csv", unique(candidates))):
        print(name, write(out, name, rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
