"""An address's parts given twice under the same labels: the second time, the second address.

Some translations give a record's billing and shipping address the same words (Invoice
Ninja's French: 'Rue', 'Ville', 'Code postal', 'Pays' for both, keys120); the reader reads
the second of a repeated header as '<label>_2'. Where '<label>' is read as a part of the
first address (address1_city), '<label>_2' is that part of the second address
(address2_city), offered first: the export lays one address block after the other. A
repeated header read as anything else keeps its reading (a contact's second 'Phone').

A block follows its street, and the street may say whose it is: Thunderbird's French CSV
(Zimbra's) writes 'Adresse privée', 'Ville', 'Code postal', then 'Adresse professionnelle',
'Ville', 'Code postal'. Where the first block's street is the second address's (a home
street: address2_line1) and the second block's street the first address's, the blocks
take their streets' addresses (``sided_address_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

__all__ = ["second_address_parts", "sided_address_parts"]

_FIRST = re.compile(r"^address1_(\w+)$")
_PART = re.compile(r"^address([12])_(\w+)$")
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
    repeats = {col: part for col in columns if (m := _REPEATED.match(col)) is not None
               and m.group(1) in present
               and (part := _FIRST.match(_top(scored, m.group(1)) or "")) is not None}
    if list(p.group(1) for p in repeats.values()) == ["line1"]:
        return   # a street alone repeated is its own second line (Syncro's 'address',
        # 'address_2'): no second address's other part stands beside it
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


def _street_before(columns: Sequence[str], at: int,
                   scored: Mapping[str, list[tuple[float, str, str]]]) -> str | None:
    """The address ('1' or '2') of the nearest street column before ``columns[at]``."""
    for col in reversed(columns[:at]):
        m = _PART.match(_top(scored, col) or "")
        if m and m.group(2) == "line1":
            return m.group(1)
    return None


def sided_address_parts(columns: Sequence[str], names: Mapping[str, Any],
                        scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Swap a repeated block's parts where each block's street says the other address
    (module docstring; after :func:`second_address_parts`; ``scored`` changed in place)."""
    cols = list(columns)
    for col in cols:
        m = _REPEATED.match(col)
        if m is None or m.group(1) not in cols:
            continue
        first, second = m.group(1), col
        a, b = _PART.match(_top(scored, first) or ""), _PART.match(_top(scored, second) or "")
        if not (a and b and a.group(2) == b.group(2) and a.group(1) == "1"
                and b.group(1) == "2" and a.group(2) != "line1"):
            continue
        if (_street_before(cols, cols.index(first), scored),
                _street_before(cols, cols.index(second), scored)) != ("2", "1"):
            continue
        for c, target in ((first, f"address2_{a.group(2)}"), (second, f"address1_{a.group(2)}")):
            if target not in names:
                break
            rest = [x for x in scored.get(c, []) if x[1] != target]
            scored[c] = [(SCORE, target, f"'{c}' follows the street of "
                          f"{names[target].describe()}'s address: its part.")] + rest
