"""A length in hours or seconds, told by the record's own start and end.

Dataverse keeps an activity's length in minutes. Odoo's calendar writes a meeting's
``duration`` in hours (6.3 for 10:20-16:30); read as minutes, a seven-hour meeting loads
as seven minutes, and 6.3 as no whole number at all. Where the same rows give a start and
an end, their span says the unit: a length whose numbers are the span in hours (x 60) on
most rows that have all three is read in hours; in seconds (/ 60) likewise; one already in
minutes is left as it is. Without a start and an end, a column of the same rows counting
minutes says it too: Zendesk Talk's ``duration`` (seconds: 349) beside ``minutes_billed``
(6, the seconds / 60 rounded up) is in seconds. A call's length with neither, whose typical
value would be a call of over three hours in minutes, is in seconds (Sellsy's 1020: a
17-minute call). The reason says what the rows showed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.number_values import number_expr
from d365migrate.intake.values import datetime_expr

__all__ = ["with_span_units"]

_STARTS = ("scheduledstart", "actualstart")
_ENDS = ("scheduledend", "actualend")
#: Share of the rows with a start, an end and a length that must agree with a unit.
MOST = 0.8


def _unit(df: pl.DataFrame, length: str, start: str, end: str) -> str | None:
    """'hours' or 'seconds' when ``length``'s numbers are the rows' span in that unit."""
    span = (datetime_expr(pl.col(end)) - datetime_expr(pl.col(start))) \
        .dt.total_seconds() / 60
    rows = df.select(span.alias("span"), number_expr(pl.col(length).cast(pl.Utf8))
                     .alias("n")).drop_nulls().filter(pl.col("span") > 0)
    if rows.height == 0:
        return None
    for unit, minutes in (("minutes", pl.col("n")), ("hours", pl.col("n") * 60),
                          ("seconds", pl.col("n") / 60)):
        if rows.select(((minutes - pl.col("span")).abs() <= 1).mean()).item() >= MOST:
            return None if unit == "minutes" else unit
    return None


def _minutes_beside(df: pl.DataFrame, length: str) -> str | None:
    """A column of the same rows counting minutes ('minutes_billed') whose numbers are
    ``length``'s / 60, rounded up or to the nearest, on most rows with both: ``length`` is
    in seconds. Returns that column, else None."""
    n = number_expr(pl.col(length).cast(pl.Utf8))
    for other in df.columns:
        if other == length or not re.search(r"(?i)(^|[^a-z])min(ute)?s?([^a-z]|$)", other):
            continue
        rows = df.select(n.alias("n"), number_expr(pl.col(other).cast(pl.Utf8)).alias("m")
                         ).drop_nulls().filter(pl.col("n") > 60)
        if rows.height and rows.select((((pl.col("n") / 60).ceil() == pl.col("m"))
                                        | ((pl.col("n") / 60).round() == pl.col("m"))).mean()
                                       ).item() >= MOST:
            return other
    return None


#: A call's typical length past which its numbers are seconds, not minutes (three hours:
#: Sellsy's 1020 is a 17-minute call, never one of 17 hours).
LONG_CALL = 180


def _talk(df: pl.DataFrame, length: str) -> float | None:
    """The median of a call length's non-zero numbers when it is past :data:`LONG_CALL`
    minutes (no call lasts so long as a rule), else None."""
    n = df.select(number_expr(pl.col(length).cast(pl.Utf8)).alias("n")).drop_nulls() \
        .filter(pl.col("n") > 0)["n"]
    typical = n.median() if n.len() else None
    return float(typical) if typical is not None and typical > LONG_CALL else None


def with_span_units(entries: list[dict[str, Any]], frames: Mapping[str, pl.DataFrame]
                    ) -> list[dict[str, Any]]:
    """The map's lengths in minutes read in hours or seconds where the rows' start and end
    say so, or a column counting the same rows' minutes does (``clock: hours`` /
    ``seconds``, said in the reason)."""
    for entry in entries:
        df = frames.get(str(entry.get("source") or ""))
        columns = entry.get("columns") or []
        by_target = {c.get("target"): c.get("source") for c in columns if c.get("source")
                     and not c.get("plus_minutes")}   # an end the length computes says none
        start = next((by_target[t] for t in _STARTS if t in by_target), None)
        end = next((by_target[t] for t in _ENDS if t in by_target), None)
        if df is None:
            continue
        for col in columns:
            source = col.get("source")
            if not str(col.get("target")).endswith("durationminutes") or col.get("clock") \
                    or source not in df.columns:
                continue
            if start is None or end is None or start not in df.columns \
                    or end not in df.columns:
                minutes = _minutes_beside(df, str(source))
                if minutes:
                    col.update(clock="seconds", transform="integer", reason=(
                        f"{col.get('reason') or ''}; its numbers are seconds: '{minutes}' "
                        "counts the same rows' minutes (its / 60): read as minutes (/ 60, "
                        "rounded)").lstrip("; "))
                elif entry.get("target") == "phonecall" and (typical := _talk(df, source)):
                    col.update(clock="seconds", transform="integer", reason=(
                        f"{col.get('reason') or ''}; its numbers are seconds: a typical call "
                        f"of {typical:g} would be over {LONG_CALL // 60} hours in minutes: "
                        "read as minutes (/ 60, rounded)").lstrip("; "))
                continue
            unit = _unit(df, str(source), str(start), str(end))
            if unit:
                col["clock"] = unit
                col["transform"] = "integer"
                col["reason"] = (f"{col.get('reason') or ''}; its numbers are each row's "
                                 f"span from '{start}' to '{end}' in {unit}: read as minutes "
                                 f"({'x 60' if unit == 'hours' else '/ 60'}, rounded)"
                                 ).lstrip("; ")
    return entries
