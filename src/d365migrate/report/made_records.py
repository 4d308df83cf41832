"""What the sponsor report says of records made from a column's values
(``intake.records_from_values``): a file's column taken into those records is no column "left
out", even where the file's own records (the order lines) do not map it."""

from __future__ import annotations

from typing import Any

__all__ = ["carried_columns", "without_carried"]


def carried_columns(objects: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Per export file: the columns records made from it take (the value itself and the
    columns carried ``with`` it), whether or not the made records' own map moves them (what
    it leaves out is listed under the made records)."""
    out: dict[str, set[str]] = {}
    for o in objects:
        made = o.get("made_from") or {}
        if made.get("file"):
            out.setdefault(str(made["file"]), set()).update(
                {str(made.get("column")), *(str(c) for c in made.get("with") or [])})
    return out


def without_carried(columns_left: list[dict[str, Any]], objects: list[dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """``columns_left`` without a file's columns that records made from it took: the order
    lines' OrderDate went with the orders made from their OrderNumber (said in "What
    moved"), the customer's Phone with the accounts made from CustomerName."""
    carried = carried_columns(objects)
    if not carried:
        return columns_left
    file_of = {o["name"]: str(o.get("file") or "") for o in objects if not o.get("made_from")}
    return [c for c in columns_left
            if str(c.get("column")) not in carried.get(file_of.get(c.get("object"), ""), set())]
