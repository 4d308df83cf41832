"""Friendica's contacts and users, as its own CSV export and list views show them.

Built for round Z4 (session 52, keys384). Usage:

    python convert.py --lang en|de|fr|es FRIENDICA OUT

FRIENDICA: files of GitHub friendica/friendica at a0a8aeb30488ee66717dc5ed3f98b71906037725
under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed records of Friendica's test fixture tests/datasets/api.fixture.php, the
  database its API tests load: its 'user' (uid 42, "Test user", the logged-in user of the
  tests) and its 'contact' rows. A field a row does not set is the column's default in
  static/dbstructure.config.php (user email '', register_date and last-item the null
  datetime, last-activity NULL, page-flags 0).
- selfcontact-contacts.csv: Settings > Export personal data > "Export Contacts to CSV"
  (src/Module/Settings/UserExport.php, echoContactsAsCSV): the header line
  "Account address, Show boosts" (fixed English, not translated), then one line
  "<addr or url>, true" per contact of the user with rel SHARING or FRIEND, not deleted, not
  archived; the file name is "<nickname>-contacts.csv". Bytes written as the PHP echoes them
  (LF, a space after each comma, no quoting); rows in contact id order.
- contacts.csv: the Contacts page list of the user (src/Module/Contact.php: uid 42, not self,
  not deleted, rel != NOTHING, ordered by name), one column per field an entry shows
  (getContactTemplateVars): name, nick, url (itemurl: addr or url), location (details),
  network (ContactSelector::networkToName) and the relation text (alt_text: 'Mutual
  Friendship', 'you are a fan of', 'is a fan of yours'), headed by the label Friendica
  itself gives that field (FIELDS below), translated by view/lang/<lang>/messages.po; a
  trailing colon of a label ('Location:', 'Network:') is dropped for a column header.
- users.csv: Moderation > Users list (src/Module/Moderation/Users/Index.php and BaseUsers'
  setupUserCallback, view/templates/moderation/users/index.tpl): Name, Email, Register date,
  Last login, Last public item, Type; dates through Temporal::getRelativeDate (a null date
  prints 'never', translated), Type the page flags' label ('Normal Account Page').
- Translations: English labels are the msgids (view/lang/C); an untranslated msgid stays
  English, as gettext shows it.
- CSV (contacts.csv, users.csv): Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import ast
import csv
import os
import re

LANGS = ["en", "de", "fr", "es"]

FIXTURE = "tests/datasets/api.fixture.php"
REL = {"Contact::NOTHING": 0, "Contact::FOLLOWER": 1, "Contact::SHARING": 2,
       "Contact::FRIEND": 3}
REL_TEXT = {3: "Mutual Friendship", 1: "is a fan of yours", 2: "you are a fan of"}
NETWORK = {"Protocol::DFRN": "DFRN"}  # ContactSelector::networkToName

# contacts.csv: (field of the entry, msgid, where Friendica labels the field)
CONTACT_FIELDS = [
    ("name", "Name", "src/Module/Contact/Advanced.php"),
    ("nick", "Nickname", "src/Module/Moderation/Users/Create.php"),
    ("itemurl", "Profile URL", "src/Module/Contact/Profile.php"),
    ("details", "Location:", "src/Content/Widget/VCard.php"),
    ("network", "Network:", "src/Content/Widget/VCard.php"),
    ("alt_text", "Relationships", "src/Content/Widget.php"),
]
USER_HEADERS = ["Name", "Email", "Register date", "Last login", "Last public item", "Type"]


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (entries with a translation)."""
    out, cur, key = {}, {}, ""

    def flush():
        if "msgid" in cur and "msgctxt" not in cur and cur.get("msgstr"):
            out[cur["msgid"]] = cur["msgstr"]

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                if cur and not line:
                    flush()
                    cur = {}
                continue
            if line.startswith('"'):
                cur[key] += ast.literal_eval(line)
                continue
            key, _, rest = line.partition(" ")
            if key.startswith("msgstr["):
                key = "msgstr" if key == "msgstr[0]" else key
            if key == "msgid" and "msgid" in cur:
                flush()
                cur = {}
            cur[key] = ast.literal_eval(rest)
    flush()
    return out


def fixture_rows(text, table):
    """The rows of one table of the PHP fixture: each row's scalar 'key' => value pairs."""
    m = re.search(r"^\t'" + re.escape(table) + r"' => \[\n(.*?)^\t\],", text, re.M | re.S)
    rows = []
    for block in re.findall(r"^\t\t\[\n(.*?)^\t\t\],", m.group(1), re.M | re.S):
        row = {}
        for k, v in re.findall(r"^\t\t\t'([^']+)'\s*=>\s*(.+?),?\s*$", block, re.M):
            v = v.rstrip(",").strip()
            if v.startswith("'") and v.endswith("'"):
                v = v[1:-1]
            elif v.startswith('"'):
                continue  # keys (multi-line strings): not shown by any view here
            row[k] = v
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("friendica")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {} if a.lang == "en" else read_po(
        os.path.join(a.friendica, "view", "lang", a.lang, "messages.po"))

    def t(msgid):
        return po.get(msgid, msgid)

    with open(os.path.join(a.friendica, FIXTURE), encoding="utf-8") as fh:
        text = fh.read()
    users = fixture_rows(text, "user")
    contacts = fixture_rows(text, "contact")
    user = users[0]
    uid = user["uid"]
    os.makedirs(a.out, exist_ok=True)

    # Settings > Export personal data > Export Contacts to CSV
    mine = [c for c in contacts if c["uid"] == uid and c.get("self") != "1"]
    follows = [c for c in mine if REL[c["rel"]] in (2, 3)]
    follows.sort(key=lambda c: int(c["id"]))
    with open(os.path.join(a.out, user["nickname"] + "-contacts.csv"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("Account address, Show boosts\n")
        for c in follows:
            fh.write((c.get("addr") or c["url"]) + ", true\n")

    # Contacts page: all contacts (rel != NOTHING), ordered by name
    listed = [c for c in mine if REL[c["rel"]] != 0]
    listed.sort(key=lambda c: c["name"])
    with open(os.path.join(a.out, "contacts.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([t(msgid).rstrip(": \u00a0") for _f, msgid, _w in CONTACT_FIELDS])
        for c in listed:
            vals = {
                "name": c["name"], "nick": c["nick"],
                "itemurl": c.get("addr") or c["url"],
                "details": c.get("location", ""),
                "network": t(NETWORK[c["network"]]),
                "alt_text": t(REL_TEXT[REL[c["rel"]]]),
            }
            w.writerow([vals[f] for f, _m, _w in CONTACT_FIELDS])

    # Moderation > Users
    with open(os.path.join(a.out, "users.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([t(h) for h in USER_HEADERS])
        for u in sorted(users, key=lambda u: u["username"]):
            w.writerow([u["username"], u.get("email", ""), t("never"), t("never"),
                        t("never"), t("Normal Account Page")])


if __name__ == "__main__":
    main()
