"""Rebuild Grist's "Lightweight CRM" export (see SOURCE.md): ours, not Grist's code.

``python convert.py "Lightweight CRM.grist" OUT_DIR`` writes one CSV per user table of the
Grist document (a SQLite file), as Grist's "Download as CSV" of a whole table writes it
(grist-core app/server/lib/Export.ts doExportTable + ExportDSV.ts): the table's columns in
their order (``parentPos``, then id), helper columns left out (``manualSort``,
``gristHelper_*``), each headed by its label; the rows in row-id order; every cell
formatted as Grist's formatters do: a reference as its display column's value (the
referenced record's visible column), a date as its column's ``dateFormat`` (default
``YYYY-MM-DD``, UTC), an attachments list as its attachment ids joined by ", ", formula
columns as the values the document stores, text as stored.
"""

from __future__ import annotations

import csv
import json
import marshal
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MOMENT = {"YYYY": "%Y", "YY": "%y", "MM": "%m", "DD": "%d"}


def _date(value: Any, fmt: str) -> str:
    if value is None or value == "":
        return ""
    day = datetime.fromtimestamp(float(value), tz=UTC)
    out = fmt
    for token in ("YYYY", "YY", "MM", "DD"):
        out = out.replace(token, day.strftime(MOMENT[token]))
    return out


def _cell(value: Any, kind: str, options: dict[str, Any]) -> str:
    if isinstance(value, bytes):
        value = marshal.loads(value)
    if value is None:
        return ""
    if kind == "Date" or options.get("dateFormat"):
        return _date(value, options.get("dateFormat") or "YYYY-MM-DD")
    if isinstance(value, list) and value and value[0] == "L":
        return ", ".join(str(v) for v in value[1:])
    return str(value)


def convert(source: Path, out: Path) -> dict[str, int]:
    """Write the CSVs; return rows per table."""
    db = sqlite3.connect(source)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    columns = db.execute("SELECT id, parentId, colId, label, type, displayCol, visibleCol,"
                         " widgetOptions, parentPos FROM _grist_Tables_column").fetchall()
    by_id = {c[0]: c for c in columns}
    for table_ref, table_id, view_ref in db.execute(
            "SELECT id, tableId, primaryViewId FROM _grist_Tables WHERE tableId NOT LIKE"
            " 'GristHidden%' AND summarySourceTable = 0").fetchall():
        name = db.execute("SELECT name FROM _grist_Views WHERE id = ?",
                          (view_ref,)).fetchone()[0] if view_ref else table_id
        cols = sorted((c for c in columns if c[1] == table_ref and c[2] != "manualSort"
                       and not c[2].startswith("gristHelper_")),
                      key=lambda c: (c[8], c[0]))
        rows = db.execute(f'SELECT * FROM "{table_id}" ORDER BY id').fetchall()
        names = [d[0] for d in db.execute(f'SELECT * FROM "{table_id}" LIMIT 0').description]
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c[3] for c in cols])
            for row in rows:
                record = dict(zip(names, row, strict=True))
                cells = []
                for col in cols:
                    shown = by_id[col[5]] if col[5] else col
                    visible = by_id[col[6]] if col[6] else col
                    kind, options = visible[4], json.loads(visible[7] or "{}")
                    cells.append(_cell(record[shown[2]], kind, options))
                writer.writerow(cells)
        counts[name] = len(rows)
    return counts


if __name__ == "__main__":
    for table, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{table}: {count}")
