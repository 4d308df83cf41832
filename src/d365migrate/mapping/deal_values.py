"""A deal's amount and expected close date under words no list reads, told by their values.

SuiteCRM's Persian, Urdu and Lithuanian opportunities (issue 13's round H) head the deal's
amount and its expected close date in words no list holds ('مقدار فرصت', 'تاریخ مورد انتظار
بستن قرارداد'). On a deal, the first column of money is its amount (SuiteCRM writes the
amount again in US dollars after it: a copy), and the one column of calendar dates, without
times, is the day it is expected to close (created and changed stamps carry a time).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from d365migrate.mapping.sourcecols import Profile

__all__ = ["deal_parts_by_values"]


def deal_parts_by_values(columns: list[str], profiles: Mapping[str, Profile],
                         targets: Mapping[str, object], owner: Mapping[str, str],
                         free: Callable[[str], bool]) -> list[tuple[str, str, str]]:
    """(column, target, why) for a deal's unread amount and expected close date."""
    out: list[tuple[str, str, str]] = []
    if "estimatedvalue" in targets and "estimatedvalue" not in owner:
        money = [c for c in columns if c in profiles and profiles[c].kind == "money"]
        if money and free(money[0]):
            out.append((money[0], "estimatedvalue", "no word of its name is read, but it is "
                        "the deal's first column of money"))
    if "estimatedclosedate" in targets and "estimatedclosedate" not in owner:
        days = [c for c in columns if c in profiles and profiles[c].kind == "date"]
        if len(days) == 1 and free(days[0]):
            out.append((days[0], "estimatedclosedate", "no word of its name is read, but it "
                        "is the deal's one column of calendar dates"))
    return out
