"""Canvas LMS's provisioning report (users, accounts, courses CSVs) of its spec's fixed records.

Built for round Z7 (session 53, keys411). Usage:

    python convert.py --lang en SRC OUT [--now 2026-01-12T15:00:00Z]

SRC: a folder holding two excerpts of GitHub instructure/canvas-lms (the repository is over
the size a snapshot may have here, so its files were read one by one; SOURCE.md gives each
excerpt's origin and SHA-256):
- sis_provisioning_reports_spec.excerpt.rb: the fixture methods of
  gems/plugins/account_reports/spec_canvas/sis_provisioning_reports_spec.rb
  (create_some_users_with_pseudonyms, create_an_account, create_some_accounts,
  create_a_term, create_some_courses), verbatim;
- sis_exporter.excerpt.rb: user_headers, account_headers and course_headers of
  gems/plugins/account_reports/lib/account_reports/sis_exporter.rb, verbatim.

Rules (nothing here is invented data):
- Rows: the records the spec's fixture methods create, read by a small reader of their Ruby
  statements (user_with_pseudonym, Account.create, EnrollmentTerm.create, Course.new, the
  attribute assignments, update, destroy). Which rows each file holds follows the spec's
  own provisioning tests: users as in "runs provisioning report" (no deleted logins),
  accounts as in "runs the provisioning report including deleted accounts", courses as in
  the Courses "runs the provisioning report" (include_deleted, after it destroys course4 and
  course6 and ages course6 past 120 days), with the exporter's filters (sis_exporter.rb:
  user_query_options, account_query_options, course_query_options).
- Canvas ids (canvas_*_id): database ids the spec compares by reference; here numbered from
  1 per table in the order each describe block creates the records in a fresh database (its
  before(:once) root account "New Account" is account 1 with its default term 1, its admin
  user 1). Dates relative to now (1.day.ago, 3.months.from_now) are taken from --now,
  printed as the report prints them (default_timezone_format: ISO 8601 in the account's
  time zone, UTC).
- Columns: the provisioning report's headers (the exporter's else-branch, English strings:
  the current exporter writes them untranslated, so there is one language). The account has
  no pronouns setting, so no pronouns column.
- Cells: as the row methods write them (user_row, account_row, course_row): first and last
  name split from the sortable name, the login's e-mail channel, the login's state, the
  course state through course_state_sub, created_by_sis true/false; Ruby's CSV (LF rows,
  nil an empty cell, minimal quoting).
"""
import argparse
import csv
import datetime as dt
import os
import re

COURSE_STATE = {"claimed": "unpublished", "created": "unpublished", "completed": "concluded",
                "deleted": "deleted", "available": "active"}


def _method(text: str, name: str) -> str:
    m = re.search(rf"^\s*def {name}\n(.*?)^\s*end$", text, re.S | re.M)
    if not m:
        raise SystemExit(f"method {name} not found")
    return m.group(1)


def _statements(body: str) -> list[str]:
    """One statement a line, a call's arguments over several lines joined."""
    out, buf = [], ""
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        buf = f"{buf} {line}".strip()
        if buf.count("(") == buf.count(")"):
            out.append(buf)
            buf = ""
    return out


def _kwargs(args: str) -> dict[str, str]:
    out = {}
    for m in re.finditer(r'(\w+):\s*("([^"]*)"|[\w@.]+)?', args):
        key, raw, quoted = m.group(1), m.group(2), m.group(3)
        out[key] = quoted if quoted is not None else (raw or key)  # 'start_at:' is start_at
    return out


def _value(raw: str):
    raw = raw.strip()
    if raw.startswith('"'):
        return raw.strip('"')
    if raw in ("true", "false"):
        return raw == "true"
    return raw  # a reference (@sis.id, @term1.id) or a local name


class World:
    """The records one describe block's fixtures create, numbered per table."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.locals = {"start_at": now - dt.timedelta(days=1), "end_at": _add_months(now, 3)}
        root = {"id": 1, "name": "New Account", "sis_source_id": None, "parent": None,
                "workflow_state": "active", "sis_batch_id": False}
        self.vars: dict[str, dict] = {"@account": root}
        self.accounts = [root]
        self.users = [{"id": 1, "name": "default admin"}]
        self.terms = [{"id": 1, "name": "Default Term", "sis_source_id": None}]
        self.default_term = self.terms[0]
        self.courses: list[dict] = []
        self.logins: list[dict] = []

    def run(self, text: str, method: str) -> None:
        for st in _statements(_method(text, method)):
            if re.fullmatch(r"\w+", st):              # a call of another fixture method
                self.run(text, st)
                continue
            self.statement(st)

    def statement(self, st: str) -> None:
        m = re.match(r"(@\w+) = user_with_pseudonym\((.*)\)$", st)
        if m:
            kw = _kwargs(m.group(2))
            user = {"id": len(self.users) + 1, "name": kw["name"],
                    "sortable_name": kw.get("sortable_name") or _last_first(kw["name"]),
                    "short_name": None}
            login = {"user": user, "unique_id": kw.get("username", "nobody@example.com"),
                     "sis_user_id": None, "sis_batch_id": False,
                     "workflow_state": "active", "integration_id": None,
                     "authentication_provider_id": None}
            user["login"] = login
            self.users.append(user)
            self.logins.append(login)
            self.vars[m.group(1)] = self.vars["@user"] = user
            return
        m = re.match(r"(@\w+) = Account\.create\((.*)\)$", st)
        if m:
            kw = _kwargs(m.group(2))
            acc = {"id": len(self.accounts) + 1, "name": kw["name"], "sis_source_id": None,
                   "parent": self.vars[kw["parent_account"]], "workflow_state": "active",
                   "sis_batch_id": False}
            self.accounts.append(acc)
            self.vars[m.group(1)] = acc
            return
        m = re.match(r"(@\w+) = EnrollmentTerm\.create\((.*)\)$", st)
        if m:
            term = {"id": len(self.terms) + 1, "name": _kwargs(m.group(2))["name"],
                    "sis_source_id": None}
            self.terms.append(term)
            self.vars[m.group(1)] = term
            return
        m = re.match(r"(@\w+) = Course\.new\((.*)\)$", st)
        if m:
            kw = _kwargs(m.group(2))
            course = {"id": len(self.courses) + 1, "name": kw["name"],
                      "course_code": kw.get("course_code"), "sis_source_id": None,
                      "integration_id": None, "workflow_state": "created",
                      "account": self.vars[kw["account"]] if "account" in kw else None,
                      "term": None, "restrict": False, "course_format": None,
                      "sis_batch_id": False, "updated_days_ago": 0,
                      "start_at": self.locals.get(kw["start_at"]) if "start_at" in kw else None,
                      "conclude_at": self.locals.get(kw["conclude_at"])
                      if "conclude_at" in kw else None}
            self.courses.append(course)
            self.vars[m.group(1)] = course
            return
        m = re.match(r"(@\w+)\.pseudonym\.update!?\((.*)\)$", st)
        if m:
            login = self.vars[m.group(1)]["login"]
            for k, v in _kwargs(m.group(2)).items():
                login[k] = True if k == "sis_batch_id" else v
            return
        m = re.match(r"(@\w+)\.pseudonym\.(\w+) = (.*)$", st)
        if m:
            login = self.vars[m.group(1)]["login"]
            key, val = m.group(2), _value(m.group(3))
            login[key] = True if key == "sis_batch_id" else val
            return
        m = re.match(r"(@\w+)\.(\w+) = (.*)$", st)
        if m:
            rec, key, val = self.vars[m.group(1)], m.group(2), _value(m.group(3))
            if key == "sis_batch_id":
                rec["sis_batch_id"] = True
            elif key == "account_id":
                rec["account"] = self.vars[val.removesuffix(".id")]
            elif key == "enrollment_term_id":
                rec["term"] = self.vars[val.removesuffix(".id")]
            elif key == "restrict_enrollments_to_course_dates":
                rec["restrict"] = val
            elif key == "root_account":
                pass
            else:
                rec[key] = val
            return
        m = re.match(r"(@\w+)\.destroy$", st)
        if m:
            self.destroy(m.group(1))
            return
        # saves, sis batches, pronouns (no pronouns column), locals: nothing to record
        if re.search(r"\.save!?$|sis_batches\.create$|\.update\(pronouns:|^\w+ = ", st):
            return
        raise SystemExit(f"statement not understood: {st}")

    def destroy(self, var: str) -> None:
        rec = self.vars[var]
        if "login" in rec:
            rec["login"]["workflow_state"] = "deleted"
        else:
            rec["workflow_state"] = "deleted"


def _add_months(t: dt.datetime, n: int) -> dt.datetime:
    month = t.month - 1 + n
    return t.replace(year=t.year + month // 12, month=month % 12 + 1)


def _last_first(name: str) -> str:
    """User#sortable_name for a name given without one: 'Last, First'."""
    first, _, last = name.rpartition(" ")
    return f"{last}, {first}" if first else name


def _name_parts(sortable: str) -> tuple[str, str]:
    """User.name_parts(sortable_name, likely_already_surname_first: true): given, surname."""
    if "," in sortable:
        surname, given = (p.strip() for p in sortable.split(",", 1))
        return given, surname
    given, _, surname = sortable.rpartition(" ")
    return given, surname


def _iso(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


def _headers(text: str, method: str) -> list[str]:
    body = _method(text, method).split("else", 1)[1]
    return re.findall(r'headers << "(\w+)"', body.split("\n      end", 1)[0])


def _bool(v: bool) -> str:
    return "true" if v else "false"


def build(src: str, now: dt.datetime) -> dict[str, tuple[list[str], list[list]]]:
    with open(os.path.join(src, "sis_provisioning_reports_spec.excerpt.rb"),
              encoding="utf-8") as f:
        spec = f.read()
    with open(os.path.join(src, "sis_exporter.excerpt.rb"), encoding="utf-8") as f:
        exporter = f.read()
    out = {}

    # Users: describe "Users" -> create_some_users_with_pseudonyms; "runs provisioning report"
    w = World(now)
    w.run(spec, "create_some_users_with_pseudonyms")
    rows = []
    for p in w.logins:
        if p["workflow_state"] == "deleted":
            continue
        u = p["user"]
        given, surname = _name_parts(u["sortable_name"])
        rows.append([u["id"], p["sis_user_id"], p["integration_id"],
                     p["authentication_provider_id"], p["unique_id"], given, surname,
                     u["name"], u["sortable_name"], u["short_name"], p["unique_id"],
                     p["workflow_state"], _bool(p["sis_batch_id"])])
    out["users.csv"] = (_headers(exporter, "user_headers"), rows)

    # Accounts: describe "Accounts" -> create_some_accounts; include_deleted
    w = World(now)
    w.run(spec, "create_some_accounts")
    rows = []
    for a in w.accounts[1:]:
        if a["workflow_state"] == "deleted" and not a["sis_source_id"]:
            continue
        rows.append([a["id"], a["sis_source_id"], a["parent"]["id"],
                     a["parent"]["sis_source_id"], a["name"], a["workflow_state"],
                     _bool(a["sis_batch_id"])])
    out["accounts.csv"] = (_headers(exporter, "account_headers"), rows)

    # Courses: describe "Courses" -> create_some_courses; the provisioning test destroys
    # course6 and course4 and ages course6 to 122 days; include_deleted
    w = World(now)
    w.run(spec, "create_some_courses")
    w.vars["@course6"]["workflow_state"] = "deleted"
    w.vars["@course4"]["workflow_state"] = "deleted"
    w.vars["@course6"]["updated_days_ago"] = 122
    rows = []
    for c in w.courses:
        deleted = c["workflow_state"] == "deleted"
        if deleted and c["updated_days_ago"] > 120 and not c["sis_source_id"]:
            continue
        account = c["account"] or w.vars["@account"]
        term = c["term"] or w.default_term
        rows.append([c["id"], c["sis_source_id"], c["integration_id"], c["course_code"],
                     c["name"], account["id"], account["sis_source_id"], term["id"],
                     term["sis_source_id"], COURSE_STATE[c["workflow_state"]],
                     _iso(c["start_at"]) if c["restrict"] else None,
                     _iso(c["conclude_at"]) if c["restrict"] else None,
                     c["course_format"], None, None, _bool(c["sis_batch_id"])])
    out["courses.csv"] = (_headers(exporter, "course_headers"), rows)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=["en"])
    ap.add_argument("--now", default="2026-01-12T15:00:00Z")
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    now = dt.datetime.strptime(a.now, "%Y-%m-%dT%H:%M:%SZ")
    os.makedirs(a.out, exist_ok=True)
    for name, (headers, rows) in build(a.src, now).items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, lineterminator="\n")
            wr.writerow(headers)
            for r in rows:
                wr.writerow(["" if v is None else v for v in r])


if __name__ == "__main__":
    main()
