"""Request Tracker (bestpractical/rt, GPL-2.0) -> one CSV per object, as RT's own spreadsheet
export (share/html/Elements/TSVExport, reached through Search/Results.tsv) writes a search's
results, headed by RT's UI labels through its gettext catalogs (share/po/<lang>.po).

The records are RT's own: the initial data of a fresh install (etc/initialdata: the root
user, the General queue; lib/RT/Handle.pm: the RT_System and Nobody users), the test
initial data (t/data/initialdata/initialdata: 'Test Queue'; initialdata.json: 'Test Queue 1',
'testuser1') and the test e-mails RT's mail-gateway tests pipe into the General queue
(t/data/emails/*: each makes one ticket, its sender the requestor, autocreated as an
unprivileged user). See SOURCE.md.

    python convert.py SRC OUT_DIR --lang en|de|fr|es|ru

SRC is a checkout (or a copy of the named paths) of the pinned commit.
"""

from __future__ import annotations

import argparse
import csv
import email
import email.policy
import json
import re
import shutil
from datetime import datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

COMMIT_TIME = "2025-06-05T13:06:07-04:00"   # the pinned commit's time: mail without a Date
TZ = ZoneInfo("America/New_York")            # RT_Config.pm.in: Set($Timezone, "America/New_York")

# the test e-mails a mail-gateway test turns into tickets, in the folder's (git's) order;
# left out: lorem-ipsum (a body, no header), rt-send-cc (sent from RT's own address: RT
# drops mail from itself), the 8859-15-message-series folder (replies to one ticket)
MAILS = ["crashes-file-based-parser", "email-file-attachment-2.eml", "email-file-attachment.eml",
         "multipart-alternative-with-umlaut", "multipart-report", "nested-mime-sample",
         "nested-rfc-822", "new-ticket-from-gb18030", "new-ticket-from-iso-8859-1",
         "new-ticket-from-iso-8859-1-full", "notes-uuencoded", "outlook-rfc822",
         "rfc2231-attachment-filename-continuations", "russian-subject-no-content-type",
         "subject-with-folding-ws", "text-html-with-umlaut", "very-long-subject"]
# raw 8-bit headers: decoded as RT's tests configure EmailInputEncodings for that mail
# (t/mail/sendmail-plaintext.t: koi8-r for the Russian one; ISO-8859-1 'Håvard')
RAW_CHARSET = {"russian-subject-no-content-type": "koi8-r",
               "new-ticket-from-iso-8859-1": "iso-8859-1",
               "new-ticket-from-iso-8859-1-full": "iso-8859-1"}

# RT::Date @DAYS_OF_WEEK, by datetime.weekday()
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
          "Dec"]


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalog (fuzzy and empty entries left out)."""
    out: dict[str, str] = {}
    entry: dict[str, str] = {}
    fuzzy = False
    key = None

    def flush():
        nonlocal entry, fuzzy
        if "msgid" in entry and entry.get("msgstr") and not fuzzy and "msgctxt" not in entry:
            out[entry["msgid"]] = entry["msgstr"]
        entry, fuzzy = {}, False

    def unq(s: str) -> str:
        s = s.strip()[1:-1]
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#,") and "fuzzy" in line:
            flush() if "msgid" in entry else None
            fuzzy = True
            continue
        if line.startswith("#") or not line.strip():
            if "msgid" in entry:
                flush()
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?)\s+(".*")$', line)
        if m:
            if m.group(1) == "msgid" and "msgid" in entry:
                flush()
            key = {"msgstr[0]": "msgstr"}.get(m.group(1), m.group(1))
            entry[key] = unq(m.group(2))
        elif line.startswith('"') and key:
            entry[key] += unq(line)
    flush()
    return out


class Loc:
    def __init__(self, catalog: dict[str, str]):
        self.cat = catalog

    def __call__(self, msgid: str, *args: str) -> str:
        text = self.cat.get(msgid, msgid)
        return re.sub(r"\[_(\d+)\]", lambda m: str(args[int(m.group(1)) - 1]), text)


def rt_date(loc: Loc, when: datetime | None) -> str:
    """RT::Date->AsString: DefaultFormat in the user's (here the system's) time zone."""
    if when is None:
        return loc("Not set")
    t = when.astimezone(TZ)
    return loc("[_1] [_2] [_3] [_4]:[_5]:[_6] [_7]", loc(DAYS[t.weekday()]),
               loc(MONTHS[t.month - 1]), f"{t.day:02d}", f"{t.hour:02d}", f"{t.minute:02d}",
               f"{t.second:02d}", t.year)


def header(msg, raw: bytes, name: str, charset: str | None) -> str:
    if charset:
        for line in raw.split(b"\n\n", 1)[0].split(b"\n"):
            if line.lower().startswith(name.lower().encode() + b":"):
                return line.split(b":", 1)[1].strip().decode(charset)
    value = msg[name]
    return str(value) if value is not None else ""


def build(src: Path, out: Path, lang: str) -> None:
    loc = Loc(read_po(src / "share" / "po" / f"{lang}.po") if lang != "en" else {})
    out.mkdir(parents=True, exist_ok=True)

    # users: RT_System and Nobody (lib/RT/Handle.pm), root (etc/initialdata), testuser1
    # (t/data/initialdata/initialdata.json), then the requestors the mail autocreates
    users = [
        {"Name": "RT_System", "RealName": "The RT System itself", "Privileged": False},
        {"Name": "Nobody", "RealName": "Nobody in particular", "Privileged": False},
        {"Name": "root", "Gecos": "root", "RealName": "Enoch Root",
         "EmailAddress": "root@localhost", "Privileged": True},
    ]
    data = json.loads((src / "t/data/initialdata/initialdata.json").read_text(encoding="utf-8"))
    for u in data["Users"]:
        users.append({k: u.get(k, "") for k in ("Name", "Gecos", "RealName", "EmailAddress")}
                     | {"Privileged": bool(u.get("Privileged"))})
    by_email = {u["EmailAddress"].lower(): u for u in users if u.get("EmailAddress")}

    def fmt_user(u: dict) -> str:
        """RT::User->Format, UsernameFormat 'role' (RT_Config's default)."""
        if u.get("Privileged"):
            name = u["Name"]
            if u.get("RealName") and u["RealName"].lower() != name.lower():
                name += f" ({u['RealName']})"
            return name
        mail = u.get("EmailAddress", "")
        real = u.get("RealName", "")
        phrase = real if real and real.lower() != mail.lower() else ""
        comment = u["Name"] if u["Name"].lower() != mail.lower() else ""
        return " ".join(x for x in (phrase or comment or "", f"<{mail}>" if mail else "") if x)

    tickets = []
    for i, name in enumerate(MAILS, start=1):
        raw = (src / "t/data/emails" / name).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        cs = RAW_CHARSET.get(name)
        # folded whitespace unfolded; stored in Tickets.Subject, varchar(200) (etc/schema.*),
        # which DBIx::SearchBuilder truncates to
        subject = re.sub(r"\s+", " ", header(msg, raw, "Subject", cs)).strip()[:200]
        phrase, addr = getaddresses([header(msg, raw, "From", cs)])[0]
        user = by_email.get(addr.lower())
        if user is None:   # RT::Interface::Email::CreateUser: Name and EmailAddress the address
            user = {"Name": addr, "EmailAddress": addr,
                    "RealName": phrase if phrase and phrase != addr else "", "Privileged": False}
            users.append(user)
            by_email[addr.lower()] = user
        date = msg["Date"]
        created = parsedate_to_datetime(str(date)) if date else datetime.fromisoformat(COMMIT_TIME)
        tickets.append({"id": i, "Subject": subject, "Requestor": user, "Created": created})

    def write(fname: str, head: list[str], rows: list[list]) -> None:
        with open(out / fname, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(head)
            w.writerows(rows)

    # tickets: a search of queue General, ordered by id, in $DefaultSearchResultFormat's
    # columns (RT_Config.pm.in) with the absolute dates (ColumnMap's Created, Told,
    # LastUpdated instead of the *Relative ones) and Resolved and Due added, as RT's
    # TSVExport heads and fills them
    # ('#' and 'Subject' carry their TITLE in the format: TSVExport writes an explicit
    # title as it stands, untranslated, and '#' as loc('id'); the others through loc())
    head = [loc("id"), "Subject", loc("Status"), loc("Queue"), loc("Owner"),
            loc("Priority"), loc("Requestor"), loc("Created"), loc("Told"),
            loc("Last Updated"), loc("Resolved"), loc("Due"), loc("Time Left")]
    nobody = users[1]
    rows = []
    for t in tickets:
        rows.append([t["id"], t["Subject"] or "(" + loc("No subject") + ")", loc("new"),
                     "General", fmt_user(nobody), loc("Low"), fmt_user(t["Requestor"]),
                     rt_date(loc, t["Created"]), rt_date(loc, None), rt_date(loc, t["Created"]),
                     rt_date(loc, None), rt_date(loc, None), ""])
    write("tickets.csv", head, rows)

    # users: $UserDataResultFormat's columns (RT_Config.pm.in) through RT__User's ColumnMap
    # (the id left out: see SOURCE.md); FreeFormContactInfo has no ColumnMap entry under
    # that spelling, so TSVExport heads it by splitting the name
    cols = [("Name", "Name"), ("EmailAddress", "Email Address"), ("RealName", "Real Name"),
            ("NickName", "Nickname"), ("Organization", "Organization"),
            ("HomePhone", "Home Phone"), ("WorkPhone", "Work Phone"),
            ("MobilePhone", "Mobile Phone"), ("PagerPhone", "Pager Phone"),
            ("Address1", "Address"), ("Address2", "Address 2"), ("City", "City"),
            ("State", "State"), ("Zip", "Zip"), ("Country", "Country"),
            ("Gecos", "Unix login"), ("Lang", "Language"), ("Timezone", "Timezone"),
            ("FreeFormContactInfo", "Free Form Contact Info")]
    write("users.csv", [loc(t) for _, t in cols],
          [[u.get(k, "") for k, _ in cols] for u in users])

    # queues: Admin > Queues' format (%AdminSearchResultFormat{Queues}); ids in a fresh
    # install: General 1, ___Approvals 2 (disabled, not listed), then the test queues
    queues = [(1, "General", "The default queue", "", "")]
    perl = (src / "t/data/initialdata/initialdata").read_text(encoding="utf-8")
    m = re.search(r"Name\s*=>\s*'([^']+)',\s*CorrespondAddress\s*=>\s*'([^']*)',\s*"
                  r"CommentAddress\s*=>\s*'([^']*)'", perl)
    queues.append((3, m.group(1), "", m.group(2), m.group(3)))
    for q in data["Queues"]:
        queues.append((4, q["Name"], q.get("Description", ""), q.get("CorrespondAddress", ""),
                       q.get("CommentAddress", "")))
    head = [loc("id"), "Name", loc("Description"), loc("Address"), loc("Priority"),
            loc("DefaultDueIn"), loc("Lifecycle"), loc("SubjectTag"), loc("Status"),
            loc("SortOrder")]
    write("queues.csv", head,
          [[i, n, d, f"{c or '-'}/{k or '-'}", "-", "", "default", "", loc("Enabled"), 0]
           for i, n, d, c, k in queues])
    shutil.copy(src / "COPYING", out / "LICENSE")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    build(a.src, a.out, a.lang)
