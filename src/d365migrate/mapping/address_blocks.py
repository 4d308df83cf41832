"""An address block named by a word nobody reads: its parts are one address's parts.

SuiteCRM's translations name a record's two addresses by words the vocabulary may not hold:
Russian 'Расчётный адрес - город' (the billing address's city), Danish 'Faktura By', Turkish
'Teslim Adresi Şehir' (the delivery address's city), Polish 'Miasto główne' (the primary
city). Each such header reads as an address part (city, state, postal code, country, street)
plus words left unread. Columns whose unread words are the same and which name at least
three different parts are one address block: the first block the table writes is its first
address (``address1_*``), the next its second, unless the block's word says its side
('billing', 'primary' -> the first; 'shipping', 'other' -> the second) or its columns' own
readings already say which address they fill; beside parts named plainly ('Postkod', 'Ort':
the record's own, its first address) a named block is the second. A part two columns of one
block claim stays as the vocabulary read it, and so does every block where three or more
addresses stand (CiviCRM's import: a mother's, a sister's address beside the own).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

__all__ = ["block_address_parts"]

#: The words of an address part, as the vocabulary reads them -> the part's column suffix.
_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("postal", "code"), "postalcode"), (("zip", "code"), "postalcode"),
    (("post", "code"), "postalcode"), (("postcode",), "postalcode"), (("zip",), "postalcode"),
    (("street",), "line1"), (("city",), "city"), (("town",), "city"),
    (("state",), "stateorprovince"), (("province",), "stateorprovince"),
    (("country",), "country"))
#: Side words: the first address (billing, primary, mailing) or the second (shipping, other).
_FIRST = frozenset({"billing", "bill", "primary", "main", "mailing", "invoice"})
_SECOND = frozenset({"shipping", "ship", "delivery", "other", "alternate", "alt",
                     "secondary"})
_ADDRESS = frozenset({"address", "addr"})
SCORE = 0.95
#: A target of the first or second address ('address2_city'), its number.
_NUMBERED = re.compile(r"^address([12])_")


def _reading(words: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """The part a header's words name and the words left beside it (its block's name). A
    street beside another part is the address's word read as a street (Danish 'adresse')."""
    ws = list(words)
    found: list[tuple[int, int, str]] = []
    for part_words, part in _PARTS:
        n = len(part_words)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i:i + n]) == part_words and not any(
                    i < j + m and j < i + n for j, m, _ in found):
                found.append((i, n, part))
    if len(found) > 1:
        found = [f for f in found if f[2] != "line1"]
    if len(found) == 1:
        i, n, part = found[0]
        drop = _ADDRESS | {"street"}
        return part, tuple(w for w in ws[:i] + ws[i + n:] if w not in drop)
    if not found and any(w in _ADDRESS for w in ws):   # 'Adres główny': the street
        return "line1", tuple(w for w in ws if w not in _ADDRESS)
    return None


def _stem(words: tuple[str, ...]) -> tuple[str, ...]:
    """A block's name, its words' inflections cut ('glowny', 'glowne': one word)."""
    return tuple(w[:5] for w in words if not w.isdigit())


def block_address_parts(columns: Sequence[str], words: Mapping[str, Sequence[Sequence[str]]],
                        names: Mapping[str, Any],
                        scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Offer each column of an address block its address's part first (module docstring).
    ``words``: each column's readings (the vocabulary's, first the best); ``scored`` is
    changed in place."""
    blocks: dict[tuple[str, ...], dict[str, list[str]]] = {}
    order: dict[tuple[str, ...], int] = {}
    sides: dict[tuple[str, ...], int] = {}
    for i, col in enumerate(columns):
        read = next((r for ws in words.get(col, ()) if (r := _reading(ws))), None)
        if read is None:
            continue
        part, rest = read
        side = {1 for w in rest if w in _FIRST} | {2 for w in rest if w in _SECOND}
        key = _stem(rest)
        if len(side) == 1:
            sides[key] = next(iter(side))
        blocks.setdefault(key, {}).setdefault(part, []).append(col)
        order.setdefault(key, i)
    full = [k for k, parts in blocks.items() if len(parts) >= 3 and k]
    plain = len(blocks.get((), {})) >= 2   # 'Postkod', 'Ort': the record's own address
    if not full or len(full) + plain > 2:
        return   # a mother's, a sister's address beside the own (CiviCRM's import): whose?
    taken: dict[tuple[str, ...], int] = {(): 1} if plain else {}
    for key in full:   # a block's side: its word's, else what its columns already read as
        tops = {m[1] for col in _cols(blocks[key])
                if (m := _NUMBERED.match(_top(scored, col) or ""))}
        if key in sides:
            taken[key] = sides[key]
        elif len(tops) == 1:
            taken[key] = int(next(iter(tops)))
    free = [n for n in (1, 2) if n not in taken.values()]
    for key in sorted((k for k in full if k not in taken), key=order.__getitem__):
        if not free:
            break
        taken[key] = free.pop(0)
    if len(set(taken.values())) != len(taken):
        return   # two blocks say they are one address: leave both as read
    for key, n in taken.items():
        if not key:
            continue   # the plain address keeps its own readings
        for part, cols in blocks[key].items():
            target = f"address{n}_{part}"
            if len(cols) != 1 or target not in names or _top(scored, cols[0]) == target:
                continue
            col = cols[0]
            others = [c for c in scored.get(col, []) if c[1] != target]
            scored[col] = [(SCORE, target,
                            f"'{col}' is a part of an address block ({len(blocks[key])} parts "
                            f"named alike): {names[target].describe()}.")] + others


def _cols(parts: Mapping[str, list[str]]) -> list[str]:
    return [c for cols in parts.values() for c in cols]


def _top(scored: Mapping[str, list[tuple[float, str, str]]], column: str) -> str | None:
    cands = scored.get(column) or []
    return cands[0][1] if cands else None
