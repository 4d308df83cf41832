"""Whole numbers that are dates: Unix time under a date's name.

Database dumps and some APIs write a date as seconds since 1970 (X2CRM's ``createDate``
1479463600, ``dueDate``, ``expirationDate``). Values alone cannot tell such a number from an
id or an amount, so a column is read as dates only when its name says date or time too; the
staging step then reads the numbers as Unix time (:func:`d365migrate.intake.values.datetime_expr`).
"""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.intake.values import is_unix_time

__all__ = ["DATE_NAME_WORDS", "unix_dates"]

#: Words of a column name that say it holds a point in time ('createDate', 'due_at',
#: 'lastUpdated', 'closed_on').
DATE_NAME_WORDS = frozenset({"date", "time", "timestamp", "datetime", "at", "on", "created",
                             "updated", "modified", "closed", "due", "deadline"})


def unix_dates(words: Iterable[str], values: Iterable[str]) -> bool:
    """True when a column named as a date or time holds Unix time in every value."""
    return bool(DATE_NAME_WORDS & set(words)) and is_unix_time(values)
