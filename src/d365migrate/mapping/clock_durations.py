"""Durations an export writes on a clock face ('00:30', '1:15:00'): read as minutes.

Dataverse keeps an activity's length as a whole number of minutes (``actualdurationminutes``,
``scheduleddurationminutes``). Pipedrive writes it as ``00:30``, hours and minutes; read as a
number it was no number, so the duration was cleared and a call's end (its start plus its
length) fell on its start. A column mapped to a length in minutes whose values are clock
times gets ``clock`` in the map: ``h:mm`` (hours and minutes, with seconds ``h:mm:ss``) as
proposed, or ``m:ss`` where the analyst decides the two parts are minutes and seconds (a
phone system's call length): ``mapping.decisions.columns: {phonecall.actualdurationminutes:
{source: duration, transform: integer, clock: "m:ss"}}``. Seconds round to the nearest
minute. An end time computed from such a column reads it the same way (``plus_clock``). A
length whose name gives its unit ('Duration (hours)', 'call_length_seconds') is read in that
unit (``clock: hours`` / ``seconds``): an hour and a half loaded as 1.5 minutes, or a
five-minute call as 300, would be wrong without a word said.

A date and its time of day kept apart (Pipedrive's ``due_date`` 2021-07-28 beside
``due_time`` 15:15) are one moment: the date column's time of day is taken from its
``time`` sibling (``plus_minutes`` since midnight, read h:mm), so a task due at 15:15
arrives due at 15:15, not at midnight with its time left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.kinds import name_word_split
from d365migrate.intake.number_values import number_expr
from d365migrate.mapping.mapfile import MappingError
from d365migrate.mapping.span_units import with_span_units

__all__ = ["CLOCKS", "clock_minutes", "clock_of", "clock_seconds", "with_clock_durations",
           "with_time_of_day"]

#: How a length is read: a clock face's parts (the proposal's, and the analyst's other), or
#: a number in hours or seconds ('Duration (hours)': 1.5 is 90 minutes, never 1.5 minutes).
CLOCKS = ("h:mm", "m:ss", "hours", "seconds")
#: A length column's name word -> the unit its numbers are in.
UNIT_WORDS = {"hour": "hours", "hours": "hours", "hrs": "hours", "hr": "hours",
              "second": "seconds", "seconds": "seconds", "secs": "seconds", "sec": "seconds"}
#: A clock time; a time of day may say AM or PM ('08:00 AM', Outlook's and Yahoo!'s
#: calendars), which no length does.
CLOCK_VALUE = r"^\s*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*([AaPp]\.?[Mm]\.?)?\s*$"
#: Share of a column's values that must be clock times before the map reads them so.
MOST = 0.8


def _is_minutes(target: str) -> bool:
    return target.endswith("durationminutes")


def _unit_of(source: str) -> str | None:
    return next((UNIT_WORDS[w.lower()] for w in name_word_split(source)
                 if w.lower() in UNIT_WORDS), None)


def clock_shaped(values: pl.Series) -> bool:
    """Whether most of the non-empty values are clock times ('00:30', '1:15:00')."""
    text = values.drop_nulls().cast(pl.Utf8).str.strip_chars()
    text = text.filter(text != "")
    return text.len() > 0 and text.str.contains(CLOCK_VALUE).mean() >= MOST


def clock_minutes(text: pl.Expr, clock: str | None, decimal: str | None = ".",
                  thousands: str | None = None) -> pl.Expr:
    """``text`` with each clock time replaced by its minutes (as text, for the number
    reader): '01:30' is 90 under ``h:mm``, 2 under ``m:ss`` ('1:30' = 1 min 30 s, rounded);
    other text as it is. Hours and seconds are numbers written the column's way
    (``decimal``/``thousands``: '1,5' hours is 90 minutes where the comma is decimal)."""
    if not clock:
        return text
    if clock not in CLOCKS:
        raise MappingError(f"clock: one of {', '.join(CLOCKS)}, not {clock!r}")
    if clock in ("hours", "seconds"):
        number = number_expr(text, decimal, thousands)
        minutes = (number * 60 if clock == "hours" else number / 60).round(0).cast(pl.Int64)
        return pl.when(minutes.is_not_null()).then(minutes.cast(pl.Utf8)).otherwise(text)
    # a clock face's seconds, rounded to the nearest minute (30 s and over: up)
    minutes = (_face_seconds(text, clock) + 30) // 60
    return pl.when(minutes.is_not_null()).then(minutes.cast(pl.Utf8)).otherwise(text)


def _face_seconds(text: pl.Expr, clock: str) -> pl.Expr:
    """A clock face's length in seconds ('01:30' under ``h:mm`` 5400, under ``m:ss`` 90; a
    third part is seconds after hours and minutes either way); null where no clock time."""
    parts = text.cast(pl.Utf8).str.extract_groups(CLOCK_VALUE)
    first, second, third = (parts.struct.field(str(i)).cast(pl.Int64) for i in (1, 2, 3))
    if clock == "h:mm":
        noon = parts.struct.field("4").str.to_lowercase().str.slice(0, 1)  # a, p or none
        first = pl.when((noon == "p") & (first < 12)).then(first + 12).when(
            (noon == "a") & (first == 12)).then(0).otherwise(first)   # 12-hour clock
        return first * 3600 + second * 60 + third.fill_null(0)
    # minutes and seconds; a third part would be hours first: h:mm:ss still
    return pl.when(third.is_null()).then(first * 60 + second) \
        .otherwise(first * 3600 + second * 60 + third)


def clock_seconds(text: pl.Expr, clock: str | None, decimal: str | None = ".",
                  thousands: str | None = None) -> pl.Expr:
    """``text``'s length in whole seconds, as an end time adds it to its start: a call of
    80 seconds ends 80 seconds after it began, not its whole minutes later (RingCentral's
    call log, round Z44). Minutes where the column names no clock; null where unread."""
    if clock not in (None, *CLOCKS):
        raise MappingError(f"clock: one of {', '.join(CLOCKS)}, not {clock!r}")
    if clock in (None, "hours", "seconds"):
        number = number_expr(text, decimal, thousands)
        return (number * {None: 60, "hours": 3600, "seconds": 1}[clock]).round(0) \
            .cast(pl.Int64)
    return _face_seconds(text, clock)


def clock_of(tmap: Mapping[str, Any], col: Mapping[str, Any]) -> str | None:
    """How an end time's duration column is read: as the map reads that column (the
    analyst may have decided m:ss), else as the end time says."""
    return next((c["clock"] for c in tmap.get("columns") or [] if c.get("clock")
                 and c.get("source") == col.get("plus_minutes")), col.get("plus_clock"))


def with_clock_durations(entries: list[dict[str, Any]],
                         frames: Mapping[str, pl.DataFrame]) -> list[dict[str, Any]]:
    """The map's entries with each length in minutes read from clock times given
    ``clock: h:mm`` (said in its reason), and each end time computed from such a column
    ``plus_clock``; ``frames``: the export's files by source name."""
    for entry in entries:
        df = frames.get(str(entry.get("source") or ""))
        if df is None:
            continue
        def shaped(column: Any, df: pl.DataFrame = df) -> bool:  # read only where asked
            return column in df.columns and df[column].dtype == pl.Utf8 \
                and clock_shaped(df[column])

        columns = entry.get("columns") or []
        for col in columns:
            if not _is_minutes(str(col.get("target"))) or col.get("clock") \
                    or col.get("transform") != "integer":
                continue
            unit = _unit_of(str(col.get("source") or ""))
            if unit:  # 'Duration (hours)': 1.5 is 90 minutes
                col["clock"] = unit
                col["reason"] = (f"{col.get('reason') or ''}; its name says {unit}: read as "
                                 f"minutes ({'x 60' if unit == 'hours' else '/ 60'}, rounded)"
                                 ).lstrip("; ")
            elif shaped(col.get("source")):
                col["clock"] = "h:mm"
                col["reason"] = (f"{col.get('reason') or ''}; its values are clock times "
                                 "('00:30'): read as hours and minutes (h:mm), 90 minutes "
                                 "for '01:30'").lstrip("; ")
        for col in columns:  # an end time from such a column (the map's own, else h:mm)
            if col.get("plus_minutes") and shaped(col["plus_minutes"]):
                col.setdefault("plus_clock", "h:mm")
    return with_span_units(entries, frames)   # hours or seconds, as start and end say


def _time_sibling(source: str, columns: list[str]) -> str | None:
    """The column naming the time of the date ``source`` names ('due_date' -> 'due_time',
    'Date Start' -> 'Time Start'), if the file has it."""
    for date, time in (("date", "time"), ("Date", "Time"), ("DATE", "TIME")):
        if date in source and (sibling := source.replace(date, time)) in columns:
            return sibling
    # German Outlook's 'Beginnt am' (the day) beside 'Beginnt um' (the time)
    if source.endswith(" am") and (sibling := source[:-2] + "um") in columns:
        return sibling
    return None


def with_time_of_day(entries: list[dict[str, Any]],
                     frames: Mapping[str, pl.DataFrame]) -> list[dict[str, Any]]:
    """The map's date-time columns read from a date beside its own time column, with that
    time of day added (said in the reason), the time column no longer left out."""
    for entry in entries:
        df = frames.get(str(entry.get("source") or ""))
        if df is None:
            continue
        mapped = {c.get("source") for c in entry.get("columns") or []}
        for col in entry.get("columns") or []:
            time = _time_sibling(str(col.get("source") or ""), df.columns)
            if col.get("transform") != "datetime" or col.get("plus_minutes") or time is None \
                    or time in mapped or df[time].dtype != pl.Utf8 \
                    or not clock_shaped(df[time]):
                continue
            col.update(plus_minutes=time, plus_clock="h:mm")
            col["reason"] = (f"{col.get('reason') or ''}; its time of day from '{time}' "
                             "(hours:minutes)").lstrip("; ")
            entry["unmapped"] = [c for c in entry.get("unmapped") or [] if c != time]
            (entry.get("unmapped_reasons") or {}).pop(time, None)
    return entries
