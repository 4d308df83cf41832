"""Turn dlt's HubSpot verified-source test records into one CSV per HubSpot object.

Usage: python convert.py VERIFIED_SOURCES_CHECKOUT OUT_DIR

Reads ``tests/hubspot/mock_data.py`` of a dlt-hub/verified-sources checkout (Python literals,
parsed with ``ast``, never run) and writes what the HubSpot source's ``fetch_data``
(``sources/hubspot/helpers.py``) yields for each object, as dlt's normaliser lays it out:

- one table per object, named as the source's resources are (``companies``, ``contacts``,
  ``deals``, ``products``, ``tickets``, ``quotes``), written as ``<table>.csv``;
- a row is the record's ``properties`` (HubSpot's internal property names), with the
  record's ``id`` added after them when the properties lack one, as ``fetch_data`` does;
  the API's ``createdAt``, ``updatedAt`` and ``archived`` outside ``properties`` are not
  part of what the source yields;
- columns in the order they first appear; a column that is null in every row is not
  written (dlt creates no column for a field it has only seen as null);
- values as the API gives them (text), null as an empty cell. dlt's own bookkeeping
  columns (``_dlt_load_id``, ``_dlt_id``: a load's timestamp and random row ids) are left
  out, and no type coercion is applied.

No value is edited, no row dropped.
"""

from __future__ import annotations

import ast
import csv
import sys
from pathlib import Path

OBJECTS = ("companies", "contacts", "deals", "products", "tickets", "quotes")


def literals(path: Path) -> dict[str, object]:
    """Top-level ``name = <literal>`` assignments of a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return out


def rows_of(response: dict) -> list[dict]:
    rows = []
    for result in response["results"]:
        row = dict(result.get("properties", result))
        if "id" not in row and "id" in result:
            row["id"] = result["id"]
        rows.append(row)
    return rows


def main(checkout: str, out_dir: str) -> None:
    data = literals(Path(checkout) / "tests" / "hubspot" / "mock_data.py")
    for name in OBJECTS:
        rows = rows_of(data[f"mock_{name}_data"])
        columns = [c for c in dict.fromkeys(k for row in rows for k in row)
                   if any(row.get(c) is not None for row in rows)]
        with (Path(out_dir) / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if row.get(c) is None else str(row.get(c))
                                 for c in columns])


if __name__ == "__main__":
    main(*sys.argv[1:3])
