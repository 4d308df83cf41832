"""The reference a staged row holds for a lookup bound to a record already in the org, not to
one the export carries (``existing:{"match": ..., "table": ...}``). Staging writes it for every
row (one record for all, ``match``), or each row's own from its cell (``by``: a record's
currency by the code the row names, ``{"match": {"isocurrencycode": "EUR"}}``); the load finds
the record it stands for (``load.existing``) and verification reads it back as the records
were bound. Here, so staging needs nothing of the load."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import polars as pl

__all__ = ["EXISTING", "existing_key", "is_existing_key", "match_of", "readable", "row_keys"]

EXISTING = "existing:"


def existing_key(spec: Mapping[str, Any]) -> str:
    """The reference a staged row holds for the existing record (one for every row)."""
    return EXISTING + json.dumps({"table": spec["table"], "match": spec["match"]},
                                 sort_keys=True, ensure_ascii=False)


def is_existing_key(ref: str) -> bool:
    return ref.startswith(EXISTING)


def row_keys(values: pl.Series, spec: Mapping[str, Any]) -> pl.Series:
    """Each row's reference for a lookup found by its own cell (``spec["by"]``: the org
    column the cell's value is matched on, trimmed and upper-cased as ISO codes are
    written); an empty cell has none."""
    cells = values.cast(pl.Utf8).str.strip_chars().str.to_uppercase().replace("", None)
    keys = {v: existing_key({"table": spec["table"], "match": {spec["by"]: v}})
            for v in cells.drop_nulls().unique().to_list()}
    return cells.replace_strict(keys, default=None, return_dtype=pl.Utf8)


def match_of(key: str) -> dict[str, Any]:
    """The columns and values a reference is found by."""
    return dict(json.loads(key.removeprefix(EXISTING))["match"])


def readable(ref: str) -> str:
    """A staged reference as a person knows it: a record already in the org by the value it
    is found by ('EUR', the org's currency of that code; 'Default Unit'), never the run's
    own encoding of that search; any other reference as it is."""
    if not is_existing_key(ref):
        return ref
    return ", ".join(str(v) for v in match_of(ref).values())
