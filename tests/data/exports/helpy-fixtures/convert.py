"""Helpy's Rails test fixtures -> one CSV per table, as an admin's table export writes it.

Ours (not Helpy's). Reads ``test/fixtures/<table>.yml`` from a Helpy git checkout at a commit
(``git show``), and writes ``<table>.csv``: one row per fixture record in the file's order,
columns = the record keys in order of first appearance (``id`` first: every record sets it),
values untouched except as text: YAML true/false -> ``true``/``false`` (how Rails writes a
boolean), an empty value -> empty cell, numbers as written. The fixture labels (``admin:``,
``pending:``) are Rails' names for the rows, not data, and are dropped; so are the comments
(the schema notes at the top of each file).

    python convert.py /path/to/helpy.git 26aff0e485aee91f41098ee986cfe750746dcfee OUT
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import yaml

TABLES = ["users", "topics", "posts", "forums", "categories", "docs"]


def _text(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def convert(repo: str, commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        raw = subprocess.run(["git", "--git-dir", repo, "show",
                              f"{commit}:test/fixtures/{table}.yml"],
                             check=True, capture_output=True, text=True).stdout
        records = list((yaml.safe_load(raw) or {}).values())
        columns: list[str] = []
        for rec in records:
            for key in rec:
                if key not in columns:
                    columns.append(key)
        with (out / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for rec in records:
                writer.writerow([_text(rec.get(c)) for c in columns])


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
