"""Rebuild undb's "CRM" template export (see SOURCE.md): ours, not undb's code.

``python convert.py crm.base.json OUT_DIR`` writes one CSV per table of the template's base
(``Contacts.csv``, ``Deals.csv``, ``Activities.csv``, ``Companies.csv``) as undb's view
export "CSV" writes it (apps/backend/src/modules/table/table.module.ts: the records'
values by field name through json2csv, strings quoted): ``id`` (the template's record id,
which stands for the id undb gives the record when the template is installed), then each
field by its name in the table's schema order, then the symmetric field another table's
reference creates here (named after that table: Deals' "Contacts", Companies' "Contacts");
a select as its option's name, a reference as the referenced records' display field
(their Name) joined by ", ", a rollup computed as undb does (lookup: the referenced
records' values joined by ", "; count; sum), numbers, dates and texts as stored. Left out:
the system fields (created/updated at and by) whose values are the moment of installing,
and buttons.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

LEFT_OUT = {"button"}


def _links(tables: dict[str, Any]) -> dict[tuple[str, str, str], list[str]]:
    """(table, record id, field) links, both sides of every reference."""
    links: dict[tuple[str, str, str], list[str]] = {}
    for name, table in tables.items():
        for field, spec in table["schema"].items():
            if spec["type"] != "reference":
                continue
            foreign = spec["option"]["foreignTable"]["tableName"]
            back = name if spec["option"].get("createSymmetricField") else None
            for rec in table["records"]:
                for target in rec.get(field) or []:
                    links.setdefault((name, rec["id"], field), []).append(target)
                    if back:
                        links.setdefault((foreign, target, back), []).append(rec["id"])
            if back:  # the other side's records may name this side's
                for rec in tables[foreign]["records"]:
                    for source in rec.get(back) or []:
                        links.setdefault((foreign, rec["id"], back), []).append(source)
                        links.setdefault((name, source, field), []).append(rec["id"])
    return {k: list(dict.fromkeys(v)) for k, v in links.items()}


def convert(source: Path, out: Path) -> dict[str, int]:
    """Write the CSVs; return rows per table."""
    base = next(iter(json.loads(source.read_text(encoding="utf-8")).values()))
    tables = base["tables"]
    links = _links(tables)
    foreign_of: dict[tuple[str, str], str] = {}
    fields: dict[str, list[str]] = {}
    for name, table in tables.items():
        fields[name] = [f for f, s in table["schema"].items() if s["type"] not in LEFT_OUT]
        for field, spec in table["schema"].items():
            if spec["type"] == "reference":
                foreign = spec["option"]["foreignTable"]["tableName"]
                foreign_of[(name, field)] = foreign
                if spec["option"].get("createSymmetricField"):
                    foreign_of[(foreign, name)] = name
    for name in tables:  # symmetric fields, after the table's own
        for (other, field), _target in list(foreign_of.items()):
            if other == name and field not in fields[name]:
                fields[name].append(field)
    records = {(n, r["id"]): r for n, t in tables.items() for r in t["records"]}
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, table in tables.items():
        schema = table["schema"]
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC)
            writer.writerow(["id", *fields[name]])
            for rec in table["records"]:
                row: list[Any] = [rec["id"]]
                for field in fields[name]:
                    row.append(_value(name, rec, field, schema.get(field), tables, links,
                                      foreign_of, records))
                writer.writerow(row)
        counts[name] = len(table["records"])
    return counts


def _option(spec: dict[str, Any] | None, value: Any) -> Any:
    if spec and spec["type"] == "select":
        names = {o["id"]: o["name"] for o in spec["option"]["options"]}
        return names.get(value, value)
    return value


def _value(name: str, rec: dict[str, Any], field: str, spec: dict[str, Any] | None,
           tables: dict[str, Any], links: dict[tuple[str, str, str], list[str]],
           foreign_of: dict[tuple[str, str], str], records: dict[tuple[str, str], Any]) -> Any:
    kind = spec["type"] if spec else "reference"
    if kind == "reference":
        foreign = foreign_of[(name, field)]
        targets = links.get((name, rec["id"], field), [])
        return ", ".join(records[(foreign, t)]["Name"] for t in targets
                         if (foreign, t) in records) or None
    if kind == "rollup":
        ref = next(f for f, s in tables[name]["schema"].items()
                   if s.get("id") == spec["option"]["referenceFieldId"])
        foreign = foreign_of[(name, ref)]
        fschema = tables[foreign]["schema"]
        target_field = next((f for f, s in fschema.items()
                             if s.get("id") == spec["option"]["rollupFieldId"]), None)
        targets = [records[(foreign, t)] for t in links.get((name, rec["id"], ref), [])
                   if (foreign, t) in records]
        if spec["option"]["fn"] == "count":
            return len(targets)
        values = [_option(fschema.get(target_field), t.get(target_field)) for t in targets
                  if t.get(target_field) is not None]
        if spec["option"]["fn"] == "sum":
            return sum(values)
        return ", ".join(str(v) for v in values) or None
    value = _option(spec, rec.get(field))
    return value


if __name__ == "__main__":
    for table, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{table}: {count}")
