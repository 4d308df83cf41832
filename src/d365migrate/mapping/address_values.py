"""An address's parts under words no list reads, told by their values beside a part that is.

Held-out rounds in new languages miss an address's street, city, state and postal code under
the translator's own words (SuiteCRM Urdu's 'بلنگ گلی', 'بلنگ شہر', 'بلنگ اسٹیٹ', 'بلنگ پوسٹل
کوڈ': the billing street, city, state, postal code; Persian's, Lithuanian's, Invoice Ninja
Serbian's; issue 13's round H) while a part beside them is read: the country by its values,
the city by a word. Their values say which part each is, in any language: a street's have a
house number and words, a postal code's are mostly digits, a state's are short capital codes
beside a country, a city's are a few words without digits (the first such column, a state's
the next). A column takes a part only when it stands next to a read part of one address (or
next to a column that took one), no word of its header is read, and that address's part is
still free; a header any list reads keeps its reading, as every value reading does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import polars as pl

__all__ = ["address_parts_by_values", "state_country_swapped"]

#: A target of the first or second address: its number and its part.
_PART = re.compile(r"^address([12])_(line1|line2|line3|city|stateorprovince|postalcode"
                   r"|country)$")
#: How far from a read part a column may stand and still be its address's.
_REACH = 5
#: The share of a column's values that must have the part's shape.
_SHARE = 0.8
_STREET_SHARE = 0.6
_MIN_VALUES = 3
_POSTAL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{1,9}$")
_CODE = re.compile(r"^[A-Z]{2,3}$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")


def _values(series: pl.Series) -> list[str]:
    values = series.drop_nulls().cast(pl.Utf8).str.strip_chars()
    return [v for v in values.to_list() if v]


def _share(values: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values)


def _postal(v: str) -> bool:
    """'82411', '00-950', 'SW1A 1AA', '1234 AB': digits, and no word of three letters."""
    return bool(_POSTAL.match(v)) and sum(ch.isdigit() for ch in v) >= 2 and \
        not any(len(t) >= 3 and t.isalpha() for t in re.split(r"[ \-]", v))


def _street(v: str) -> bool:
    return bool(_DIGIT.search(v)) and bool(_LETTERS.search(v)) and len(v.split()) >= 2


def _unit(v: str) -> bool:
    """An apartment's, a suite's number: a word and a number ('Suite 612', 'Apt. 761')."""
    parts = v.split()
    return len(parts) == 2 and any(p.isdigit() for p in parts) and bool(_LETTERS.search(v))


def _place(v: str) -> bool:
    """A town's or a region's name: letters, a few words, no digits."""
    return (not _DIGIT.search(v) and bool(_LETTERS.search(v)) and len(v.split()) <= 4
            and len(v) <= 40 and "@" not in v and not _CODE.match(v))


def shape(series: pl.Series) -> str | None:
    """'street', 'unit' (an apartment's), 'postal', 'code' (a state's short capitals),
    'place' (a city's or a state's name), or None: which address part the values look like."""
    values = _values(series)
    if len(values) < _MIN_VALUES:
        return None
    if _share(values, _postal) >= _SHARE:
        return "postal"
    if _share(values, lambda v: bool(_CODE.match(v))) >= _SHARE:
        return "code"
    if _share(values, _unit) >= _SHARE:
        return "unit"
    if _share(values, _street) >= _STREET_SHARE:
        return "street"
    if _share(values, _place) >= _SHARE:
        return "place"
    return None


def _walk(columns: list[str], at: Mapping[str, int], side_of: Mapping[str, str],
          owner: Mapping[str, str], rows: pl.DataFrame, free: Callable[[str], bool]
          ) -> dict[str, tuple[str, str]]:
    """Unread columns of an address shape next to a read part, with the part's address:
    away from a street only rightwards (an address starts with it), from a country only
    leftwards (it closes one), from any other part both ways."""
    found: dict[str, tuple[str, str]] = {}   # column -> (side, shape)
    for col, side in sorted(side_of.items(), key=lambda kv: at[kv[0]]):
        part = next(t for t, c in owner.items() if c == col).split("_", 1)[1]
        steps = (1,) if part == "line1" else (-1,) if part == "country" else (-1, 1)
        for step in steps:
            i = at[col] + step
            while 0 <= i < len(columns) and abs(i - at[col]) <= _REACH:
                other = columns[i]
                if side_of.get(other) == side or (other in found and found[other][0] == side):
                    i += step
                    continue
                if other in side_of or other in found or not free(other):
                    break
                got = shape(rows[other])
                if got is None or got != "place" and any(
                        f == (side, got) for f in found.values()):
                    break   # no part, or a part this address has: the next address's
                found[other] = (side, got)
                i += step
    return found


def _trimmed(run: list[str], found: Mapping[str, tuple[str, str]]) -> list[str]:
    """A run of one address's columns without the unread ones at its ends that cannot end
    an address: a name of a place or a code after its last part (an assignee's name after a
    whole address), a place, a code or a street before its first part."""
    while run and run[-1] in found and found[run[-1]][1] in ("place", "code", "street"):
        run = run[:-1]
    while run and run[0] in found and found[run[0]][1] in ("place", "code"):
        run = run[1:]
    return run


def address_parts_by_values(rows: pl.DataFrame, columns: list[str],
                            owner: Mapping[str, str], targets: Mapping[str, object],
                            free: Callable[[str], bool]) -> list[tuple[str, str, str]]:
    """(column, target, why) for the unread columns beside an address's read parts."""
    at = {c: i for i, c in enumerate(columns)}
    side_of: dict[str, str] = {}       # column -> '1' or '2': a read part's address
    for target, col in owner.items():
        if (m := _PART.match(target)) and col in at:
            side_of[col] = m.group(1)
    taken = {t for t in owner if _PART.match(t)}
    found = _walk(columns, at, side_of, owner, rows, free)
    out: list[tuple[str, str, str]] = []
    for side in ("1", "2"):
        mine = sorted([c for c, s in side_of.items() if s == side]
                      + [c for c, (s, _) in found.items() if s == side], key=at.__getitem__)
        runs: list[list[str]] = []
        for col in mine:
            if runs and at[runs[-1][-1]] == at[col] - 1:
                runs[-1].append(col)
            else:
                runs.append([col])
        kept = [c for run in runs for c in _trimmed(run, found) if c in found]
        country = f"address{side}_country" in taken
        line1 = owner.get(f"address{side}_line1")
        places: list[str] = []
        for col in kept:
            got = found[col][1]
            if got == "place":
                places.append(col)
                continue
            part = {"street": "line1", "unit": "line2", "postal": "postalcode",
                    "code": "stateorprovince" if country else None}.get(got)
            if got == "street" and f"address{side}_line1" in taken:
                # a second street line only right after the first
                part = "line2" if line1 is not None and at[col] == at[line1] + 1 else None
            target = f"address{side}_{part}" if part else ""
            if part and target in targets and target not in taken:
                taken.add(target)
                out.append((col, target, f"no word of its name is read, but it stands in "
                            f"address {side}'s block and its values look like a "
                            f"{_WHAT[part]}"))
        free_parts = [p for p in ("city", "stateorprovince")
                      if f"address{side}_{p}" not in taken]
        if len(places) > len(free_parts):
            continue   # more names of places than parts left: which is which is unsaid
        for col, part in zip(places, free_parts, strict=False):
            target = f"address{side}_{part}"
            if target in targets:
                taken.add(target)
                out.append((col, target, f"no word of its name is read, but it stands in "
                            f"address {side}'s block and its values are a place's names "
                            f"({_WHAT[part]})"))
    return out


_WHAT = {"line1": "street with a house number", "line2": "second street line",
         "postalcode": "postal code", "stateorprovince": "state or province", "city": "city"}


def state_country_swapped(rows: pl.DataFrame, owner: Mapping[str, str],
                          country: Callable[[str], bool], spare: list[str]
                          ) -> list[tuple[str, str]]:
    """(column, target) for an address whose words read its state as the country and its
    country as the state (SuiteCRM Estonian's 'Riik arvel' over 'CA', 'NY' and 'Maakond
    arvel' over 'USA'; Slovenian's 'Država' and 'Regija': the translators' swap): the
    column read as the country holds no country's name but a state's short codes or names,
    the one read as the state (or, where none is, an unread one beside it: Slovenian
    contacts' 'Primarni naslov Regija') holds countries' names. The values outweigh the
    words."""
    out: list[tuple[str, str]] = []
    at = {c: i for i, c in enumerate(rows.columns)}
    for side in ("1", "2"):
        nation, state = owner.get(f"address{side}_country"), owner.get(
            f"address{side}_stateorprovince")
        if nation is None or shape(rows[nation]) not in ("code", "place"):
            continue
        if state is None:
            near = [c for c in spare if abs(at[c] - at[nation]) <= _REACH
                    and (v := _values(rows[c])) and _share(v, country) >= _SHARE]
            state = near[0] if len(near) == 1 else None
        if state is None:
            continue
        named, other = _values(rows[nation]), _values(rows[state])
        if not named or not other or _share(named, country) > 0 or \
                _share(other, country) < _SHARE:
            continue
        out += [(nation, f"address{side}_stateorprovince"), (state, f"address{side}_country")]
    return out
