"""Libredesk's own fixed records as its admin lists show them, headed by its UI labels.

Built for round Z8 (session 54, keys418). Usage:

    python convert.py --lang en|de|fr|es GITDIR OUT

GITDIR: a git directory of GitHub abhinavxd/libredesk holding commit COMMIT below (the
``fetch`` tool's mirror); every file is read with ``git --git-dir GITDIR show COMMIT:PATH``.
SOURCE.md lists the files with their SHA-256.

Libredesk (AGPL-3.0, an open-source helpdesk in Go) ships no demo contacts or
conversations, and no CSV export (it imports agents and tags from CSV). Its fixed records,
taken as they are (nothing here is invented; each value is read from the files):
- agents.csv: the agent import's sample file, shown in the admin's import dialog
  (frontend/apps/main/src/views/admin/agents/AgentList.vue, ``#csv-example``: John Doe,
  Jane Smith, Bob Test with their roles and teams), as cmd/agent_import.go creates them
  (roles and teams by name, e-mail lower-cased, enabled: schema.sql's users.enabled default).
  Columns: the agents list's (features/admin/agents/dataTableColumns.js: first name, last
  name, status, e-mail; its created/updated dates are the run's, left out), then the agent
  form's teams and roles (AgentForm.vue, plural labels), names joined ', '.
- teams.csv: the teams the sample's rows name (the import accepts only existing teams):
  Sales, Support; the teams list's name column (TeamsDataTableColumns.js).
- tags.csv: the tag import's sample file (views/admin/tags/TagsView.vue: Bug, Feature
  Request, Billing); the tags list's name column (features/admin/tags/dataTableColumns.js).
- contacts.csv, conversations.csv: the nine incoming e-mails of the e-mail channel's test
  data (internal/inbox/channel/email/testdata/*.eml) as Libredesk's e-mail inbox takes
  them (internal/inbox/channel/email/imap.go processEnvelope: the sender, lower-cased, is
  the contact, named by stringutil.SplitName of the display name (first word, the rest);
  each new message without a reference opens a conversation with its subject, status
  'Open' (conversation/models StatusOpen), no priority, assignee or team, its reference
  number from schema.sql's sequence (START 100) in arrival order, by Date), plus the
  conversation of internal/conversation/transcript_test.go (reference 1234 'Refund
  request', contact John Doe, created 2026-05-11 10:00 UTC, its last message six minutes
  later). A conversation's and a contact's creation time is its first e-mail's Date (the
  test contact John Doe's is not given: empty).
  Contacts: the contact form's fields (features/contact/ContactForm.vue: first name, last
  name, e-mail, phone number, country) with the list's type badge (ContactsList.vue) and
  created at; newest first, as the contacts list orders them (users.created_at desc).
  Conversations: reference number, subject, contact (full name), contact e-mail, channel,
  status, priority, assignee, assigned team, created at, last message at: the labels of the
  conversation filters (composables/useConversationFilters.js), the sidebar
  (ConversationInfo.vue) and the automation's notify options (ActionBox.vue); newest first.
- Labels: Libredesk serves a language as en-US.json with the language's file loaded on top
  (cmd/i18n.go loadI18nLang), so a key missing from the language is English; vue-i18n's
  ``t(key)`` with no count shows a plural message's first form ('Name | Names' -> 'Name'),
  ``t(key, 2)`` the second.
- Cells: stored names untranslated (status 'Open', role and team names); booleans and the
  contact type as the list's translated badge; the channel as its translated option label;
  dates as date-fns ``format(date, 'PPpp')`` with no locale (English in every language),
  in a browser on UTC ('Jul 15, 2026, 12:56:44 PM').
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import os
import re
import subprocess

COMMIT = "948ffd8cda71fe4fae820a4da7f17db745d15c09"
LANGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}
EML_DIR = "internal/inbox/channel/email/testdata"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def ls(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "--name-only", COMMIT,
                          path + "/"], check=True, capture_output=True).stdout.decode("utf-8")
    return sorted(out.split())


def ppp(when):
    """date-fns format(when, 'PPpp'), en-US, in UTC: 'Jul 15, 2026, 12:56:44 PM'."""
    if when is None:
        return ""
    u = when.astimezone(dt.timezone.utc)
    hour = u.hour % 12 or 12
    return (f"{MONTHS[u.month - 1]} {u.day}, {u.year}, "
            f"{hour}:{u.minute:02d}:{u.second:02d} {'AM' if u.hour < 12 else 'PM'}")


def csv_example(vue):
    """The rows of a view's ``#csv-example`` block (one <div> per CSV line)."""
    block = re.search(r'<template #csv-example>(.*?)</template>', vue, re.S).group(1)
    lines = re.findall(r"<div>(.*?)</div>", block)
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def split_name(name):
    """stringutil.SplitName: the first word, the rest joined by one space."""
    f = name.split()
    if not f:
        return "", ""
    return f[0], " ".join(f[1:])


def agents(g):
    rows = csv_example(show(g, "frontend/apps/main/src/views/admin/agents/AgentList.vue"))

    def names(s):  # cmd/agent_import.go parseList: comma separated, trimmed
        return [p.strip() for p in s.split(",") if p.strip()]
    return [{"first_name": r["first_name"].strip(), "last_name": r["last_name"].strip(),
             "enabled": True, "email": r["email"].strip().lower(),
             "teams": names(r.get("teams", "")), "roles": names(r["roles"])} for r in rows]


def teams(agent_rows):
    seen = []
    for a in agent_rows:
        seen += [t for t in a["teams"] if t not in seen]
    return [{"name": t} for t in seen]


def tags(g):
    return [{"name": r["name"]}
            for r in csv_example(show(g, "frontend/apps/main/src/views/admin/tags/TagsView.vue"))]


def incoming(g):
    """The test e-mails, in arrival (Date) order: (date, first, last, email, subject)."""
    out = []
    for path in ls(g, EML_DIR):
        if not path.endswith(".eml"):
            continue
        msg = email.message_from_string(show(g, path), policy=email.policy.compat32)
        name, addr = email.utils.parseaddr(msg["From"])
        first, last = split_name(name)
        if not first:  # imap.go getContactName: no display name -> the mailbox
            first = addr.split("@")[0]
        out.append((email.utils.parsedate_to_datetime(msg["Date"]), first, last, addr.lower(),
                    msg["Subject"], msg["In-Reply-To"] or msg["References"]))
    return sorted(out)


def transcript_conversation(g):
    src = show(g, "internal/conversation/transcript_test.go")
    body = re.search(r"func TestBuildTranscript\(.*?\n}\n", src, re.S).group(0)
    y, mon, d, h, mi, s = re.search(
        r"created := time\.Date\((\d+), time\.(\w+), (\d+), (\d+), (\d+), (\d+), 0, time\.UTC\)",
        body).groups()
    created = dt.datetime(int(y), dt.datetime.strptime(mon, "%B").month, int(d), int(h), int(mi),
                          int(s), tzinfo=dt.timezone.utc)
    conv = re.search(r"conversation := models\.Conversation\{(.*?)\n\t\}", body, re.S).group(1)
    ref = re.search(r'ReferenceNumber:\s*"([^"]*)"', conv).group(1)
    subject = re.search(r'Subject:\s*null\.StringFrom\("([^"]*)"\)', conv).group(1)
    first, last = re.search(r'Contact:\s*models\.ConversationContact\{FirstName: "([^"]*)", '
                            r'LastName: "([^"]*)"\}', conv).groups()
    offsets = [int(m) for m in re.findall(r"CreatedAt:\s*created\.Add\((\d+) \* time\.Minute\)",
                                          body)]
    last_at = created + dt.timedelta(minutes=max(offsets)) if offsets else created
    return {"ref": ref, "subject": subject, "first": first, "last": last, "email": "",
            "channel": "", "created": created, "last_at": last_at}


def records(g):
    schema = show(g, "schema.sql")
    start = int(re.search(r"CREATE SEQUENCE conversation_reference_number_sequence START (\d+)",
                          schema).group(1))
    status = re.search(r'StatusOpen\s*=\s*"([^"]*)"',
                       show(g, "internal/conversation/models/models.go")).group(1)
    contacts, convs = {}, []
    seq = start
    for when, first, last, addr, subject, ref in incoming(g):
        if addr not in contacts:
            contacts[addr] = {"first": first, "last": last, "email": addr, "created": when}
        assert not ref  # none of the test e-mails answers another: each opens a conversation
        convs.append({"ref": str(seq), "subject": subject, "first": contacts[addr]["first"],
                      "last": contacts[addr]["last"], "email": addr, "channel": "email",
                      "created": when, "last_at": when})
        seq += 1
    t = transcript_conversation(g)
    convs.append(t)
    contacts[("transcript", t["first"], t["last"])] = {
        "first": t["first"], "last": t["last"], "email": "", "created": None}
    for c in convs:
        c["status"] = status
    far = dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)
    contact_rows = sorted(contacts.values(), key=lambda c: c["created"] or far, reverse=True)
    conv_rows = sorted(convs, key=lambda c: c["created"], reverse=True)
    return contact_rows, conv_rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    g = a.gitdir

    labels = json.loads(show(g, "i18n/en-US.json"))
    if LANGS[a.lang] != "en-US":
        labels.update(json.loads(show(g, f"i18n/{LANGS[a.lang]}.json")))

    def t(key, count=None):
        forms = [f.strip() for f in labels[key].split("|")]
        return forms[1] if count is not None and count != 1 and len(forms) > 1 else forms[0]

    agent_rows = agents(g)
    contact_rows, conv_rows = records(g)
    files = {
        "agents.csv": (
            [t("globals.terms.firstName"), t("globals.terms.lastName"), t("globals.terms.status"),
             t("globals.terms.email"), t("globals.terms.team", 2), t("globals.terms.role", 2)],
            [[r["first_name"], r["last_name"],
              t("globals.terms.enabled") if r["enabled"] else t("globals.terms.disabled"),
              r["email"], ", ".join(r["teams"]), ", ".join(r["roles"])] for r in agent_rows]),
        "teams.csv": ([t("globals.terms.name", 1)], [[r["name"]] for r in teams(agent_rows)]),
        "tags.csv": ([t("globals.terms.name")], [[r["name"]] for r in tags(g)]),
        "contacts.csv": (
            [t("globals.terms.firstName"), t("globals.terms.lastName"), t("globals.terms.email"),
             t("globals.terms.phoneNumber"), t("globals.terms.country"), t("globals.terms.type"),
             t("globals.terms.createdAt")],
            [[c["first"], c["last"], c["email"], "", "", t("contact.type.contact"),
              ppp(c["created"])] for c in contact_rows]),
        "conversations.csv": (
            [t("globals.terms.referenceNumber"), t("globals.terms.subject"),
             t("globals.terms.contact"), t("globals.terms.contactEmail"),
             t("globals.terms.channel"), t("globals.terms.status"), t("globals.terms.priority"),
             t("globals.terms.assignee"), t("globals.terms.assignedTeam"),
             t("globals.terms.createdAt"), t("globals.terms.lastMessageAt")],
            [[c["ref"], c["subject"], f"{c['first']} {c['last']}".strip(), c["email"],
              t("globals.terms.email") if c["channel"] == "email" else "", c["status"], "", "",
              "", ppp(c["created"]), ppp(c["last_at"])] for c in conv_rows]),
    }
    os.makedirs(a.out, exist_ok=True)
    for name, (header, rows) in files.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)


if __name__ == "__main__":
    main()
