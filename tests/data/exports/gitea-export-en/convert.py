"""Gitea's admin user and organisation lists and its issue list as CSV, in its own labels.

Built for round W (session 49, keys335). Usage:

    python convert.py --lang en|de|fr|es GITEA OUT

GITEA: files of GitHub go-gitea/gitea at f52b6f3315144235f52361955306f43ea27ee57b under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed records of Gitea's unit-test fixtures (models/fixtures/*.yml, loaded by
  its test suite into the database): user.yml (type 0 = individual users, type 1 =
  organisations), issue.yml (is_pull false = issues; true = pull requests, left out),
  repository.yml (the issue's repository), milestone.yml, label.yml + issue_label.yml,
  issue_assignees.yml, two_factor.yml (the users with 2FA). A field a fixture does not set
  is Go's zero value (0, false, ''), as the fixture loader leaves it.
- Files and columns: Gitea has no CSV export of these; each file is the list view's
  columns: the site administration's user list (templates/admin/user/list.tmpl: ID,
  Username, Email, Activated, Restricted, 2FA, Created, Last Sign-In) and organisation list
  (templates/admin/org/list.tmpl: ID, Name, Teams, Members, Repos, Created), and the issue
  list (templates/shared/issuelist.tmpl, as the dashboard's Issues page shows it across
  repositories: repository, #index, title, open/closed, author, labels, milestone,
  assignees, due date, opened date). Each header is the locale key the list (or the
  issue page's sidebar) labels it with (FILES below), from options/locale/locale_<LANG>.json
  (a key the language lacks falls back to en-US, as Gitea's i18n does). The issue list
  has no header row; its fields are headed by the issue page's labels.
- Cells: as the list prints them: dates by DateUtils.AbsoluteShort's text ('2006-01-02',
  UTC; '-' for an unset time), 'Never Signed In' translated for no sign-in, issue state as
  the list's Open / Closed tab label in the language, people by user name (a deleted
  poster is Gitea's 'Ghost'), several labels or assignees joined by ', ', the
  organisation's name followed by its full name in brackets (whitespace collapsed as a
  browser shows it). The list's check / cross icons are written true / false.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF). Needs PyYAML.
"""
import argparse
import csv
import datetime
import json
import os
import re

import yaml

LANGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}

# output file -> [(field, locale key or None for a literal header, literal)]
FILES = {
    "users.csv": [
        ("id", None, "ID"),                                  # admin/user/list.tmpl: literal "ID"
        ("name", "admin.users.name", None),
        ("email", "email", None),
        ("is_active", "admin.users.activated", None),
        ("is_restricted", "admin.users.restricted", None),
        ("two_fa", "admin.users.2fa", None),
        ("created_unix", "admin.users.created", None),
        ("last_login_unix", "admin.users.last_login", None),
    ],
    "organizations.csv": [
        ("id", None, "ID"),                                  # admin/org/list.tmpl: literal "ID"
        ("name", "admin.orgs.name", None),
        ("num_teams", "admin.orgs.teams", None),
        ("num_members", "admin.orgs.members", None),
        ("num_repos", "admin.users.repos", None),
        ("created_unix", "admin.users.created", None),
    ],
    "issues.csv": [
        ("repo", "repository", None),                        # Repo.FullName (dashboard list)
        ("index", None, "#"),                                # "#{{.Index}}"
        ("name", "settings.comment_type_group_title", None), # the issue's title
        ("is_closed", "actions.runs.status", None),          # Open / Closed tab label
        ("poster", "repo.issues.filter_poster", None),
        ("labels", "repo.issues.new.labels", None),
        ("milestone", "repo.issues.new.milestone", None),
        ("assignees", "repo.issues.new.assignees", None),
        ("deadline_unix", "repo.issues.due_date", None),
        ("created_unix", "admin.users.created", None),
    ],
}


def load(gitea, name):
    with open(os.path.join(gitea, "models", "fixtures", name + ".yml"), encoding="utf-8") as fh:
        return [r for r in (yaml.safe_load(fh) or []) if r]


def day(unix):
    if not unix:
        return "-"
    return datetime.datetime.fromtimestamp(int(unix), datetime.timezone.utc).strftime("%Y-%m-%d")


def flag(v):
    return "true" if v else "false"


def squash(s):
    return re.sub(r"\s+", " ", s or "").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("gitea")
    ap.add_argument("out")
    a = ap.parse_args()
    loc = os.path.join(a.gitea, "options", "locale")
    with open(os.path.join(loc, "locale_en-US.json"), encoding="utf-8") as fh:
        en = json.load(fh)
    with open(os.path.join(loc, f"locale_{LANGS[a.lang]}.json"), encoding="utf-8") as fh:
        tr = json.load(fh)

    def t(key):
        return tr.get(key) or en[key]

    users = load(a.gitea, "user")
    by_id = {u["id"]: u for u in users}
    two_fa = {r["uid"] for r in load(a.gitea, "two_factor")}
    repos = {r["id"]: r for r in load(a.gitea, "repository")}
    miles = {r["id"]: r for r in load(a.gitea, "milestone")}
    labels = {r["id"]: r for r in load(a.gitea, "label")}
    issue_labels = load(a.gitea, "issue_label")
    assignees = load(a.gitea, "issue_assignees")

    def uname(uid):
        return by_id[uid]["name"] if uid in by_id else "Ghost"

    rows = {"users.csv": [], "organizations.csv": [], "issues.csv": []}
    for u in sorted(users, key=lambda r: r["id"]):
        if u.get("type", 0) == 1:
            name = u["name"]
            if squash(u.get("full_name")):
                name += f" ({squash(u.get('full_name'))})"
            rows["organizations.csv"].append({
                "id": u["id"], "name": name, "num_teams": u.get("num_teams", 0),
                "num_members": u.get("num_members", 0), "num_repos": u.get("num_repos", 0),
                "created_unix": day(u.get("created_unix"))})
        else:
            rows["users.csv"].append({
                "id": u["id"], "name": u["name"], "email": u.get("email", ""),
                "is_active": flag(u.get("is_active")),
                "is_restricted": flag(u.get("is_restricted")),
                "two_fa": flag(u["id"] in two_fa),
                "created_unix": day(u.get("created_unix")),
                "last_login_unix": (day(u["last_login_unix"]) if u.get("last_login_unix")
                                    else t("admin.users.never_login"))})
    for i in sorted(load(a.gitea, "issue"), key=lambda r: r["id"]):
        if i.get("is_pull"):
            continue
        repo = repos.get(i["repo_id"])
        rows["issues.csv"].append({
            "repo": f"{repo['owner_name']}/{repo['name']}" if repo else "",
            "index": i["index"], "name": i["name"],
            "is_closed": t("repo.issues.closed_title" if i.get("is_closed")
                           else "repo.issues.open_title"),
            "poster": uname(i["poster_id"]),
            "labels": ", ".join(labels[r["label_id"]]["name"]
                                for r in sorted(issue_labels, key=lambda r: r["id"])
                                if r["issue_id"] == i["id"] and r["label_id"] in labels),
            "milestone": miles[i["milestone_id"]]["name"] if i.get("milestone_id") in miles else "",
            "assignees": ", ".join(uname(r["assignee_id"])
                                   for r in sorted(assignees, key=lambda r: r["id"])
                                   if r["issue_id"] == i["id"]),
            "deadline_unix": day(i["deadline_unix"]) if i.get("deadline_unix") else "",
            "created_unix": day(i.get("created_unix"))})

    os.makedirs(a.out, exist_ok=True)
    for name, fields in FILES.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([lit if key is None else t(key) for _f, key, lit in fields])
            for r in rows[name]:
                w.writerow([r[f] for f, _k, _l in fields])


if __name__ == "__main__":
    main()
