"""An address's parts given twice under the same labels: the second time, the second address.

Some translations give a record's billing and shipping address the same words (Invoice
Ninja's French: 'Rue', 'Ville', 'Code postal', 'Pays' for both, keys120); the reader reads
the second of a repeated header as '<label>_2'. Where '<label>' is read as a part of the
first address (address1_city), '<label>_2' is that part of the second address
(address2_city), offered first: the export lays one address block after the other. A
repeated header read as anything else keeps its reading (a contact's second 'Phone').
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

__all__ = ["second_address_parts"]

_FIRST = re.compile(r"^address1_(\w+)$")
_REPEATED = re.compile(r"^(.+)_2$")
SCORE = 0.95


def _top(scored: Mapping[str, list[tuple[float, str, str]]], column: str) -> str | None:
    cands = scored.get(column) or []
    return cands[0][1] if cands else None


def second_address_parts(columns: Sequence[str], names: Mapping[str, Any],
                         scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Offer the second address's part first for a repeated header whose first reading is
    the first address's part (module docstring; ``scored`` changed in place)."""
    present = set(columns)
    for col in columns:
        m = _REPEATED.match(col)
        if m is None or m.group(1) not in present:
            continue
        part = _FIRST.match(_top(scored, m.group(1)) or "")
        target = f"address2_{part.group(1)}" if part else None
        if target is None or target not in names or _top(scored, col) == target:
            continue
        cands = [c for c in scored.get(col, []) if c[1] != target]
        scored[col] = [(SCORE, target,
                        f"'{col}' repeats the header '{m.group(1)}', read as the first "
                        f"address's part: the second address's, {names[target].describe()}.")
                       ] + cands
