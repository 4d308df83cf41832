"""ClickUp export (en) from the fixed ClickUp API v2 records that raksul/go-clickup's
tests serve as mock responses (MIT), at 60c057c1.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the JSON bodies the Go tests answer the
client with (the backquoted literal a test's handler prints): clickup/members_test.go (a
task's members), teams_test.go (the workspace's members), comments_test.go (a task's
comments, from GET /task/9hz/comment), goals_test.go (a goal's owner), user_groups_test.go
(a user group's member), tasks_test.go (a task), time_tracking_test.go (two time entries
and the tasks they are logged on). Writes members.csv (every user met, first met wins, in
that order), tasks.csv (the task, then the time entries' tasks), comments.csv (with
'task.id' from the request path) and time_entries.csv, headed by the API's field names in
the record's order, nested objects joined by '.' ('user.email', 'status.status'), a
user list as user names joined by ';' ('assignees'), a task's custom fields as a column
named by the field's name, other lists left out, as are columns no record fills. Values
as the API gives them (Unix milliseconds, true/false, numbers as written, null empty).
UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "60c057c125ff3f364df9856a111128c8d845ceac"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def body(gitdir, path, func):
    """The JSON the handler in test function `func` prints (its first backquoted literal)."""
    text = show(gitdir, path)
    start = text.index(f"func {func}(")
    a = text.index("`", start) + 1
    b = text.index("`", a)
    return json.loads(text[a:b])


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "assignees":
                out[prefix + k] = ";".join(u["username"] for u in v)
            elif k == "custom_fields":
                for f in v:
                    out[f["name"]] = f.get("value")
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, records):
    rows, seen = [], set()
    for r in records:
        if str(r["id"]) in seen:
            continue
        seen.add(str(r["id"]))
        rows.append(flat(r))
    fields = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name, len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    g = lambda f, fn: body(gitdir, f"clickup/{f}", fn)  # noqa: E731
    members = g("members_test.go", "TestMembersService_GetTaskMembers")["members"]
    teams = g("teams_test.go", "TestTeamsService_GetTeams")["teams"]
    comments = g("comments_test.go", "TestCommentsService_GetTaskComments")["comments"]
    goals = g("goals_test.go", "TestGoalsService_GetGoals")["goals"]
    groups = g("user_groups_test.go", "TestUserGroupsService_GetUserGroups")["groups"]
    task = g("tasks_test.go", "TestTasksService_GetTask")
    entries = [g("time_tracking_test.go", "TestTimeTrackingService_CreateTimeTracking")["data"],
               g("time_tracking_test.go", "TestTimeTrackingService_GetSingularTimeEntry")["data"]]
    users = list(members)
    users += [m["user"] for t in teams for m in t["members"]]
    users += [c["user"] for c in comments]
    users += [o for goal in goals for o in goal["owners"]]
    users += [m for gr in groups for m in gr["members"]]
    users += [e["user"] for e in entries]
    write(out, "members.csv", users)
    write(out, "tasks.csv", [task] + [e["task"] for e in entries])
    for c in comments:
        c["task"] = {"id": "9hz"}  # the request path: GET /task/9hz/comment
    write(out, "comments.csv", [{k: v for k, v in c.items() if k != "comment"} for c in comments])
    write(out, "time_entries.csv", entries)


if __name__ == "__main__":
    main()
