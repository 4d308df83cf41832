"""Eventbrite export (en) from the fixed Eventbrite API v3 records that
bethlakshmi/gbe-divio-djangocms-python2.7 (the Great Burlesque Expo's site, Apache-2.0) keeps
as its ticketing tests' mock responses, at 458b5934.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs; each module's top-level assignments are
read with ast.literal_eval) tests/ticketing/eb_organizations.py (GET
/users/me/organizations/), eb_event_list.py (GET /organizations/{id}/events/),
eb_ticket_list.py (GET /events/{id}/ticket_classes/ for each of the three events) and
eb_order_list.py (GET /events/{id}/attendees/). Writes organizations.csv, events.csv,
ticket_classes.csv and attendees.csv: one row per record in the responses' order, headed by
the API's field names in the record's order (the union over the file's records, first met
first), nested objects joined by '.' ('cost.major_value', 'profile.email', 'start.local'),
lists of plain values joined by ';' ('delivery_methods'), lists of objects (an attendee's
barcodes and answers) left out, as are columns no record fills and the event's 'logo' image
object (its crop box and image addresses; 'logo_id' is kept). The 'pagination' envelopes
are no records. Values as the API gives them: ISO 8601 timestamps, true/false, numbers as
written, null empty. UTF-8, comma-separated, LF, quoted where needed (Python's csv).
"""
import ast
import csv
import os
import subprocess
import sys

COMMIT = "458b5934cd50cbdd54f3113ebd27e4f4393da5af"
DIR = "tests/ticketing/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{DIR}{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def assignments(gitdir, path):
    """The module's top-level NAME = literal assignments, in order."""
    out = []
    for node in ast.parse(show(gitdir, path)).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            out.append((node.targets[0].id, ast.literal_eval(node.value)))
    return out


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flatten(record, prefix="", skip=()):
    row = {}
    for name, value in record.items():
        if not prefix and name in skip:
            continue
        col = prefix + name
        if isinstance(value, dict):
            row.update(flatten(value, col + "."))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                row[col] = ";".join(cell(v) for v in value)
        else:
            row[col] = cell(value)
    return row


def write(out, name, records, skip=()):
    rows = [flatten(r, skip=skip) for r in records]
    cols = []
    for row in rows:
        cols += [c for c in row if c not in cols]
    cols = [c for c in cols if any(row.get(c, "") != "" for row in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for row in rows:
            w.writerow([row.get(c, "") for c in cols])
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    orgs = [r for _, d in assignments(gitdir, "eb_organizations.py") for r in d["organizations"]]
    events = [r for _, d in assignments(gitdir, "eb_event_list.py") for r in d["events"]]
    tickets = [r for _, d in assignments(gitdir, "eb_ticket_list.py")
               for r in d["ticket_classes"]]
    attendees = [r for _, d in assignments(gitdir, "eb_order_list.py") for r in d["attendees"]]
    for name, records, skip in (("organizations.csv", orgs, ()),
                                ("events.csv", events, ("logo",)),
                                ("ticket_classes.csv", tickets, ()),
                                ("attendees.csv", attendees, ())):
        print(name, write(out, name, records, skip))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
