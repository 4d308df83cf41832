"""A users file that writes each user's e-mail and name inside a JSON object.

APIs read into CSV often nest a user's person in an object of its own: Freshdesk's agents
(``contact: {"email": ..., "name": ..., "phone": ...}`` beside the agent's id, type and
scope), a help desk's or a chat tool's members (``user: {...}``, ``profile: {...}``). The
owners of the records are the users' ids; the org's users are matched by e-mail, else by
name. A users file with no e-mail column of its own, one of whose columns holds such an
object on nearly every row, is read with that object's ``email`` and ``name`` as its own.
"""

from __future__ import annotations

import json

import polars as pl

__all__ = ["with_nested_person"]

#: Share of a column's non-empty cells that must be JSON objects holding an e-mail.
_SHARE = 0.9
_SAMPLE = 200


def _person_column(df: pl.DataFrame) -> str | None:
    """The column whose cells are JSON objects with an ``email`` (the user's person)."""
    for column in df.columns:
        if df[column].dtype != pl.Utf8:
            continue
        values = [v for v in df[column].drop_nulls().head(_SAMPLE).to_list()
                  if v.strip().startswith("{")]
        total = df[column].drop_nulls().head(_SAMPLE).len()
        if not total or len(values) < _SHARE * total:
            continue
        hits = 0
        for value in values:
            try:
                hits += isinstance(obj := json.loads(value), dict) and "email" in obj
            except ValueError:
                pass
        if hits >= _SHARE * total:
            return column
    return None


def with_nested_person(df: pl.DataFrame, has_name: bool) -> pl.DataFrame:
    """``df`` (a users file with no e-mail column) with ``email``, and ``name`` when it has no
    name of its own, read from the JSON object that holds each user's person; ``df`` itself
    when no column holds such objects."""
    column = _person_column(df)
    if column is None:
        return df
    parts = [pl.col(column).str.json_path_match("$.email").alias("email")]
    if not has_name and "name" not in df.columns:
        parts.append(pl.col(column).str.json_path_match("$.name").alias("name"))
    return df.with_columns(parts)
