"""Redmine's test fixtures -> the CSV exports Redmine writes for a user working in a locale.

Ours (not Redmine's), shared by redmine-export-de, -fr, -es (keys109), -it, -nl and -pt-br
(keys114), -pl, -cs, -ru, -tr and -hu (keys124), -sv, -da, -fi, -nb (locale ``no``) and -el
(keys133). Reads, from a Redmine git
directory at a commit (``git show``), the fixtures ``test/fixtures/{issues,users,
email_addresses,projects,time_entries,trackers,issue_statuses,enumerations,versions,
issue_categories}.yml`` (their ERB relative dates evaluated as
tests/data/exports/redmine-fixtures/convert.py does, on the commit's day) and the locale
``config/locales/<lang>.yml``, and writes four files as Redmine's CSV export writes them
(``query_to_csv`` in app/helpers/queries_helper.rb, ``Redmine::Export::CSV`` in
lib/redmine/export/csv.rb):

- ``issues.csv`` (the issue list, IssuesController#index.csv, the columns chosen below plus
  the description), ``users.csv`` (Administration > Users, UsersController#index.csv),
  ``projects.csv`` (ProjectsController#index.csv), ``timelog.csv`` (Spent time,
  TimelogController#index.csv): the file names Redmine gives the downloads.
- Header: each column's caption, ``l(:field_<name>)`` from the locale (the issue id's caption
  is ``#``; a project's short description is captioned ``field_description``, its parent
  ``field_parent``; as the *Query classes declare them).
- Separator ``general_csv_separator``, encoding ``general_csv_encoding`` of the locale (a
  character it cannot encode becomes ``?``, as Redmine::CodesetUtil.from_utf8 replaces it);
  rows end in ``\\n`` (Ruby's CSV default); a field is quoted only when it must be.
- Values as ``csv_value``/``format_object`` write them: a record it refers to by its name
  (project, tracker, status, priority, category, version, activity; a user as
  "Firstname Lastname", Redmine's default user format; a group by its name), a date in the
  locale's ``date.formats.default``, a time as that date, a space and ``time.formats.time``
  (``%H:%M``) in UTC (the users' time zone left unset), the names of months and days and
  am/pm in them (``%B``, ``%b``, ``%A``, ``%a``, ``%p``) the locale's, as Rails' ``I18n.l``
  writes them (Finnish ``%e. %Bta %Y``, Greek ``%I:%M %p``), a Float with two decimals and
  ``general_csv_decimal_separator``, true/false as ``general_text_Yes``/``general_text_No``,
  a user's status as ``status_active``/``status_registered``/``status_locked``, a project's as
  ``project_status_active``/``project_status_closed`` (archived: empty), a time entry's issue
  as "<tracker> #<id>: <subject>". Schema defaults where a fixture leaves a column out
  (done_ratio 0, is_private false). Stored values (the fixtures' English names) are not
  translated: Redmine does not translate them either.
- Rows: every issue, time entry and project in fixture order; the users of type User
  (Redmine's user list leaves out groups and the anonymous user), with their default e-mail.

    python redmine_labelled_exports.py /path/to/redmine.git COMMIT de redmine-export-de

An optional fifth argument, ``UTF-8``, is the other choice of the export dialog's encoding
(``export_csv_encoding_select_tag`` offers UTF-8 and the locale's; keys167 for ``ar``, whose
ISO-8859-1 cannot write Arabic): without it, the locale's, as every earlier language.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("redmine_fixtures_convert",
                                               HERE / "redmine-fixtures" / "convert.py")
_fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fx)

ISSUE_COLUMNS = ["id", "project", "tracker", "status", "priority", "subject", "author",
                 "assigned_to", "updated_on", "category", "fixed_version", "start_date",
                 "due_date", "estimated_hours", "done_ratio", "created_on", "closed_on",
                 "is_private", "description"]
USER_COLUMNS = ["login", "firstname", "lastname", "mail", "admin", "created_on",
                "last_login_on", "status"]
PROJECT_COLUMNS = ["name", "identifier", "description", "homepage", "parent", "is_public",
                   "created_on", "status"]
TIMELOG_COLUMNS = ["project", "spent_on", "user", "activity", "issue", "comments", "hours"]


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", repo, *args], check=True,
                          capture_output=True, text=True).stdout


def _fixture(repo: str, commit: str, table: str, now: datetime) -> list[dict]:
    raw = _git(repo, "show", f"{commit}:test/fixtures/{table}.yml")
    raw = _fx.ERB.sub(lambda m: _fx._erb(m.group(1), now), raw)
    return list((yaml.load(raw, Loader=yaml.BaseLoader) or {}).values())


class Locale:
    def __init__(self, text: str, lang: str) -> None:
        self.t = yaml.safe_load(text)[lang]

    def l(self, key: str) -> str:  # noqa: E743 - Redmine's name
        return str(self.t[key])

    def date(self, value: str) -> str:
        if not value:
            return ""
        d = date.fromisoformat(value[:10])
        return self.strftime(d, self.t["date"]["formats"]["default"])

    def strftime(self, moment: date, fmt: str) -> str:
        """As Rails' I18n.l: the names of days and months (%a %A %b %B) and am/pm (%p %P)
        from the locale, not the C library's English; the rest as strftime writes it."""
        d, t = self.t["date"], self.t["time"]

        def name(m: re.Match) -> str:
            up, code = m.group(1), m.group(2)
            if code in "pP":
                v = str(t["am" if getattr(moment, "hour", 0) < 12 else "pm"])
                v = v.upper() if code == "p" else v.lower()
            else:
                names = {"a": "abbr_day_names", "A": "day_names", "b": "abbr_month_names",
                         "B": "month_names"}[code]
                v = str(d[names][moment.isoweekday() % 7 if code in "aA" else moment.month])
            return (v.upper() if up else v).replace("%", "%%")

        return moment.strftime(re.sub(r"%(\^?)([aAbBpP])", name, fmt))

    def time(self, value: str) -> str:
        if not value:
            return ""
        v = value.strip()
        if v[-6] in "+-" and v[-3] == ":":
            t = datetime.strptime(v, "%Y-%m-%d %H:%M:%S %z").astimezone(timezone.utc)
        else:
            t = datetime.strptime(v, "%Y-%m-%d %H:%M:%S")
        clock = self.strftime(t, self.t["time"]["formats"]["time"])
        return self.date(t.strftime("%Y-%m-%d")) + " " + clock

    def hours(self, value: str) -> str:
        if not value:
            return ""
        return f"{float(value):.2f}".replace(".", self.l("general_csv_decimal_separator"))

    def yes_no(self, value: str) -> str:
        return self.l("general_text_Yes" if value == "true" else "general_text_No")


def _by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


def convert(repo: str, commit: str, lang: str, out: Path, encoding: str | None = None) -> None:
    now = datetime.fromtimestamp(int(_git(repo, "show", "-s", "--format=%ct", commit)),
                                 tz=timezone.utc)
    fx = {t: _fixture(repo, commit, t, now) for t in
          ["issues", "users", "email_addresses", "projects", "time_entries", "trackers",
           "issue_statuses", "enumerations", "versions", "issue_categories"]}
    loc = Locale(_git(repo, "show", f"{commit}:config/locales/{lang}.yml"), lang)
    users, projects = _by_id(fx["users"]), _by_id(fx["projects"])
    trackers, statuses = _by_id(fx["trackers"]), _by_id(fx["issue_statuses"])
    enums, versions = _by_id(fx["enumerations"]), _by_id(fx["versions"])
    categories, issues = _by_id(fx["issue_categories"]), _by_id(fx["issues"])

    def name(table: dict, key: str) -> str:
        return table[key]["name"] if key else ""

    def user(key: str) -> str:
        if not key:
            return ""
        u = users[key]
        if u.get("type") == "Group":
            return u.get("lastname", "")
        if u.get("type") == "AnonymousUser":
            return loc.l("label_user_anonymous")
        return f"{u.get('firstname', '')} {u.get('lastname', '')}".strip()

    def caption(col: str) -> str:
        return "#" if col == "id" else loc.l(f"field_{col}")

    rows: dict[str, tuple[list[str], list[list[str]]]] = {}
    rows["issues"] = ([caption(c) for c in ISSUE_COLUMNS], [[
        i["id"], name(projects, i.get("project_id")), name(trackers, i.get("tracker_id")),
        name(statuses, i.get("status_id")), name(enums, i.get("priority_id")),
        i.get("subject", ""), user(i.get("author_id")), user(i.get("assigned_to_id")),
        loc.time(i.get("updated_on")), name(categories, i.get("category_id")),
        name(versions, i.get("fixed_version_id")), loc.date(i.get("start_date")),
        loc.date(i.get("due_date")), loc.hours(i.get("estimated_hours")),
        i.get("done_ratio") or "0", loc.time(i.get("created_on")),
        loc.time(i.get("closed_on")), loc.yes_no(i.get("is_private")),
        i.get("description", "")] for i in fx["issues"]])
    mails = {m["user_id"]: m["address"] for m in fx["email_addresses"]
             if m.get("is_default") == "true"}
    status_label = {"1": "status_active", "2": "status_registered", "3": "status_locked"}
    rows["users"] = ([caption(c) for c in USER_COLUMNS], [[
        u.get("login", ""), u.get("firstname", ""), u.get("lastname", ""),
        mails.get(u["id"], ""), loc.yes_no(u.get("admin")), loc.time(u.get("created_on")),
        loc.time(u.get("last_login_on")), loc.l(status_label[u.get("status", "1")])]
        for u in fx["users"] if u.get("type", "User") == "User"])
    pstatus = {"1": "project_status_active", "5": "project_status_closed"}
    rows["projects"] = ([caption(c) for c in PROJECT_COLUMNS], [[
        p.get("name", ""), p.get("identifier", ""), (p.get("description") or "").strip(),
        p.get("homepage", ""), name(projects, p.get("parent_id")), loc.yes_no(p.get("is_public")),
        loc.time(p.get("created_on")),
        loc.l(pstatus[p.get("status", "1")]) if p.get("status", "1") in pstatus else ""]
        for p in fx["projects"]])

    def issue(key: str) -> str:
        if not key:
            return ""
        i = issues[key]
        return f"{name(trackers, i.get('tracker_id'))} #{key}: {i.get('subject', '')}"

    rows["timelog"] = ([caption(c) for c in TIMELOG_COLUMNS], [[
        name(projects, t.get("project_id")), loc.date(t.get("spent_on")), user(t.get("user_id")),
        name(enums, t.get("activity_id")), issue(t.get("issue_id")), t.get("comments", ""),
        loc.hours(t.get("hours"))] for t in fx["time_entries"]])

    out.mkdir(parents=True, exist_ok=True)
    sep, enc = loc.l("general_csv_separator"), encoding or loc.l("general_csv_encoding")
    for stem, (header, body) in rows.items():
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=sep, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        (out / f"{stem}.csv").write_bytes(buf.getvalue().encode(enc, errors="replace"))


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]),
            sys.argv[5] if len(sys.argv) > 5 else None)
