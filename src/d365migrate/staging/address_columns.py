"""A map column reading one part of a whole address written in one cell.

``{source: Billing Address, target: address1_city, address_part: city}`` (mapping/
address_columns.py): the cell is read part by part (intake/address_cells.py) and this part
staged as if it were a column of its own, named 'Billing Address (city)' wherever an issue
or a count names it. A cell that does not read part by part stays whole in the street line
(``line1``) and leaves the other parts empty: nothing of it is lost.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.address_cells import address_parts

__all__ = ["part_column_name", "with_address_parts"]

_KEY = "address_part"


def part_column_name(source: str, part: str) -> str:
    """How a part of a whole-address column is named: 'Billing Address (city)'."""
    names = {"line1": "street", "line2": "street line 2", "line3": "street line 3",
             "stateorprovince": "state or province", "postalcode": "postal code"}
    return f"{source} ({names.get(part, part)})"


_STREET = ("line1", "line2", "line3")


def _part_values(parsed: dict[str, dict[str, str] | None], part: str, mapped: set[str]
                 ) -> dict[str, str | None]:
    """Each cell's ``part``; the last street line the map reads carries the street lines
    it does not (a third line where only two are mapped), so no line is lost."""
    out: dict[str, str | None] = {}
    for v, parts in parsed.items():
        if not parts:
            out[v] = v if part == "line1" else None
            continue
        value = parts.get(part)
        if part in _STREET and value is not None:
            after = _STREET[_STREET.index(part) + 1:]
            if not any(a in mapped for a in after):
                value = ", ".join([value, *(parts[a] for a in after if parts.get(a))])
        out[v] = value
    return out


def with_address_parts(df: pl.DataFrame, columns: list[dict[str, Any]], file: str
                       ) -> tuple[pl.DataFrame, list[dict[str, Any]]]:
    """``df`` with a column per map entry reading a part of a whole address, and the
    entries reading it; the others as they are."""
    added: list[pl.Expr] = []
    out: list[dict[str, Any]] = []
    mapped: dict[str, set[str]] = {}  # source -> the parts the map reads from it
    parsed: dict[str, dict[str, dict[str, str] | None]] = {}  # each cell read once
    for col in columns:
        if col.get(_KEY):
            mapped.setdefault(col["source"], set()).add(col[_KEY])
    for col in columns:
        part = col.get(_KEY)
        if not part:
            out.append(col)
            continue
        source = col["source"]
        if source not in df.columns:
            raise KeyError(f"map for {col['target']}: column '{source}' is not in {file}")
        text = pl.col(source).cast(pl.Utf8)
        if source not in parsed:
            parsed[source] = {v: address_parts(v) for v in
                              df.select(text.drop_nulls().unique()).to_series().to_list()}
        name = part_column_name(source, part)
        added.append(text.replace_strict(_part_values(parsed[source], part, mapped[source]),
                                         default=None,
                                         return_dtype=pl.Utf8).alias(name))
        out.append({**col, "source": name})
    return (df.with_columns(added) if added else df), out
