"""osTicket's installer data (include/i18n/en_US/*.yaml) -> one CSV per file (ours).

    python convert.py source/ .

Each YAML list (or map of named entries) becomes one CSV: one row per entry, its keys as
columns in the order first met, nested `fields` (an organization's custom fields) flattened
to their own names, a named entry's name as a first column `key`. Block texts keep their
line breaks minus the trailing newline. The single welcome ticket (templates/ticket/
installed.yaml) is one row of tickets.csv. One fix before parsing: organization.yaml writes
`address:|` without the space YAML needs (osTicket's own parser reads it as a block); the
space is added. No value is edited otherwise, no entry dropped.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

FILES = {"organization.yaml": "organizations.csv", "department.yaml": "departments.csv",
         "help_topic.yaml": "help_topics.csv", "sla.yaml": "sla.csv",
         "priority.yaml": "priorities.csv", "installed.yaml": "tickets.csv"}


def rows_of(data) -> list[dict]:
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        return [{"key": k, **v} for k, v in data.items()]
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        row = {}
        for k, v in item.items():
            if isinstance(v, dict):
                row.update(v)
            else:
                row[k] = v
        out.append(row)
    return out


def cell(v) -> str:
    if v is None:
        return ""
    return v.rstrip("\n") if isinstance(v, str) else str(v)


def main(src: Path, out: Path) -> None:
    for name, target in FILES.items():
        text = (src / name).read_text(encoding="utf-8").replace("address:|", "address: |")
        rows = rows_of(yaml.safe_load(text))
        cols: list[str] = []
        for r in rows:
            cols += [c for c in r if c not in cols]
        with (out / target).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([cell(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
