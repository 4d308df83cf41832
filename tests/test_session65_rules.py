"""Session 65's rules, each on made-up data: what the public end-to-end tier (Django
Oscar's 'Date joined') and round Z40 (held out, this session, recorded before these rules)
showed the engine could not read or read wrongly."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.values import parse_dates


def test_djangos_whole_hours_noon_and_midnight() -> None:
    """Django's 'P' clock drops zero minutes ('6 p.m.') and writes 'noon' and 'midnight':
    one such date in a column of '6:08 p.m.' dates was cleared as no date."""
    parsed = parse_dates(pl.Series(["12 Sep 2012, 6:08 p.m.", "12 Sep 2012, 6 p.m.",
                                    "1 Jan 2013, noon", "1 Jan 2013, midnight",
                                    "2 Feb 2014, 11 a.m."]))
    assert parsed.failed.height == 0
    assert [v.strftime("%Y-%m-%d %H:%M") for v in parsed.values] == [
        "2012-09-12 18:08", "2012-09-12 18:00", "2013-01-01 12:00", "2013-01-01 00:00",
        "2014-02-02 11:00"]
