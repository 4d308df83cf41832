"""Frappe Books' fixed dummy records (dummy/parties.json, dummy/items.json) -> the CSVs its
Export Wizard writes (src/utils/export.ts, getCsvExportData). Ours; see SOURCE.md:

    python convert.py GIT_DIR OUT_DIR

Rules, as export.ts does them for a schema's list:
- columns: the schema's fields (schemas/app/<Schema>.json, then the Indian regional fields of
  schemas/regional/in/<Schema>.json, as the dummy company is Indian) that have a label and are
  not computed, without image/attachment fields; a Table field's child fields follow the
  parent's (no rows here, so empty); meta fields (created, modified...) are left out: the
  dummy sets none;
- two header rows: the labels, then ``<Schema>.<fieldname>``; then one row per record;
- a value is the record's own; a field the record leaves out takes the schema's default (what
  the app stores on insert); otherwise empty; ``null`` -> empty; Check fields 0/1.
- the file is named as the wizard names it: the schema label, lower case, spaces -> ``-``.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "7c35767811762e59573f62bfff936cb9e3016bda"
SOURCES = {"Party": "dummy/parties.json", "Item": "dummy/items.json"}
EXCLUDED = {"AttachImage", "Attachment"}


def _show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def _schema(git_dir: str, name: str) -> dict:
    schema = json.loads(_show(git_dir, f"schemas/app/{name}.json"))
    try:
        regional = json.loads(_show(git_dir, f"schemas/regional/in/{name}.json"))
    except subprocess.CalledProcessError:
        regional = {"fields": []}
    fields = {f["fieldname"]: f for f in schema["fields"]}
    for f in regional["fields"]:
        fields[f["fieldname"]] = {**fields.get(f["fieldname"], {}), **f}
    schema["fields"] = list(fields.values())
    return schema


def _exported(fields: list[dict]) -> list[dict]:
    return [f for f in fields if f.get("label") and not f.get("computed")
            and f.get("fieldtype") not in EXCLUDED]


def _value(record: dict, field: dict) -> object:
    v = record.get(field["fieldname"], field.get("default"))
    if v is None:
        return ""
    if field.get("fieldtype") == "Check":
        return int(bool(v))
    return v


def main(git_dir: str, out_dir: str) -> None:
    """One CSV per schema, as the Export Wizard writes it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, path in SOURCES.items():
        schema = _schema(git_dir, name)
        parent = [f for f in _exported(schema["fields"]) if f["fieldtype"] != "Table"]
        child: list[tuple[str, dict]] = []
        for tf in (f for f in _exported(schema["fields"]) if f["fieldtype"] == "Table"):
            target = tf["target"]
            tschema = json.loads(_show(git_dir, _schema_path(git_dir, target)))
            child += [(target, f) for f in _exported(tschema["fields"]) if f["fieldname"] != "name"]
        records = json.loads(_show(git_dir, path))
        with open(out / f"{schema['label'].lower().replace(' ', '-')}.csv", "w",
                  encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow([f["label"] for f in parent] + [f["label"] for _, f in child])
            w.writerow([f"{name}.{f['fieldname']}" for f in parent]
                       + [f"{t}.{f['fieldname']}" for t, f in child])
            for r in records:
                w.writerow([_value(r, f) for f in parent] + ["" for _ in child])


def _schema_path(git_dir: str, name: str) -> str:
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only",
                              COMMIT, "schemas/app"], check=True, capture_output=True,
                             text=True).stdout.split()
    return next(p for p in listing if p.endswith(f"/{name}.json"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
