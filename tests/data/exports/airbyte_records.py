"""Turn an Airbyte connector's recorded records (JSONL) into one CSV per stream.

Usage: python airbyte_records.py RECORDS.jsonl OUT_DIR

The one converter of the exports recorded by Airbyte's connectors whose stream is the file
(freshsales-airbyte, pipedrive-airbyte, zendesk-chat-airbyte, zendesk-talk-airbyte; each
SOURCE.md names it). Mechanical, as Airbyte's CSV destination with root-level flattening
writes a stream: each record's ``data`` becomes a row of ``<stream>.csv``; the columns are
its top-level fields in the order they first appear in the stream; nested objects and lists
are compact JSON text, null an empty cell, numbers and true/false as JSON writes them,
strings unchanged. No value is edited, no row or column dropped.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path


def cell(value: object) -> str:
    """A value as the CSV cell a JSON-to-CSV destination writes."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main(records_path: str, out_dir: str,
         file_name: Callable[[str], str] = lambda stream: stream) -> None:
    """One CSV per stream, named ``file_name(stream) + ".csv"`` (zoho-crm-airbyte's converter
    names each after the Zoho module its stream reads)."""
    streams: dict[str, list[dict]] = {}
    for line in Path(records_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            streams.setdefault(record["stream"], []).append(record["data"])
    for stream, rows in streams.items():
        columns = list(dict.fromkeys(key for row in rows for key in row))
        path = Path(out_dir) / f"{file_name(stream)}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])


if __name__ == "__main__":
    main(*sys.argv[1:3])
