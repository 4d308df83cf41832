"""A record's id beside its name, told apart by their values: the id takes the link.

Dolibarr's contact export writes the third party twice, its id then its name ('IdCompany',
'CompanyName'): Russian 'Код компании' and 'Название компании', Chinese '公司ID' and
'公司名称', Arabic 'رقم تعريف الشركة'... A word reads the name as the contact's company
(parentcustomerid); the id's header says 'code' or 'number' or 'identifier' in words no
list holds, so the name kept the link (issue 13: twenty such misses). Their values say what
they are in any language: whole numbers beside names, one id for each name and one name for
each id on every row, under headers sharing a word (the company's). Two records may share a
name, never an id: the link goes to the id, as :func:`suggest.ids_over_names` does for an id
a word reads, and the name falls back to its next candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from typing import Any

import polars as pl

__all__ = ["id_beside_name"]

#: How far the id may stand from the name.
_REACH = 2
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


def _share_a_word(a: str, b: str) -> bool:
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


def _paired(df: pl.DataFrame, ids: str, names: str) -> bool:
    """One id for each name and one name for each id, on at least three rows."""
    both = df.select(pl.col(ids).cast(pl.Utf8).str.strip_chars(),
                     pl.col(names).cast(pl.Utf8).str.strip_chars()).drop_nulls()
    both = both.filter((pl.col(ids) != "") & (pl.col(names) != ""))
    if both.height < _MIN_ROWS:
        return False
    pairs = both.unique().height
    return pairs == both[ids].n_unique() == both[names].n_unique() and pairs >= 2


def id_beside_name(df: pl.DataFrame, profiles: Mapping[str, Any],
                   scored: dict[str, list[Any]], owner: dict[str, str], best: dict[str, int],
                   is_lookup: Callable[[str], bool], free: Callable[[str], bool]) -> None:
    """Give a lookup a names column holds to the unread column of whole numbers beside it
    that pairs with it one to one, under a header sharing its word (in place)."""
    columns = list(df.columns)
    for target, col in list(owner.items()):
        if not is_lookup(target) or target == "ownerid" or col not in columns:
            continue
        at = columns.index(col)
        found = [c for c in columns[max(0, at - _REACH):at + _REACH + 1]
                 if c != col and c in profiles and profiles[c].kind == "int" and free(c)
                 and _share_a_word(c, col) and _paired(df, c, col)]
        if len(found) != 1:
            continue
        rival = found[0]
        why = (f"its whole numbers pair one to one with the names of '{col}' beside it: "
               f"the same records by id (two may share a name, never an id)")
        confidence = scored[col][best.pop(col)][0]   # the names' own reading's
        scored[rival] = [(confidence, target, why)]
        best[rival] = 0
        owner[target] = rival
        rest = [i for i, x in enumerate(scored[col]) if x[1] not in owner]
        if rest:   # the name falls back to its next free candidate
            best[col] = rest[0]
            owner[scored[col][rest[0]][1]] = col
