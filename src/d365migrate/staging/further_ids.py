"""Source ids of a further file of one kind: its own, so two files' ids never meet.

Three address books each number their people from 1; loaded into one Dataverse table, the
second book's person 1 would be keyed as the first book's and update it instead of being
created. A further file's map entry (``contact_2``, mapping/more_files.py) therefore carries
an ``id_prefix`` (its file's name), and every id it keys and every link into its rows is
written with it: ``kmail:1`` beside ``1``. The prefix is part of the confirmed map, so a
delta run keys the same rows the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.staging.references import split_reference

__all__ = ["ID_PREFIX", "prefixed", "unprefixed", "link_prefix"]

#: The map entry's key holding its ids' prefix.
ID_PREFIX = "id_prefix"


def prefixed(ids: pl.Expr, prefix: str | None) -> pl.Expr:
    """Ids as the entry keys them (null stays null)."""
    return pl.concat_str(pl.lit(prefix), ids) if prefix else ids


def unprefixed(ids: pl.Series, prefix: str | None) -> pl.Series:
    """The ids as the file writes them (an association file names its rows so)."""
    return ids.str.strip_prefix(prefix) if prefix else ids


def link_prefix(mapping: Mapping[str, Any], lookup: Mapping[str, Any],
                tables: Mapping[str, pl.DataFrame]) -> str | None:
    """The prefix of the ids a link points at: that of the entry whose file it names (a
    further file's), else None (a first file's ids are written as they are). A file split
    between two tables (companies and people) has an entry per table: the one of the table
    the link points at."""
    if not lookup.get("references"):
        return None
    source, _ = split_reference(str(lookup["references"]), tables)
    mine = [t for t in mapping.get("tables") or [] if t.get("source") == source]
    if any(t.get("where") for t in mine) and any(t.get("target") == lookup.get("table")
                                                 for t in mine):
        mine = [t for t in mine if t.get("target") == lookup.get("table")]
    return next((str(t[ID_PREFIX]) for t in mine if t.get(ID_PREFIX)), None)
