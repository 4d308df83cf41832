"""Salesforce CLI data-plan JSON and an Action Plans template export (XML) -> one CSV per object.

Ours (keys16): the converter of salesforce-multiframework-recipes and salesforcelabs-
actionplans. ``python tests/data/exports/salesforce_plans.py SRC_DATA_DIR OUT_DIR``: each plan
file's records become one CSV named after the sObject (``Account.csv``, ``Contact.csv``); the
header is every field the records give, in the order first met, plus ``Id`` first (the record's
``referenceId``, the only id the plan gives a record); a reference ``@AccountRef10`` is written
as the referenced record's id (``AccountRef10``). Values are the JSON values as written (numbers
as JSON writes them, ``true``/``false`` for booleans). The template export XML gives one CSV per
record element (``ActionPlanTemplate.csv``, ``TaskTemplate.csv``): children as columns in the
order first met, the form encoding of the export undone (``+`` is a space, ``%3A`` a colon).
"""

from __future__ import annotations

import csv
import json
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    header: list[str] = []
    for row in rows:
        header += [k for k in row if k not in header]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, header)
        w.writeheader()
        w.writerows(rows)


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    text = str(value)
    return text[1:] if text.startswith("@") else text


def plan(src: Path, out: Path) -> None:
    for step in json.loads((src / "data-plan.json").read_text(encoding="utf-8")):
        rows = []
        for name in step["files"]:
            for rec in json.loads((src / name).read_text(encoding="utf-8"))["records"]:
                row = {"Id": rec["attributes"]["referenceId"]}
                row.update({k: _cell(v) for k, v in rec.items() if k != "attributes"})
                rows.append(row)
        _write(out / f"{step['sobject']}.csv", rows)


def template(xml_file: Path, out: Path) -> None:
    root = ET.parse(xml_file).getroot()
    found: dict[str, list[dict[str, str]]] = {}
    for parent in root:
        elems = [parent] if parent.tag == "ActionPlanTemplate" else list(parent)
        if parent.tag == "meta":
            continue
        for el in elems:
            found.setdefault(el.tag, []).append(
                {c.tag: urllib.parse.unquote_plus(c.text or "") for c in el})
    for tag, rows in found.items():
        _write(out / f"{tag}.csv", rows)


if __name__ == "__main__":
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    plan(src, out)
    for xml_file in sorted(src.glob("*.xml")):
        template(xml_file, out)
