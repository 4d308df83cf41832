"""Links written as another column of the target than its id.

Some CRMs link a record to its parent by a unique column of the parent's file that is not its
id: X2CRM's contacts name their account by its ``nameId`` ("Black Mesa_1"), others by a code
or an email. A column whose values are (nearly) all found in such a column of one other file
is a link to that file by that column, resolved like a link by name (a value that names one
record only). Found for columns no id, name or email-domain rule linked.
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.found import ObjectInfo, Relationship
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.read import Export

__all__ = ["VALUE_LINK_RATE", "find_value_links"]

#: Share of a column's non-empty rows whose value must name a record of the target.
VALUE_LINK_RATE = 0.9
#: Column types that never hold a link's values (a date, a number, a long text...).
_NOT_LINKS = {"long_text", "empty", "boolean", "date", "datetime", "decimal", "money",
              "integer", "phone", "url", "multiselect"}
#: Values shorter than this are too common to name one record ("NY", "A").
_MIN_LENGTH = 3
#: Fewest rows that must match: one or two matching rows are a coincidence.
_MIN_HITS = 3


def _texts(export: Export, objects: list[ObjectInfo], types: dict[str, dict[str, str]]
           ) -> dict[str, pl.DataFrame]:
    """Each record file's columns that may hold or be named by a link, as the staging match
    reads values (trimmed, lower case, inner whitespace one space; blank is no value): one
    query per file, not one per column."""
    out: dict[str, pl.DataFrame] = {}
    for o in objects:
        if o.name in {"unknown", "custom_field"}:
            continue
        df = export.tables[o.source]
        cols = [c for c in df.columns if c != o.primary_key
                and types[o.source].get(c) not in _NOT_LINKS]
        if cols:
            out[o.source] = df.select(
                pl.col(c).cast(pl.Utf8).str.strip_chars().str.to_lowercase()
                .str.replace_all(r"\s+", " ").replace("", None).alias(c) for c in cols)
    return out


def _targets(texts: dict[str, pl.DataFrame]) -> dict[tuple[str, str], pl.Series]:
    """Unique, non-id text columns of record files: every non-empty value names one row,
    values are distinctive (not digits only, not too short)."""
    out: dict[tuple[str, str], pl.Series] = {}
    for source, df in texts.items():
        if df.height < 2:
            continue
        stats = df.select(pl.struct(
            pl.col(c).count().alias("n"), pl.col(c).drop_nulls().n_unique().alias("u"),
            pl.col(c).drop_nulls().str.contains(r"^[0-9.\-]+$").all().alias("digits"),
            pl.col(c).drop_nulls().str.len_chars().median().alias("length")).alias(c)
            for c in df.columns).row(0)
        for c, st in zip(df.columns, stats, strict=True):
            if st["n"] < 2 or st["n"] < df.height // 2 or st["u"] != st["n"]:
                continue
            if st["digits"] or float(st["length"] or 0) < _MIN_LENGTH:
                continue  # ids (the id rule's), or codes too short to tell apart
            out[(source, c)] = df[c].drop_nulls()
    return out


def find_value_links(export: Export, objects: list[ObjectInfo],
                     types: dict[str, dict[str, str]],
                     linked: list[Relationship]) -> list[Relationship]:
    """``name`` links (matched by value, unique only) from columns no other rule linked to a
    unique non-id column of another record file, where at least 90% of the column's
    non-empty rows name a record of it. A column of the same name in both files is the same
    field kept twice (an email in contacts and in leads), not a link."""
    texts = _texts(export, objects, types)
    targets = _targets(texts)
    if not targets:
        return []
    index: dict[str, list[tuple[str, str]]] = {}
    for t, values in targets.items():
        for v in values.to_list():
            index.setdefault(v, []).append(t)
    done = {r.from_ for r in linked if r.match_rate >= 0.5}
    rels: list[Relationship] = []
    for source, df in texts.items():
        counted = df.select(pl.col(c).count() for c in df.columns).row(0)
        for c, n in zip(df.columns, counted, strict=True):
            if n < _MIN_HITS or f"{source}.{c}" in done:
                continue
            col = df[c].drop_nulls()
            counts: dict[tuple[str, str], int] = {}
            for v in col.unique().head(500).to_list():
                for t in index.get(v, ()):
                    counts[t] = counts.get(t, 0) + 1
            found = []
            for t in counts:
                if t[0] == source or col_norm(t[1]) == col_norm(c):
                    continue
                hit = int(col.is_in(targets[t].implode()).sum())
                if hit >= _MIN_HITS and hit / n >= VALUE_LINK_RATE:
                    found.append((hit, t))
            if len(found) != 1:
                continue  # none, or several files explain it: not one parent
            hit, t = found[0]
            rels.append(Relationship(f"{source}.{c}", f"{t[0]}.{t[1]}",
                                     round(hit / n, 4), "name", n, hit))
    # several columns of one file found in one other file are a copy of its rows (a report
    # joining accounts and their contacts: first name, last name, title), not links
    into: dict[tuple[str, str], int] = {}
    for r in rels + [r for r in linked if r.kind == "name" and r.match_rate >= 0.5]:
        into[(r.source, r.target_source)] = into.get((r.source, r.target_source), 0) + 1
    return [r for r in rels if into[(r.source, r.target_source)] == 1]
