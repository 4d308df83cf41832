"""Dialpad export (en) from the fixed Dialpad API v2 records that Dialpad's own Python SDK
(dialpad/dialpad-python-sdk, MIT) keeps in its OpenAPI document, dialpad_api_spec.json: the
'json_example' response records of its endpoints, at 4beb560f.

Usage: python3 convert.py GITDIR OUT

Reads dialpad_api_spec.json with `git show` (json only: no repository code runs). Dialpad
records used (each endpoint's 200 response example):
  users.csv          GET /users (2 users), GET/POST/PATCH/DELETE /users/{id}, the operators
                     of a call centre, a department and an office, a coaching team's members:
                     one row per distinct user id, first met wins;
  calls.csv          GET /call/{id} (the one call record);
  sms.csv            POST /sms (the one text message record);
  transcript_lines.csv  GET /transcripts/{call_id}: the call's transcript lines, 'call_id'
                     first;
  company.csv        GET /company;
  offices.csv        GET /offices;
  departments.csv    GET /departments, POST /departments (distinct ids);
  callcenters.csv    GET /callcenters, POST /callcenters (distinct ids);
  coaching_teams.csv GET /coachingteams;
  rooms.csv          GET /rooms, GET /departments/{id}/operators' rooms (distinct ids);
  numbers.csv        GET /numbers, GET /numbers/{number} (distinct numbers).
Headed by the API's field names in the record's order, nested objects joined by '.'
('contact.phone', 'target.email', 'hold_queue.max_hold_count'), lists of values joined by
';' ('emails', 'phone_numbers'), lists of objects (a user's group_details, routing menus'
dtmf) and columns no record fills left out. Values as the API gives them (UNIX
millisecond timestamps on calls, ISO 8601 on users and messages, true/false, ids and counts
as the API's strings). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "4beb560f520a519e8e840118075dd5b2c22eaa5e"
SPEC = "dialpad_api_spec.json"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def example(spec, path, method):
    content = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return content["examples"]["json_example"]["value"]


def flat(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            row.update(flat(value, name + "."))
        elif isinstance(value, list):
            if value and not any(isinstance(v, (dict, list)) for v in value):
                row[name] = ";".join(cell(v) for v in value)
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
    columns = [c for c in columns if any(cell(row.get(c)) != "" for row in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c)) for c in columns])
    return len(rows)


def distinct(records, key="id"):
    seen, out = set(), []
    for r in records:
        if r and r.get(key) is not None and r[key] not in seen:
            seen.add(r[key])
            out.append(r)
    return out


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    spec = json.loads(show(gitdir, SPEC).decode("utf-8"))

    def ex(path, method="get"):
        return example(spec, "/api/v2" + path, method)

    users = distinct(
        ex("/users")["items"]
        + [ex("/users/{id}"), ex("/users", "post"), ex("/users/{id}", "patch"),
           ex("/users/{id}", "delete")]
        + ex("/callcenters/{id}/operators")["users"]
        + ex("/departments/{id}/operators")["users"]
        + ex("/offices/{id}/operators")["users"]
        + ex("/coachingteams/{id}/members")["items"])
    transcript = ex("/transcripts/{call_id}")
    lines = [dict({"call_id": transcript["call_id"]}, **line) for line in transcript["lines"]]
    files = {
        "users.csv": users,
        "calls.csv": [ex("/call/{id}")],
        "sms.csv": [ex("/sms", "post")],
        "transcript_lines.csv": lines,
        "company.csv": [ex("/company")],
        "offices.csv": ex("/offices")["items"],
        "departments.csv": distinct(ex("/departments")["items"] + [ex("/departments", "post")]),
        "callcenters.csv": distinct(ex("/callcenters")["items"] + [ex("/callcenters", "post")]),
        "coaching_teams.csv": ex("/coachingteams")["items"],
        "rooms.csv": distinct(ex("/rooms")["items"] + ex("/departments/{id}/operators")["rooms"]),
        "numbers.csv": distinct(ex("/numbers")["items"] + [ex("/numbers/{number}")], "number"),
    }
    counts = {name: write(out, name, [flat(r) for r in rows]) for name, rows in files.items()}
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "LICENSE"))
    for name, n in counts.items():
        print(f"{name}\t{n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
