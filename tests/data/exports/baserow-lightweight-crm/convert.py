"""Rebuild a Baserow template's export (the "Lightweight CRM" here, see SOURCE.md; other
templates' exports name this file in theirs): ours, not Baserow's code.

``python convert.py lightweight-crm.json OUT_DIR`` writes one CSV per table of the template's
database (``Companies.csv``, ``Contacts.csv``, ``Pipelines.csv``, ``Activities.csv``,
``Employees.csv``) as Baserow's CSV export of a table writes it: ``id`` (the row id) then
every field by its display name in the table's field order; a single select as its option's
text, a multiple select as its options' texts joined by ", ", a link to another table as the
linked rows' primary values joined by ", ", a file field as its files' visible names joined
by ", ", other values as stored. Left out: the
computed fields (formula, rollup, count, lookup), whose values the template does not store,
links to a table whose primary field is computed (Activities), and the password field.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

COMPUTED = {"formula", "rollup", "count", "lookup", "password"}


def _tables(template: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for app in template["export"] if app["type"] == "database" for t in app["tables"]]


def convert(source: Path, out: Path) -> dict[str, int]:
    """Write the CSVs; return rows per table."""
    tables = _tables(json.loads(source.read_text(encoding="utf-8")))
    by_id = {t["id"]: t for t in tables}
    primary = {t["id"]: next(f for f in t["fields"] if f.get("primary")) for t in tables}
    options = {o["id"]: o["value"] for t in tables for f in t["fields"]
               for o in f.get("select_options", [])}
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in tables:
        fields = [f for f in sorted(table["fields"], key=lambda f: f["order"])
                  if f["type"] not in COMPUTED
                  and not (f["type"] == "link_row"
                           and primary[f["link_row_table_id"]]["type"] in COMPUTED)]
        with (out / f"{table['name']}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", *(f["name"] for f in fields)])
            for row in table["rows"]:
                writer.writerow([row["id"], *(_value(f, row.get(f"field_{f['id']}"), by_id,
                                                     primary, options) for f in fields)])
        counts[table["name"]] = len(table["rows"])
    return counts


def _value(field: dict[str, Any], value: Any, by_id: dict[int, dict[str, Any]],
           primary: dict[int, dict[str, Any]], options: dict[int, str]) -> str:
    """One cell as Baserow's CSV export writes it."""
    if value is None:
        return ""
    kind = field["type"]
    if kind == "single_select":
        return options.get(value, "") if isinstance(value, int) else str(value)
    if kind == "multiple_select":
        return ", ".join(options.get(v, "") if isinstance(v, int) else str(v) for v in value)
    if kind == "link_row":
        target = by_id[field["link_row_table_id"]]
        key = f"field_{primary[target['id']]['id']}"
        rows = {r["id"]: r for r in target["rows"]}
        return ", ".join(str(rows[i].get(key) or "") for i in value if i in rows)
    if kind == "file":
        return ", ".join(f.get("visible_name", "") for f in value)
    return str(value)


if __name__ == "__main__":
    for name, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{name}: {count}")
