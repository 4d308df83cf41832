"""Two-digit years read in the century that makes sense for a CRM's dates.

Dates written with two-digit years (Oracle's default print 02-MAR-53, US 1/2/53) are read
by a parser that puts every year in 2000-2099; a customer born in '53 was born in 2053.
"""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl

__all__ = ["TWO_DIGIT_AHEAD", "two_digit_century"]

#: A two-digit year further ahead than this many years is of the century before.
TWO_DIGIT_AHEAD = 10


def two_digit_century(out: pl.Expr) -> pl.Expr:
    """Dates read from two-digit years in the century that makes sense: the parser puts
    every '53' in 2053, so Oracle's birth date 02-MAR-53 was a birth in 2053; a year more
    than :data:`TWO_DIGIT_AHEAD` years past this one is of the 1900s (1953), one up to that
    stays (a contract ending in '35' ends in 2035)."""
    cutoff = datetime.now(UTC).year + TWO_DIGIT_AHEAD
    return pl.when(out.dt.year() > cutoff).then(out.dt.offset_by("-100y")).otherwise(out)
