"""A second header row of field keys under a file's labels: a header, not a record.

Some exports write two header rows: the field labels people read, then the keys the
application reads back on import (Frappe Books' Export Wizard: 'Name', 'Default Account'
above 'Party.name', 'Party.defaultAccount'). Read as data, that row would be a record: an
account named 'Party.name', a price of 'Item.rate' that no number check passes. A first
row whose every filled cell is ``<Object>.<field>`` (a child table's fields name their own
object: 'UOMConversionItem.uom') and whose fields spell most labels above them is read as
part of the header; the profile says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["drop_key_row"]

_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$")


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def key_row(labels: Sequence[str], cells: Sequence[object]) -> bool:
    """Whether ``cells`` (the first row) are the keys of the ``labels`` above them."""
    keys = [(lab, _KEY.match(c)) for lab, c in zip(labels, cells, strict=True)
            if isinstance(c, str) and c]
    if len(keys) < 2 or not all(m for _, m in keys):
        return False
    spelled = sum(_folded(m.group(2)) == _folded(lab) for lab, m in keys if m)
    return spelled * 2 > len(keys)


def drop_key_row(df: pl.DataFrame, label: str, problems: list[Problem],
                 line: int) -> pl.DataFrame:
    """``df`` without its first row when that row is a second header of field keys; the
    row is no record, so it is no source row either (``line``: the row's line)."""
    if df.height == 0 or not key_row(df.columns, df.row(0)):
        return df
    first = next(c for c in df.row(0) if c)
    problems.append(Problem(label, line, f"a second header row of field keys ('{first}', ...) "
                            "read as part of the header, not as a record", "warning"))
    return df.slice(1)
