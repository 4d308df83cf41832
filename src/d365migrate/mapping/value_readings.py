"""Columns read by their values alone, after no word of their header read them.

Every held-out round in a new language misses the same fields, each translator's own word
for them: the status, the description, an activity's start and end, the created stamp
(issue 13's rounds, tests/data/answer_keys/MEASUREMENTS.md). Their values say what they
are in any language: a status's values are the options Dataverse labels (or their
translations), a description is sentences, a meeting ends after it starts on every row, a
record is changed after it is created. Each reading here fills only a column no word read
and a target no other column claimed, at the value-only confidence, so a header the
vocabulary knows always wins over it, and the analyst confirms it as any suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import polars as pl

from d365migrate.intake.values import FALSE, TRUE, parse_dates
from d365migrate.mapping.choice_values import choice_values
from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.targets import Attr

__all__ = ["read_by_values"]

_Cand = tuple[float, str, str]
#: The choice types whose options values can name (a Status reason before a State; a
#: two-option column such as a call's direction, Outgoing or Incoming, last).
_CHOICE_ORDER = {"Status": 0, "Picklist": 1, "State": 2, "Boolean": 3}
#: At most this many distinct values make a choice column; most rows repeat one of them.
_MAX_OPTIONS = 25
#: A description's values: sentences, not labels (mean characters, mean words).
_TEXT_CHARS, _TEXT_WORDS = 40, 6
#: Rows two date columns must share before their order says anything.
_MIN_PAIRED = 3
#: Created and modified stamps are equal on a record never changed since: at least this share.
_UNCHANGED_SHARE = 0.2


def read_by_values(rows: pl.DataFrame, columns: list[str], attrs: Mapping[str, Mapping[str, Any]],
                   names: Mapping[str, Attr], profiles: Mapping[str, Profile],
                   scored: dict[str, list[_Cand]], owner: dict[str, str],
                   best: dict[str, int], unmapped: dict[str, str], confidence: float,
                   is_key: Callable[[str], bool]) -> None:
    """Give the columns no word read the targets their values call for (in place)."""
    def free(col: str) -> bool:
        p = profiles.get(col)
        return (p is not None and col not in best and not scored.get(col)
                and col not in unmapped and not is_key(col) and p.ref is None
                and not p.custom and p.kind != "empty")

    def take(col: str, target: str, why: str) -> None:
        scored[col] = [(confidence, target, why)]
        best[col] = 0
        owner[target] = col

    for col, target, why in _date_pairs(rows, [c for c in columns if free(c)], names,
                                        profiles, owner):
        take(col, target, why)
    for col in [c for c in columns if free(c)]:
        found = _choice(rows[col], profiles[col], attrs, names, owner)
        if found:
            take(col, *found)
    if "description" in names and "description" not in owner:
        texts = [(_mean_chars(profiles[c]), c) for c in columns
                 if free(c) and profiles[c].kind == "text" and _sentences(profiles[c])]
        if texts:
            col = max(texts)[1]
            take(col, "description", "no word of its name is read, but its values are "
                 f"sentences: {names['description'].describe()}")


def _choice(series: pl.Series, p: Profile, attrs: Mapping[str, Mapping[str, Any]],
            names: Mapping[str, Attr], owner: Mapping[str, str]) -> tuple[str, str] | None:
    """The one free choice whose options the column's recurring values name."""
    if p.kind != "text" or not 2 <= p.distinct <= _MAX_OPTIONS or p.nonnull < 2 * p.distinct:
        return None
    if all(v.strip().lower() in TRUE | FALSE for v in p.values):
        return None   # yes/no: a flag, which no choice's options tell apart
    found: list[tuple[float, int, str]] = []
    for logical, a in names.items():
        if a.atype not in _CHOICE_ORDER or logical in owner or logical not in attrs:
            continue
        read = choice_values(series, dict(attrs[logical]))
        hits = sum(1 for v in read.values() if v is not None)
        if hits >= 2 and hits / max(len(read), 1) >= 0.75:
            found.append((hits / len(read), _CHOICE_ORDER[a.atype], logical))
    if not found:
        return None
    found.sort(key=lambda f: (-f[0], f[1]))
    if len(found) > 1 and found[1][:2] == found[0][:2]:
        return None   # two choices alike ('High' a priority and a rating): undecided
    logical = found[0][2]
    return logical, (f"no word of its name is read, but its values ({', '.join(p.values[:3])}) "
                     f"are the options of {names[logical].describe()}")


def _mean_chars(p: Profile) -> float:
    return sum(len(v) for v in p.values) / max(len(p.values), 1)


def _sentences(p: Profile) -> bool:
    """Free text: long values of several words, most of them different."""
    if not p.values or p.distinct < max(2, p.nonnull // 2):
        return False
    words = sum(len(v.split()) for v in p.values) / len(p.values)
    return _mean_chars(p) >= _TEXT_CHARS and words >= _TEXT_WORDS


def _stamps(series: pl.Series) -> pl.Series | None:
    """The column as datetimes, or None when its values are no dates."""
    if series.dtype in (pl.Date, pl.Datetime):
        return series.cast(pl.Datetime("us"))
    parsed = parse_dates(series.cast(pl.Utf8))
    return parsed.values if parsed.formats and not parsed.failed.height else None


def _date_pairs(rows: pl.DataFrame, free: list[str], names: Mapping[str, Attr],
                profiles: Mapping[str, Profile], owner: Mapping[str, str]
                ) -> list[tuple[str, str, str]]:
    """Two date columns, the first never after the second: an activity's start and end,
    else a record's created and modified stamps (the modified one stays unmapped)."""
    dates = {c: s for c in free if profiles[c].kind in ("date", "datetime")
             and (s := _stamps(rows[c])) is not None}
    cols = list(dates)
    pairs = sorted(((j - i, a, b) for i, a in enumerate(cols) for j, b in enumerate(cols)
                    if i < j), key=lambda x: x[0])
    activity = "scheduledstart" in names and "scheduledend" in names and not (
        {"scheduledstart", "scheduledend"} & set(owner))
    created = "overriddencreatedon" in names and "overriddencreatedon" not in owner
    out: list[tuple[str, str, str]] = []
    used: set[str] = set()
    for _, a, b in pairs:
        if a in used or b in used:
            continue
        both = pl.DataFrame({"a": dates[a], "b": dates[b]}).drop_nulls()
        if both.height < _MIN_PAIRED or not (both["a"] <= both["b"]).all() \
                or (both["a"] == both["b"]).all():
            continue
        same = float((both["a"] == both["b"]).mean() or 0.0)
        timed = all(_has_time(dates[c]) for c in (a, b))
        if activity and same < _UNCHANGED_SHARE:
            out += [(a, "scheduledstart", f"no word of its name is read, but it is never after "
                     f"'{b}': {names['scheduledstart'].describe()}"),
                    (b, "scheduledend", f"no word of its name is read, but it is never before "
                     f"'{a}': {names['scheduledend'].describe()}")]
            activity = False
        elif created and timed and _spread(both) > timedelta(days=1):
            out.append((a, "overriddencreatedon", "no word of its name is read, but its "
                        f"stamps are never after '{b}' (a record changed after it was "
                        f"created): {names['overriddencreatedon'].describe()}"))
            created = False
        else:
            continue
        used |= {a, b}
    return out


def _has_time(s: pl.Series) -> bool:
    """Some value has a time of day: a stamp, not a calendar date."""
    stamps = s.drop_nulls()
    return bool(stamps.len()) and bool(((stamps.dt.hour() != 0) | (stamps.dt.minute() != 0)
                                        ).any())


def _spread(both: pl.DataFrame) -> timedelta:
    """How far apart the pair's rows lie at most: a meeting's ends lie hours apart, a
    record's changes months."""
    gap = (both["b"] - both["a"]).max()
    return gap if isinstance(gap, timedelta) else timedelta(0)

