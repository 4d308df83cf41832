"""Mobilizon's CSV export of an event's participants, headed in its own gettext labels.

Built for round Z (session 51, keys368). Usage:

    python convert.py --lang en|de|fr|es MOB OUT

MOB: files of GitHub framasoft/mobilizon at c64a0ea7ce1dd2f4ef46b87cc1a8cc012afe2321 under
their own paths (SOURCE.md lists them). Needs Babel (CLDR date formats).

Rules (nothing here is invented data):
- Rows: the participants of the one event with more than one participant that Mobilizon's
  own seed script inserts (priv/repo/seeds.exs, run with `mix run` in a fresh VM, so that
  ExMachina's sequences start at 0): event4, organised by actor2, with
  `insert(:participant, actor: actor2, event: event4, role: :creator)` and
  `insert(:participant, actor: actor, event: event4, role: :participant)`. The factory
  (test/support/factory.ex) names the seed's first actor `sequence("Thomas Named")` /
  `sequence("thomas")` -> "Thomas Named0" / "thomas0", its second "Thomas Named1" /
  "thomas1" (local actors: domain nil); a participant's metadata carries no message.
- Columns and cells: Participants.Common.columns/0 and to_list/1 as Participants.CSV writes
  them: name = Actor.display_name_and_username ("Name (@username)"), status =
  translate_role (gettext), registration date = DateTime.datetime_to_string(inserted_at,
  locale) (ex_cldr, :medium format; here Babel's CLDR medium format), message = the
  metadata's message or "". Rows in the query's order (order_by role asc: the enum's order,
  participant before creator).
- inserted_at is the moment the seed runs, which no file fixes: every row takes one stand-in
  instant, the snapshot's commit time (2025-04-10 20:10:35 UTC), the only value not read.
- Labels: msgids of common.ex, translated by priv/gettext/<lang>/LC_MESSAGES/default.po
  (a fuzzy or empty msgstr is not used: the msgid stays, as gettext shows it).
- CSV: the header joined by ',' with '\\n' (add_header_column), rows by NimbleCSV.RFC4180
  (minimal quoting, CRLF).
"""
import argparse
import ast
import csv
import datetime as dt
import io
import os
import re

from babel.dates import format_datetime

LANGS = ["en", "de", "fr", "es"]
COLUMNS = ["Participant name", "Participant status", "Participant registration date",
           "Participant message"]
ROLES = {"participant": "Participant", "creator": "Creator"}
ROLE_ORDER = ["not_approved", "not_confirmed", "rejected", "participant", "moderator",
              "administrator", "creator"]
STAND_IN = dt.datetime(2025, 4, 10, 20, 10, 35, tzinfo=dt.timezone.utc)
SEED_LINES = [
    ("actor2", "creator",
     "insert(:participant, actor: actor2, event: event4, role: :creator)"),
    ("actor", "participant",
     "insert(:participant, actor: actor, event: event4, role: :participant)"),
]
ACTORS = {"actor": ("Thomas Named0", "thomas0"), "actor2": ("Thomas Named1", "thomas1")}


def read_po(path):
    """msgid -> msgstr, leaving out fuzzy and empty translations and msgctxt entries."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        blocks = fh.read().split("\n\n")
    for block in blocks:
        fuzzy = any(ln.startswith("#,") and "fuzzy" in ln for ln in block.splitlines())
        key, entry = None, {}
        for ln in block.splitlines():
            ln = ln.strip()
            if ln.startswith("#") or not ln:
                continue
            if ln.startswith('"') and key:
                entry[key] += ast.literal_eval(ln)
                continue
            key, _, rest = ln.partition(" ")
            entry[key] = ast.literal_eval(rest)
        if fuzzy or "msgctxt" in entry or not entry.get("msgstr"):
            continue
        if "msgid" in entry:
            out[entry["msgid"]] = entry["msgstr"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("mob")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(os.path.join(a.mob, "priv/repo/seeds.exs"), encoding="utf-8") as fh:
        seeds = fh.read()
    with open(os.path.join(a.mob, "test/support/factory.ex"), encoding="utf-8") as fh:
        factory = fh.read()
    for _actor, _role, line in SEED_LINES:
        assert line in seeds, line
    assert 'preferred_username = sequence("thomas")' in factory
    assert 'name: sequence("Thomas Named")' in factory
    assert re.search(r"actor = insert\(:actor, user: user\)\s*\n(#.*\n)*\s*"
                     r"actor2 = insert\(:actor, user: user\)", seeds)
    po = {}
    if a.lang != "en":
        po = read_po(os.path.join(a.mob, "priv/gettext", a.lang, "LC_MESSAGES/default.po"))

    def t(msgid):
        return po.get(msgid, msgid)

    rows = sorted(SEED_LINES, key=lambda r: ROLE_ORDER.index(r[1]))
    date = format_datetime(STAND_IN, "medium", tzinfo=dt.timezone.utc, locale=a.lang)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for actor, role, _line in rows:
        name, username = ACTORS[actor]
        w.writerow([f"{name} (@{username})", t(ROLES[role]), date, ""])
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "participants.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(t(c) for c in COLUMNS) + "\n" + buf.getvalue())


if __name__ == "__main__":
    main()
