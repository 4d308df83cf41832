"""Flatten an API's JSON records into one CSV, as a consultant flattening the JSON would.

The shared rule of the exports recorded from a CRM's API by a client library's tests
(help-scout-python, capsule-crm-ruby; each SOURCE.md names it). Mechanical:

- a nested object becomes ``parent.child`` columns (at any depth: ``customer.email``,
  ``source.via``);
- a list of values is one cell, the values joined with ``"; "`` (``tags``, ``cc``);
- a list of objects is one ``parent.child`` cell per field, each field's values joined with
  ``"; "`` in the list's order (``emails.value``);
- null and an empty list are an empty cell; true/false and numbers as JSON writes them;
  strings unchanged.

The columns are the flattened fields in the order they first appear. No value is edited,
no row or column dropped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

JOIN = "; "


def _scalar(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def flatten(record: dict, prefix: str = "") -> dict[str, str]:
    """One record as ``{column: cell}`` by the rules above."""
    out: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list) and any(isinstance(v, dict) for v in value):
            parts: dict[str, list[str]] = {}
            for item in value:
                flat = (flatten(item, f"{name}.") if isinstance(item, dict)
                        else {name: _scalar(item)})
                for column, cell in flat.items():
                    parts.setdefault(column, []).append(cell)
            out.update({column: JOIN.join(cells) for column, cells in parts.items()})
        elif isinstance(value, list):
            out[name] = JOIN.join(_scalar(v) for v in value)
        else:
            out[name] = _scalar(value)
    return out


def write_csv(records: list[dict], path: Path) -> None:
    """The records' flattened rows as one CSV, columns in the order they first appear."""
    rows = [flatten(r) for r in records]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])
