"""Chaskiq's contact (app users) and team (agents) lists as CSV, headed in its own UI labels.

Built for round W (session 49, keys345). Usage:

    python convert.py --lang en|de|es|fr SRC OUT

SRC: files of GitHub chaskiq/chaskiq at f75bf99756d1a5b21cefd0f096430d10602f464f (the last
commit whose LICENSE.txt is plain AGPL-3.0, before the "Commons Clause" was added) under
their own paths (SOURCE.md lists them). Needs PyYAML.

Rules (nothing here is invented data; every value is read from SRC):
- Chaskiq has no CSV export of its contacts or agents; the files are its list views' columns,
  in their order: app_users.csv the contacts table (userFormat.tsx: the columns' fields and
  I18n keys data_tables.users.*), agents.csv the team table (pages/Team.tsx,
  data_tables.agents.*; the "Actions" buttons column is left out). Headers are the labels of
  config/locales/definitions.<lang>.yml; the one title not translated ("Last visited at")
  stays English as the UI shows it. The program's own swap of "last_seen"/"first_seen"
  labels is kept (the lastSeen field is shown under the first_seen-like label).
- App users: the rows of the program's own import sample spec/fixtures/csv_example.csv
  (email, first_name, last_name, phone; ListImporter adds each as an app user with those
  properties) then the users its specs add with a first name (spec/models/conversation_spec.rb,
  spec/models/app_spec.rb: add_user(email:, first_name:); where one e-mail is added more
  than once the last add in these files gives its name, as add_user updates it). Name is
  display_name (first and last name joined); State is the subscription state, AASM's
  initial 'passive', printed through data_tables.users.subscription_status. Columns no
  record sets are empty (the import tag, a time stamp, is left out).
- Agents: the agents the end-to-end scenarios and specs add (spec/cypress/app_commands/
  scenarios/basic.rb, spec/cypress/integration/messenger/my_test_spec.js,
  spec/models/conversation_spec.rb: add_agent({email:, name:}, role_attrs: {role:});
  scenarios/invitation.rb: Agent.invite!(email:)). Access List shows the role where one is
  given. Owner, sign-in count and dates are empty (not set by any record).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

import yaml

LANGS = ("en", "de", "es", "fr")

USER_COLS = [  # (field, data_tables.users key or None for a literal title)
    ("name", "name"), ("email", "email"), ("phone", "phone"), ("ip", "ip"),
    ("country", "country"), ("city", "city"), ("tagList", "tag_list"), ("state", "state"),
    ("online", "online"), ("lat", "lat"), ("lng", "lng"), ("postal", "postal"),
    ("browser", "browser"), ("browser_version", "browser_version"),
    ("browserLanguage", "browser_lang"), ("referrer", "referrer"), ("os", "os"),
    ("osVersion", "os_version"), ("lang", "lang"), ("webSessions", "web_sessions"),
    ("lastSeen", "last_seen"), ("firstSeen", "first_seen"), ("lastVisitedAt", None),
]
AGENT_COLS = [  # (field, data_tables.agents key)
    ("email", "email"), ("name", "name"), ("owner", "owner"), ("role", "access_list"),
    ("signInCount", "sign_in_count"), ("lastSignInAt", "last_sign_in_at"),
    ("invitationAcceptedAt", "invitation_accepted_at"),
]
USER_SPECS = ["spec/models/conversation_spec.rb", "spec/models/app_spec.rb"]
AGENT_SPECS = ["spec/cypress/app_commands/scenarios/basic.rb",
               "spec/cypress/integration/messenger/my_test_spec.js",
               "spec/models/conversation_spec.rb"]
ADD_USER = re.compile(r'add_user\(email: "([^"]+)", first_name: "([^"]+)"\)')
ADD_AGENT = re.compile(r'add_agent\(\{\s*email: "([^"]+)"(?:,\s*name: "([^"]+)")?'
                       r'(?:[^}]*\}[^)]*?role: "(\w+)")?')
INVITE = re.compile(r'Agent\.invite!\(email: "([^"]+)"\)')


def read(src, path):
    with open(os.path.join(src, path), encoding="utf-8") as fh:
        return fh.read()


def app_users(src):
    users = {}
    with open(os.path.join(src, "spec/fixtures/csv_example.csv"), encoding="utf-8",
              newline="") as fh:
        for row in csv.DictReader(fh):
            users[row["email"]] = {"email": row["email"], "phone": row["phone"],
                                   "name": " ".join(x for x in (row["first_name"],
                                                                row["last_name"]) if x)}
    for path in USER_SPECS:
        for email, first in ADD_USER.findall(read(src, path)):
            users.setdefault(email, {"email": email})["name"] = first
    for u in users.values():
        u["state"] = "passive"
    return list(users.values())


def agents(src):
    out = {}
    for path in AGENT_SPECS:
        for email, name, role in ADD_AGENT.findall(read(src, path)):
            a = out.setdefault(email, {"email": email})
            if name:
                a["name"] = name
            if role:
                a["role"] = role
    for email in INVITE.findall(read(src, "spec/cypress/app_commands/scenarios/invitation.rb")):
        out.setdefault(email, {"email": email})
    return list(out.values())


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    labels = yaml.safe_load(read(a.src, f"config/locales/definitions.{a.lang}.yml"))
    tables = labels[a.lang]["data_tables"]
    ul, al = tables["users"], tables["agents"]
    os.makedirs(a.out, exist_ok=True)
    header = [ul[k] if k else "Last visited at" for _, k in USER_COLS]
    rows = []
    for u in app_users(a.src):
        u = dict(u, state=ul["subscription_status"][u["state"]])
        rows.append([u.get(f, "") for f, _ in USER_COLS])
    write(os.path.join(a.out, "app_users.csv"), header, rows)
    write(os.path.join(a.out, "agents.csv"), [al[k] for _, k in AGENT_COLS],
          [[g.get(f, "") for f, _ in AGENT_COLS] for g in agents(a.src)])


if __name__ == "__main__":
    main()
