"""A deals file's own open/won/lost column, proposed by its values where no pipelines file is.

A deals file without a pipelines file often carries both a stage column (Qualified,
Proposal) and a status column saying whether the deal is open, won or lost (Pipedrive's
``Status``: Open / Won / Lost; Active / Closed Won / Closed Lost; gewonnen / verloren,
ganado / perdido, gagné / perdu, vinto / perso). The stage column places the deal in the
sales process (:mod:`~d365migrate.mapping.status_stages`); this column, found by its values
(the words of :mod:`~d365migrate.mapping.state_words`), is proposed as the deal's own state
(``stage_source.state_column``, ``deal_states:``), each value proposed open, won or lost, a
value no word places left for the analyst, named, blocking the load like any undecided
value. A lost value that says neither cancelled nor out-sold is proposed with Dynamics'
default status reason for a lost opportunity, Canceled (4: the ``DefaultStatus`` of the
statecode Lost in the opportunity's metadata), and says so: a person decides Out-Sold (5).
Still a proposal a person confirms, in the map editor or the parameters
(``mapping.decisions.deal_states``).
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from d365migrate.mapping.deal_states import add_deal_states
from d365migrate.mapping.state_words import OPEN_WORDS, closed_state, has_word

__all__ = ["LOST_DEFAULT", "find_state_column", "propose_state_column", "value_state"]

#: Names (lowercase alphanumerics) that say a column holds the deal's status or state, in
#: the common European languages (whole name or its last word: ``Deal status``, ``Statut``).
STATE_NAMES = ("status", "state", "statut", "etat", "estado", "estatus", "stato", "zustand",
               "stav", "outcome", "result", "dealstatus", "opportunitystatus", "wonlost",
               "winloss", "active", "aktiv")
#: Targets the engine may have given such a column.
STATE_TARGETS = ("statecode", "statuscode")
#: At most this many distinct values: a state, not a stage list or free text.
MAX_STATE_VALUES = 12
#: Dynamics' status reason for a lost opportunity when nothing says why (Canceled).
LOST_DEFAULT = 4
LOST_DEFAULT_REASON = ("the value says lost but not why: proposed Canceled (4), Dynamics' "
                       "default status reason for a lost opportunity; decide Out-Sold (5) "
                       "if the deals were lost to a competitor")
WON_REASON = "the value says won: status reason Won (3), the only one of a won opportunity"


def _norm(column: str) -> str:
    return re.sub(r"[^0-9a-z]", "", column.lower())


def value_state(value: str) -> int | None:
    """0 open, 1 won, 2 lost where the value's words say so, else None."""
    closed = closed_state(value)
    if closed is not None:
        return closed[0]
    return 0 if has_word(value.lower(), OPEN_WORDS) else None


def _named_state(column: str) -> bool:
    name = _norm(column)
    last = _norm(re.split(r"[\s_\-.:]+", column.strip())[-1]) if column.strip() else ""
    return name in STATE_NAMES or last in STATE_NAMES


def _reads_as_state(values: list[str]) -> bool:
    """Values that read as open/won/lost: at least two placed, of two states, one closed,
    and at least half of the distinct values placed (the rest left for the analyst)."""
    if not values or len(values) > MAX_STATE_VALUES:
        return False
    placed = [s for s in (value_state(v) for v in values) if s is not None]
    states = set(placed)
    return len(placed) >= 2 and len(states) >= 2 and bool(states & {1, 2}) \
        and 2 * len(placed) >= len(values)


def _values(deals: pl.DataFrame, column: str) -> list[str]:
    col = deals[column]
    if col.dtype == pl.Boolean:
        return []   # a true/false flag (Odoo's Active) says archived, not won or lost
    return [v for v in col.cast(pl.Utf8).str.strip_chars().drop_nulls().unique().to_list()
            if v]


def find_state_column(entry: dict[str, Any], deals: pl.DataFrame,
                      stage_column: str | None) -> str | None:
    """The deals' own open/won/lost column beside their ``stage_column``: one the engine
    mapped to statecode or statuscode, else one named as a status or state, whose values
    read as open, won or lost; None where there is no such column."""
    mapped = [c["source"] for c in entry.get("columns", [])
              if c.get("target") in STATE_TARGETS and c.get("source") in deals.columns]
    named = [c for c in deals.columns if _named_state(c)]
    for column in dict.fromkeys([*mapped, *named]):
        if column != stage_column and _reads_as_state(_values(deals, column)):
            return column
    return None


def propose_state_column(mapping: dict[str, Any], deals: pl.DataFrame,
                         stage_column: str | None) -> dict[str, Any]:
    """The map with the deals' own open/won/lost column (:func:`find_state_column`)
    proposed as their state beside the stages their ``stage_column`` drives: its values in
    ``deal_states:`` (a plain lost one with the default status reason, saying so), the column
    out of the columns the engine had given it. The map unchanged where there is none."""
    entry = next((t for t in mapping.get("tables", []) if t.get("target") == "opportunity"
                  and t.get("source")), None)
    if entry is None:
        return mapping
    column = find_state_column(entry, deals, stage_column)
    if column is None:
        return mapping
    out = add_deal_states(mapping, deals, column)
    for state in out.get("deal_states") or []:
        if state.get("state") == 2 and state.get("statuscode") is None \
                and not state.get("decided"):
            state.update(statuscode=LOST_DEFAULT, decided=True, reason=LOST_DEFAULT_REASON)
        elif state.get("state") == 1:
            state["reason"] = WON_REASON
    for t in out.get("tables", []):
        if t.get("target") == "opportunity" and t.get("source"):
            t["columns"] = [c for c in t.get("columns", []) if c.get("source") != column]
    return out
