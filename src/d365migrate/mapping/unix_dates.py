"""Whole numbers that are dates: Unix time, or eight digits year first, under a date's name.

Database dumps and some APIs write a date as seconds since 1970 (X2CRM's ``createDate``
1479463600, ``dueDate``, ``expirationDate``), or as eight digits year first (SAP's
``ERDAT`` 20111201, created on 2011-12-01). Values alone cannot tell such a number from an
id or an amount, so a column is read as dates only when its name says date or time too; the
staging step then reads the numbers as such (:func:`d365migrate.intake.values.datetime_expr`).
"""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.intake.values import is_compact_date, is_unix_time
from d365migrate.mapping.erp_field_names import erp_field_readings

__all__ = ["DATE_NAME_WORDS", "unix_dates"]

#: Words of a column name that say it holds a point in time ('createDate', 'due_at',
#: 'lastUpdated', 'closed_on').
DATE_NAME_WORDS = frozenset({"date", "time", "timestamp", "datetime", "at", "on", "created",
                             "updated", "modified", "closed", "due", "deadline",
                             # until when it holds (Chargebee's quotes' 'valid_till')
                             "till", "until", "expiry", "expires"})


def unix_dates(words: Iterable[str], values: Iterable[str]) -> bool:
    """True when a column named as a date or time holds Unix time, or dates of eight digits
    (20111201), in every value."""
    names = set(words := tuple(words))
    names.update(w for reading in erp_field_readings(words) for w in reading)  # SAP's 'ERDAT'
    vals = list(values)
    return bool(DATE_NAME_WORDS & names) and (is_unix_time(vals) or is_compact_date(vals))
