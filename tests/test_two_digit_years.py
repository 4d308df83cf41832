"""Two-digit years land in the century that makes sense (issue 13, Oracle's sample data): the
parser put every two-digit year in 2000-2099, so a birth date 02-MAR-53 loaded as 2053. A
year more than ten years ahead of today is of the 1900s; one up to ten years ahead stays.
Years here are relative to today, so the test stays true whatever year it runs in."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl

from d365migrate.intake.two_digit_years import TWO_DIGIT_AHEAD
from d365migrate.intake.values import datetime_expr


def test_two_digit_years_land_in_the_century_that_makes_sense() -> None:
    now = datetime.now(UTC).year
    soon, far = (now + TWO_DIGIT_AHEAD) % 100, (now + TWO_DIGIT_AHEAD + 1) % 100
    values = ["02-MAR-53", "17-AUG-07", f"05-JUN-{soon:02d}", f"05-JUN-{far:02d}",
              "2053-03-02"]
    years = pl.DataFrame({"t": values}).select(datetime_expr(pl.col("t")).dt.year()
                                               ).to_series().to_list()
    assert years == [1953, 2007, now + TWO_DIGIT_AHEAD, now + TWO_DIGIT_AHEAD + 1 - 100,
                     2053]   # a four-digit year is as written
    us = pl.DataFrame({"t": ["1/2/53", "1/2/19"]}).select(
        datetime_expr(pl.col("t"), ["%m/%d/%y"]).dt.year()).to_series().to_list()
    assert us == [1953, 2019]
