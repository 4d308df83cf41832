"""A type column that only names the file's own records: the Salesforce CLI's sObject trees
carry ``attributes.type`` = "Campaign" on every campaign, an API's ``object_type`` = "contact"
on every contact. It says what the records are, which the file already says; taken as the
record's type (a campaign's Campaign Type) it would write "Campaign" as a choice value."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.vocabulary import singular, split_words

__all__ = ["yield_type_markers"]

Scored = dict[str, list[tuple[float, str, str]]]


def _compact(text: str) -> str:
    return "".join(singular(w) for w in split_words(text))


def yield_type_markers(rows: pl.DataFrame, source_object: str | None, table: str,
                       scored: Scored, unmapped: dict[str, str]) -> None:
    """Leave unmapped a column named a type whose every value (two rows at least) is one
    word naming the file's own records: the file's name in the singular, or the table's."""
    own = {c for c in (_compact(source_object or ""), _compact(table)) if c}
    for col in rows.columns:
        if "type" not in split_words(col) or not scored.get(col):
            continue
        values = rows[col].cast(pl.Utf8, strict=False).str.strip_chars().drop_nulls()
        values = values.filter(values != "")
        if values.len() >= 2 and values.n_unique() == 1 and _compact(values[0]) in own:
            scored[col] = []
            unmapped[col] = f"'{values[0]}' on every row: what the file's records are"
