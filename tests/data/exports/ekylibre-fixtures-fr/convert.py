"""Ekylibre's test fixtures (test/fixtures/<table>.yml: rows of its demo farm's database)
-> one CSV per table under Ekylibre's French field labels. Ours; see SOURCE.md:

    python convert.py GIT_DIR OUT_DIR

Rules:
- columns: the table's columns as the fixture's own schema header lists them (``#  name
  :type``, alphabetical, as annotate writes them), without the technical ones no export shows
  (``lock_version``, ``creator_id``, ``updater_id``, ``provider``: the JSON note of which
  outside system a row was imported from, ``picture_*`` file fields);
- header: each column's French label as Ekylibre's ``human_attribute_name`` finds it in
  config/locales/fra/models.yml: the model's own ``activerecord.attributes.<model>.<column>``,
  else the shared ``attributes.<column>``, else for a reference ``<name>_id`` the label of
  ``<name>`` (how Ekylibre's lists title a reference column), else Rails' default (the
  column name humanized: ``_id`` dropped, ``_`` -> space, first letter upper case). Two
  columns with the same label keep the first label; the later one gets ``<label> (<column>)``
  so no header repeats;
- values untouched: every scalar read as the text the fixture writes (no date, number or
  boolean parsing); a nested map (``custom_fields``, ``codes``: JSON columns) as compact
  JSON; a missing key -> empty; a reference stays the referenced row's id, as the database
  holds it. Rows in the fixture's order.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

COMMIT = "4c6532cfde377dcc36a97b38942d910fb2b6fa78"
TABLES = {"entities": "entity", "entity_addresses": "entity_address",
          "entity_links": "entity_link", "events": "event",
          "event_participations": "event_participation", "tasks": "task", "sales": "sale",
          "sale_items": "sale_item", "incoming_payments": "incoming_payment"}
TECHNICAL = {"lock_version", "creator_id", "updater_id", "provider"}


def _show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def _label(column: str, model: str, labels: dict, shared: dict) -> str:
    own = labels.get(model) or {}
    if column in own:
        return str(own[column])
    if column in shared and isinstance(shared[column], str):
        return shared[column]
    if column.endswith("_id"):
        base = column[:-3]
        if base in own:
            return str(own[base])
        if isinstance(shared.get(base), str):
            return shared[base]
        column = base
    text = column.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def main(git_dir: str, out_dir: str) -> None:
    """One CSV per table."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fra = yaml.safe_load(_show(git_dir, "config/locales/fra/models.yml"))["fra"]
    labels, shared = fra["activerecord"]["attributes"], fra["attributes"]
    for table, model in TABLES.items():
        text = _show(git_dir, f"test/fixtures/{table}.yml")
        columns = [m.group(1) for m in re.finditer(r"^#  (\w+)\s+:\w", text, re.M)]
        columns = [c for c in columns if c not in TECHNICAL and not c.startswith("picture_")]
        rows = yaml.load(text, Loader=yaml.BaseLoader) or {}
        header: list[str] = []
        for c in columns:
            lab = _label(c, model, labels, shared)
            header.append(lab if lab not in header else f"{lab} ({c})")
        with open(out / f"{table}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in rows.values():
                w.writerow([_cell(row.get(c)) for c in columns])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
