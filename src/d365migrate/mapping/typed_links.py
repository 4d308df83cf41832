"""A link whose kind the column beside it names: Bitrix24's activity 'OWNER_ID' beside
'OWNER_TYPE_ID'.

A program that attaches a row to records of several kinds writes the link as two columns:
the record's id, and beside it a column naming (or numbering) the record's kind (Bitrix24's
'OWNER_ID' and 'OWNER_TYPE_ID', 2 for a deal; Rails' 'commentable_id' and
'commentable_type'). Whatever word the pair shares ('owner', 'entity', 'parent'), the id is
of the record the row is about: an activity's regarding record, a note's object; never the
user who owns the row. Only a kind column of numbers is read so (Bitrix24's 2 for a deal,
3 for a contact): a kind in words may be a user or a queue (Salesforce's 'Owner_Type' beside
'OwnerId': the owner's), a mail provider (Salesloft's 'calendar_type' gmail) or a thing no
table holds (Close's 'emailthread'); an empty kind column says nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.kinds import name_word_split

__all__ = ["typed_link_candidates"]

CONFIDENCE = 0.95


def typed_link_candidates(column: str, df: pl.DataFrame, names: Mapping[str, Any],
                          cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """``cands`` with the regarding record (or a note's object) first when ``column`` is
    an id whose kind a sibling column names ('<x>_type_id', '<x>_type')."""
    words = name_word_split(column)
    target = next((t for t in ("regardingobjectid", "objectid") if t in names), None)
    if target is None or len(words) < 2 or words[-1] != "id":
        return cands
    stem = tuple(words[:-1])
    typed = next((c for c in df.columns if tuple(name_word_split(c)) in (
        (*stem, "type", "id"), (*stem, "type"))), None)
    kinds = {str(v).strip().lower() for v in df[typed].drop_nulls().unique().to_list()
             if str(v).strip()} if typed is not None else set()
    if not kinds or not all(k.isdigit() for k in kinds):
        return cands   # kinds in words may be anything (Close's 'emailthread', Salesloft's
        # calendar 'gmail'); a kind's number is a program's table of record kinds
    why = (f"its kind of record is named beside it ('{typed}'): the record the row is "
           f"about, {names[target].describe()}")
    return [(CONFIDENCE, target, why)] + [c for c in cands if c[1] not in (target, "ownerid")]
