"""One export, one date order: an ambiguous column takes the order its siblings show.

A column whose dates never put a number above 12 in the day's or the month's place
('04-01-2018 10:17:31' on every row: vtiger's demo records, all created on one day) fits
both the day-first and the month-first reading, and intake picks one by the separator's
custom. The same export's other columns often tell: vtiger's 'Expected Close Date'
'26-08-2006' is day-first, so its 'Created Time', written by the same program in the same
user's format, is too. As the decimal separator is taken from the export where a column
does not show it (``read._finish``), an ambiguous column's order is taken from the
columns that decide it, for the same separator, when they all agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.values import twin

__all__ = ["export_date_order", "in_export_order"]


def _order(fmt: str) -> tuple[str, str] | None:
    """(separator, 'd' or 'm': which comes first) of a format with a day and a month."""
    if "%d" not in fmt or "%m" not in fmt:
        return None
    first = "d" if fmt.index("%d") < fmt.index("%m") else "m"
    m = re.search(r"%[dm](.)%[dm]", fmt)
    return (m.group(1), first) if m else None


def export_date_order(infos: Iterable[Mapping[str, Mapping[str, Any]]]) -> dict[str, str]:
    """Separator -> the one order the export's decided date columns show ('-' -> 'd');
    a separator whose columns disagree is left out."""
    seen: dict[str, set[str]] = {}
    for info in infos:
        for i in info.values():
            if i.get("formats") and not i.get("ambiguous"):
                for fmt in i["formats"]:
                    if (o := _order(fmt)) is not None:
                        seen.setdefault(o[0], set()).add(o[1])
    return {sep: next(iter(orders)) for sep, orders in seen.items() if len(orders) == 1}


def in_export_order(formats: list[str], order: Mapping[str, str]) -> list[str] | None:
    """An ambiguous column's formats turned to the export's order, or None when they
    already follow it (or the export says nothing for their separator)."""
    out, turned = [], False
    for fmt in formats:
        o = _order(fmt)
        if o is not None and order.get(o[0], o[1]) != o[1]:
            out.append(twin(fmt))
            turned = True
        else:
            out.append(fmt)
    return out if turned else None
