"""A suburb with no city beside it is the address's city.

osCommerce and Zen Cart print a 'Suburb' under the street and beside the city: an extra
locality line (address line 2). Australian and New Zealand programs write the locality
itself as the suburb (Jethro's 'SUBURB' beside a state and a postcode, no city): there it is
the address's city, the column Dynamics 365 has for the town a letter goes to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.kinds import ascii_folded, name_word_split

__all__ = ["suburb_candidates"]

#: Words of a column naming an address's town, in the common European languages.
CITY_WORDS = frozenset({"city", "town", "locality", "stadt", "ort", "wohnort", "ville",
                        "localite", "ciudad", "localidad", "poblacion", "citta", "localita",
                        "comune", "plaats", "woonplaats", "cidade", "localidade", "miasto",
                        "mesto"})
_LINE = re.compile(r"^address(\d)_line[23]$")
SCORE = 0.86


def _words(column: str) -> set[str]:
    return {ascii_folded(w.lower()) for w in name_word_split(column)}


def suburb_candidates(name: str, columns: Iterable[str], names: Mapping[str, Any],
                      cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """``cands`` with the city first for a suburb when no column beside names a city."""
    if "suburb" not in _words(name) or any(
            c != name and _words(c) & CITY_WORDS for c in columns):
        return cands
    side = next((m.group(1) for _, t, _ in cands if (m := _LINE.match(t))), "1")
    target = f"address{side}_city"
    if target not in names:
        return cands
    why = (f"'{name}' is the address's locality and no column beside it names a city: "
           f"the town a letter goes to, {names[target].describe()}")
    return [(SCORE, target, why)] + [c for c in cands if c[1] != target and not _LINE.match(c[1])]
