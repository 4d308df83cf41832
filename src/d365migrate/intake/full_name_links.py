"""Links written as a person's whole name where the people's file keeps it in parts.

Monica's activities, notes and tasks name their contact "John Doe"; its contacts file holds
'First name', 'Middle name' and 'Last name' apart, so no one column of it holds the value and
the unique-column rule (:mod:`d365migrate.intake.value_links`) finds nothing. Here a run of
two or three neighbouring columns of a record file, their non-empty parts joined by a space
as people write a name ("Bono" where only the first is filled), is a key when every row's
joined value is unique and its parts hold no digits (names, not addresses or codes). A
column of another file whose values are (nearly) all such names, one of them at least
joined from two parts, links to that file by those columns: the lookup matches the same
joined text (:mod:`d365migrate.staging.lookups`). Words play no part: it reads values only,
so it holds in any language.
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.found import Relationship
from d365migrate.intake.kinds import col_norm

__all__ = ["find_full_name_links", "joined_name"]

#: Share of a column's non-empty rows whose value must be a joined name of the target.
FULL_NAME_RATE = 0.9
#: Longest run of neighbouring columns read as one name (given, middle, family).
_MOST_PARTS = 3
#: A name part: no digit (street numbers, codes and dates are not names), not long text.
_LONGEST_PART = 40


def joined_name(columns: list[str]) -> pl.Expr:
    """A name joined from its parts as a person writes it: each part trimmed, empty parts
    left out, joined by one space, lower case, inner whitespace one space; null when no
    part holds text. Discovery and the lookup build the match text the same way."""
    parts = [pl.col(c).cast(pl.Utf8).str.strip_chars().replace("", None) for c in columns]
    return (pl.concat_str(parts, separator=" ", ignore_nulls=True).str.to_lowercase()
            .str.replace_all(r"\s+", " ").str.strip_chars().replace("", None))


def _name_parts(df: pl.DataFrame) -> list[bool]:
    """Per column: whether its values can be parts of a name (text without digits, short)."""
    if not df.columns:
        return []
    row = df.select(
        (pl.col(c).drop_nulls().str.contains(r"\d").not_().all()
         & (pl.col(c).drop_nulls().str.len_chars().max().fill_null(0) <= _LONGEST_PART)
         ).alias(c) for c in df.columns).row(0)
    return [bool(v) for v in row]


def _candidates(texts: dict[str, pl.DataFrame], parts: dict[str, list[bool]], done: set[str]
                ) -> dict[tuple[str, str], pl.Series]:
    """Columns that may name people by their whole names: not linked yet, no digits, some
    values of two words or more; each with its non-empty values."""
    out: dict[tuple[str, str], pl.Series] = {}
    for source, df in texts.items():
        for c, ok in zip(df.columns, parts[source], strict=True):
            if not ok or f"{source}.{c}" in done:
                continue
            col = df[c].drop_nulls()
            if not col.is_empty() and col.str.contains(" ").any():
                out[(source, c)] = col
    return out


def _keys(texts: dict[str, pl.DataFrame], parts: dict[str, list[bool]], firsts: pl.Series
          ) -> dict[tuple[str, tuple[str, ...]], pl.DataFrame]:
    """Per (file, run of 2-3 neighbouring name-part columns starting with a column that holds
    a first word of the names looked for): its joined names (``m``) and how many parts each
    was joined from (``p``), where the run names each row once."""
    out: dict[tuple[str, tuple[str, ...]], pl.DataFrame] = {}
    for source, df in texts.items():
        if df.height < 2:
            continue
        ok = parts[source]
        cols = df.columns
        starts = df.select(pl.col(c).is_in(firsts.implode()).any().alias(c)
                           for c in cols).row(0)
        for start in range(len(cols)):
            if not starts[start]:
                continue
            for width in range(2, _MOST_PARTS + 1):
                run = cols[start:start + width]
                if len(run) < width or not all(ok[start:start + width]):
                    break
                keyed = df.select(joined_name(run).alias("m"), pl.sum_horizontal(
                    pl.col(c).is_not_null().cast(pl.Int32) for c in run).alias("p")
                                  ).filter(pl.col("m").is_not_null())
                if keyed.height < max(2, df.height // 2) or keyed["p"].max() < 2 \
                        or keyed["m"].n_unique() != keyed.height:
                    continue
                out[(source, tuple(run))] = keyed
    return out


def find_full_name_links(texts: dict[str, pl.DataFrame], done: set[str]) -> list[Relationship]:
    """``name`` links whose target is a run of name columns (``joined``), for the columns of
    ``texts`` (each file's link candidates as :mod:`value_links` reads them: trimmed, lower
    case) not in ``done`` (already linked). A column must name joined names in at least
    90% of its non-empty rows, one of them joined from two parts or more, of one file only;
    where runs of one file explain it alike the widest wins (the middle name included)."""
    parts = {source: _name_parts(df) for source, df in texts.items()}   # read once
    candidates = _candidates(texts, parts, done)
    if not candidates:
        return []
    firsts = pl.concat([col.filter(col.str.contains(" ")).unique().head(200)
                        .str.split(" ").list.first() for col in candidates.values()]).unique()
    keys = _keys(texts, parts, firsts)
    if not keys:
        return []
    rels: list[Relationship] = []
    for (source, c), col in candidates.items():
        found: dict[str, tuple[int, int, tuple[str, ...]]] = {}
        for (target, run), keyed in keys.items():
            if target == source or col_norm(c) in {col_norm(r) for r in run}:
                continue
            hit = col.is_in(keyed["m"].implode())
            hits = int(hit.sum())
            if hits / col.len() < FULL_NAME_RATE:
                continue
            whole = keyed.filter(pl.col("m").is_in(col.filter(hit).implode())
                                 & (pl.col("p") >= 2)).height
            if whole and (hits, len(run)) > found.get(target, (0, 0, ()))[:2]:
                found[target] = (hits, len(run), run)
        if len(found) != 1:
            continue  # none, or the people of several files: not one parent
        target, (hits, _, run) = next(iter(found.items()))
        rels.append(Relationship(f"{source}.{c}", f"{target}.{run[0]}",
                                 round(hits / col.len(), 4), "name", col.len(), hits,
                                 joined=list(run)))
    return rels
