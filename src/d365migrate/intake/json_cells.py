"""Cells that hold a linked record as a JSON object rather than a bare id, name or email.

CRMs read through their API (Zoho CRM through Airbyte or Fivetran, and most REST exports
flattened to CSV) write a lookup as the linked record's JSON: ``{"name": "Chemel", "id":
"4876876000000370022"}``, an owner as ``{"name": ..., "id": ..., "email": ...}``. The id is
what a link resolves by (the record whose key holds it), the name a fallback (the record of
that name), the email how an owner is matched to a user. A cell of any other shape is read
as it is, so one reader serves plain and JSON cells alike (a file may mix both).

A JSON *list* of such objects (a multi-select lookup, a record's tags) names several records
at once: no Dataverse lookup holds more than one record, so it is never read as one link
(:data:`RECORDS`); the map leaves it unmapped and says why. A list that never holds more
than one record (erxes writes every deal's company as ``["a3CMDqSqwordtmaLh"]``) is that one
record (:data:`RECORD`), and so is one whose lists hold one record on nearly every row (a
person's companies, where one person of six lists five: erxes' customers): each cell whose
list does hold several is read as it is, so it resolves to nothing and is counted unresolved
with its reason (:func:`listed_records`), never cut to its first.
"""

from __future__ import annotations

import json

import polars as pl

from d365migrate.intake.list_pages import page_items, unwrap_pages

__all__ = ["JSON", "RECORD", "RECORDS", "RECORDS_REASON", "cell_shape", "cell_shapes",
           "distinctive", "listed_records", "one_each",
           "link_part", "part_for", "read_part"]

#: Each cell one record: a JSON object with an ``id``.
RECORD = "record"
#: Each cell a list of records: a JSON array of objects with an ``id`` (a multi-lookup).
RECORDS = "records"
#: Each cell other JSON (a record's approval flags, an empty list): no link, no name.
JSON = "json"
#: Why a column of :data:`RECORDS` is not mapped, as the map says it.
RECORDS_REASON = ("each cell lists several records (a JSON list of their ids and names: a "
                  "multi-select lookup); a lookup holds one record, so it is not read as a "
                  "link, and the list is not carried over")
#: Share of a column's non-empty cells that must have the shape.
_SHARE = 0.9
#: Share of a column's non-empty lists that must each name one record for the column to be
#: one link (the rest, lists of several, counted unresolved): four in five. A multi-select
#: ('["ON_SITE", "HYBRID"]' on a row in four or more) is no link.
_ONE_SHARE = 0.8
#: Cells looked at to decide a column's shape (a shape is the export's writing, not data).
_SAMPLE = 2000
#: The parts a JSON record cell is read by, per way of matching a link.
_PARTS = {"id": "id", "name": "name", "email": "email", "email_domain": "email"}


def _text(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Utf8).str.strip_chars()


def _is_object(text: pl.Expr) -> pl.Expr:
    return text.str.starts_with("{") & text.str.ends_with("}")


def _is_list(text: pl.Expr) -> pl.Expr:
    return text.str.starts_with("[") & text.str.ends_with("]")


def _only_element(text: pl.Expr) -> pl.Expr:
    """A JSON list's one element (an id, or a record's JSON), null where the cell is no
    valid list of exactly one."""
    return pl.when(_is_list(text) & text.str.json_path_match("$[1]").is_null()) \
        .then(text.str.json_path_match("$[0]"))


def _one_of_list(text: pl.Expr) -> pl.Expr:
    """The cell with a one-element list read as its element and an empty list as nothing;
    any other cell as it is (a list of several: unresolved, counted)."""
    return pl.when(text.str.contains(r"^\[\s*\]$")).then(None) \
        .otherwise(pl.coalesce(_only_element(text), text))


#: Parts that read several, the first present: what a link's cell names as a person reads
#: it (its id, else its name, else its email), and an owner as owners are matched (by
#: email, else by name through the users file and the org, else by id).
_READINGS = {"text": ("id", "name", "email"), "owner": ("email", "name", "id")}


def link_part(expr: pl.Expr, part: str) -> pl.Expr:
    """A cell's ``part`` (``id``, ``name``, ``email``; ``text`` or ``owner``: see
    ``_READINGS``) where it holds a JSON object, else the cell as it is (trimmed); null where
    the object lacks the part (or is not valid JSON)."""
    text = _one_of_list(unwrap_pages(_text(expr)))   # a page of a list: its list
    found = pl.coalesce([text.str.json_path_match(f"$.{p}") for p in _READINGS[part]]) \
        if part in _READINGS else text.str.json_path_match(f"$.{part}")
    return pl.when(_is_object(text)).then(found).otherwise(text)


def read_part(df: pl.DataFrame, column: str, part: str) -> pl.Expr:
    """``column``'s ``part`` (:func:`link_part`) where any of its cells is a JSON object,
    else the column itself (no JSON to read: a plain column costs nothing more)."""
    values = df[column]
    if values.dtype == pl.Utf8 and values.str.strip_chars_start().str.contains(r"^[\[{]").any():
        return link_part(pl.col(column), part)
    return pl.col(column)


def part_for(match: str) -> str:
    """The part of a JSON record cell a link matching by ``match`` reads (``id`` for an id,
    ``name`` for a name, ``email`` for an email or its domain)."""
    return _PARTS.get(match, "name")


def _one_record(text: pl.Expr) -> pl.Expr:
    """A list of exactly one id (a string or number) or one JSON object with an id."""
    only = _only_element(text)
    return only.is_not_null() & (~_is_object(only) | only.str.contains(r'"id"\s*:'))


def one_each(values: tuple[str, ...] | list[str]) -> bool:
    """Whether distinct values are JSON lists that (nearly) never hold more than one record
    (an '<x>_ids' column that names one record a row: erxes' companyIds; see
    :func:`cell_shape`)."""
    return bool(values) and cell_shape(pl.Series(list(values), dtype=pl.Utf8)) == RECORD \
        and all(str(v).lstrip().startswith("[") for v in values)


def listed_records(value: str | None) -> int:
    """How many records a cell lists when it is a JSON list of several (a person's five
    companies: a lookup holds one, so the record moves without it, and the reason says so);
    0 for any other cell."""
    text = str(value or "").strip()
    text = page_items(text) or text   # a page of a list: its list
    if not (text.startswith("[") and text.endswith("]")):
        return 0
    try:
        items = json.loads(text)
    except ValueError:
        return 0
    return len(items) if isinstance(items, list) and len(items) > 1 else 0


def cell_shape(values: pl.Series) -> str | None:
    """:data:`RECORD` when (nearly) every non-empty cell is a JSON object with an id (or a
    list of one record, an id or such an object, on four rows in five at least, the rest
    lists of several: each counted unresolved, never cut to its first), :data:`RECORDS`
    when they are JSON lists of such objects (empty lists allowed, one at least not empty),
    :data:`JSON` for other JSON objects or lists, else None."""
    if values.dtype != pl.Utf8:
        return None
    text = values.drop_nulls().head(4 * _SAMPLE)  # a sample is enough to tell a shape
    if not text.str.contains(r"^\s*[\[{]").any():
        return None  # most columns: no JSON at all, nothing more to read
    text = text.str.strip_chars()
    text = text.filter(text != "").head(_SAMPLE)
    text = text.to_frame("c").select(unwrap_pages(pl.col("c"))).to_series()  # pages: lists
    frame = text.to_frame("c").select(
        (_is_object(pl.col("c")) & pl.col("c").str.contains(r'"id"\s*:'))  # null or not
        .mean().alias("record"),
        (pl.col("c").str.starts_with("[") & pl.col("c").str.ends_with("]")).mean()
        .alias("list"),
        pl.col("c").str.contains(r'^\[\s*\{.*"id"\s*:').sum().alias("filled"),
        _is_object(pl.col("c")).mean().alias("object"),
        _one_record(pl.col("c")).sum().alias("one"),
        (_is_list(pl.col("c")) & pl.col("c").str.json_path_match("$[1]").is_not_null())
        .sum().alias("several"))
    record, listed, filled, objects, one, several = frame.row(0)
    if record >= _SHARE or (one and one >= _ONE_SHARE * (one + several)
                            and record + listed >= _SHARE):
        return RECORD  # objects with an id, or lists that (nearly) never hold more than one
    if listed >= _SHARE and filled:
        return RECORDS
    return JSON if listed + objects >= _SHARE else None


def cell_shapes(df: pl.DataFrame) -> dict[str, str]:
    """Each column of ``df`` whose cells are JSON (:func:`cell_shape`) and its shape: one
    query over the file tells the columns with no JSON at all (most of them) apart first."""
    text = [c for c, t in df.schema.items() if t == pl.Utf8]
    if not text:
        return {}
    starts = df.select(pl.col(c).drop_nulls().head(4 * _SAMPLE).str.contains(r"^\s*[\[{]")
                       .any().alias(c) for c in text).row(0)
    found = {c: cell_shape(df[c]) for c, any_json in zip(text, starts, strict=True)
             if any_json}
    return {c: shape for c, shape in found.items() if shape is not None}


#: A JSON record's ids this long (median) name one record whatever the table (Zoho's
#: 19-digit ids, GUIDs): a match is no coincidence even when few of them match.
_DISTINCTIVE_LENGTH = 8


def distinctive(ids: pl.Series) -> bool:
    """Whether ids are long enough that one matching a key is no chance (see above)."""
    ids = ids.drop_nulls().cast(pl.Utf8)
    return bool(ids.len()) and float(ids.str.len_chars().median() or 0) >= _DISTINCTIVE_LENGTH
