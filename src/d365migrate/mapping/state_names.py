"""The states of the United States and the provinces and territories of Canada, by name and
by postal abbreviation: a column of them is an address's state or province.

A shop's order list heads the buyer's state 'state' ('Minnesota', 'Texas': Evidence's
Needful Things), and the vocabulary reads the bare word as the record's status; a status
has a handful of options, never fifty places. Only these two countries' lists are kept:
their abbreviations are what North American exports write, and their names cannot be a
record's status.
"""

from __future__ import annotations

__all__ = ["STATE_NAMES", "state_names"]

_US = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida",
    "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
    "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam",
    "VI": "Virgin Islands", "AS": "American Samoa", "MP": "Northern Mariana Islands"}
_CANADA = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories",
    "NU": "Nunavut", "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec",
    "SK": "Saskatchewan", "YT": "Yukon"}
#: Names and abbreviations, lower case, letters only ('newyork', 'ny').
STATE_NAMES = frozenset(
    "".join(ch for ch in s.lower() if ch.isalpha())
    for table in (_US, _CANADA) for pair in table.items() for s in pair)
#: The share of a column's different values that must be states or provinces.
SHARE = 0.9
#: Different values a column needs before its values say places: two or three of 'OR',
#: 'IN', 'ME' may be words of another kind.
MIN_VALUES = 4


def state_names(values: tuple[str, ...]) -> bool:
    """Whether a column's different values are (nearly all) states or provinces."""
    vals = {"".join(ch for ch in v.lower() if ch.isalpha()) for v in values if v and v.strip()}
    vals.discard("")
    if len(vals) < MIN_VALUES:
        return False
    return sum(v in STATE_NAMES for v in vals) >= SHARE * len(vals)
