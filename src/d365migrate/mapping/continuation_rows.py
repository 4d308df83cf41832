"""Rows that continue the record above them: a product's variants in a catalogue import file.

Shopify's, Vendure's and Spree's product files give a product's name, description and
images on its first row; each row after it with no name is one more variant of it, with its
own SKU, price and stock and only its option values (``15 inch|8GB``, ``Matte Black``); a
handle column (``slug``) repeats the product's (the row may come anywhere after it), or is
empty (the row continues the named row above it). Read row by row, every variant
has no name, which a product requires, and was held back. Here a file's name column is read
as the product's name with the variant's options where a row continues it: ``Laptop
(15 inch / 8GB)``; a named row keeps its own name. Said in the column's reason; staged by
:func:`d365migrate.staging.fallbacks.with_fallbacks`, which names the column so read
``name (continuing the row above, with optionValues)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.kinds import col_norm

__all__ = ["CONTINUES", "continuation", "with_continuation_rows"]

#: The map entry's key on a name column read so: ``{options: [...], by: handle or None}``.
CONTINUES = "continues"
#: Shares of a file's rows: without a name (at least), and of those, with option values.
MIN_CONTINUING = 0.1
MIN_WITH_OPTIONS = 0.5
_HANDLES = frozenset({"slug", "handle", "permalink", "urlkey", "producthandle"})


def _text(s: pl.Series) -> pl.Series:
    t = s.cast(pl.Utf8).str.strip_chars()
    return pl.Series(s.name, [None if v == "" else v for v in t.to_list()], dtype=pl.Utf8)


def continuation(df: pl.DataFrame, name: str) -> dict[str, Any] | None:
    """``{options, by}`` when ``name``'s empty rows continue the named row above them (a
    variant's options filled, a handle empty or the product's), else None."""
    if name not in df.columns or df.height < 2:
        return None
    names = _text(df[name])
    empty = names.is_null()
    if names[0] is None or not MIN_CONTINUING <= empty.mean() < 1:
        return None
    options = [c for c in df.columns if "option" in col_norm(c) and "value" in col_norm(c)]
    if not options:
        return None
    filled = pl.DataFrame([_text(df[c]) for c in options]).select(
        pl.any_horizontal(pl.all().is_not_null())).to_series()
    if filled.filter(empty).mean() < MIN_WITH_OPTIONS:
        return None
    by = next((c for c in df.columns if col_norm(c) in _HANDLES), None)
    if by is not None:  # a row naming a handle continues the named row of that handle
        handles = _text(df[by])
        named = {}
        for h, n in zip(handles, names, strict=True):
            if h is not None and n is not None:
                named.setdefault(h, n)
        own = [h for h, e in zip(handles, empty, strict=True) if e]
        if sum(h is None or h in named for h in own) < 0.95 * len(own):
            return None
    return {"options": options, "by": by}


def with_continuation_rows(entries: list[dict[str, Any]],
                           frames: Mapping[str, pl.DataFrame]) -> list[dict[str, Any]]:
    """The map's entries with each name column whose empty rows continue the row above
    read as that row's name with their options (said in its reason)."""
    for entry in entries:
        df = frames.get(str(entry.get("source") or ""))
        if df is None or entry.get("where"):
            continue
        for col in entry.get("columns") or []:
            if col.get("target") != "name" or not col.get("source") or col.get("else"):
                continue
            found = continuation(df, col["source"])
            if found is None:
                continue
            col[CONTINUES] = found
            after = f"the named row of its '{found['by']}', else the row above it" \
                if found["by"] else "the named row above it"
            col["reason"] = (f"{col.get('reason') or 'mapped'}; a row with no "
                             f"'{col['source']}' is one more variant of the product it "
                             f"continues ({after}): named after it with its options ("
                             + ", ".join(found["options"]) + ")")
    return entries
