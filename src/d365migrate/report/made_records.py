"""What the sponsor report says of records made from a column's values
(``intake.records_from_values``): that they were made, from which column, and where a
record's rows disagree; a file's column taken into those records is no column "left out",
even where the file's own records (the order lines) do not map it."""

from __future__ import annotations

from typing import Any

from d365migrate.report.html import esc
from d365migrate.report.plain import plural

__all__ = ["carried_columns", "made_from_values", "without_carried"]


def carried_columns(objects: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Per export file: the columns records made from it take (the value itself and the
    columns carried ``with`` it), whether or not the made records' own map moves them (what
    it leaves out is listed under the made records)."""
    out: dict[str, set[str]] = {}
    for o in objects:
        made = o.get("made_from") or {}
        if made.get("file"):
            out.setdefault(str(made["file"]), set()).update(
                {*(str(c) for c in made.get("columns") or [made.get("column")]),
                 *(str(c) for c in made.get("with") or [])})
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


def made_from_values(f: Any) -> str:
    """Kinds of record the export holds only as values of another file's column (the
    people file's company names), made one per distinct value by decision: said, so that
    "in the export" is not read as a file of them."""
    out = []
    for o in f.objects:
        m = o.get("made_from") or {}
        if m:
            out.append(f"<p>{esc(o['name'])}: the export holds no file of them. The "
                       f"{plural(int(o['source'] or 0), 'record')} counted above were made, as "
                       f"the migration team decided, one for each different "
                       f"{_of_what(m)} of {esc(m.get('file'))} "
                       f"({plural(int(m.get('filled') or 0), 'row')} of its "
                       f"{int(m.get('rows') or 0):,} name one).{_carried(m)}</p>")
    return "".join(out)


def _of_what(m: dict) -> str:
    """'value of the Company column', or 'combination of the CustomerName, ContactLastName
    and ContactFirstName columns' (a row names one only where it fills them all)."""
    if not m.get("columns"):
        return f"value of the {esc(m.get('column'))} column"
    return f"combination of the {esc(m.get('column'))} columns, where a row fills them all,"


def _carried(m: dict) -> str:
    """The other columns a made record takes from the first row naming it, and where its
    rows disagree (a customer with two phone numbers over its orders)."""
    if not m.get("with"):
        return ""
    text = f" Their {', '.join(m['with'])} come from the first row that names each"
    differ = m.get("differ") or {}
    text += ("; where one's rows disagree, that row's value was taken: " + "; ".join(
        f"{c}, for {plural(int(n), 'record')}" for c, n in differ.items()) + "." if differ
        else "; no record's rows disagree on them.")
    return esc(text)
