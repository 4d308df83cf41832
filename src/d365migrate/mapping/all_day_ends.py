"""An all-day entry with no end ends a day after it starts.

A calendar export writes an all-day entry (a holiday, a conference day) with a start date and
an all-day flag, and often no end: Yahoo! Calendar's holidays have none. Dataverse requires
an appointment's end (``scheduledend``), so such rows were held back; and an all-day
appointment in Dynamics 365 runs from its start to the same time a day later. Where the map
fills the start, the end and the all-day flag, the end column is marked ``all_day_end`` (said
in its reason, confirmed with the map); staging then ends each all-day row with no end a day
after its start and lists it (staging/all_day.py), so the report says which moved so.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ALL_DAY_END", "ALL_DAY_REASON", "with_all_day_ends"]

#: The end column's key saying an all-day row with no end ends a day after its start.
ALL_DAY_END = "all_day_end"
ALL_DAY_REASON = ("an all-day entry with no end ends a day after its start, as Dynamics 365 "
                  "keeps an all-day appointment")
START, END, FLAG = "scheduledstart", "scheduledend", "isalldayevent"


def with_all_day_ends(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries, each whose columns fill the start, the end and the all-day flag with its
    end column marked :data:`ALL_DAY_END` (and the reason said)."""
    for entry in entries:
        by_target = {c.get("target"): c for c in entry.get("columns") or []}
        end = by_target.get(END)
        if end is None or not {START, FLAG} <= set(by_target) \
                or end.get("transform") not in ("datetime", "date"):
            continue
        end[ALL_DAY_END] = True
        end["reason"] = f"{end.get('reason') or ''}; {ALL_DAY_REASON}".lstrip("; ")
    return entries
