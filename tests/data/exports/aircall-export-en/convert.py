"""Aircall export (en) from the fixed Aircall API v1 records that ToucanToco/toucan-connectors
kept as its Aircall connector's test mock responses (BSD-3-Clause), at fb54d854 (the commit
before the connector's removal, 812c0915).

Usage: python3 convert.py GITDIR OUT

Reads tests/aircall/mock_results.py with `git show` and evaluates only its literal
assignments (ast.literal_eval: no repository code runs). Aircall records used: fake_users
(the /v1/users page), fake_teams (the /v1/teams page, each team with its members),
fake_tags (the /v1/tags page), fake_calls and fake_calls_no_user (/v1/calls pages); the
connector's own outputs (filtered_*, more_filtered_*) and the empty/None pages are not
Aircall records and are left out. Writes:
  users.csv   one row per distinct user id, first met wins, in the order: the users page,
              the teams' members, the calls' users (a call's embedded user is the same
              user record);
  teams.csv   the teams, their members' ids joined by ';' as 'users.id';
  tags.csv    the tags;
  numbers.csv one row per distinct number id embedded in the calls (the account's own
              Aircall lines, as /v1/numbers gives them), first met wins;
  calls.csv   the calls.
Headed by the API's field names in the record's order, nested objects joined by '.'
('user.name', 'number.messages.welcome'), empty lists and columns no record fills left out.
Values as the API gives them (UNIX-second timestamps on calls, ISO 8601 on users and teams,
true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import ast
import csv
import os
import subprocess
import sys

COMMIT = "fb54d854dd01693b5e0d528025e2583078249b9a"
SOURCE = "tests/aircall/mock_results.py"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def literals(text):
    out = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def flat(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            row.update(flat(value, name + "."))
        elif isinstance(value, list):
            if value and all(isinstance(v, dict) and "id" in v for v in value):
                row[name + ".id"] = ";".join(str(v["id"]) for v in value)
            elif value:
                row[name] = ";".join(str(v) for v in value)
            else:
                row[name] = None
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
    columns = [c for c in columns if any(row.get(c) not in (None, "") for row in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c)) for c in columns])
    return len(rows)


def distinct(records):
    seen, out = set(), []
    for r in records:
        if r and r.get("id") is not None and r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    lit = literals(show(gitdir, SOURCE).decode("utf-8"))
    users_page = [u for page in lit["fake_users"] for u in page["users"]]
    teams = [t for page in lit["fake_teams"] for t in page["teams"]]
    tags = [t for page in lit["fake_tags"] for t in page["tags"]]
    calls = [c for page in lit["fake_calls"] + lit["fake_calls_no_user"]
             for c in page["calls"]]
    members = [u for t in teams for u in t["users"]]
    users = distinct(users_page + members + [c["user"] for c in calls])
    numbers = distinct([c["number"] for c in calls])
    counts = {
        "users.csv": write(out, "users.csv", [flat(u) for u in users]),
        "teams.csv": write(out, "teams.csv", [flat(t) for t in teams]),
        "tags.csv": write(out, "tags.csv", [flat(t) for t in tags]),
        "numbers.csv": write(out, "numbers.csv", [flat(n) for n in numbers]),
        "calls.csv": write(out, "calls.csv", [flat(c) for c in calls]),
    }
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "LICENSE"))
    for name, n in counts.items():
        print(f"{name}\t{n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
