"""Chatwoot's account seed data (lib/seeders/seed_data.yml) -> one CSV per record type.

Run: python convert.py seed_data.yml OUT_DIR (chatwoot/chatwoot commit
189770e5910f8873c1d582c91b1cc7d3640ff41c). The seeder (lib/seeders/account_seeder.rb)
creates, in file order, the teams, the users (agents), the labels, the contacts and, nested
in each contact, its conversations and their messages. Each becomes a row; ``id`` numbers
rows 1, 2... in file order per type, as the seeder's inserts would; a nested record carries
its parent's ``id`` (``contact_id``, ``conversation_id``). Keys keep the seed's names; a
list of names (a user's teams, a conversation's labels) is written joined by ", ". No value
is edited. Left out: ``company`` (the tenant's own name and domain, not a record).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return str(v)


def _write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
    print(path.name, len(rows))


def main(src: Path, dst: Path) -> None:
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    dst.mkdir(parents=True, exist_ok=True)
    _write(dst / "teams.csv", [{"id": i, "name": n} for i, n in enumerate(data["teams"], 1)])
    _write(dst / "users.csv", [{"id": i, **u} for i, u in enumerate(data["users"], 1)])
    _write(dst / "labels.csv", [{"id": i, **lb} for i, lb in enumerate(data["labels"], 1)])
    contacts, conversations, messages = [], [], []
    for c in data["contacts"]:
        contact = {"id": len(contacts) + 1, **{k: v for k, v in c.items() if k != "conversations"}}
        contacts.append(contact)
        for conv in c.get("conversations") or []:
            row = {"id": len(conversations) + 1, "contact_id": contact["id"],
                   **{k: v for k, v in conv.items() if k != "messages"}}
            conversations.append(row)
            for m in conv.get("messages") or []:
                messages.append({"id": len(messages) + 1, "conversation_id": row["id"], **m})
    _write(dst / "contacts.csv", contacts)
    _write(dst / "conversations.csv", conversations)
    _write(dst / "messages.csv", messages)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
