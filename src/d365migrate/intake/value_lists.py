"""Cells that hold a record's e-mails, phones or web addresses as a JSON list of labelled
values, read as one column per value.

CRMs read through their API write a person's several addresses in one cell: Pipedrive
``[{"label": "work", "value": "+14443332266", "primary": true}]``, Close
``[{"type": "office", "email": "ann@acme.example"}]``, or one such value alone (Copper's
lead: ``{"email": "ann@acme.example", "category": "work"}``). Read as it is, such a cell is no
e-mail and no phone: staging cleared it (counted) and the person arrived without one. Here
the column keeps the row's primary value (the one marked primary, else the first) and gains
``email 2 (<column>)`` and ``email 3 (<column>)`` (``phone``, ``url``: what the values are)
for the next ones, which the map sends where Sales keeps
them (emailaddress1-3, telephone1-3). A row's values beyond three are not read: the warning
that names the file and column counts them. A list of records (objects with an ``id``,
:mod:`.json_cells`) is no list of values, nor is a list of named links (Close's
``integration_links``: ``{"name": "Google Search", "url": ...}``, no web site of the
record's own): each is left as it is.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import polars as pl

from d365migrate.intake.column_stats import URL_RX
from d365migrate.intake.dialect import Problem
from d365migrate.intake.values import EMAIL

__all__ = ["SHAPES", "VALUE_KEYS", "spread_value_lists"]

#: What an e-mail, a phone number and a web address look like (a value's kind).
SHAPES = {"email": EMAIL, "phone": r"^\(?\+?[\d\s().\-/]{6,}(\s*(x|ext\.?)\s*\d+)?$",
          "url": URL_RX}

#: Keys an element's value is under, first match wins (Pipedrive's value, Close's email...).
VALUE_KEYS = ("value", "email", "phone", "number", "url", "address")
PRIMARY_KEYS = ("primary", "is_primary", "isprimary")
#: Values of one kind a record keeps (Sales: three e-mail addresses, three phones).
MAX_VALUES = 3
#: Share of a column's non-empty cells that must be such lists.
SHARE = 0.9
_SAMPLE = 2000


def _values(cell: str | None) -> list[str] | None:
    """A cell's values, primary first; None when the cell is no list of labelled values."""
    text = (cell or "").strip()
    if (text[:1], text[-1:]) not in (("[", "]"), ("{", "}")):
        return None
    try:
        items = json.loads(text)
    except ValueError:
        return None
    if isinstance(items, dict):  # one labelled value alone (Copper's lead e-mail); a page
        # of a list ({"type": "list", "data": [], "url": ...}: Intercom's) is none
        if any(isinstance(v, (dict, list)) for v in items.values()):
            return None
        items = [items]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return None
    out: list[tuple[bool, str]] = []
    for item in items:
        key = next((k for k in VALUE_KEYS if isinstance(item.get(k), str)), None)
        if key is None or "id" in item or "name" in item:  # a record, or a named link
            return None
        value = item[key].strip()
        if value:
            out.append((not any(item.get(k) is True for k in PRIMARY_KEYS), value))
    return [v for _, v in sorted(out, key=lambda pair: pair[0])]  # stable: primary first


def _kind(values: list[str], column: str) -> str:
    """What the values are (email, phone, url: the name of the columns after the first),
    else the column's own name."""
    s = pl.Series(values[:200], dtype=pl.Utf8)
    return next((k for k, rx in SHAPES.items() if s.len() and s.str.contains(rx).mean() >= SHARE),
                column)


def _is_list_column(s: pl.Series) -> bool:
    cells = s.drop_nulls().head(_SAMPLE * 2).str.strip_chars()  # a sample: the shape
    cells = cells.filter(cells != "").head(_SAMPLE)
    if not (cells.str.starts_with("[") | cells.str.starts_with("{")).any():  # most: no JSON
        return False
    cells = cells.to_list()
    read = [_values(c) for c in cells]
    return bool(cells) and any(read) and sum(r is not None for r in read) >= SHARE * len(cells)


def spread_value_lists(exp: Any) -> None:
    """Read each column of labelled-value lists (see the module) as up to three columns."""
    for source, df in list(exp.tables.items()):
        spread: list[str] = []
        left: dict[str, int] = {}
        for column in df.columns:
            if df[column].dtype != pl.Utf8 or not _is_list_column(df[column]):
                continue
            lists = [_values(c) for c in df[column].to_list()]
            kind = _kind([v for vs in lists if vs for v in vs], column)
            names = [column] + [f"{kind} {n} ({column})" for n in range(2, MAX_VALUES + 1)]
            if any(n in df.columns for n in names[1:]):
                continue  # the export has such columns already: the cell stays as it is
            new = [pl.Series(name, [(v[i] if v and len(v) > i else None) for v in lists],
                             dtype=pl.Utf8) for i, name in enumerate(names)]
            new = [new[0]] + [s for s in new[1:] if s.null_count() < s.len()]
            at = df.columns.index(column)
            df = df.drop(column)
            for offset, s in enumerate(new):
                df = df.insert_column(at + offset, s)
            spread.append(column)
            beyond = sum(max(0, len(v) - MAX_VALUES) for v in lists if v)
            if beyond:
                left[column] = beyond
        if not spread:
            continue
        exp.tables[source] = df
        file = exp.guesses[source].file
        exp.problems.append(Problem(file, None, (
            "columns holding a list of labelled values in each cell, read one column a "
            f"value, the primary first: {', '.join(repr(c) for c in spread)}" + (
                "; not read, beyond the three a record keeps: " + ", ".join(
                    f"{n:,} in '{c}'" for c, n in left.items()) if left else "")), "warning"))
        if source in exp._cache_keys:  # the column guesses are of these columns now
            exp._cache_keys[source] = hashlib.sha256(
                f"{exp._cache_keys[source]}:value-lists".encode()).hexdigest()
