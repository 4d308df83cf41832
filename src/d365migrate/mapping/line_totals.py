"""A quote's or an order's totals when its lines load too: Dynamics 365 computes them.

Dataverse takes a quote's and an order's TotalAmount and TotalTax by an update (the load's
completion, ``load.loader.update_only``), but with system pricing the service recomputes
them from the record's lines (quote products, order products) whenever a line is written:
a total the map wrote would be overwritten by the lines' sum. So where the export's lines
load beside their document, linked to it, the map leaves the totals unmapped, saying why;
a document that comes without lines (a shop's orders, Attendize's) keeps its total.
"""

from __future__ import annotations

from typing import Any

__all__ = ["COMPUTED_REASON", "LINE_TABLES", "without_line_totals"]

#: A document table -> (its lines' table, the lines' lookup to it).
LINE_TABLES = {"quote": ("quotedetail", "quoteid"),
               "salesorder": ("salesorderdetail", "salesorderid")}
#: Totals the service computes from the lines.
COMPUTED = frozenset({"totalamount", "totaltax", "totalamountlessfreight",
                      "totallineitemamount", "totaldiscountamount"})
COMPUTED_REASON = ("Dynamics 365 computes it from the record's lines, which this export "
                   "also loads: a total written here would be replaced")


def _lines_link(entries: list[dict[str, Any]], table: str, column: str) -> bool:
    return any(e.get("target") == table and e.get("source")
               and any(lk.get("target") == column for lk in e.get("lookups") or [])
               for e in entries)


def without_line_totals(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries, each quote's or order's computed totals unmapped where its lines load
    linked to it."""
    for entry in entries:
        lines = LINE_TABLES.get(str(entry.get("target")))
        if lines is None or not entry.get("source") or not _lines_link(entries, *lines):
            continue
        dropped = [c["source"] for c in entry.get("columns") or []
                   if c.get("target") in COMPUTED]
        if not dropped:
            continue
        entry["columns"] = [c for c in entry["columns"] if c.get("target") not in COMPUTED]
        unmapped = entry.setdefault("unmapped", [])
        for source in dropped:
            if source not in unmapped:
                unmapped.append(source)
            entry.setdefault("unmapped_reasons", {})[source] = COMPUTED_REASON
    return entries
