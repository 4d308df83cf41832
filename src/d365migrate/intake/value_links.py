"""Links written as another column of the target than its id.

Some CRMs link a record to its parent by a unique column of the parent's file that is not its
id: X2CRM's contacts name their account by its ``nameId`` ("Black Mesa_1"), others by a code
or an email. A column whose values are (nearly) all found in such a column of one other file
is a link to that file by that column, resolved like a link by name (a value that names one
record only). Found for columns no id, name or email-domain rule linked.
"""

from __future__ import annotations

import re

import polars as pl

from d365migrate.intake.found import ObjectInfo, Relationship
from d365migrate.intake.full_name_links import find_full_name_links
from d365migrate.intake.json_cells import JSON, RECORD, RECORDS, cell_shapes, link_part
from d365migrate.intake.key_rules import is_natural_key
from d365migrate.intake.kinds import col_norm, name_words
from d365migrate.intake.mailbox_values import mailbox_address
from d365migrate.intake.party_files import OWN_COMPANY, party_column
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
#: A column naming a row of its own file (WooCommerce's variation's 'Parent': its variable
#: product's SKU), where the file's key is another column.
_PARENT = re.compile(r"(?i)parent|master")
#: In a file of companies and people (a flag or type column says which a row is), a column
#: naming a company row of its own file: Odoo's 'Related Company', a person's employer.
_OWN_COMPANY = OWN_COMPANY


def _names_key(column: str) -> bool:
    """Whether a file's key column is its records' names ('Name', 'Full name'): a natural
    key others may name by value."""
    return is_natural_key(column) and "name" in name_words(column)


def _texts(export: Export, objects: list[ObjectInfo], types: dict[str, dict[str, str]],
           records: set[tuple[str, str]], shaped: dict[str, dict[str, str]]
           ) -> dict[str, pl.DataFrame]:
    """Each record file's columns that may hold or be named by a link, as the staging match
    reads values (trimmed, lower case, inner whitespace one space, a mailbox by its address;
    blank is no value): one query per file, not one per column. ``records`` gains the
    columns of JSON records."""
    out: dict[str, pl.DataFrame] = {}
    for o in objects:
        if o.name in {"unknown", "custom_field"}:
            continue
        df = export.tables[o.source]
        # a key of names (a file keyed by its people's 'Name') may be named by a link; a
        # surrogate id is the id rule's, and another natural key (notes, a code) names none
        cols = [c for c in df.columns if (c != o.primary_key or _names_key(c))
                and types[o.source].get(c) not in _NOT_LINKS]
        shapes = shaped[o.source] if o.source in shaped else cell_shapes(df)
        # a JSON record names its record by its name (and its id, the id rule's); other
        # JSON (flags, lists of records) names none
        cols = [c for c in cols if shapes.get(c) not in (JSON, RECORDS)]
        if cols:
            out[o.source] = df.select(
                mailbox_address(link_part(pl.col(c), "name") if shapes.get(c) == RECORD
                                else pl.col(c)).str.to_lowercase()
                .str.replace_all(r"\s+", " ").replace("", None).alias(c) for c in cols)
            records.update((o.source, c) for c in cols if shapes.get(c) == RECORD)
    return out


def _targets(texts: dict[str, pl.DataFrame], records: set[tuple[str, str]]
             ) -> dict[tuple[str, str], pl.Series]:
    """Unique, non-id text columns of record files: every non-empty value names one row,
    values are distinctive (not digits only, not too short); not a column of JSON records
    (the names there are other records')."""
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
            if st["n"] < 2 or st["n"] < df.height // 2 or st["u"] != st["n"] or (
                    source, c) in records:
                continue
            if st["digits"] or float(st["length"] or 0) < _MIN_LENGTH:
                continue  # ids (the id rule's), or codes too short to tell apart
            out[(source, c)] = df[c].drop_nulls()
    return out


def find_value_links(export: Export, objects: list[ObjectInfo],
                     types: dict[str, dict[str, str]],
                     linked: list[Relationship],
                     shaped: dict[str, dict[str, str]] | None = None) -> list[Relationship]:
    """``name`` links (matched by value, unique only) from columns no other rule linked to a
    unique non-id column of another record file, where at least 90% of the column's
    non-empty rows name a record of it. A column of the same name in both files is the same
    field kept twice (an email in contacts and in leads), not a link. ``shaped``: each
    file's JSON columns where the caller has read them (json_cells)."""
    records: set[tuple[str, str]] = set()
    texts = _texts(export, objects, types, records, shaped or {})
    targets = _targets(texts, records)
    # a file's own key names its records: no link from it (nor a name's part)
    keys = {o.source: o.primary_key for o in objects if o.primary_key}
    texts = {s: rest for s, df in texts.items()
             if (rest := df.drop([c for c in df.columns if c == keys.get(s)])).width}
    done = {r.from_ for r in linked if r.match_rate >= 0.5 or r.part == "id"}
    if not targets:
        return find_full_name_links(texts, done)
    index: dict[str, list[tuple[str, str]]] = {}
    for t, values in targets.items():
        for v in values.to_list():
            index.setdefault(v, []).append(t)
    rels: list[Relationship] = []
    for source, df in texts.items():
        counted = df.select(pl.col(c).count() for c in df.columns).row(0)
        party = party_column(export.tables[source].columns) is not None
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
                if (t[0] == source and not _PARENT.search(c) and not (
                        party and _OWN_COMPANY.search(c))) or col_norm(t[1]) == col_norm(c):
                    continue  # its own file only for a parent ('Parent': a variation's SKU)
                    # or a party file's company ('Related Company': a company row's name)
                hit = int(col.is_in(targets[t].implode()).sum())
                if hit >= _MIN_HITS and hit / n >= VALUE_LINK_RATE:
                    found.append((hit, t))
            if len(found) != 1:
                continue  # none, or several files explain it: not one parent
            hit, t = found[0]
            rels.append(Relationship(f"{source}.{c}", f"{t[0]}.{t[1]}",
                                     round(hit / n, 4), "name", n, hit,
                                     part="name" if (source, c) in records else None))
    # several columns of one file found in one other file are a copy of its rows (a report
    # joining accounts and their contacts: first name, last name, title), not links
    into: dict[tuple[str, str], int] = {}
    for r in rels + [r for r in linked if r.kind == "name" and r.match_rate >= 0.5]:
        into[(r.source, r.target_source)] = into.get((r.source, r.target_source), 0) + 1
    rels = [r for r in rels if into[(r.source, r.target_source)] == 1]
    # by a person's whole name where the people's file keeps its parts apart (Monica)
    named = done | {r.from_ for r in rels} | {r.from_ for r in linked if r.kind == "name"}
    return rels + find_full_name_links(texts, named) + _json_names(
        texts, targets, linked, records)


def _json_names(texts: dict[str, pl.DataFrame], targets: dict[tuple[str, str], pl.Series],
                linked: list[Relationship], records: set[tuple[str, str]]
                ) -> list[Relationship]:
    """For a link read from a JSON record's id, the same cell's name matched to the unique
    column of the linked file that most of the names are (its name, even under the same
    header): the fallback for a cell whose id names no record (unique names only)."""
    have = {(r.from_, r.target_source) for r in linked if r.kind == "name"}
    out: list[Relationship] = []
    for r in linked:
        if r.part != "id" or (r.source, r.column) not in records or (
                r.from_, r.target_source) in have or r.source not in texts \
                or r.column not in texts[r.source].columns:
            continue
        names = texts[r.source][r.column].drop_nulls()
        scored = [(int(names.is_in(v.implode()).sum()), t) for t, v in targets.items()
                  if t[0] == r.target_source]
        hit, t = max(scored, default=(0, ("", "")))
        if names.len() and hit / names.len() >= 0.5:
            out.append(Relationship(r.from_, f"{t[0]}.{t[1]}", round(hit / names.len(), 4),
                                    "name", names.len(), hit, part="name"))
            have.add((r.from_, r.target_source))
    return out
