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

from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.intake.paired_ids import REACH, paired, share_a_word

__all__ = ["id_beside_name"]


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
        found = [c for c in columns[max(0, at - REACH):at + REACH + 1]
                 if c != col and c in profiles and profiles[c].kind == "int" and free(c)
                 and share_a_word(c, col) and paired(df, c, col)]
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
