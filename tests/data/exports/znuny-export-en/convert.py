"""Znuny's agent ticket search CSV export of the tickets its own records make.

Built for round Z8 (session 54, keys426). Usage:

    python convert.py --lang en|de|fr|es GITDIR OUT

GITDIR: a git directory holding commit 4e5a134aaa908ab5421c8aff377fc55f6e68b2de of GitHub
alderpinto/Znuny-I9atech ("Znuny 6.5.9 completo": the unpacked Znuny 6.5.9 release, whose
RELEASE names the official znuny/Znuny commit 7294284f1fa41bafb9d9aaa0ed64ff9fc0f605ed;
znuny/Znuny itself is too large for the mirror tool). Every file is read with `git show` and
checked against the release's own manifest (ARCHIVE: the MD5 of every file the release
ships); a file that differs from the release stops the run.

Rules (nothing here is invented data):
- Tickets: a new Znuny 6.5.9 installation holds one ticket, the welcome ticket of
  scripts/database/initial_insert.xml (ticket 1, 'Znuny says hi!', its article from
  'Znuny <hello@znuny.org>', no customer). Into it the e-mails that Znuny's PostMaster unit
  test (scripts/test/PostMaster.t) pipes in as new tickets are piped, in the test's order
  (scripts/test/sample/PostMaster/PostMaster-Test<N>.box, N = 1 2 3 5 6 11 17 21 22 23;
  the test's 18, a spam mail whose From header carries raw 8-bit bytes, is left out), with
  Znuny's default configuration (bin/znuny.Console.pl Maint::PostMaster::Read, no filters):
  Kernel/System/PostMaster/NewTicket.pm gives each a ticket in queue 'Raw'
  (PostmasterDefaultQueue), state 'new', priority '3 normal', lock 'unlock', owner the
  PostMaster user (1, root@localhost: 'Admin' 'OTRS'), customer user and customer ID the
  sender's e-mail address (PostMaster::NewTicket::AutoAssignCustomerIDForUnknownCustomers =
  1; no customer user of that address exists, so the customer name is unknown). The
  article keeps the decoded From (Mail::Address's format: a phrase of plain words
  unquoted, a quoted phrase kept) and Subject (MIME words decoded, MIME::Words).
- Ticket numbers: the welcome ticket's is initial_insert.xml's; the others come from the
  default generator Kernel/System/Ticket/Number/DateChecksum.pm: the creation date,
  SystemID 10 (Framework.xml), a 5-digit counter from 1, a check digit.
- Times (UTC, the default OTRSTimeZone): the installation at 2024-06-26 07:18:07 (the 6.5.9
  release's build time), the mails one a minute from 2024-06-26 08:00:00, the export at
  2024-06-26 16:45:00 (--install, --first-mail, --export change them).
- File and columns: Kernel/Modules/AgentTicketSearch.pm's CSV result form: the columns of
  Ticket::Frontend::AgentTicketSearch###SearchCSVData (Kernel/Config/Files/XML/Ticket.xml),
  headed by the agent's language (Kernel/Language/<lang>.pm; TicketNumber as 'Ticket
  Number', CustomerName as 'Customer Name'; an empty or missing translation keeps the
  English text, as Kernel/Language.pm's Translate does); State and Lock translated, Age as
  Layout's CustomerAge ('8 h 45 m'; a day or more: days and hours, with a trailing space),
  Owner the owner's login, UserFirstname/UserLastname the owner's names; From and Subject
  from the ticket's last customer article. Rows in the search's default order (Age, Down:
  newest first). Kernel/System/CSV.pm Array2CSV: the language's separator (en ',', de fr es
  ';'), every defined value in double quotes, undefined ones (close time, first lock, first
  response, the customer name, the article tree, the solution / response minutes, the
  welcome ticket's customer ID) empty and unquoted, LF line ends, UTF-8. The file is named
  as Znuny names it: ticket_search_<export time %Y-%m-%d_%H-%M>.csv.
"""
import argparse
import datetime
import email
import email.header
import email.policy
import hashlib
import os
import re
import subprocess
import xml.etree.ElementTree as ET

COMMIT = "4e5a134aaa908ab5421c8aff377fc55f6e68b2de"
LANGS = ("en", "de", "fr", "es")
MAILS = (1, 2, 3, 5, 6, 11, 17, 21, 22, 23)
INITIAL = "scripts/database/initial_insert.xml"
TICKET_XML = "Kernel/Config/Files/XML/Ticket.xml"
FRAMEWORK_XML = "Kernel/Config/Files/XML/Framework.xml"
MAIL = "scripts/test/sample/PostMaster/PostMaster-Test{}.box"
LANGUAGE = "Kernel/Language/{}.pm"
HEADER_MAP = {"TicketNumber": "Ticket Number", "CustomerName": "Customer Name"}
ATEXT = r"[\-\w !#$%&'*+/=?^`{|}~]"


class Release:
    """Files of the release at COMMIT, each checked against the release's ARCHIVE."""

    def __init__(self, gitdir):
        self.gitdir = gitdir
        self.md5 = {}
        for line in self.raw("ARCHIVE").decode("utf-8").splitlines():
            digest, _, path = line.partition("::")
            self.md5[path] = digest

    def raw(self, path):
        return subprocess.run(["git", "--git-dir", self.gitdir, "show", f"{COMMIT}:{path}"],
                              check=True, capture_output=True).stdout

    def read(self, path):
        data = self.raw(path)
        if hashlib.md5(data).hexdigest() != self.md5.get(path):
            raise SystemExit(f"{path}: not the file the Znuny 6.5.9 release ships (ARCHIVE)")
        return data


def inserts(xml_bytes):
    """initial_insert.xml: {table: [{column: value}]} (values as the database holds them)."""
    out = {}
    for ins in ET.fromstring(xml_bytes).iter("Insert"):
        row = {d.get("Key"): (d.text or "") for d in ins.iter("Data")}
        out.setdefault(ins.get("Table"), []).append(row)
    return out


def setting(xml_bytes, name):
    """A setting's value in a Kernel/Config/Files/XML file: its items' texts."""
    for s in ET.fromstring(xml_bytes).iter("Setting"):
        if s.get("Name") == name:
            value = s.find("Value")
            return [i.text or "" for i in value.iter("Item") if len(i) == 0]
    raise KeyError(name)


def perl_single(s):
    return re.sub(r"\\([\\'])", r"\1", s)


def language(text):
    """A Kernel/Language/<lang>.pm: its CSV separator and translations (the last of a
    repeated key wins, as in a Perl hash)."""
    sep = re.search(r"\$Self->\{Separator\}\s*=\s*'((?:[^'\\]|\\.)*)';", text)
    trans = {}
    for key, value in re.findall(
            r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',\s*$", text, re.M):
        trans[perl_single(key)] = perl_single(value)
    return (perl_single(sep.group(1)) if sep else ""), trans


def translate(trans, text):
    return trans.get(text) or text      # Kernel/Language.pm: a missing or empty one stays


def decode_words(raw, charset):
    """MIME::Words decode_mimewords, each run of one encoding decoded (EmailParser's
    _DecodeString; unencoded text in the message's charset)."""
    out = []
    for part, enc in email.header.decode_header(raw):
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(part.decode(enc or charset or "us-ascii", errors="replace"))
    return "".join(out)


def address_format(raw, charset):
    """EmailParser GetParam for From: Mail::Address parse, phrase decoded, format()."""
    m = re.match(r"^\s*(.*?)\s*<([^>]*)>\s*$", raw)
    if not m:
        return raw.strip(), raw.strip()
    phrase, addr = decode_words(m.group(1), charset), m.group(2)
    if not phrase:
        return addr, addr
    if re.fullmatch(rf"(?:\s*{ATEXT}\s*)+", phrase):
        shown = phrase
    elif re.search(r'(?<!\\)"', phrase):
        shown = phrase
    else:
        shown = f'"{phrase}"'
    return f"{shown} <{addr}>", addr


def header(msg, name):
    value = msg.get(name, "")
    return re.sub(r"\r?\n[ \t]+", " ", str(value)).rstrip("\r\n")


def date_checksum(date, system_id, counter):
    """Kernel/System/Ticket/Number/DateChecksum.pm TicketNumberBuild."""
    tn = date.strftime("%Y%m%d") + system_id + f"{counter:05d}"
    total, mult = 0, 1
    for digit in tn:
        total += mult * int(digit)
        mult = 1 if mult == 2 else mult + 1
    check = 10 - total % 10
    return tn + str(1 if check == 10 else check)


def customer_age(seconds, trans):
    """Kernel/Output/HTML/Layout.pm CustomerAge (Space ' ', TimeShowAlwaysLong off)."""
    out = ""
    if seconds >= 86400:
        out += f"{seconds // 86400} {translate(trans, 'd')} "
    if seconds >= 3600:
        out += f"{(seconds // 3600) % 24} {translate(trans, 'h')} "
    if seconds < 86400 and seconds != 0:
        out += f"{(seconds // 60) % 60} {translate(trans, 'm')}"
    return out


def csv_line(values, sep):
    """Kernel/System/CSV.pm Array2CSV: Text::CSV, always_quote, undef left empty."""
    cells = []
    for v in values:
        cells.append("" if v is None else '"' + str(v).replace('"', '""') + '"')
    return sep.join(cells) + "\n"


def stamp(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def tickets(rel, install, first_mail):
    db = inserts(rel.read(INITIAL))
    by_id = {t: {r["id"]: r for r in rows if "id" in r} for t, rows in db.items()}
    system_id = setting(rel.read(FRAMEWORK_XML), "SystemID")[0]
    ticket_xml = rel.read(TICKET_XML)
    queue = setting(ticket_xml, "PostmasterDefaultQueue")[0]
    state = setting(ticket_xml, "PostmasterDefaultState")[0]
    priority = setting(ticket_xml, "PostmasterDefaultPriority")[0]
    assert setting(ticket_xml, "Ticket::NumberGenerator")[0].endswith("::DateChecksum")
    auto = "PostMaster::NewTicket::AutoAssignCustomerIDForUnknownCustomers"
    assert setting(ticket_xml, auto)[0] == "1"
    owner = by_id["users"]["1"]          # PostmasterUserID 1
    out = []
    # the welcome ticket (initial_insert.xml), created at installation
    t = db["ticket"][0]
    mime = db["article_data_mime"][0]
    out.append({
        "TicketNumber": t["tn"], "Created": install,
        "State": by_id["ticket_state"][t["ticket_state_id"]]["name"],
        "Priority": by_id["ticket_priority"][t["ticket_priority_id"]]["name"],
        "Queue": by_id["queue"][t["queue_id"]]["name"],
        "Lock": by_id["ticket_lock_type"][t["ticket_lock_id"]]["name"],
        "Owner": by_id["users"][t["user_id"]]["login"],
        "UserFirstname": by_id["users"][t["user_id"]]["first_name"],
        "UserLastname": by_id["users"][t["user_id"]]["last_name"],
        "CustomerID": t.get("customer_id"), "From": mime["a_from"],
        "Subject": mime["a_subject"], "AccountedTime": 0,
    })
    for n, number in enumerate(MAILS):
        msg = email.message_from_bytes(rel.read(MAIL.format(number)), policy=email.policy.compat32)
        charset = msg.get_content_charset()
        shown, addr = address_format(header(msg, "From"), charset)
        created = first_mail + datetime.timedelta(minutes=n)
        out.append({
            "TicketNumber": date_checksum(created, system_id, n + 1), "Created": created,
            "State": state, "Priority": priority, "Queue": queue, "Lock": "unlock",
            "Owner": owner["login"], "UserFirstname": owner["first_name"],
            "UserLastname": owner["last_name"], "CustomerID": addr, "From": shown,
            "Subject": decode_words(header(msg, "Subject"), charset), "AccountedTime": 0,
        })
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("--install", default="2024-06-26 07:18:07")
    ap.add_argument("--first-mail", default="2024-06-26 08:00:00")
    ap.add_argument("--export", default="2024-06-26 16:45:00")
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    rel = Release(a.gitdir)
    install, first_mail, export = stamp(a.install), stamp(a.first_mail), stamp(a.export)
    sep, trans = language(rel.read(LANGUAGE.format(a.lang)).decode("utf-8"))
    sep = sep or ";"
    head = setting(rel.read(TICKET_XML), "Ticket::Frontend::AgentTicketSearch###SearchCSVData")
    rows = sorted(tickets(rel, install, first_mail), key=lambda r: r["Created"], reverse=True)
    text = csv_line([translate(trans, HEADER_MAP.get(h, h)) for h in head], sep)
    for r in rows:
        age = int((export - r["Created"]).total_seconds())
        r = dict(r, Age=customer_age(age, trans),
                 Created=r["Created"].strftime("%Y-%m-%d %H:%M:%S"),
                 State=translate(trans, r["State"]), Lock=translate(trans, r["Lock"]))
        text += csv_line([r.get(h) for h in head], sep)
    os.makedirs(a.out, exist_ok=True)
    name = f"ticket_search_{export.strftime('%Y-%m-%d_%H-%M')}.csv"
    with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
