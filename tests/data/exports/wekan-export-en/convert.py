"""Wekan's board CSV export of cards, headed in its own UI labels.

Built for round X (session 50, keys352). Usage:

    python convert.py --lang en|de|fr|es WEKAN OUT

WEKAN: files of GitHub wekan/wekan at f5cc8e37319469dd6a4752e160540213a2094aa4 under their
own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the 25 sample cards Wekan ships for its CSV board import
  (docs/Features/ImportExport/CSV/board-import.csv), as models/csvCreator.js makes cards of
  them: Stage -> the card's list, one swimlane 'Default', labels 'name-color' (no colour:
  'black'), members by username (the import's member mapping: each to the user of that
  name), dates parsed by new Date('MM/DD/YYYY') (midnight, server in UTC). The board is taken
  as imported by testuser1, the Owner of every sample card (the importer makes the importing
  user each card's owner). The moment of the import (last activity) is not in the records:
  its cells are written as the export writes a missing date (' ').
- Columns: Exporter.buildCsvStream / buildCsv (models/exporter.js) with the row of
  models/lib/exporterCsvRow.js: twenty columns headed TAPi18n.__(key) in the user's language
  (imports/i18n/data/<lang>.i18n.json); no custom fields on this board.
- Cells: as buildCsvCardRow writes them: ISO dates (toISOString), ' ' for a missing date,
  requester, assigner or vote, 'true'/'false' flags (untranslated), usernames joined by
  spaces. CSV as Papa.unparse writes it (quotes: true, CRLF), after the UTF-8 BOM the CSV
  route writes; a null cell (spent time) is written empty and unquoted.
"""
import argparse
import csv
import json
import os
from datetime import datetime

LANGS = ("en", "de", "fr", "es")
SAMPLE = "docs/Features/ImportExport/CSV/board-import.csv"
KEYS = [
    "title", "description", "list", "swimlane", "owner", "requested-by", "assigned-by",
    "members", "assignee", "labels", "card-start", "card-due", "card-end", "overtime-hours",
    "spent-time-hours", "createdAt", "last-modified-at", "last-activity", "voting", "archived",
]
IMPORTER = "testuser1"


def iso(cell):
    """new Date('MM/DD/YYYY').toISOString() on a server in UTC; ' ' when empty."""
    cell = (cell or "").strip()
    if not cell:
        return " "
    return datetime.strptime(cell, "%m/%d/%Y").strftime("%Y-%m-%dT%H:%M:%S.000Z")


def q(value):
    """Papa.unparse with quotes: true (null/undefined -> empty)."""
    if value is None:
        return ""
    return '"' + str(value).replace('"', '""') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("wekan")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(os.path.join(a.wekan, "imports/i18n/data", a.lang + ".i18n.json"),
              encoding="utf-8") as fh:
        labels = json.load(fh)
    with open(os.path.join(a.wekan, "imports/i18n/data/en.i18n.json"), encoding="utf-8") as fh:
        english = json.load(fh)
    header = [labels.get(k) or english[k] for k in KEYS]
    with open(os.path.join(a.wekan, SAMPLE), encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh) if r]
    idx = {h.strip().lower(): i for i, h in enumerate(rows[0])}
    out_rows = [header]
    for r in rows[1:]:
        def cell(name, r=r):
            i = idx.get(name)
            return r[i] if i is not None and i < len(r) else ""
        members = []
        for m in cell("members").split(" "):
            if m and m not in members:
                members.append(m)
        card_labels = []
        for lab in cell("labels").split(" "):
            if lab:
                name, _, color = lab.partition("-")
                card_labels.append(f"{name}-{color.split('-')[0] or 'black'}")
        out_rows.append([
            cell("title"), cell("description"), cell("stage"), "Default", IMPORTER,
            " ", " ", " ".join(members), "", " ".join(card_labels),
            iso(cell("start date")), iso(cell("due date")), iso(cell("finish date")),
            "false", None, iso(cell("created at")), iso(cell("updated at")), " ", " ",
            "false",
        ])
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "cards.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff")
        for row in out_rows:
            fh.write(",".join(q(v) for v in row) + "\r\n")


if __name__ == "__main__":
    main()
