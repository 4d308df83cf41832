"""A CumulusCI data set (SQL dump + mapping file) -> one CSV per object, as a Data Export gives it.

Ours (keys22): the converter of salesforce-npsp-qa, salesforce-eda-qa, salesforce-pmm-sample and
salesforce-outbound-funds. ``python tests/data/exports/cumulusci_datasets.py DUMP.sql MAPPING.yml
OUT_DIR``. The dump (SQLite SQL, as ``cci task run extract_dataset`` writes it) is loaded into an
in-memory SQLite database; each step of the mapping file (``sf_object``, ``table``, ``fields``,
``lookups``) gives the object's CSV, named after the object's API name (``Account.csv``,
``npe03__Recurring_Donation__c.csv``). The header is ``Id`` (the dump's record id: the table's
key column, or the field the mapping maps ``Id`` to), then the mapping's fields, then its lookups,
each under the field's API name; a lookup holds the referenced record's id in the dump, exactly
as the dump writes it. The dump's column of a field is the one the mapping names; of a lookup,
``key_field`` when given, else the column whose name equals the field's or its snake-case form
(``AccountId`` -> ``account_id``), case folded. Values are untouched (``''`` for NULL). Steps
of the same object are merged; a row the dump's own key rejects (a repeated id) is left out;
so are objects with no rows and the ``*_rt_mapping`` tables.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import sys
from pathlib import Path

import yaml


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _column(columns: list[str], field: str, key_field: str | None = None) -> str | None:
    by_fold = {c.lower(): c for c in columns}
    for want in (key_field, field, _snake(field)):
        if want and want.lower() in by_fold:
            return by_fold[want.lower()]
    return None


def _load(dump: Path) -> sqlite3.Connection:
    """The dump, statement by statement: an INSERT its own key rejects (a second row under
    an id already given) is left out and named on stderr."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    statement = ""
    for line in dump.read_text(encoding="utf-8").splitlines(keepends=True):
        statement += line
        if not sqlite3.complete_statement(statement):
            continue
        try:
            db.execute(statement)
        except sqlite3.IntegrityError as exc:
            print(f"left out ({exc}): {statement[:120]}", file=sys.stderr)
        statement = ""
    return db


def convert(dump: Path, mapping: Path, out: Path) -> None:
    db = _load(dump)
    steps = yaml.safe_load(mapping.read_text(encoding="utf-8"))
    objects: dict[str, tuple[str, dict[str, str]]] = {}
    for step in steps.values():
        obj = step["sf_object"]
        table = step.get("table") or obj
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        if not columns:
            continue
        key = next(r[1] for r in db.execute(f'PRAGMA table_info("{table}")') if r[5])
        fields = step.get("fields") or {}
        if isinstance(fields, list):
            fields = {f: f for f in fields}
        header = {"Id": fields.get("Id", key)}
        for api, col in fields.items():
            found = _column(columns, col if isinstance(col, str) else api)
            if api != "Id" and found:
                header[api] = found
        for api, spec in (step.get("lookups") or {}).items():
            found = _column(columns, api, (spec or {}).get("key_field"))
            if found:
                header[api] = found
        prior = objects.get(obj, (table, {}))[1]
        objects[obj] = (table, {**prior, **header})
    for obj, (table, header) in objects.items():
        cols = ", ".join(f'"{c}"' for c in header.values())
        rows = db.execute(f'SELECT {cols} FROM "{table}"').fetchall()
        if not rows:
            continue
        with (out / f"{obj}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(list(header))
            w.writerows(["" if v is None else str(v) for v in row] for row in rows)


if __name__ == "__main__":
    dst = Path(sys.argv[3])
    dst.mkdir(parents=True, exist_ok=True)
    convert(Path(sys.argv[1]), Path(sys.argv[2]), dst)
