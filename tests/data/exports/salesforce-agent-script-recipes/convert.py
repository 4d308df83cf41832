"""Salesforce CLI data plan (``sf data import tree --plan``) -> one CSV per sObject.

Ours (keys58), for the salesforce-agent-script-recipes export (see SOURCE.md). The same
rules as ``../salesforce-lwc-recipes/convert.py`` (a Data Export / Data Loader look: a file
per sObject named by its API name, an ``Id`` column from the tree's ``referenceId``, fields
under their API names in the order first met, values untouched, a lookup ``@<referenceId>``
written as that record's ``Id``), plus two the plan needs:

- the files are those the plan's steps list, in the plan's order (several steps, even
  several files, may load one sObject: their records go to one CSV);
- a parent's nested child records (``"Contacts": {"records": [...]}``) become rows of the
  child's own CSV, with the lookup to the parent the tree leaves implicit written as the
  standard lookup field ``<ParentType>Id`` (a Contact's or an Order's ``AccountId``) right
  after ``Id``, as an export of that sObject carries it.

    python convert.py GIT_DIR COMMIT OUT_DIR [data/data-plan.json]
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path, PurePosixPath


def _show(git_dir: str, commit: str, path: str) -> object:
    text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout
    return json.loads(text)


def _value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v[1:] if v.startswith("@") else v
    return json.dumps(v)


def _flatten(rec: dict, rows: dict[str, list[dict[str, str]]],
             parent: tuple[str, str] | None = None) -> None:
    attrs = rec["attributes"]
    row = {"Id": attrs["referenceId"]}
    if parent:
        row[f"{parent[0]}Id"] = parent[1]
    children = []
    for k, v in rec.items():
        if k == "attributes":
            continue
        if isinstance(v, dict) and "records" in v:
            children += v["records"]
        else:
            row[k] = _value(v)
    rows.setdefault(attrs["type"], []).append(row)
    for child in children:
        _flatten(child, rows, (attrs["type"], attrs["referenceId"]))


def convert(git_dir: str, commit: str, out: Path,
            plan: str = "data/data-plan.json") -> dict[str, int]:
    base = PurePosixPath(plan).parent
    rows: dict[str, list[dict[str, str]]] = {}
    for step in _show(git_dir, commit, plan):
        for name in step["files"]:
            for rec in _show(git_dir, commit, str(base / name))["records"]:
                _flatten(rec, rows)
    out.mkdir(parents=True, exist_ok=True)
    for sobject, recs in rows.items():
        header: list[str] = []
        for r in recs:
            header += [k for k in r if k not in header]
        with open(out / f"{sobject}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header, quoting=csv.QUOTE_MINIMAL)
            w.writeheader()
            w.writerows(recs)
    return {s: len(r) for s, r in rows.items()}


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]), *sys.argv[4:5]))
