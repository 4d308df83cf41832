"""A spot check a person eyeballs: 25 to 50 records per object, drawn with a recorded seed,
each shown side by side: the export's row, the staged values, the org's values.

The draw is reproducible: the seed is stored in ``verification.json`` and each object draws
from its sorted source ids with ``random.Random(f"{seed}:{object}")``.
"""

from __future__ import annotations

import random
from typing import Any

import polars as pl

from d365migrate.dataverse.tables import label
from d365migrate.report.html import esc, page
from d365migrate.report.plain import field_label, object_name
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from d365migrate.verify.compare import display, same
from d365migrate.verify.fields import TableCheck, shown

MIN_SAMPLE, MAX_SAMPLE = 25, 50


def sample_size(total: int) -> int:
    """25 records, up to 50 for large objects (1% of them); all when fewer than 25."""
    return min(total, max(MIN_SAMPLE, min(MAX_SAMPLE, total // 100)))


def draw(source_ids: list[str], seed: int, table: str) -> list[str]:
    """The records to show for one object, reproducible from the seed."""
    ids = sorted(source_ids)
    return sorted(random.Random(f"{seed}:{table}").sample(ids, sample_size(len(ids))))


def column_labels(table_def: dict[str, Any] | None) -> dict[str, str]:
    """Column -> the label a user sees in Dynamics 365 (``name`` -> "Account Name")."""
    return {str(a["LogicalName"]): label(a.get("DisplayName"))
            for a in (table_def or {}).get("Attributes") or []
            if a.get("LogicalName") and label(a.get("DisplayName"))}


def spot_records(check: TableCheck, staged: pl.DataFrame, export_rows: pl.DataFrame | None,
                 seed: int, labels: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Side by side, per drawn record: field (its column and its label, ``labels`` from
    :func:`column_labels`), export column and value, staged, org, same."""
    labels = labels or {}
    by_id = {r[SOURCE_ID]: r for r in staged.to_dicts()}
    out: list[dict[str, Any]] = []
    for sid in draw(list(by_id), seed, check.table):
        row = by_id[sid]
        export: dict[str, Any] = {}
        if export_rows is not None and 0 < row[SOURCE_ROW] <= export_rows.height:
            export = export_rows.row(row[SOURCE_ROW] - 1, named=True)
        rec = check.records.get(sid)
        expected = check.expected.get(sid, {})
        fields = []
        for f in check.fields:
            org = rec.get(f.read) if rec is not None else None
            staged_value = next((row[c] for c, _ in f.refs if row.get(c) is not None),
                                None) if f.refs else row.get(f.staged)
            fields.append({
                "field": f.column, "label": labels.get(f.column) or field_label({}, "", f.column),
                "export_column": f.source or "",
                "export": "" if export.get(f.source or "") is None
                else str(export.get(f.source or "")),
                "staged": display(staged_value, f.kind) if f.role == "column"
                else ("" if staged_value is None else str(staged_value)),
                "org": shown(org, f, check.names) if rec is not None else "(not in the org)",
                "same": rec is not None and (
                    (f.role == "owner" and expected.get(f.column) is None)
                    or same(expected.get(f.column), org, f.kind)),
            })
        out.append({"source_id": sid, "row": row[SOURCE_ROW], "found": rec is not None,
                    "fields": fields})
    return out


def record_html(rec: dict[str, Any]) -> str:
    """One drawn record: a table of its fields, export | staged | org. A field is shown by
    its Dynamics 365 label; its column's name is in the tooltip (and in the analyst's CSV)."""
    head = "".join(f"<th>{h}</th>" for h in ("Field in Dynamics 365", "Column in the export",
                                               "Export value", "After the field map",
                                               "Value in Dynamics 365", "Same"))
    body = "".join(
        f"<tr><td title='{esc(f['field'])}'>"
        f"{esc(f.get('label') or field_label({}, '', str(f['field'])))}</td>"
        f"<td>{esc(f['export_column'])}</td><td>{esc(f['export'])}</td>"
        f"<td>{esc(f['staged'])}</td><td>{esc(f['org'])}</td>"
        f"<td>{'yes' if f['same'] else '<b class=bad>NO</b>'}</td></tr>"
        for f in rec["fields"])
    state = "" if rec["found"] else " <span class='bad'>not in Dynamics 365</span>"
    return (f"<h3>SmartDesk id {esc(rec['source_id'])} "
            f"<span class='muted'>(row {esc(rec['row'])} of the export file)</span>{state}</h3>"
            f"<table><tr>{head}</tr>{body}</table>")


def spot_sections(spot: dict[str, Any]) -> list[str]:
    """The spot check as HTML sections (for spotcheck.html and notebook 05)."""
    sections = [f"<p>Records drawn at random with seed <b>{esc(spot['seed'])}</b> "
                f"({MIN_SAMPLE} to {MAX_SAMPLE} per object, all when fewer); each shows "
                "the export's value, the staged value (after the map's transform) and the "
                "value read back from Dynamics 365.</p>"]
    for table, part in spot["tables"].items():
        records = part["records"]
        bad = sum(1 for r in records if not all(f["same"] for f in r["fields"]) or not r["found"])
        verdict = "<p class='ok'>Every field of every drawn record matches.</p>" if not bad \
            else f"<p class='bad'>{bad} drawn record(s) differ.</p>"
        sections.append(f"<h2>{esc(object_name(table))}: {len(records)} of {part['of']} records "
                        f"(from {esc(part['file'])})</h2>{verdict}")
        sections.extend(record_html(r) for r in records)
    return sections


def render_spotcheck(title: str, spot: dict[str, Any]) -> str:
    """``spotcheck.html``: self-contained, no scripts, no paths."""
    return page(title, spot_sections(spot))
