"""Chatwoot's seeded demo account as Chatwoot's own exports write it: the contacts export
(Account::ContactsExportJob) and the conversations export (Account::ConversationsExportJob).

Run: python convert.py seed_data.yml OUT_DIR (lib/seeders/seed_data.yml of chatwoot/chatwoot,
commit 189770e5910f8873c1d582c91b1cc7d3640ff41c; SOURCE.md names the code read, file by file).

The account: db/seeds.rb's "Acme Inc" (account 1; its contact "jane" is contact 1, her
conversation display id 1), then seeded from the Super Admin (Internal::SeedAccountJob ->
Seeders::AccountSeeder), which first destroys the account's inboxes, contacts and
conversations, then creates the PaperLayer inboxes (Seeders::InboxSeeder: "<company> Website",
"... Facebook", ...), and per contact in file order the contact (name and e-mail only) and its
conversation: contacts 2..21, conversation display ids 2..21 (the account's sequence goes on).
A conversation's assignee is the user with the e-mail the seed names; the seed names
"michael_scott@paperlayer.test", an address no seeded user has ("michale@..."), so no
conversation has an assignee (and the inboxes have no members to auto-assign from); no team,
status "open" (no bot, no blocked contact), labels in the seed's order.

Contacts export, as the dashboard's Export button sends it (no column_names: the job's
default columns id, name, email, phone_number; every contact has an e-mail, so all are
"resolved"): "Acme Inc_1_contacts.csv". Conversations export, CSV (the default format), no
filter, no custom attribute definitions: a UTF-8 BOM, then the headers display_id, url,
created_at, last_activity_at, status, status_label, assignee, team, inbox, channel,
contact_name, contact_email, contact_phone, contact_document_number, labels:
"Acme Inc_1_conversations.csv". url is FRONTEND_URL (.env.example's http://0.0.0.0:3000) +
/app/accounts/1/conversations/<display id>; channel the inbox's channel type without
"Channel::"; labels joined by ",". Times are written as Ruby writes an ActiveSupport time in
UTC ("2026-12-04 15:30:00 UTC"); the moment the seeder ran is ours (SEEDED_AT), one second
for the whole run.

Rows as Ruby's CSV.generate writes them: nil empty, an empty string "" (quote_empty), a field
quoted when it holds a comma, a quote or a line break; "\n" line ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ACCOUNT = ("Acme Inc", 1)
FRONTEND_URL = "http://0.0.0.0:3000"
SEEDED_AT = "2026-12-04 15:30:00 UTC"
FIRST_CONTACT_ID = 2        # db/seeds.rb's jane is contact 1
FIRST_DISPLAY_ID = 2        # and her conversation display id 1
INBOX_NAMES = {             # Seeders::InboxSeeder: "#{company name} <suffix>"
    "Channel::WebWidget": "Website", "Channel::FacebookPage": "Facebook",
    "Channel::TwitterProfile": "Twitter", "Channel::Whatsapp": "Whatsapp",
    "Channel::Sms": "Mobile", "Channel::Email": "Email", "Channel::Api": "API",
    "Channel::Telegram": "Telegram", "Channel::Line": "Line",
}


def _field(v: object) -> str:
    if v is None:
        return ""
    s = str(v)
    if s == "" or any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def _csv(rows: list[list[object]]) -> str:
    return "".join(",".join(_field(v) for v in row) + "\n" for row in rows)


def main(src: Path, out: Path) -> None:
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    company = data["company"]["name"]
    users = {u["email"]: u["name"] for u in data["users"]}
    labels = {lab["title"] for lab in data["labels"]}
    contacts = [["id", "name", "email", "phone_number"]]
    conversations = [["display_id", "url", "created_at", "last_activity_at", "status",
                      "status_label", "assignee", "team", "inbox", "channel", "contact_name",
                      "contact_email", "contact_phone", "contact_document_number", "labels"]]
    contact_id, display_id = FIRST_CONTACT_ID, FIRST_DISPLAY_ID
    for c in data["contacts"]:
        email = c["email"].lower() if c.get("email") else c.get("email")
        contacts.append([contact_id, c["name"], email, None])
        for conv in c["conversations"]:
            channel = conv["channel"]
            conversations.append([
                display_id,
                f"{FRONTEND_URL}/app/accounts/{ACCOUNT[1]}/conversations/{display_id}",
                SEEDED_AT, SEEDED_AT, "open", "open",
                users.get(conv.get("assignee")),   # None: no such user
                None,
                f"{company} {INBOX_NAMES[channel]}",
                channel.removeprefix("Channel::"),
                c["name"], email, None, None,
                ",".join(t for t in conv.get("labels") or [] if t in labels),
            ])
            display_id += 1
        contact_id += 1
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{ACCOUNT[0]}_{ACCOUNT[1]}"
    (out / f"{stem}_contacts.csv").write_bytes(_csv(contacts).encode("utf-8"))
    (out / f"{stem}_conversations.csv").write_bytes(
        b"\xef\xbb\xbf" + _csv(conversations).encode("utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
