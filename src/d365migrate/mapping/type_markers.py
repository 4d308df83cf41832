"""A type column that only names the file's own records: the Salesforce CLI's sObject trees
carry ``attributes.type`` = "Campaign" on every campaign, an API's ``object_type`` = "contact"
on every contact. It says what the records are, which the file already says; taken as the
record's type (a campaign's Campaign Type) it would write "Campaign" as a choice value.
The same for a record nested in the row, flattened as ``<record>.type`` (Help Scout's
conversation ``customer.type`` = "customer"), or a type of who made the record
(``createdBy.type``, ``createdByType``: "customer", "user"): that record's kind, not the
row's type."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import object_kind_from_word
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
        # a flattened nested record's own type: its values name the record it nests
        nested = {_compact(part) for part in col.split(".")[:-1]} - {""}
        # ... or kinds of records, in a nested record's or a maker's type ('created by')
        other = bool(nested) or "by" in split_words(col)
        values = rows[col].cast(pl.Utf8, strict=False).str.strip_chars().drop_nulls()
        values = values.filter(values != "")
        if values.len() >= 2 and values.n_unique() == 1 and _compact(values[0]) in own:
            scored[col] = []
            unmapped[col] = f"'{values[0]}' on every row: what the file's records are"
        elif values.len() >= 2 and values.n_unique() == 1 and _compact(values[0]) in nested:
            scored[col] = []
            unmapped[col] = (f"'{values[0]}' on every row: the kind of the record it nests, "
                             "not this record's type")
        elif other and values.len() >= 2 and all(
                object_kind_from_word(v) != "unknown" for v in values.unique().to_list()):
            scored[col] = []
            unmapped[col] = ("its values are kinds of records (a user, a customer): the kind "
                             "of the record it names, not this record's type")
