"""Salesforce CLI data trees (``sf data export tree`` JSON) -> one CSV per sObject.

Used for the salesforce-lwc-recipes, salesforce-coral-cloud and salesforce-dreamhouse
exports (see each one's SOURCE.md). The CSVs look like a Salesforce Data Export / Data
Loader extract: a file per sObject named by its API name (``Account.csv``,
``Experience__c.csv``), an ``Id`` column, then the fields under their API names in the
order they first appear, values untouched. The tree's ``referenceId`` is the record's
``Id``; a lookup written ``@<referenceId>`` is that record's ``Id`` (the ``@`` dropped).
A field a record lacks is empty; a number or boolean is written as JSON writes it.

    python convert.py GIT_DIR COMMIT OUT_DIR data/Accounts.json [data/Contacts.json ...]
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path


def _value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v[1:] if v.startswith("@") else v
    if isinstance(v, dict):
        raise ValueError("nested child records are not handled (none in these trees)")
    return json.dumps(v)


def convert(git_dir: str, commit: str, out: Path, paths: list[str]) -> dict[str, int]:
    """Write one CSV per sObject type found in ``paths`` (read from ``commit``)."""
    rows: dict[str, list[dict[str, str]]] = {}
    for path in paths:
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                              check=True, capture_output=True, text=True).stdout
        for rec in json.loads(text)["records"]:
            attrs = rec["attributes"]
            row = {"Id": attrs["referenceId"]}
            row.update({k: _value(v) for k, v in rec.items() if k != "attributes"})
            rows.setdefault(attrs["type"], []).append(row)
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
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4:]))
