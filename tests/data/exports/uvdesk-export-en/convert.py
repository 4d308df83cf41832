"""UVdesk's agent lists of customers, tickets and groups as CSV, headed in its own UI labels.

Built for round U (session 47, keys317). Usage:

    python convert.py --lang en|de|fr|es|it RECORDS CORE SKELETON OUT

RECORDS: files of GitHub uvdesk/core-framework at 0d36083e4a527dacb04a81e5cc3689371fed1100
(the last commit with Fixtures/WelcomeTicket.php) under their own paths; CORE: files of
uvdesk/core-framework at 3b319100eaae62e659caa0d2979659ac182f34ed (the list views);
SKELETON: files of uvdesk/community-skeleton at 371dc080ab84a928117f7eca7257a0bb6654962e
(translations/messages.<lang>.yml). SOURCE.md lists every file read.

Rules (nothing here is invented data):
- Rows: the records UVdesk's own Doctrine fixtures create. Fixtures/WelcomeTicket.php: one
  customer (a User with a ROLE_CUSTOMER instance, source 'website', active) and the ticket
  'Welcome To UVdesk' it raises (source 'website', status code 'open', priority code 'low',
  no agent, group, team or type, one 'create' thread and no reply). Fixtures/AgentGroups.php:
  the support group 'Default'. A status's or priority's printed name is its fixture's
  description (Fixtures/TicketStatuses.php, TicketPriorities.php).
- Files and columns: UVdesk has no CSV export; each file is the agent panel's list of that
  object (Customers/listSupportCustomers, ticketList, Groups/listSupportGroups), its
  columns in the list's order, headed by the list's own msgid translated by the skeleton's
  messages.<lang>.yml, as the list's templates print each cell. Left out: the icon-only
  cells ('Stared', the row's checkbox), the 'Action' buttons, and the ticket's 'Last
  Reply' (a time relative to the moment the page is shown, 'N days ago'). The ticket
  list's first cell is the channel icon, titled with the raw source code ('website'),
  the column its column chooser calls 'Channel/Source'. Added after the ticket list's
  columns: the ticket's status and priority (the list's tab and colour bar, the list's
  filters 'Status' and 'Priority'; the ticket view prints their descriptions through
  |trans). A customer's source (an icon in the customer list) is written as that code.
- Cells as the list prints them: '#<id>'; '<count> Open Tickets'; 'Active'/'Disabled',
  'N/A', 'Unassigned', a status's and a priority's description through the language's
  catalogue; the ticket's creation time in the list's default format 'd-m-Y h:ia'. The
  fixture sets createdAt to the moment it runs: here the fixture commit's time
  (2019-08-02 17:18:51), the one fixed moment the repository gives.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re
from datetime import datetime

LANGS = ("en", "de", "fr", "es", "it")
FIXTURE_RUN = datetime(2019, 8, 2, 17, 18, 51)   # 0d36083's commit time (+0530)

# (file, template that shows the list, [(msgid of the header, field)])
FILES = [
    ("customers.csv", "Resources/views/Customers/listSupportCustomers.html.twig", [
        ("Name", "name"), ("Email", "email"), ("Open Tickets", "open_tickets"),
        ("Source", "source"), ("Status", "status"),
    ]),
    ("tickets.csv", "Resources/views/ticketList.html.twig", [
        ("Channel/Source", "source"), ("ID", "id"), ("Subject", "subject"),
        ("Customer Name", "customer_name"),
        ("Customer Email", "customer_email"), ("Timestamp", "timestamp"), ("Group", "group"),
        ("Team", "team"), ("Type", "type"), ("Replies", "replies"), ("Agent", "agent"),
        ("Status", "status"), ("Priority", "priority"),
    ]),
    ("groups.csv", "Resources/views/Groups/listSupportGroups.html.twig", [
        ("Name", "name"), ("Description", "description"), ("Status", "status"),
    ]),
]


def read_catalogue(path):
    """The '"msgid": "text"' lines of a messages.<lang>.yml (every line the lists use)."""
    out = {}
    pat = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"\s*$')
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = pat.match(line)
            if m:
                out[m.group(1).replace('\\"', '"')] = m.group(2).replace('\\"', '"')
    return out


def php_value(text, key):
    """The first literal a fixture gives 'key' (a quoted string or true/false)."""
    m = re.search(r"'" + re.escape(key) + r"'\s*=>\s*('((?:[^'\\]|\\.)*)'|true|false)", text)
    if not m:
        raise SystemExit(f"no '{key}' in the fixture")
    return m.group(2) if m.group(2) is not None else m.group(1)


def php_seed(text, code):
    """The description of the seed whose 'code' is code (TicketStatuses / TicketPriorities)."""
    m = re.search(r"'code'\s*=>\s*'" + re.escape(code) + r"',\s*'description'\s*=>\s*'([^']*)'",
                  text)
    if not m:
        raise SystemExit(f"no seed '{code}'")
    return m.group(1)


def records(root):
    """The fixtures' records, by the field names of FILES."""
    def read(name):
        with open(os.path.join(root, "Fixtures", name), encoding="utf-8") as fh:
            return fh.read()
    welcome, groups = read("WelcomeTicket.php"), read("AgentGroups.php")
    # WelcomeTicket::load: ticket status 'open', priority 'low', customer and ticket
    # source 'website', the customer's instance active; the only thread is 'create'
    for needed in ("findOneBy(['code' => 'open'])", "findOneBy(['code' => 'low'])",
                   "setThreadType('create')", "setIsActive(true)"):
        if needed not in welcome:
            raise SystemExit(f"WelcomeTicket.php no longer says {needed}")
    name = " ".join([php_value(welcome, "customerFirstName"),
                     php_value(welcome, "customerLastName")])
    email = php_value(welcome, "customerEmail")
    source = php_value(welcome, "source")
    return {
        "customers.csv": [{"name": name, "email": email, "open_tickets": 1, "source": source,
                           "status": True}],
        "tickets.csv": [{"id": 1, "subject": php_value(welcome, "subject"), "customer_name": name,
                         "customer_email": email, "timestamp": FIXTURE_RUN, "group": None,
                         "team": None, "type": None, "replies": 0, "agent": None,
                         "status": php_seed(read("TicketStatuses.php"), "open"),
                         "priority": php_seed(read("TicketPriorities.php"), "low"),
                         "source": source}],
        "groups.csv": [{"name": php_value(groups, "name"),
                        "description": php_value(groups, "description"),
                        "status": php_value(groups, "isActive") == "true"}],
    }


def cell(field, value, tr):
    """A cell as the list's template prints it."""
    if field == "status" and isinstance(value, bool):
        return tr("Active") if value else tr("Disabled")
    if field in ("status", "priority"):
        return tr(value)                      # {{ status.description|trans }}
    if field == "id":
        return f"#{value}"
    if field == "open_tickets":
        return f"{value} {tr('Open Tickets')}"
    if field == "timestamp":
        return value.strftime("%d-%m-%Y %I:%M") + value.strftime("%p").lower()   # 'd-m-Y h:ia'
    if field in ("group", "team", "type") and value is None:
        return tr("N/A")
    if field == "agent" and value is None:
        return tr("Unassigned")
    return "" if value is None else str(value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("records")
    ap.add_argument("core")
    ap.add_argument("skeleton")
    ap.add_argument("out")
    a = ap.parse_args()
    cat = read_catalogue(os.path.join(a.skeleton, "translations", f"messages.{a.lang}.yml"))

    def tr(msgid):
        return cat.get(msgid, msgid)          # Symfony shows an untranslated msgid as it is
    rows = records(a.records)
    os.makedirs(a.out, exist_ok=True)
    for name, template, columns in FILES:
        with open(os.path.join(a.core, template), encoding="utf-8") as fh:
            shown = fh.read()
        for msgid, _field in columns:        # each header is a msgid that template prints
            if f"'{msgid}'|trans" not in shown and f'"{msgid}"|trans' not in shown:
                raise SystemExit(f"{template} does not print '{msgid}'")
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr(msgid) for msgid, _f in columns])
            for r in rows[name]:
                w.writerow([cell(f, r[f], tr) for _m, f in columns])


if __name__ == "__main__":
    main()
