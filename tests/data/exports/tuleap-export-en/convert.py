"""Tuleap's cross-tracker search "Export XLSX" of bugs and tasks, headed in its own labels.

Built for round Z (session 51, keys367). Usage:

    python convert.py --lang en|fr|pt-br TULEAP OUT

TULEAP: files of GitHub Enalean/tuleap at f379e21e6b3122654631edd7cdb0cd0adf29df6e under
their own paths (SOURCE.md lists them and how to extract them).

Rules (nothing here is invented data):
- Rows: the artifacts of Tuleap's own REST/e2e test project fixtures (project XML export
  format): the "Tasks" tracker of tests/rest/_fixtures/01-private-member (8 tasks) and the
  "Bugs" tracker of plugins/taskboard/tests/e2e/cypress/_fixtures/taskboard_project (2 bugs),
  their users from each fixture's users.xml.
- Export: the cross-tracker search widget (plugin crosstracker) runs a TQL query and its
  "Export XLSX" button writes one sheet: a header row of the selected columns' names as
  ColumnNameGetter.ts translates them (gettext, po/<locale>.po of the widget; an empty
  msgstr stays English, as gettext shows it), then one row per artifact
  (content-cell-builder.ts: numbers, text, user display names, static list labels, dates).
  The query per file, one per tracker: SELECT @id, @title, @description, @status,
  @assigned_to, @submitted_on, @submitted_by, @last_update_date, @last_update_by
  FROM @project = 'self' WHERE @tracker.name = '<tracker short name>'.
- Cells: @title/@description/@status/@assigned_to are the tracker's semantic fields (the
  <semantics> of the tracker XML) at the artifact's last changeset; a static list value is
  its label in the tracker XML (labels are tracker data: not translated); a user is shown
  with Tuleap's default display name 'Real Name (username)' (or the username alone when the
  real name is empty); 'None' (no one assigned) is an empty cell; dates are XLSX date cells
  (the changeset's ISO 8601 time converted to UTC, naive), @last_update_* from the last
  changeset.
- Workbook: openpyxl, one sheet, the header row then the rows; its document dates and zip
  member times pinned to the commit's time (2026-03-13 14:42:00 UTC), so a rerun gives the
  same bytes.
"""
import argparse
import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

LANGS = {"en": None, "fr": "fr_FR", "pt-br": "pt_BR"}
CREATED = dt.datetime(2026, 3, 13, 14, 42)  # Tuleap's commit time (UTC): the workbooks' dates
PO = "plugins/crosstracker/scripts/cross-tracker/po/{}.po"

# (output file, fixture folder, tracker name)
FILES = [
    ("tasks.xlsx", "tests/rest/_fixtures/01-private-member", "Tasks"),
    ("bugs.xlsx", "plugins/taskboard/tests/e2e/cypress/_fixtures/taskboard_project", "Bugs"),
]
# the selected columns and their msgids (ColumnNameGetter.ts)
COLUMNS = [
    ("@id", "Id"), ("@title", "Title"), ("@description", "Description"),
    ("@status", "Status"), ("@assigned_to", "Assigned to"),
    ("@submitted_on", "Submitted on"), ("@submitted_by", "Submitted by"),
    ("@last_update_date", "Last update date"), ("@last_update_by", "Last update by"),
]


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (single-line entries suffice here)."""
    out, msgid = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^(msgid|msgstr) "(.*)"$', line.strip())
            if not m:
                continue
            if m.group(1) == "msgid":
                msgid = m.group(2)
            elif msgid:
                out[msgid] = m.group(2)
    return out


def when(text):
    t = dt.datetime.fromisoformat(text.strip())
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None)


def users(path):
    names = {}
    for u in ET.parse(path).getroot().iter("user"):
        login = (u.findtext("username") or "").strip()
        real = (u.findtext("realname") or "").strip()
        names[login] = f"{real} ({login})" if real else login
    return names


def rows_of(fixture, tracker_name):
    root = ET.parse(os.path.join(fixture, "project.xml")).getroot()
    people = users(os.path.join(fixture, "users.xml"))
    tracker = next(t for t in root.iter("tracker") if t.findtext("name") == tracker_name)
    by_id = {e.get("ID"): e for e in tracker.iter("formElement")}
    semantic = {s.get("type"): by_id[s.find("field").get("REF")].findtext("name")
                for s in tracker.find("semantics") if s.find("field") is not None}
    labels = {i.get("ID"): i.get("label") for i in tracker.iter("item") if i.get("ID")}
    rows = []
    for art in tracker.findall("./artifacts/artifact"):
        values = {}
        changesets = art.findall("changeset")
        for cs in changesets:
            for fc in cs.findall("field_change"):
                vals = [v for v in fc.findall("value")]
                if fc.get("type") == "list":
                    out = []
                    for v in vals:
                        text = (v.text or "").strip()
                        if not text or text == "None":
                            continue
                        if v.get("format") == "username":
                            out.append(people.get(text, text))
                        else:
                            out.append(labels.get("V" + text, labels.get(text, text)))
                    values[fc.get("field_name")] = ", ".join(out)
                else:
                    values[fc.get("field_name")] = (vals[0].text or "").strip() if vals else ""
        first, last = changesets[0], changesets[-1]
        row = {
            "@id": int(art.get("id")),
            "@title": values.get(semantic.get("title"), ""),
            "@description": values.get(semantic.get("description"), ""),
            "@status": values.get(semantic.get("status"), ""),
            "@assigned_to": values.get(semantic.get("contributor"), ""),
            "@submitted_on": when(first.findtext("submitted_on")),
            "@submitted_by": people.get(first.findtext("submitted_by").strip()),
            "@last_update_date": when(last.findtext("submitted_on")),
            "@last_update_by": people.get(last.findtext("submitted_by").strip()),
        }
        rows.append([row[c] if row[c] != "" else None for c, _ in COLUMNS])
    return rows


def save(book, path):
    book.properties.created = CREATED
    book.properties.modified = CREATED
    book.save(path)
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp, data)
            z.writestr(zipfile.ZipInfo(name, CREATED.timetuple()[:6]), data,
                       zipfile.ZIP_DEFLATED)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("tuleap")
    ap.add_argument("out")
    a = ap.parse_args()
    po = read_po(os.path.join(a.tuleap, PO.format(LANGS[a.lang]))) if LANGS[a.lang] else {}
    header = [po.get(msgid) or msgid for _, msgid in COLUMNS]
    os.makedirs(a.out, exist_ok=True)
    for name, fixture, tracker in FILES:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(header)
        for row in rows_of(os.path.join(a.tuleap, fixture), tracker):
            sheet.append(row)
        save(book, os.path.join(a.out, name))
        print(name, sheet.max_row - 1, "rows")


if __name__ == "__main__":
    main()
