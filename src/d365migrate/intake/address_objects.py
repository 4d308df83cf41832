"""Cells that hold a postal address as one JSON object, read as one column per part.

CRMs read through their API write an address as an object: Copper's
``{"street": "301 Howard Street", "city": "San Francisco", "state": "CA",
"postal_code": "94105", "country": null}``. Read as it is, the whole object went into the
first street line, the city, state, postal code and country with it, as JSON. Here a
column whose cells are such objects (nine in ten of its filled cells, each with two or more
of an address's parts and nothing of a record's: no id, no name) becomes one column per
part, named ``<column> <part>`` ('address city', 'billing_address postal_code'), which the
vocabulary reads as that address's city, postal code... A part empty on every row is left
out; a column whose part names the file already has is left as it is.
"""

from __future__ import annotations

import hashlib
from typing import Any

import polars as pl

from d365migrate.intake.dialect import Problem
from d365migrate.intake.list_pages import json_object

__all__ = ["ADDRESS_PARTS", "spread_address_objects"]

#: Keys of an address object's parts (lower case).
ADDRESS_PARTS = frozenset({"street", "street1", "street2", "street3", "line1", "line2",
                           "line3", "address1", "address2", "address_line1", "address_line2",
                           "city", "town", "locality", "state", "province", "region",
                           "county", "postal_code", "postalcode", "postcode", "zip",
                           "zip_code", "zipcode", "country", "country_code", "countrycode"})
#: Keys that make an object a record (a linked company), not an address.
_RECORD_KEYS = frozenset({"id", "name", "_href", "href", "url"})
SHARE = 0.9
_SAMPLE = 2000


def _address(cell: str | None) -> dict[str, Any] | None:
    obj = json_object(cell or "")
    if not obj:
        return None
    keys = {str(k).lower() for k in obj}
    if keys & _RECORD_KEYS or len(keys & ADDRESS_PARTS) < 2 or not keys <= ADDRESS_PARTS:
        return None
    if any(isinstance(v, (dict, list)) for v in obj.values()):
        return None
    return obj


def _is_address_column(s: pl.Series) -> bool:
    cells = s.drop_nulls().head(_SAMPLE * 2).str.strip_chars()
    cells = cells.filter(cells != "").head(_SAMPLE)
    if not cells.len() or not cells.str.starts_with("{").any():
        return False
    read = [_address(c) for c in cells.to_list()]
    return sum(r is not None for r in read) >= SHARE * len(read)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip() if not isinstance(value, bool) else str(value).lower()
    return text or None


def spread_address_objects(exp: Any) -> None:
    """Read each column of address objects (see the module) as one column per part."""
    for source, df in list(exp.tables.items()):
        spread: list[str] = []
        for column in df.columns:
            if df[column].dtype != pl.Utf8 or not _is_address_column(df[column]):
                continue
            objects = [_address(c) for c in df[column].to_list()]
            parts: list[str] = []
            for obj in objects:
                parts += [k for k in (obj or {}) if k not in parts]
            names = {p: f"{column} {p}" for p in parts}
            if any(n in df.columns for n in names.values()):
                continue
            new = [pl.Series(names[p], [_text((o or {}).get(p)) for o in objects],
                             dtype=pl.Utf8) for p in parts]
            new = [s for s in new if s.null_count() < s.len()]
            if not new:
                continue
            at = df.columns.index(column)
            df = df.drop(column)
            for offset, s in enumerate(new):
                df = df.insert_column(at + offset, s)
            spread.append(column)
        if not spread:
            continue
        exp.tables[source] = df
        file = exp.guesses[source].file
        exp.problems.append(Problem(file, None, (
            "columns holding a postal address as one object in each cell, read one column "
            f"a part (street, city, state, postal code, country): "
            f"{', '.join(repr(c) for c in spread)}"), "warning"))
        if source in exp._cache_keys:  # the column guesses are of these columns now
            exp._cache_keys[source] = hashlib.sha256(
                f"{exp._cache_keys[source]}:address-objects".encode()).hexdigest()
