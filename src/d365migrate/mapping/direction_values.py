"""A column whose every value is a direction word: a call's or a message's direction.

Spanish names a call's direction 'Dirección', which is also its word for an address, and other
languages' labels for it may be missing from the word lists; the values say it whatever the
header: Saliente/Entrante, Outbound/Inbound, Ausgehend/Eingehend. Read by the suggestion engine
(:mod:`d365migrate.mapping.suggest`) and by the activity routing
(:mod:`d365migrate.mapping.history`), which turns the values into the direction's yes/no.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.mapping.call_outcomes import direction_word

__all__ = ["OUTBOUND", "INBOUND", "all_directions", "direction_candidates"]

OUTBOUND = ("outbound", "outgoing", "out", "sent", "ausgehend", "saliente", "sortant",
            "uscente", "efetuada", "uitgaand",
            "outcoming")   # Sellsy's call 'source': incoming or outcoming
INBOUND = ("inbound", "incoming", "in", "received", "eingehend", "entrante", "entrant",
           "recebida", "recibida", "inkomend")
#: 'sent' and 'received' are a message's status as much as its direction; 'in' and 'out'
#: say too little alone.
_AMBIGUOUS = frozenset({"in", "out", "sent", "received"})

_Cand = tuple[float, str, str]


def all_directions(values: Iterable[str]) -> bool:
    """Whether every (non-empty) value is an unambiguous direction word."""
    words = {direction_word(v) for v in values if v}
    return bool(words) and words <= set(OUTBOUND + INBOUND) - _AMBIGUOUS


def direction_candidates(values: tuple[str, ...], names: Mapping[str, Any],
                         cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with the table's direction column first when the values are directions
    (an address, a status or nothing read from the name gives way)."""
    if "directioncode" not in names or not all_directions(values):
        return cands
    return [c for c in cands if c[1] != "directioncode"] + [(
        0.95, "directioncode", f"its values are directions ({', '.join(values[:3])}): "
        f"{names['directioncode'].describe()}")]
