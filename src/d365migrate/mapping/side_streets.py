"""A side's bare 'Address' beside that side's city, state or code: the street line.

vtiger CRM and its fork coreBOS label an address's street field with the address's name
('Billing Address', 'Shipping Address', 'Mailing Address'), the other parts with the side and
the part ('Billing City', 'Billing Code', 'Billing Po Box'). Beside those parts the bare
address is its street: the first line of that side's address (``billto_line1`` on a sale,
``address1_line1`` on a record of its own). Alone, a 'Billing Address' may hold the whole
address in one cell and says no part: nothing is offered for it here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.mapping.vocabulary import source_words

__all__ = ["side_street_candidates", "side_street_targets"]

#: A side's word -> its street line on a sale (order, quote, invoice), then on a record's own.
_SIDES = {"billing": ("billto_line1", "address1_line1"),
          "shipping": ("shipto_line1", "address2_line1"),
          "mailing": ("address1_line1",)}
#: The other parts of an address, named after the side ('Billing City', 'Billing Zip Code').
_PARTS = {("city",), ("state",), ("province",), ("code",), ("zip",), ("zip", "code"),
          ("postal", "code"), ("postcode",), ("country",), ("po", "box")}
SCORE = 0.9


def side_street_targets(name: str, columns: Iterable[str]) -> tuple[str, ...]:
    """The street-line columns a side's bare 'Address' may fill, best first; () when the
    name is no side's bare address or no part of that side's address stands beside it."""
    words = source_words(name)[0]
    if len(words) != 2 or words[1] != "address" or words[0] not in _SIDES:
        return ()
    side = words[0]
    for other in columns:
        ws = source_words(other)[0]
        if ws[:1] == [side] and tuple(ws[1:]) in _PARTS:
            return _SIDES[side]
    return ()


def side_street_candidates(name: str, columns: Iterable[str], names: Mapping[str, Any],
                           cands: list[tuple[float, str, str]]
                           ) -> list[tuple[float, str, str]]:
    """``cands`` with the side's street line added when nothing else was found for it."""
    if cands:
        return cands
    for target in side_street_targets(name, columns):
        if target in names:
            side = source_words(name)[0][0]
            return [(SCORE, target, f"'{name}' stands beside the other parts of the {side} "
                     f"address (its city, code): the street, {names[target].describe()}")]
    return cands
