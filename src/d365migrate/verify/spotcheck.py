"""A spot check a person eyeballs: 25 to 50 records per object, drawn with a recorded seed,
each shown side by side: the export's row, the staged values, the org's values.

The draw is reproducible: the seed is stored in ``verification.json`` and each object draws
from its sorted source ids with ``random.Random(f"{seed}:{object}")``.

An owner the owner queue gave to the fallback owner reads back as that user, which is what
the run intended, but the export's owner and the org's are two different people: such a
field says so (``replaced``: by whom and why) instead of "same". So does a value of the export
the field map left empty on purpose (``emptied``: a decision, or a value Dynamics 365 cannot
hold), and a link that named a record it could not be bound to (a name two records share):
empty in the org as the run left it, but not the export's value, never "same".
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse.tables import label
from d365migrate.report.html import esc, page
from d365migrate.report.plain import DEFAULT_SOURCE_CRM, field_label, object_name
from d365migrate.report.safe_files import read_csv
from d365migrate.staging.existing_refs import readable
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from d365migrate.verify.compare import display, same
from d365migrate.verify.fields import TableCheck, shown

MIN_SAMPLE, MAX_SAMPLE = 25, 50
FALLBACK = re.compile(r"assigned to fallback owner\s+(\S+)", re.I)
#: A value of the export the org holds empty, as the field map intends.
EMPTIED = ("left empty: the field map does not move this value (a decision, or a value "
           "Dynamics 365 cannot hold)")
#: A link of the export the org holds empty: the record it names was not linked (a name
#: several records share, a record not in the export); the report's links left say why.
UNLINKED = ("left empty: the record it names could not be linked (its reason is listed with "
            "the links left empty)")
#: Why an owner of the export has no user of its own (the owner queue's status), in words.
NO_USER = {"unmatched": "no Dynamics 365 user has this email or name",
           "disabled": "their Dynamics 365 user is disabled",
           "ambiguous": "more than one Dynamics 365 user has this name"}


def sample_size(total: int) -> int:
    """25 records, up to 50 for large objects (1% of them); all when fewer than 25."""
    return min(total, max(MIN_SAMPLE, min(MAX_SAMPLE, total // 100)))


def draw(source_ids: list[str], seed: int, table: str) -> list[str]:
    """The records to show for one object, reproducible from the seed."""
    ids = sorted(source_ids)
    return sorted(random.Random(f"{seed}:{table}").sample(ids, sample_size(len(ids))))


def fallback_owners(owner_queue: Path) -> dict[str, str]:
    """Owner as the export gives it -> why its records went to the fallback owner, and to
    whom (from ``owner_queue.csv``; empty when the run has none)."""
    if not owner_queue.exists():
        return {}
    out = {}
    for row in read_csv(owner_queue, infer_schema=False).iter_rows(named=True):
        found = FALLBACK.search(row.get("resolution") or "")
        if found and row.get("email"):
            why = NO_USER.get(str(row.get("status") or ""), "it has no Dynamics 365 user")
            out[str(row["email"])] = f"replaced by the fallback owner {found.group(1)}: {why}"
    return out


def column_labels(table_def: dict[str, Any] | None) -> dict[str, str]:
    """Column -> the label a user sees in Dynamics 365 (``name`` -> "Account Name")."""
    return {str(a["LogicalName"]): label(a.get("DisplayName"))
            for a in (table_def or {}).get("Attributes") or []
            if a.get("LogicalName") and label(a.get("DisplayName"))}


def spot_records(check: TableCheck, staged: pl.DataFrame, export_rows: pl.DataFrame | None,
                 seed: int, labels: dict[str, str] | None = None,
                 fallback: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Side by side, per drawn record: field (its column and its label, ``labels`` from
    :func:`column_labels`), export column and value, staged, org, same; an owner given to
    the fallback owner (``fallback`` from :func:`fallback_owners`) says so (``replaced``),
    as does one no user took (the record stays with the user who created it)."""
    labels = labels or {}
    fallback = fallback or {}
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
            replaced = ""
            if f.role == "owner" and staged_value is not None and rec is not None:
                replaced = fallback.get(str(staged_value)) or (
                    "" if expected.get(f.column) is not None else
                    "not set from the export: no Dynamics 365 user was found for this owner, "
                    "so the record stayed with the user who created it")
            export_value = next((export.get(c) for c in (f.source or "", *f.others)
                                 if str(export.get(c) or "").strip()), export.get(f.source or ""))
            emptied = f.role in ("column", "lookup") and staged_value is None and \
                rec is not None and org in (None, "") and bool(str(export_value or "").strip())
            why_empty = UNLINKED if f.role == "lookup" else EMPTIED
            fields.append({
                "field": f.column, "label": labels.get(f.column) or field_label({}, "", f.column),
                "export_column": f.reads or export_column(f.source),
                "export": "" if export_value is None else str(export_value),
                "staged": display(staged_value, f.kind) if f.role == "column"
                else staged_link(staged_value),
                "org": shown(org, f, check.names) if rec is not None else "(not in the org)",
                "same": rec is not None and (
                    (f.role == "owner" and expected.get(f.column) is None)
                    or same(expected.get(f.column), org, f.kind)) and (
                    # copied text: the export's own cell too, not only the staged copy
                    check.export is None or f.column not in check.export.columns
                    or check.export.holds(sid, f.column, export.get(
                        check.export.columns[f.column]), org)),
                **({"replaced": replaced} if replaced else {}),
                **({"emptied": why_empty} if emptied else {}),
            })
        out.append({"source_id": sid, "row": row[SOURCE_ROW], "found": rec is not None,
                    "fields": fields})
    return out


def staged_link(value: Any) -> str:
    """A staged link as a reader knows it (``existing_refs.readable``)."""
    return "" if value is None else readable(str(value))


def same_html(field: dict[str, Any]) -> str:
    """The "Same" cell: yes, NO, or an owner replaced on purpose (by whom and why)."""
    if not field["same"]:
        return "<b class=bad>NO</b>"
    if field.get("replaced") or field.get("emptied"):
        why = field.get("replaced") or field["emptied"]
        return f"<span class='warn'>no, on purpose: {esc(why)}</span>"
    return "yes"


def export_column(source: str | None) -> str:
    """The export's column a field comes from; a value the migration sets itself (a deal's
    decided stage, ``__stage_*``) in words, never its internal name."""
    if not source or not source.startswith("__"):
        return source or ""
    return "(decided from its stage)" if source.startswith("__stage") else \
        "(set by the migration)"


def record_html(rec: dict[str, Any], source: str = DEFAULT_SOURCE_CRM) -> str:
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
        f"<td>{same_html(f)}</td></tr>"
        for f in rec["fields"])
    state = "" if rec["found"] else " <span class='bad'>not in Dynamics 365</span>"
    return (f"<h3>{esc(source)} id {esc(rec['source_id'])} "
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
        replaced = sum(1 for r in records if any(f.get("replaced") for f in r["fields"]))
        emptied = sum(1 for r in records if any(f.get("emptied") for f in r["fields"]))
        verdict = "<p class='ok'>Every field of every drawn record matches.</p>" if not bad \
            else f"<p class='bad'>{bad} drawn record(s) differ.</p>"
        if replaced:
            verdict += (f"<p class='warn'>{replaced} drawn record(s) have another owner than "
                        "the export names, as the migration's settings say (the fallback "
                        "owner, or none); each says so below.</p>")
        if emptied:
            verdict += (f"<p class='warn'>{emptied} drawn record(s) have a value of the export "
                        "left empty (by the field map, or a link that could not be bound); "
                        "each says so below.</p>")
        sections.append(f"<h2>{esc(object_name(table))}: {len(records)} of {part['of']} records "
                        f"(from {esc(part['file'])})</h2>{verdict}")
        source = spot.get("source_crm") or DEFAULT_SOURCE_CRM
        sections.extend(record_html(r, source) for r in records)
    return sections


def render_spotcheck(title: str, spot: dict[str, Any]) -> str:
    """``spotcheck.html``: self-contained, no scripts, no paths."""
    return page(title, spot_sections(spot))
