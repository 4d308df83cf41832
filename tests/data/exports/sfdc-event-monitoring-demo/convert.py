"""Salesforce CLI data-plan JSON (several ``*-plan.json`` files) -> one CSV per sObject.

Ours (keys21). ``python convert.py SRC_DATA_DIR OUT_DIR``: every ``*-plan.json`` in the
folder is read in name order; each step's record files become one CSV named after the
sObject (``Account.csv``, ``Contact.csv``, ``Opportunity.csv``); the header is ``Id`` first
(the record's ``referenceId``, the only id the plan gives a record), then every field the
records give, in the order first met. Values are the JSON values as written (numbers as JSON
writes them, ``true``/``false`` for booleans, a missing field an empty cell); a reference
``@AccountRef1`` would be written as the referenced record's id (``AccountRef1``).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    text = str(value)
    return text[1:] if text.startswith("@") else text


def convert(src: Path, out: Path) -> None:
    """Write one CSV per sObject of the plans in ``src``."""
    for plan in sorted(src.glob("*-plan.json")):
        for step in json.loads(plan.read_text(encoding="utf-8")):
            rows: list[dict[str, str]] = []
            for name in step["files"]:
                for rec in json.loads((src / name).read_text(encoding="utf-8"))["records"]:
                    row = {"Id": rec["attributes"]["referenceId"]}
                    row.update({k: _cell(v) for k, v in rec.items() if k != "attributes"})
                    rows.append(row)
            header: list[str] = []
            for row in rows:
                header += [k for k in row if k not in header]
            with (out / f"{step['sobject']}.csv").open("w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, header)
                w.writeheader()
                w.writerows(rows)


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    convert(source, target)
