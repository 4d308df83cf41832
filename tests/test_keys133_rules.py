"""keys133's rule (Redmine's exports in Swedish, Danish, Finnish, Norwegian and Greek): a
12-hour clock's am/pm written in Greek letters is read as AM/PM."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from d365migrate.intake.values import guess_date_formats, parse_dates


def test_greek_am_pm_is_a_twelve_hour_clock() -> None:
    """Rails' el locale writes 'ΠΜ'/'ΜΜ' (π.μ./μ.μ.) where English writes AM/PM."""
    s = pl.Series(["07/19/2006 05:12 ΜΜ", "08/18/2026 07:32 ΠΜ", "07/19/2006 08:57 μ.μ.",
                   "01/02/2020 11:00 π.μ."])
    assert guess_date_formats(s)[0] == ["%m/%d/%Y %I:%M %p"]
    assert parse_dates(s).values.to_list() == [
        datetime(2006, 7, 19, 17, 12), datetime(2026, 8, 18, 7, 32),
        datetime(2006, 7, 19, 20, 57), datetime(2020, 1, 2, 11, 0)]


def test_english_am_pm_unchanged() -> None:
    s = pl.Series(["01/02/2020 11:00 PM", "01/03/2020 09:30 AM"])
    assert parse_dates(s).values.to_list() == [datetime(2020, 1, 2, 23, 0),
                                               datetime(2020, 1, 3, 9, 30)]


def test_greek_letters_elsewhere_are_no_date() -> None:
    """Only after a time: a word ending in 'μμ' is not read as a clock."""
    s = pl.Series(["γράμμα", "07/19/2006 ΜΜ"])
    assert parse_dates(s, ["%m/%d/%Y %I:%M %p"]).values.to_list() == [None, None]
