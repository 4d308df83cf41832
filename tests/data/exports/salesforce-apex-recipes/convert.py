"""Apex Recipes' sample data plan (data/*.json: sObject trees the Salesforce CLI imports with
``sf data import tree --plan``) written as one CSV per plan file: each record one row, its
nested ``attributes`` flattened to ``attributes.type`` and ``attributes.referenceId`` as a JSON
flattener names them, the columns in the order the records first give them, values exactly
as the JSON holds them (numbers written as JSON writes them; a reference to another record
stays ``@AccountRef10``).

    python convert.py REPO_GIT_DIR COMMIT OUT_DIR

Ours: see SOURCE.md.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

FILES = ["Accounts", "Contacts", "Opportunities", "Campaigns", "Junction"]


def _flat(record: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in record.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[prefix + k] = v
    return out


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return json.dumps(v)


def main(git_dir: str, commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        raw = subprocess.check_output(["git", "--git-dir", git_dir, "show",
                                       f"{commit}:data/{name}.json"])
        rows = [_flat(r) for r in json.loads(raw)["records"]]
        header: list[str] = []
        for r in rows:
            header += [k for k in r if k not in header]
        with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows:
                w.writerow([_text(r.get(k)) for k in header])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
