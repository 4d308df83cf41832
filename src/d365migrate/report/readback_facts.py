"""What the read-back says (``verification.json``), in words for the sponsor's report.

Split from :mod:`d365migrate.report.sponsor_facts`: per object, the records read back and
compared with what the field map makes of the export, the fields that differ, the text the
map copies as it is compared with the export's own cells, and a few drawn records side by
side (export | Dynamics 365).
"""

from __future__ import annotations

from typing import Any

from d365migrate.report.plain import (
    choice_values,
    clean,
    field_label,
    field_labels,
    object_name,
    org_value,
    verified_labels,
    when,
)

SPOT_SHOWN = 5  # drawn records laid out per object in the report (all are in spotcheck.html)


def verification_facts(data: dict[str, Any], mapping: dict[str, Any]) -> dict[str, Any]:
    """The read-back in words: per object checked and matched, the fields that differ, and
    a few drawn records side by side (export | Dynamics 365). A column is named by the label
    the map's reason gives it, else the one the org's metadata gave the spot check (a column
    matched by a foreign word has no label in its reason)."""
    labels, options = verified_labels(data) | field_labels(mapping), choice_values(mapping)
    tables = []
    for unit, t in (data.get("tables") or {}).items():
        differ = [f"{field_label(labels, unit, c)} ({n:,})"
                  for c, n in (t.get("columns") or {}).items() if n]
        cells = t.get("export_cells") or {}
        differ += [f"{field_label(labels, unit, c)} ({x.get('differ', 0):,} against the "
                   "export's own cell)" for c, x in (cells.get("columns") or {}).items()
                   if x.get("differ")]
        tables.append({"unit": unit, "object": object_name(unit),
                       "checked": t.get("checked", 0), "matched": t.get("matched", 0),
                       "mismatched": t.get("mismatched", 0), "missing": t.get("missing", 0),
                       "differ": ", ".join(differ),
                       "export_cells": int(cells.get("checked") or 0),
                       "export_differ": int(cells.get("mismatched") or 0),
                       "export_fields": [field_label(labels, unit, c)
                                         for c in cells.get("columns") or {}],
                       "export_unread": sum((cells.get("unread") or {}).values())})
    spot = []
    for unit, part in ((data.get("spot_check") or {}).get("tables") or {}).items():
        records = part.get("records") or []
        bad = sum(1 for r in records if not r.get("found")
                  or not all(x.get("same") for x in r.get("fields") or []))
        shown = []
        for rec in records[:SPOT_SHOWN]:
            fields = [{"field": field_label(labels, unit, str(x.get("field") or "")),
                       "export": "" if x.get("export") is None else str(x["export"]),
                       "org": org_value(x.get("org"), x.get("export"),
                                        options.get((unit, str(x.get("field"))))),
                       "same": bool(x.get("same")),
                       "replaced": clean(x.get("replaced") or x.get("emptied") or "")}
                      for x in rec.get("fields") or []]
            shown.append({"id": clean(rec.get("source_id")), "row": rec.get("row"),
                          "file": clean(rec.get("file") or part.get("file")),
                          "found": bool(rec.get("found")), "fields": fields})
        replaced = sum(1 for r in records if any(x.get("replaced")
                                                 for x in r.get("fields") or []))
        emptied = sum(1 for r in records if any(x.get("emptied")
                                                for x in r.get("fields") or []))
        spot.append({"unit": unit, "object": object_name(unit), "drawn": len(records),
                     "of": part.get("of", 0), "file": clean(part.get("file")),
                     "differ": bad, "replaced": replaced, "emptied": emptied,
                     "records": shown})
    return {"ok": bool(data.get("ok")), "at": when(data.get("verified_at")),
            "seed": data.get("seed"), "differences": int(data.get("mismatches") or 0),
            "tables": tables, "spot": spot}
