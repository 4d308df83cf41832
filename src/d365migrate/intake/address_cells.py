"""A whole postal address in one cell, read part by part.

Some CRMs export an address as one field: EspoCRM's billing address, Kimai's customer
address, a vCard's ADR written out, each a few lines in one cell::

    345 Sugar Blvd.
    Denver, CA 82411
    USA

Loaded whole into the street, Dynamics 365 would hold the city, the postal code and the
country inside the first street line, and its views, duplicate rules and territory
assignment that read ``address1_city`` or ``address1_country`` would find nothing. Read
here only where the lines say plainly which is which: the street lines first, then a line
of the postal code and the city in one of the forms post offices print (US and Canadian
'City, ST 12345', continental '10115 Berlin', 'D-10115 Berlin', Dutch '1012 AB Amsterdam',
British 'London SW1A 1AA' or the postcode on a line of its own), then at most a country
named in one of the common languages (Babel's territory names: 'USA', 'Deutschland',
'Royaume-Uni'). Any other shape is not read: the cell stays whole in the street, as before.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["PARTS", "address_parts", "country_name"]

#: The parts an address cell is read into, in the order Dynamics 365 shows them.
PARTS = ("line1", "line2", "line3", "city", "stateorprovince", "postalcode", "country")
#: Locales whose country names are read (the languages of the word lists).
_LOCALES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "fi", "cs")
#: Names for countries that Babel's territory names do not give whole.
_COUNTRY_ALIASES = ("usa", "u.s.a.", "u.s.", "us", "united states of america", "uk", "u.k.",
                    "great britain", "england", "scotland", "wales", "holland", "brasil")

_US = re.compile(r"^(?P<city>[^\d,][^,]*?),\s*(?P<stateorprovince>[A-Za-z][A-Za-z .]{0,30}?)\.?\s+"
                 r"(?P<postalcode>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_CONTINENTAL = re.compile(r"^(?P<postalcode>(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?)\s+"
                          r"(?P<city>[^\d\s].*)$")
_DUTCH = re.compile(r"^(?P<postalcode>\d{4}\s?[A-Z]{2})\s+(?P<city>[^\d\s].*)$")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_UK = re.compile(rf"^(?P<city>[^\d,][^,\d]*?),?\s+(?P<postalcode>{_UK_POSTCODE})$")
_POSTCODE_ONLY = re.compile(rf"^(?P<postalcode>{_UK_POSTCODE})$")
_CITY_ONLY = re.compile(r"^[^\d,]{2,60}$")


@cache
def _countries() -> frozenset[str]:
    from babel import Locale  # a dependency of the notebooks' stack (jupyterlab)

    names = {n.lower() for code in _LOCALES
             for t, n in Locale.parse(code).territories.items() if t.isalpha()}
    return frozenset(names | set(_COUNTRY_ALIASES))


def country_name(line: str) -> bool:
    """Whether ``line`` is a country's name in one of the common languages."""
    return line.strip().rstrip(".").lower() in _countries() or \
        line.strip().lower() in _countries()


def _place(line: str) -> dict[str, str] | None:
    """The city, state and postal code a line holds, or None."""
    for form in (_US, _DUTCH, _CONTINENTAL, _UK):
        m = form.match(line)
        if m:
            return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    return None


def address_parts(cell: str | None) -> dict[str, str] | None:
    """The parts of a whole address written over several lines, or None where the lines
    do not say plainly which is which (one line; no postal code beside a city)."""
    if not cell:
        return None
    lines = [ln.strip() for ln in re.split(r"\r\n|\r|\n", cell) if ln.strip()]
    if len(lines) < 2:
        return None
    parts: dict[str, str] = {}
    if len(lines) >= 3 and country_name(lines[-1]):
        parts["country"] = lines.pop()
    place = _place(lines[-1]) if len(lines) >= 2 else None
    if place is not None:
        lines.pop()
    elif len(lines) >= 3 and _POSTCODE_ONLY.match(lines[-1]) and _CITY_ONLY.match(lines[-2]):
        place = {"city": lines[-2], "postalcode": lines[-1]}   # British: town, then postcode
        del lines[-2:]
    if place is None or not lines:
        return None
    parts |= place
    parts["line1"] = lines[0]
    if len(lines) > 1:
        parts["line2"] = lines[1]
    if len(lines) > 2:
        parts["line3"] = ", ".join(lines[2:])
    return parts
