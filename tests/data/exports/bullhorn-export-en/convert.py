"""Bullhorn export (en) from the sample records that Bullhorn's own open-source Data Loader
(bullhorn/dataloader, AGPL-3.0) ships as its load examples, at cf0e6b15.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) examples/load/ClientCorporation.csv,
ClientContact.csv, Lead.csv, Opportunity.csv, Note.csv, Task.csv and Appointment.csv: CSV
files headed by Bullhorn REST API field names (to-one associations as 'owner.name',
'clientCorporation.externalID'), space-padded for reading. Writes one file per entity, named
as the entity, with the headers and values stripped of that padding, in the source's column
and row order. Left out: the unconfigured custom-field placeholders (customText1-20,
customTextBlock1-5, customDate1-3, customFloat1-3, customInt1-3, correlatedCustom*), whose
values only say 'custom text field 2' -- except Lead's customText1, which holds the lead's
external key ('lead-ext-1') that Note, Task, Appointment and Opportunity refer to the lead by
('leads.customText1', 'lead.customText1'). Values as written (m/d/yy dates, TRUE/FALSE,
';'-joined lists). UTF-8, comma, LF, quoted where needed (Python's csv).
"""
import csv
import io
import os
import re
import subprocess
import sys

COMMIT = "cf0e6b15180601e5c7ac6c4fd3e5e1efbb361fde"
ENTITIES = ["ClientCorporation", "ClientContact", "Lead", "Opportunity", "Note", "Task",
            "Appointment"]
CUSTOM = re.compile(r"^(correlatedCustom\w+|custom(Text|TextBlock|Date|Float|Int)\d+)$")
KEEP = {("Lead", "customText1")}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    for entity in ENTITIES:
        rows = list(csv.reader(io.StringIO(show(gitdir, f"examples/load/{entity}.csv"))))
        header = [h.strip() for h in rows[0]]
        keep = [i for i, h in enumerate(header)
                if not CUSTOM.match(h) or (entity, h) in KEEP]
        with open(os.path.join(out, f"{entity}.csv"), "w", encoding="utf-8",
                  newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([header[i] for i in keep])
            for row in rows[1:]:
                if not any(c.strip() for c in row):
                    continue
                w.writerow([row[i].strip() if i < len(row) else "" for i in keep])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
