"""Turn a Django-CRM (MicroPyramid) industry pack into one CSV per model.

Usage: python convert.py PACK.json OUT_DIR

Mechanical: each list in the pack becomes ``<list>.csv`` (the sample records under
``sample_data``, and the pack's products, tags, custom field definitions and the stages of
its three pipelines); the columns are the record's keys as the pack names them (the model
field names Django-CRM's pack applier passes on), in the order they first appear; a lead's
``custom_fields`` object becomes one column per custom field key, after the others; lists
and objects (a ticket's contacts, a dropdown's options) are JSON text, numbers and
true/false as JSON writes them, a missing key an empty cell. No value is edited.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def cell(value: object) -> str:
    """A value as the CSV cell a JSON-to-CSV export writes."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def write(out: Path, name: str, rows: list[dict]) -> None:
    """One CSV: the keys in first-seen order, custom fields flattened last."""
    columns: dict[str, None] = {}
    custom: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key == "custom_fields":
                custom.update(dict.fromkeys(row[key] or {}))
            else:
                columns[key] = None
    with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([*columns, *custom])
        for row in rows:
            extra = row.get("custom_fields") or {}
            w.writerow([cell(row.get(c)) for c in columns] + [cell(extra.get(c)) for c in custom])


def main(pack_path: str, out_dir: str) -> None:
    pack = json.loads(Path(pack_path).read_text(encoding="utf-8"))
    out = Path(out_dir)
    for name, rows in pack["sample_data"].items():
        write(out, name, rows)
    for name in ("products", "tags", "custom_fields"):
        write(out, name, pack.get(name) or [])
    for pipeline in ("lead_pipeline", "case_pipeline", "task_pipeline"):
        write(out, pipeline.replace("pipeline", "stages"), pack[pipeline]["stages"])


if __name__ == "__main__":
    main(*sys.argv[1:3])
