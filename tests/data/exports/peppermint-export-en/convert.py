"""Peppermint's own seed records (its one client and its one user) as its admin lists show them,
headed by its own labels in one language (keys340, session 49, round W).

    python convert.py --lang en|de|fr|es SRC OUT

SRC holds files of GitHub Peppermint-Lab/peppermint at
ba6e2179f9409db76abeb9a3007a262160e24628 under their own paths (SOURCE.md lists them).
Rules (nothing here is invented data):
- Records: the Prisma seed (apps/api/src/prisma/seed.js), the program's only fixed records
  of people or companies: the ``prisma.user.upsert`` create block (the admin user) and the
  ``prisma.client.upsert`` create block (the "internal" client). The seed sets no dates
  (createdAt is the seeding time), so no date is written. Peppermint has no tests, no
  fixtures and no demo data: there are no tickets, notes or todos to export.
- Peppermint has no CSV or Excel export. Each file is its admin list view:
  clients.csv: pages/admin/clients/index.tsx's columns, "Client Name" (name) and
  "Contact Name" (contactName), hard-coded English headers the program shows in every
  language, then the client's e-mail (email, the client's other required field) under the
  program's own ``email`` label (locales/<lang>/peppermint.json).
  users.csv: pages/admin/users/internal/index.js's columns, Name (name) and Email (email),
  then the user's language (language), headed as the profile page (pages/profile.tsx)
  labels these three fields: ``t("name")``, ``t("email")``, ``t("language")``, translated by
  the locale. The language cell is the profile select's option text for the code ('en' ->
  'English': the options are not translated).
- Fields the program shows under no label (a client's number, notes, active flag; a user's
  isAdmin and notification flags, password hash) are left out.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

LANGS = ("en", "de", "fr", "es")
SEED = "apps/api/src/prisma/seed.js"
CLIENT_LIST = "apps/client/pages/admin/clients/index.tsx"
USER_LIST = "apps/client/pages/admin/users/internal/index.js"
PROFILE = "apps/client/pages/profile.tsx"


def create_block(seed: str, model: str) -> dict[str, str]:
    """The scalar fields of ``prisma.<model>.upsert({... create: {...}})`` in the seed."""
    m = re.search(r"prisma\." + model + r"\.upsert\(\{.*?create:\s*\{(.*?)\}", seed, re.S)
    if not m:
        raise SystemExit(f"no {model} upsert in the seed")
    fields = {}
    for key, value in re.findall(r"(\w+):\s*(`[^`]*`|\"[^\"]*\"|true|false)", m.group(1)):
        fields[key] = value.strip('`"')
    return fields


def list_headers(page: str) -> dict[str, str]:
    """accessor -> Header of a react-table list page's columns."""
    return dict((a, h) for h, a in re.findall(r'Header:\s*"([^"]+)",\s*accessor:\s*"(\w+)"', page))


def language_names(profile: str) -> dict[str, str]:
    return dict(re.findall(r'<option value="([^"]+)">([^<]+)</option>', profile))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    src = args.src
    seed = (src / SEED).read_text(encoding="utf-8")
    labels = json.loads((src / f"apps/client/locales/{args.lang}/peppermint.json")
                        .read_text(encoding="utf-8"))
    clients_cols = list_headers((src / CLIENT_LIST).read_text(encoding="utf-8"))
    users_cols = list_headers((src / USER_LIST).read_text(encoding="utf-8"))
    assert users_cols == {"name": "Name", "email": "Email"}, users_cols
    profile = (src / PROFILE).read_text(encoding="utf-8")
    for key in ("name", "email", "language"):
        assert f't("{key}")' in profile, key
    languages = language_names(profile)

    client = create_block(seed, "client")
    user = create_block(seed, "user")
    files = {
        "clients.csv": (
            [clients_cols["name"], clients_cols["contactName"], labels["email"]],
            [[client["name"], client["contactName"], client["email"]]]),
        "users.csv": (
            [labels["name"], labels["email"], labels["language"]],
            [[user["name"], user["email"], languages[user["language"]]]]),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in files.items():
        with open(args.out / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)


if __name__ == "__main__":
    main()
