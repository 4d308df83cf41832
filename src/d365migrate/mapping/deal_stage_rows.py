"""Which rows of a stages file are deals' stages, and which of them say won or lost in words.

A CRM with several kinds of board (erxes: deals, tasks, tickets, growth hacks) keeps every
board's stages in one file, a type column saying whose each is. Only the deals' stages place
opportunities: a task board's 'Doing' or a growth-hack board's 'Brainstorm' is no sales stage
to decide, so such rows are left out of the deals' stages, each listed in the map
(``stages_left_out``) with its reason. And a stage may say it is the won or lost one in a
column of words rather than a flag: erxes' 'Won' stage has the probability "Won".
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.kinds import kind_of_word
from d365migrate.intake.values import TRUE
from d365migrate.mapping.state_words import LOST_WORDS, WON_WORDS, has_word

__all__ = ["TYPE_COLUMNS", "deal_stages_only", "stage_flags"]

#: Names (lowercase alphanumerics) of a stages file's column saying whose board a stage is on.
TYPE_COLUMNS = ("type", "boardtype", "pipelinetype", "stagetype", "kind", "objecttype",
                "entitytype", "contenttype", "module")


def _whose(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def deal_stages_only(stages: pl.DataFrame | None) -> tuple[pl.DataFrame | None,
                                                             list[dict[str, Any]]]:
    """The stages (``_stage_rows``' frame, its type column as ``board_type``) without the
    rows whose type names another kind than deals, where some row's type names deals; and
    the rows left out, each with its reason. A type column naming no deals (a stage's own
    type: 'open', 'closed') leaves every row in."""
    if stages is None or "board_type" not in stages.columns:
        return stages, []
    kinds = {v: kind_of_word(v) for v in map(_whose, stages["board_type"].unique()) if v}
    if "deal" not in kinds.values():
        return stages, []
    others = {v for v, kind in kinds.items() if kind != "deal"}
    keep = ~stages["board_type"].cast(pl.Utf8).str.strip_chars().is_in(list(others)) \
        .fill_null(False)   # a stage of no type stays a deal's
    left = [{"stage_id": str(r.get("stage_id")), "stage_name": r.get("stage_name"),
             "pipeline_id": str(r.get("pipeline_id")), "type": _whose(r["board_type"]),
             "reason": f"the stages file says this stage is on {a_board(r['board_type'])}, "
                       "not on a deals board: no deal is placed by it, so it is no sales "
                       "stage to decide"}
            for r in stages.filter(~keep).to_dicts()]
    return stages.filter(keep), left


def a_board(value: Any) -> str:
    """'a task board', 'a growthHack board': whose board a stage's type names."""
    word = _whose(value)
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word} board"


def stage_flags(rec: dict[str, Any], flagged: bool) -> tuple[bool, bool, str | None]:
    """(won, lost, why) of one stage: its won/lost flags; else the words of its probability
    ('Won', 'Lost' where a number would be); else, in a file with no won/lost flag columns
    (``flagged`` False), the words of its name ('Closed Won'). ``why`` says which words
    decided it (None for a flag or an open stage)."""
    won, lost = (_truthy(rec.get("is_won")), _truthy(rec.get("is_lost")))
    if won or lost:
        return won, lost, None
    said = [("probability", rec.get("probability"))]
    if not flagged:
        said.append(("name", rec.get("stage_name")))
    for what, value in said:
        text = _whose(value)
        if not text or not any(ch.isalpha() for ch in text):
            continue   # a number ('60%') says nothing of won or lost
        won, lost = has_word(text.lower(), WON_WORDS), has_word(text.lower(), LOST_WORDS)
        if won != lost:   # whole words only: a 'Deadline' stage is not dead
            return won, lost, f"its {what} says '{text}': Close, state {'Won' if won else 'Lost'}"
    return False, False, None


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() in TRUE if value is not None else False
