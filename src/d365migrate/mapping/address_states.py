"""A word for both 'state' and 'status' standing between an address's city and its code.

Italian 'Stato', Spanish and Portuguese 'Estado', French 'État', Dutch 'Staat' and English
'State' each name a record's status as well as a country's state or province, and the
vocabulary reads the bare word as the status. Between the city and the postal code (or
the country) of one address, as an address block is laid out (Fat Free CRM's Italian
'Città, Stato, CAP, Nazione'), the column is that address's state or province: it is
offered first there, the status left to a column outside the block (a lead's other
'Stato'). Elsewhere the word keeps its reading. So is any column the vocabulary reads as a
status there (Fat Free CRM's Finnish 'Tila', Greek 'Κατάσταση': translators' "status" for the
address's "State"), but for the word 'Status' itself, which no language writes for a state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

__all__ = ["AMBIGUOUS_STATE_WORDS", "address_state_first"]

#: Names (lowercase letters, accents dropped) meaning both a state and a status.
#: Polish 'stan' (a state, a condition) and Czech 'stát' (a state, a country): keys129.
AMBIGUOUS_STATE_WORDS = frozenset({"state", "stato", "estado", "etat", "staat", "stan", "stat"})
_CITY = re.compile(r"^(address[1-3]|billto|shipto)_city$")
_AFTER = ("postalcode", "country")
SCORE = 0.95


def _word(column: str) -> str:
    base = re.sub(r"_\d+$", "", column.strip())   # the reader's '_2' of a repeated header
    base = base.lower().translate(str.maketrans("àáâãäèéêëìíîïòóôõöùúûü",
                                                "aaaaaeeeeiiiiooooouuuu"))
    return re.sub(r"[^a-z]", "", base)


def _top(scored: Mapping[str, list[tuple[float, str, str]]], column: str) -> str | None:
    cands = scored.get(column) or []
    return cands[0][1] if cands else None


def address_state_first(columns: Sequence[str], names: Mapping[str, Any],
                        scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Put the state or province first for a state/status word between an address's city
    and its postal code or country (in ``scored``, in place)."""
    for i, col in enumerate(columns):
        if col not in scored or not 0 < i < len(columns) - 1 or (
                _word(col) not in AMBIGUOUS_STATE_WORDS
                and (_top(scored, col) not in ("statuscode", "statecode")
                     or _word(col).startswith("status"))):
            continue
        city = _CITY.match(_top(scored, columns[i - 1]) or "")
        if city is None:
            continue
        side = city.group(1)
        if _top(scored, columns[i + 1]) not in {f"{side}_{part}" for part in _AFTER}:
            continue
        target = f"{side}_stateorprovince"
        if target not in names or _top(scored, col) == target:
            continue   # no such column, or read so already (English 'State')
        cands = [c for c in scored[col] if c[1] != target]
        score = max([SCORE] + [c[0] + 0.01 for c in cands[:1]])
        scored[col] = [(min(score, 1.0), target,
                        f"'{col}' (a state or a status) stands between the city and the "
                        f"postal code or country of an address: its state, "
                        f"{names[target].describe()}.")
                       ] + cands
