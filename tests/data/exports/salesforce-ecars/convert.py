"""eCars' Salesforce CLI data trees (``sf data import tree`` JSON) -> one CSV per sObject.

The salesforce-ecars export (SOURCE.md beside this file). The files its data plan
(``data/data-plan.json``) loads, in the plan's order, written as a Salesforce Data Loader /
Data Export extract writes an object: a file per sObject named by its API name
(``Contact.csv``, ``Vehicle__c.csv``), an ``Id`` column first, then the fields under their
API names in the order they first appear in the tree, values untouched. The tree's
``referenceId`` is the record's ``Id``; a lookup written ``@<referenceId>`` is that record's
``Id`` (the ``@`` dropped). A field a record lacks is empty; a number or boolean is written
as JSON writes it. UTF-8, no byte-order mark, CRLF line ends and minimal quoting (Python's
csv defaults), so a rerun gives the same bytes.

    python convert.py GIT_DIR COMMIT OUT_DIR

GIT_DIR is a git directory of trailheadapps/ecars holding COMMIT (``fetch
github:trailheadapps/ecars``); the files are read with ``git show`` from COMMIT itself.
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

PLAN = "data/data-plan.json"


def _show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def _value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v[1:] if v.startswith("@") else v
    if isinstance(v, (dict, list)):
        raise ValueError("nested child records are not handled (none in these trees)")
    return json.dumps(v)


def convert(git_dir: str, commit: str, out: Path) -> dict[str, int]:
    """Write one CSV per sObject the plan loads; print every file read with its SHA-256."""
    plan_bytes = _show(git_dir, commit, PLAN)
    print(f"read {hashlib.sha256(plan_bytes).hexdigest()}  {PLAN}")
    rows: dict[str, list[dict[str, str]]] = {}
    for step in json.loads(plan_bytes):
        for name in step["files"]:
            path = f"data/{name}"
            raw = _show(git_dir, commit, path)
            print(f"read {hashlib.sha256(raw).hexdigest()}  {path}")
            for rec in json.loads(raw)["records"]:
                attrs = rec["attributes"]
                if attrs["type"] != step["sobject"]:
                    raise ValueError(f"{path}: a {attrs['type']} under {step['sobject']}")
                row = {"Id": attrs["referenceId"]}
                row.update({k: _value(v) for k, v in rec.items() if k != "attributes"})
                rows.setdefault(attrs["type"], []).append(row)
    out.mkdir(parents=True, exist_ok=True)
    for sobject, recs in rows.items():
        header: list[str] = []
        for r in recs:
            header += [k for k in r if k not in header]
        target = out / f"{sobject}.csv"
        with open(target, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header, quoting=csv.QUOTE_MINIMAL)
            w.writeheader()
            w.writerows(recs)
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        print(f"wrote {digest}  {target.name}  {len(recs)} rows")
    return {s: len(r) for s, r in rows.items()}


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
