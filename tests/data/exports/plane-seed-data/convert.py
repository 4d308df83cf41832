"""Plane's workspace seed data (apps/api/plane/seeds/data/*.json: the demo project a new
workspace starts with) -> one CSV per model, as a table export of Plane's models gives them
(see SOURCE.md). Ours; the data is not committed.

    python convert.py SEED_DIR OUT_DIR

One CSV per JSON file (a list of records), named after the file; the header is every key
the file's records use, in the order they first appear; values untouched: texts as they
are, numbers and booleans as JSON writes them (``true``), lists and objects as JSON text
(``[1, 2]``), a missing key or null an empty cell. References stay ids, as the seed gives
them (``state_id``, ``project_id``, ``module_ids``).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

TAKE = ["projects", "issues", "states", "labels", "cycles", "modules", "views"]


def cell(value: object) -> str:
    """A value as the CSV cell: texts unchanged, everything else as JSON writes it."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def main(seed_dir: str, out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for name in TAKE:
        records = json.loads((Path(seed_dir) / f"{name}.json").read_text(encoding="utf-8"))
        head = list(dict.fromkeys(k for r in records for k in r))
        with (dest / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(head)
            for r in records:
                w.writerow([cell(r.get(k)) for k in head])
        print(f"{name}.csv: {len(records)} rows x {len(head)} columns")


if __name__ == "__main__":
    main(*sys.argv[1:3])
