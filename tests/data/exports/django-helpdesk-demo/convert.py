"""django-helpdesk's demo fixture (demodesk/fixtures/demo.json) -> one CSV per database table.

Why: the fixture is what `manage.py loaddata` writes into the database; a CSV per table of
that database (as `psql \\copy <table> to ... csv header` or an admin's table dump gives it)
is the export a help desk's owner would hand over. Rules, mechanical:

- one file per model, named as Django names its table: `<app_label>_<model>.csv`
  (`helpdesk.ticket` -> `helpdesk_ticket.csv`, `auth.user` -> `auth_user.csv`);
- first column `id` (the fixture's `pk`), then the fields in the fixture's order (the model's
  field order, as dumpdata writes them);
- a foreign key is its database column `<field>_id` holding the referenced row's id;
  many-to-many fields (a user's `groups`, `user_permissions`) live in join tables the fixture
  leaves empty, so they have no column;
- values untouched: text as it is, numbers as they are, JSON true/false as `true`/`false`,
  null as an empty cell.

Usage: python convert.py /path/to/django-helpdesk.git COMMIT OUTDIR
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

FIXTURE = "demodesk/fixtures/demo.json"
# foreign keys of the models in the fixture (helpdesk/models.py, django.contrib.auth)
FOREIGN_KEYS = {
    "helpdesk.ticket": {"queue", "assigned_to", "kbitem", "merged_to"},
    "helpdesk.followup": {"ticket", "user"},
    "helpdesk.followupattachment": {"followup"},
    "helpdesk.ticketcc": {"ticket", "user"},
    "helpdesk.kbitem": {"category"},
    "helpdesk.queue": {"default_owner"},
}
MANY_TO_MANY = {"auth.user": {"groups", "user_permissions"}}


def cell(value: object) -> str:
    """A fixture value as the database's CSV dump writes it."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(repo: str, commit: str, out: str) -> None:
    """Write one CSV per model of the fixture into ``out``."""
    text = subprocess.check_output(["git", "-C", repo, "show", f"{commit}:{FIXTURE}"])
    rows: dict[str, list[dict[str, str]]] = {}
    for obj in json.loads(text):
        model = obj["model"]
        fks = FOREIGN_KEYS.get(model, set())
        row = {"id": cell(obj["pk"])}
        for name, value in obj["fields"].items():
            if name in MANY_TO_MANY.get(model, set()):
                continue
            row[f"{name}_id" if name in fks else name] = cell(value)
        rows.setdefault(model, []).append(row)
    Path(out).mkdir(parents=True, exist_ok=True)
    for model, records in rows.items():
        header: list[str] = []
        for r in records:
            header += [k for k in r if k not in header]
        path = Path(out) / (model.replace(".", "_") + ".csv")
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(records)


if __name__ == "__main__":
    main(*sys.argv[1:4])
