"""Lookups resolved while staging: a source value (id, name, e-mail, domain) to the key of the
record it points at, one vectorised join a fallback.

Split from :mod:`d365migrate.staging.stage`. What does not resolve stays null and is
counted per object (``stage.lookup_counts``), never reported as 0."""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.full_name_links import joined_name
from d365migrate.intake.json_cells import part_for, read_part
from d365migrate.intake.mailbox_values import mailbox_address
from d365migrate.staging import rules
from d365migrate.staging.references import split_reference


def clean_text(expr: pl.Expr) -> pl.Expr:
    """Trimmed text, null where empty (``replace``: the stripped text is computed once,
    where ``when(stripped != "").then(stripped)`` computed it twice)."""
    return expr.cast(pl.Utf8).str.strip_chars().replace("", None)


def routed(where: dict[str, Any]) -> pl.Expr:
    """The rows a routed entry takes: ``{column: type, in: [call, phone]}``, compared trimmed
    and case-insensitively (one activities file feeds phone calls, meetings and emails)."""
    values = [str(v).strip().lower() for v in where.get("in") or []]
    return clean_text(pl.col(where["column"])).str.to_lowercase().is_in(values).fill_null(False)


def resolve_lookup(df: pl.DataFrame, lookup: dict[str, Any], tables: dict[str, pl.DataFrame]
                   ) -> tuple[pl.Series, pl.Series]:
    """Referenced source ids: by id first, then by name, then by email domain (unique only).

    Vectorised (hash look-ups and a group-by, no Python loop per row: at a million rows the
    per-row loop was most of staging's time); the keys are built as Python's ``str.strip``,
    ``lower`` and ``split`` build them, so a row resolves exactly as it did row by row."""
    ref_source, ref_key = split_reference(lookup["references"], tables)
    ref = tables[ref_source]
    if lookup.get("parent_where"):  # a file split between tables: this table's rows only
        ref = ref.filter(routed(lookup["parent_where"]))
    ids = ref.select(rules.source_id(pl.col(ref_key), rules.needs_nfc(ref, ref_key))
                     )[ref_key].drop_nulls().unique()
    # a cell holding the record as JSON ({"name": ..., "id": ...}) is read by its id
    first = df.select(rules.source_id(read_part(df, lookup["source"], lookup.get("part", "id")),
                                      rules.needs_nfc(df, lookup["source"])).alias("ref")
                      ).with_columns(
        pl.col("ref").is_in(ids.implode()).alias("known"))
    if lookup.get("by"):  # named by another column of the parent than its id: not by id
        first = first.with_columns(pl.lit(False).alias("known"))
    first = first.select(pl.when("known").then("ref").alias("ref"),
                         pl.when("known").then(pl.lit("id")).alias("via"))
    refs, via = first["ref"].rename(""), first["via"].rename("")
    fallbacks = lookup.get("fallbacks", [])
    indexes = pl.collect_all([_unique_index(ref, fb["references"], ref_key, fb["match"])
                              for fb in fallbacks]) if fallbacks else []  # in parallel
    for fb, index in zip(fallbacks, indexes, strict=True):
        if not index.height:
            continue
        hits = (df.select(fb["source"]).with_row_index("i")
                .filter(refs.is_null())  # keys only for the rows not resolved yet
                .select("i", _match_key(read_part(df, fb["source"], fb.get("part") or part_for(
                    fb["match"])), fb["match"]).alias("m"))
                .join(index, on="m", how="inner"))
        if hits.height:
            refs, via = refs.clone(), via.clone()
            refs.scatter(hits["i"], hits["k"])
            via.scatter(hits["i"], pl.Series([fb["match"]] * hits.height, dtype=pl.Utf8))
    return refs, via


#: What a fallback matched on, in words ("4 account records of the export share this name").
MATCH_WORDS = {"name": "name", "email": "email address", "email_domain": "email domain",
               "domain": "web domain", "id": "id"}


def shared_names(df: pl.DataFrame, lookup: dict[str, Any], tables: dict[str, pl.DataFrame],
                 refs: pl.Series) -> pl.Series:
    """For each row left without its record (``refs`` null), why when its value names
    SEVERAL records by a fallback ('Acme' the name of two accounts): "2 account records of
    the export share this name"; else null. Such a value is no missing record, and a reason
    saying it names none would send the analyst looking for one."""
    out = pl.Series([None] * df.height, dtype=pl.Utf8)
    fallbacks = [fb for fb in lookup.get("fallbacks", []) if fb.get("source") in df.columns]
    if not fallbacks or refs.null_count() == 0:
        return out
    ref_source, ref_key = split_reference(lookup["references"], tables)
    ref = tables[ref_source]
    if lookup.get("parent_where"):
        ref = ref.filter(routed(lookup["parent_where"]))
    for fb in fallbacks:
        if not set(_columns(fb["references"])) <= set(ref.columns):
            continue
        counts = _match_counts(ref, fb["references"], ref_key, fb["match"]).filter(
            pl.col("n") > 1)
        hits = (df.select(fb["source"]).with_row_index("i")
                .filter(refs.is_null() & out.is_null())
                .select("i", _match_key(read_part(df, fb["source"], fb.get("part") or part_for(
                    fb["match"])), fb["match"]).alias("m"))
                .lazy().join(counts, on="m", how="inner").collect())
        if hits.height:
            words = f" {lookup['table']} records of the export share this " \
                    f"{MATCH_WORDS.get(fb['match'], fb['match'].replace('_', ' '))}"
            out = out.clone()
            out.scatter(hits["i"], hits["n"].cast(pl.Utf8) + words)
    return out


#: Whitespace as Python's ``str.strip()``/``split()`` see it: Unicode White_Space (regex
#: ``\s``) and the information separators U+001C-U+001F.
_WS = r"[\s\x1c-\x1f]"


def _py_strip(expr: pl.Expr) -> pl.Expr:
    """``str.strip()`` as Python does it (polars' ``strip_chars`` omits U+001C-U+001F)."""
    return expr.str.replace_all(f"^{_WS}+|{_WS}+$", "")


def _match_key(value: pl.Expr, how: str) -> pl.Expr:
    """The text a fallback matches on; null where a value has none (an email without '@'); a
    mailbox ('Jim <j@x.org>') by its address (intake/mailbox_values).
    ``email_domain``: after the last '@'; ``domain``: a web address without scheme, "www."
    or path; ``id``: the export's own id in a column of the parent (a key's own column,
    staging/keys.py), trimmed, as written; any other: trimmed, lower case, inner whitespace
    one space."""
    if how == "id":
        return _py_strip(value.cast(pl.Utf8)).replace("", None)
    if how not in ("email_domain", "domain"):  # one pass: runs to one space, ends trimmed
        return mailbox_address(value).str.to_lowercase().str.replace_all(f"{_WS}+", " ") \
            .str.strip_chars(" ")
    text = mailbox_address(_py_strip(value.cast(pl.Utf8))).str.to_lowercase()
    if how == "email_domain":
        return text.str.extract(r"@([^@]*)$")
    return text.str.strip_prefix("https://").str.strip_prefix("http://") \
            .str.strip_prefix("www.").str.replace(r"(?s)/.*$", "")


def _columns(references: str | list[str]) -> list[str]:
    """The target columns a fallback matches: one, or a whole name's parts."""
    return [references] if isinstance(references, str) else list(references)


def _unique_index(ref: pl.DataFrame, column: str | list[str], key: str, how: str
                  ) -> pl.LazyFrame:
    """Match values (``m``) that point at exactly one record (``k``, its trimmed id);
    ambiguous ones resolve to nothing, and an empty one matches nothing (a query: every
    fallback's index is collected at once)."""
    return _match_counts(ref, column, key, how).filter(pl.col("n") == 1).select("m", "k")


def _match_counts(ref: pl.DataFrame, column: str | list[str], key: str, how: str
                  ) -> pl.LazyFrame:
    """Per match value (``m``, never empty): a record it points at (``k``, its trimmed id)
    and how many records it points at (``n``): one resolves, more are a shared name.
    ``column`` a list: a person's name in parts, matched as their non-empty parts joined
    by a space ('John' + '' + 'Doe': "john doe"), as discovery found the link."""
    mode = "domain" if how == "email_domain" else how
    k = pl.col(key).cast(pl.Utf8)
    if isinstance(column, str):
        v = pl.col(column).cast(pl.Utf8)
        text = _match_key(v, mode)
    else:
        v = joined_name(column)
        text = v
    return (ref.lazy().filter(v.is_not_null() & (v != "") & k.is_not_null() & (k != ""))
            .select(text.alias("m"), _py_strip(k).alias("k"))
            .filter(pl.col("m").is_not_null() & (pl.col("m") != ""))
            .group_by("m").agg(pl.col("k").first(), pl.col("k").n_unique().alias("n")))
