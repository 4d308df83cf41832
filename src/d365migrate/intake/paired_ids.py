"""A column of record ids beside the same records' names, told apart by values alone.

Dolibarr's contact export writes the third party twice, its id then its name ('IdCompany',
'CompanyName'): Russian 'Код компании' beside 'Название компании', Chinese '公司ID' beside
'公司名称'. The id's header says 'code' or 'number' in words no list holds; their values say
what they are in any language: whole numbers beside names, one id for each name and one
name for each id, under headers sharing a word (the company's). Discovery links such an id
(:mod:`d365migrate.intake.links`) and the map gives it the lookup
(:mod:`d365migrate.mapping.id_pairs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

import polars as pl

from d365migrate.intake.found import Relationship

__all__ = ["REACH", "ids_beside_names", "ids_where_their_names_link", "paired", "share_a_word"]

#: How far the id may stand from the name.
REACH = 2
#: The shortest run of letters two headers must share ('компании', 'company', 'شركة').
_WORD = 4
#: The shortest word an inflected one may start with.
_STEM = 5
#: Scripts whose one character is a syllable or a word: Chinese, Japanese, Korean.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MIN_ROWS = 3


def _tokens(header: str) -> list[str]:
    return [t for t in re.split(r"[\W_]+", header.lower()) if t]


def _same_stem(x: str, y: str) -> bool:
    """One word inflected ('компанија', 'компанијата'; 'компания', 'компанияның'): the
    shorter whole at the start of the longer, five letters or more."""
    short, long = sorted((x, y), key=len)
    return len(short) >= _STEM and long.startswith(short)


def share_a_word(a: str, b: str) -> bool:
    """Two headers hold the same word: a whole word of both ('компании', 'εταιρίας',
    'شرکت'), not a shared ending ('-ција' of 'Идентификација' and 'организација'); in a
    script without spaces, a run of four letters (Khmer's 'ក្រុមហ៊ុន') or of two Chinese,
    Japanese or Korean characters ('公司' of '公司ID' and '公司名稱'). A word may be
    inflected ('Ид на компанијата' beside 'Име на компанија')."""
    if len(a.split()) > 1 and len(b.split()) > 1:   # words apart: one word of both
        return any(x == y or _same_stem(x, y) for x in _tokens(a) if len(x) >= 3
                   for y in _tokens(b))
    a, b = a.lower(), b.lower()
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    run = a[m.a:m.a + m.size].strip(" _-:")
    return (len(run) >= _WORD and not run.isascii()) or (
        len(run) >= 2 and all(_DENSE.match(ch) for ch in run))


def paired(df: pl.DataFrame, ids: str, names: str) -> bool:
    """One id for each name and one name for each id, on at least three rows."""
    both = df.select(pl.col(ids).cast(pl.Utf8).str.strip_chars(),
                     pl.col(names).cast(pl.Utf8).str.strip_chars()).drop_nulls()
    both = both.filter((pl.col(ids) != "") & (pl.col(names) != ""))
    if both.height < _MIN_ROWS:
        return False
    pairs = both.unique().height
    return pairs == both[ids].n_unique() == both[names].n_unique() and pairs >= 2


def ids_beside_names(df: pl.DataFrame, is_int: Callable[[str], bool]) -> dict[str, str]:
    """The columns of whole numbers that pair one to one with the one column of another type
    within reach under a header sharing a word (the same records by id) -> that column."""
    columns = list(df.columns)
    out: dict[str, str] = {}
    for at, col in enumerate(columns):
        if not is_int(col):
            continue
        near = [c for c in columns[max(0, at - REACH):at + REACH + 1]
                if c != col and not is_int(c) and share_a_word(col, c) and paired(df, col, c)]
        if len(near) == 1:
            out[col] = near[0]
    return out


def ids_where_their_names_link(rels: list[Relationship], tables: dict[str, pl.DataFrame],
                               keys: dict[str, str | None], pairs: dict[str, dict[str, str]]
                               ) -> list[Relationship]:
    """An id beside the same records' names links to the file the names link to, where that
    file's key holds its ids as well as the file the numbers alone chose: small whole
    numbers are every file's ids ('公司ID' matched the products' 1..9 as well as the
    companies'); the names say which records they are."""
    by_name = {r.from_: r.to.split(".", 1)[0] for r in rels if r.kind == "name"}
    out = []
    for r in rels:
        source, _, col = r.from_.partition(".")
        names = pairs.get(source, {}).get(col)
        table = (by_name.get(f"{source}.{names}") or _named_by(tables, keys, source, col, names)
                 ) if names else None
        key = keys.get(table) if table else None
        if key is None or r.to.split(".", 1)[0] == table or r.kind == "polymorphic":
            out.append(r)
            continue
        nrows, hit = _rate(tables[source][col], tables[table][key])
        if nrows and hit / nrows >= r.match_rate - 0.05:
            r = Relationship(r.from_, f"{table}.{key}", round(hit / nrows, 4), r.kind, nrows, hit)
        out.append(r)
    return out


def _named_by(tables: dict[str, pl.DataFrame], keys: dict[str, str | None], source: str,
              ids: str, names: str) -> str | None:
    """The one other file whose records, by key, carry the names beside the ids (no name
    link said it: the names' header read as nothing)."""
    pairs = tables[source].select(pl.col(ids).cast(pl.Utf8).str.strip_chars().alias("k"),
                                  pl.col(names).cast(pl.Utf8).str.strip_chars().alias("n")
                                  ).drop_nulls().unique()
    found = []
    for table, key in keys.items():
        if table == source or not key or table not in tables:
            continue
        df = tables[table].with_columns(pl.col(key).cast(pl.Utf8).str.strip_chars().alias("k"))
        joined = pairs.join(df, on="k", how="inner")
        if joined.height < max(2, pairs.height // 2):
            continue
        if any(c not in ("k", "n", key) and joined.filter(
                pl.col(c).cast(pl.Utf8).str.strip_chars() == pl.col("n")).height
               == joined.height for c in df.columns):
            found.append(table)
    return found[0] if len(found) == 1 else None


def _rate(values: pl.Series, target: pl.Series) -> tuple[int, int]:
    """(rows holding an id, rows whose id is one of target's), blank cells left out."""
    def ids(s: pl.Series) -> pl.Series:
        s = s.cast(pl.Utf8).str.strip_chars().drop_nulls()
        return s.filter(s != "")
    v = ids(values)
    return v.len(), int(v.is_in(ids(target).unique().implode()).sum())
