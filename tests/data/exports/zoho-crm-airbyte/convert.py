"""Turn Airbyte's Zoho CRM connector records (JSONL) into one CSV per Zoho module.

Usage: python convert.py RECORDS.jsonl OUT_DIR

Mechanical, as a CSV destination with root-level flattening writes a stream: each record's
``data`` becomes a row; the columns are its top-level fields in the order they first
appear in the stream; nested objects and lists (``Owner``, ``Account_Name``,
``Product_Details``...) are JSON text, null an empty cell, numbers and true/false as JSON
writes them. No value is edited, no row or column dropped. The file is named after the
Zoho module the stream reads (``incremental_sales__orders_zoho_crm_stream`` ->
``Sales_Orders.csv``), the name Zoho's own export gives the module's file.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

PREFIX, SUFFIX = "incremental_", "_zoho_crm_stream"


def module_name(stream: str) -> str:
    """``incremental_price__books_zoho_crm_stream`` -> ``Price_Books``."""
    core = stream.removeprefix(PREFIX).removesuffix(SUFFIX)
    return "_".join(part.capitalize() for part in core.split("__"))


def cell(value: object) -> str:
    """A value as the CSV cell a JSON-to-CSV destination writes."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main(records_path: str, out_dir: str) -> None:
    streams: dict[str, list[dict]] = {}
    for line in Path(records_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            streams.setdefault(record["stream"], []).append(record["data"])
    for stream, rows in streams.items():
        columns = list(dict.fromkeys(key for row in rows for key in row))
        path = Path(out_dir) / f"{module_name(stream)}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])


if __name__ == "__main__":
    main(*sys.argv[1:3])
