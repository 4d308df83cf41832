"""Typing text values: dates, date-times, numbers, booleans and emails, in one place.

Every stage reads a value the same way because every stage asks this module:

* intake guesses each column's format (:func:`infer_column`, :func:`guess_date_formats`,
  :func:`guess_number_format`) and records it in the table's ``IntakeGuess``;
* profiling measures the columns with it (:func:`parse_dates`, :func:`parse_numbers`);
* staging converts under the column's guessed (or overridden) format with the polars
  expressions :func:`datetime_expr`, :func:`number_expr`, :func:`whole_number_expr` and
  :func:`boolean_expr`, so ``1.234,56`` in a European export is 1234.56 everywhere and a value
  that does not fit its column's format is null (staging quarantines it), never re-read
  under another format.
"""

from __future__ import annotations

import functools
import hashlib
import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl

from d365migrate.intake.month_names import english_months
from d365migrate.intake.number_values import (
    NumberParse,
    decide_number,
    guess_number_format,
    number_expr,
    number_exprs,
    number_frame,
    parse_numbers,
    whole_number_expr,
)
from d365migrate.intake.two_digit_years import two_digit_century
from d365migrate.intake.value_samples import failed_rows, sample_values
from d365migrate.phone_numbers import DIRECT_DIAL

__all__ = [
    "DATE_FORMATS", "TRUE", "FALSE", "EMAIL", "DateParse", "NumberParse", "ValueFormat",
    "boolean_expr", "datetime_expr", "guess_date_formats", "guess_number_format",
    "has_time", "infer_column", "infer_types", "is_unix_time", "number_expr", "parse_dates",
    "parse_numbers",
    "sample_values", "twin", "whole_number_expr",
]

TYPE_THRESHOLD = 0.95

# --------------------------------------------------------------------------- dates

#: Every date and date-time form intake recognises; a column's guess is a subset of these.
DATE_FORMATS: list[str] = [
    # ISO
    "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S%.fZ", "%Y-%m-%dT%H:%M:%S%:z",
    "%Y-%m-%dT%H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M:%S %z",   # Pipeline CRM's API: '2013/05/31 13:09:23 -0400'
    "%Y.%m.%d",
    # the year first with slashes and a clock without seconds, as Japanese, Korean and
    # Chinese locales write it (Redmine's ko and ja exports: 2026/08/18 07:32)
    "%Y/%m/%d %H:%M",
    # ISO with an offset, 'T' or a space between date and time (databases, Salesforce
    # and warehouse exports: 2022-09-06 12:27:21.000000+00:00), '+02:00' or '+0200'
    "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M%:z",
    "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    # PostgreSQL's text for a timestamp with time zone: its offset in hours alone when whole
    # ('2024-05-01 00:00:00+00', Midday's seed; '+05:30' in full)
    "%Y-%m-%d %H:%M:%S%#z", "%Y-%m-%d %H:%M:%S%.f%#z",
    # Ruby's Time#to_s and git: the offset after a space (Chargify's 2016-11-14 14:48:10 -0500)
    "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S %:z",
    # BigQuery and the warehouses that follow it (Fivetran seeds): 2019-07-12 09:50:36 UTC
    "%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S%.f UTC",
    # US
    "%m/%d/%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p", "%m/%d/%y", "%m/%d/%y %H:%M", "%m/%d/%y %I:%M %p",
    "%m-%d-%Y", "%m-%d-%Y %H:%M", "%m-%d-%Y %H:%M:%S",   # Zurmo's '12-22-2011 05:03'
    # European
    "%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%y", "%d/%m/%y %H:%M",
    "%d.%m.%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%y", "%d.%m.%y %H:%M",
    "%d-%m-%Y", "%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%y",   # vtiger's default
    # PHP's 'h:ia', a 12-hour clock with am/pm glued to it (UVdesk's ticket list, round U:
    # 02-08-2019 05:18pm), the day or the month first
    "%m-%d-%Y %I:%M%p", "%d-%m-%Y %I:%M%p", "%m/%d/%Y %I:%M%p", "%d/%m/%Y %I:%M%p",
    # Brazilian Portuguese writes a clock with an 'h' after it (Rails' pt-BR locale, Redmine's
    # export: 18/08/2026 07:32 h)
    "%d/%m/%Y %H:%M h",
    # Hungarian writes the year first, with a dot after each part, the day's too (Rails' hu
    # locale, Redmine's export: 2026.08.18. and 2026.08.18. 07:32)
    "%Y.%m.%d.", "%Y.%m.%d. %H:%M", "%Y.%m.%d. %H:%M:%S",
    # Serbian and Croatian write the day first, with a dot after the year too (Rails' sr and
    # hr locales, Redmine's export: 18.08.2026. and 18.08.2026. 07:32)
    "%d.%m.%Y.", "%d.%m.%Y. %H:%M", "%d.%m.%Y. %H:%M:%S",
    # words
    "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y",
    # the month's short name, then the day and year, with slashes or dashes (PHP's 'M/j/Y',
    # openSIS's ProperDate: Jun/2/1993)
    "%b/%d/%Y", "%b-%d-%Y",
    # JavaScript's Intl in English (Focalboard's CSV export): November 03, 2022 at 9:06 PM
    "%B %d, %Y at %I:%M %p", "%b %d, %Y at %I:%M %p", "%B %d, %Y, %I:%M %p",
    # WordPress' English 'Y/m/d \a\t g:i a' (Awesome Support's ticket list: 2024/10/08 at
    # 4:10 pm)
    "%Y/%m/%d at %I:%M %p", "%Y-%m-%d at %I:%M %p",
    # PHP's 'F j, Y g:i:s A' (X2CRM's export): September 15, 2014 10:34:04 PM
    "%B %d, %Y %I:%M:%S %p", "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y %I:%M %p",
    # PHP's 'M j, Y H:i:s' (Lunar's orders: Jun 21, 2024 17:55:44), and 'j M Y g:ia' (Jethro's
    # 21 Aug 2026 10:54pm)
    "%b %d, %Y %H:%M:%S", "%b %d, %Y %H:%M", "%d %b %Y %I:%M%p", "%d %b %Y, %I:%M%p",
    # C's asctime / ctime (Perl's localtime in scalar context, Unix tools; Request Tracker's
    # default date print): Thu Dec 11 07:17:45 2003, a day below 10 padded with a space
    "%a %b %d %H:%M:%S %Y",
    # HTTP's and JavaScript's toUTCString (RFC 1123; Medusa's order export): Tue, 01 Jan 2019
    # 00:00:00 GMT, always in UTC
    "%a, %d %b %Y %H:%M:%S GMT",
    # a date in words, a comma, then the clock (OpenSupports' lists: 16 Apr 2016, 12:30)
    "%d %b %Y, %H:%M", "%d %B %Y, %H:%M",
    # Oracle's default print of a TIMESTAMP (NLS 'DD-MON-RR HH.MI.SSXFF AM'), and the same
    # on a 24-hour clock: 16-AUG-07 02.34.12.234359 PM, 04-FEB-2021 13.20.22.245676861
    "%d-%b-%y %I.%M.%S%.f %p", "%d-%b-%Y %I.%M.%S%.f %p", "%d-%b-%Y %H.%M.%S%.f",
    # Unicode CLDR's medium and short date-times as Babel, ICU and Java print them: the
    # date, a comma, the clock (Trac's query CSV: 'Jul 1, 2008, 12:34:56 PM', de
    # '01.07.2008, 12:34:56', fr '1 juil. 2008, 12:34:56', en_GB '01/07/2008, 12:34')
    "%b %d, %Y, %I:%M:%S %p", "%d %b %Y, %H:%M:%S", "%d %B %Y, %H:%M:%S",
    # Django's English: the date in words, the clock on twelve hours ('10 Oct 2014, 2:07 p.m.')
    "%d %b %Y, %I:%M %p", "%b %d, %Y, %I:%M %p",
    "%d.%m.%Y, %H:%M:%S", "%d.%m.%Y, %H:%M", "%d.%m.%y, %H:%M",
    "%m/%d/%y, %I:%M %p", "%d/%m/%Y, %H:%M", "%d/%m/%Y, %H:%M:%S", "%d/%m/%y, %H:%M",
]
#: Microsoft's JSON date ('/Date(1366286203290)/', OData v2: Exact Online's API, SAP's,
#: SharePoint's): milliseconds since 1970 in UTC, an offset after them only a note of the
#: writer's zone. No strptime format: read by :func:`_strptime` itself.
MS_JSON_DATE = "/Date(ms)/"
DATE_FORMATS.append(MS_JSON_DATE)
_MS_JSON = r"^/Date\((-?\d{1,15})(?:[+-]\d{4})?\)/$"
def _meridiem(text: pl.Expr) -> pl.Expr:
    """Django's 'a.m.'/'p.m.' ('10 Oct 2014, 2:07 p.m.'; '6 p.m.', 'noon' given minutes) as
    AM/PM; PostgreSQL's era ('2025-01-14T01:12:15.71713 AD': Mathesar) and Java's zone after
    the offset ('2026-07-05T12:00:36+02:00[Europe/Zurich]': alf.io) dropped."""
    text = text.str.replace(r"([\s,])(\d{1,2})\s([aApP])\.\s?([mM])\.$", "${1}${2}:00 ${3}.${4}.") \
        .str.replace(r",\s+noon$", ", 12:00 PM").str.replace(r",\s+midnight$", ", 12:00 AM")
    return text.str.replace(r"\s[aA]\.\s?[mM]\.$", " AM").str.replace(
        r"\s[pP]\.\s?[mM]\.$", " PM").str.replace(r"^(\d{4}-\d\d-\d\d\S*)\s+AD$", "${1}") \
        .str.replace(r"^(\d{4}-\d\d-\d\dT\S*(?:[+-]\d\d:\d\d|Z))\[[A-Za-z_]+(?:/[\w+-]+)*\]$",
                     "${1}")


#: The spaces CLDR puts in a clock (a no-break space, and since CLDR 42 a narrow one before
#: AM and PM): a space to strptime
_CLOCK_SPACES = "[\u00a0\u202f]"
_DATE_HINT = re.compile(r"^\s*(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\.?[ -](?:de )?[^\W\d_]{3,10}"
                        r"\.?[ -](?:de )?\d{2,4}|[^\W\d_]{3,10}\.? \d{1,2}, \d{4}"
                        r"|[A-Za-z]{3} [A-Za-z]{3} {1,2}\d{1,2} \d{1,2}:\d{2}:\d{2} \d{4}"
                        r"|[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4}"
                        r"|[A-Za-z]{3}[-/]\d{1,2}[-/]\d{4}$|/Date\(-?\d)")
_TIME = re.compile(r"%[HIMS]")


def has_time(fmt: str) -> bool:
    """True when a strptime format carries a time of day (a JSON date's instant does)."""
    return fmt == MS_JSON_DATE or bool(_TIME.search(fmt))


@dataclass(frozen=True)
class ValueFormat:
    """How one column's values are written: its date formats and number separators.

    ``date_formats`` None means intake had no guess (every form of :data:`DATE_FORMATS` is
    tried); ``decimal`` None means '.', ``thousands`` None means the other of '.' and ','.
    """

    date_formats: tuple[str, ...] | None = None
    decimal: str | None = None
    thousands: str | None = None
    zone: str | None = None  # the zone a date-time without one is in (source.timezone)
    #: a date-only or zone-independent column: the clock as written, its offset dropped
    wall: bool = False


@dataclass
class DateParse:
    """Parsed dates plus the rows that did not parse, for the problems report."""

    values: pl.Series
    formats: list[str]
    failed: pl.DataFrame  # row (0-based), value
    ambiguous: bool = False


_FMT_PARTS = {
    "%Y": r"\d{4}", "%y": r"\d{2}", "%m": r"\d{1,2}", "%d": r"\d{1,2}", "%H": r"\d{1,2}",
    "%I": r"\d{1,2}", "%M": r"\d{2}", "%S": r"\d{2}",
    "%p": r"(?:[AaPp]\.?[Mm]\.?|[ΠπΜμ]\.?\s?[Μμ]\.?)",
    "%a": r"[^\W\d_]{3}", "%b": r"[^\W\d_]{3,4}\.?", "%B": r"[^\W\d_]{3,}", "%.f": r"(?:\.\d+)?",
    "%:z": r"[+-]\d{2}:\d{2}", "%z": r"[+-]\d{4}", "%#z": r"[+-]\d{2}(?::?\d{2})?",
}


@functools.cache
def _fmt_regex(fmt: str) -> re.Pattern[str]:
    """Regex with the shape of a strptime format (e.g. %Y only matches 4 digits)."""
    if fmt == MS_JSON_DATE:
        return re.compile(_MS_JSON)
    out, i = [], 0
    while i < len(fmt):
        for tok in ("%.f", "%:z", "%#z"):
            if fmt.startswith(tok, i):
                out.append(_FMT_PARTS[tok])
                i += len(tok)
                break
        else:
            tok = fmt[i:i + 2]
            if tok in _FMT_PARTS:
                out.append(_FMT_PARTS[tok])
                i += 2
            else:  # a space before a day may be two (asctime pads the day: 'Jun  9')
                out.append(" {1,2}" if fmt[i] == " " and fmt[i + 1:i + 3] == "%d"
                           else re.escape(fmt[i]))
                i += 1
    return re.compile("^" + "".join(out) + "$")


#: a 12-hour clock's am and pm in Greek, π.μ. and μ.μ. (προ/μετά μεσημβρίας; Rails' el
#: locale writes ΠΜ/ΜΜ), at a value's end after its time
_GREEK_AM = r"(\d\s?)[Ππ]\.?\s?[Μμ]\.?$"
_GREEK_PM = r"(\d\s?)[Μμ]\.?\s?[Μμ]\.?$"


def _strptime(e: pl.Expr, fmt: str, zone: str | None = None, wall: bool = False
              ) -> pl.Expr:
    """One format as Datetime("us"); a value with a zone is normalised to naive UTC, one
    without read in ``zone`` (None: UTC) and normalised so (a time that zone skips, its
    clocks going forward, is null; one it repeats is the earlier). ``wall``: the clock as
    written, its offset dropped (a birth date '1990-01-01T00:00:00+06:00' is 1 January)."""
    if fmt == MS_JSON_DATE:   # an instant in UTC, whatever zone the writer noted
        ms = e.str.extract(_MS_JSON, 1).cast(pl.Int64, strict=False)
        return pl.from_epoch(ms, time_unit="ms").cast(pl.Datetime("us"))
    if wall:
        if any(z in fmt for z in _ZONE_DIRECTIVES):
            e = e.str.replace(_TRAILING_OFFSET, "")
            fmt = re.sub(r"\s*%[:#]?z", "", fmt)
        zone = None
    if "%p" in fmt:  # Greek writes am/pm as π.μ./μ.μ. (ΠΜ/ΜΜ): strptime reads only AM/PM
        e = e.str.replace(_GREEK_AM, "${1}AM").str.replace(_GREEK_PM, "${1}PM")
    out = e.str.strptime(pl.Datetime("us"), fmt, strict=False)
    if "%y" in fmt:  # a two-digit year: see :func:`two_digit_century`
        out = two_digit_century(out)
    if "%z" in fmt or "%:z" in fmt or "%#z" in fmt:
        out = out.dt.convert_time_zone("UTC").dt.replace_time_zone(None)
    elif zone and zone != "UTC" and not fmt.endswith((" UTC", " GMT")):  # those say UTC
        out = out.dt.replace_time_zone(zone, ambiguous="earliest", non_existent="null") \
            .dt.convert_time_zone("UTC").dt.replace_time_zone(None)
    return out.cast(pl.Datetime("us"))


#: strptime's directives of a UTC offset, and an offset closing a value ('+06:00', '-0500').
_ZONE_DIRECTIVES = ("%z", "%:z", "%#z")
_TRAILING_OFFSET = r"\s*[+-]\d{2}:?\d{2}$"


def datetime_expr(e: pl.Expr, formats: list[str] | tuple[str, ...] | None = None,
                  zone: str | None = None, wall: bool = False) -> pl.Expr:
    """Text as Datetime (naive UTC) under the first of ``formats`` whose shape it has; a
    value without a zone of its own is in ``zone`` (None: UTC; Unix time is UTC always).

    A value matching none of the formats is null: callers report it, nothing guesses again.
    ``None`` tries every form in :data:`DATE_FORMATS` (ISO, then US, then European), then
    Unix time: a column intake typed as whole numbers that the map sends to a date is a
    database's seconds (or milliseconds) since 1970 (:func:`is_unix_time`).

    The forms are tried on the column's values as one batch: written as one expression, a
    hundred forms' branches each carrying the month-name rewrite made a tree polars took
    seconds to plan inside a larger query (the staging's shifted-row check), per column.
    """
    def parse(values: pl.Series) -> pl.Series:
        return _datetime_series(values.cast(pl.Utf8), formats, zone, wall).alias(values.name)
    return e.map_batches(parse, return_dtype=pl.Datetime("us"), is_elementwise=True)


def _datetime_series(values: pl.Series, formats: list[str] | tuple[str, ...] | None,
                     zone: str | None, wall: bool = False) -> pl.Series:
    """:func:`datetime_expr`'s parse of one batch: each reading of the text (as written, its
    clock's a.m./p.m. and era read, its month named in English) made once as a column, then
    every form tried on them."""
    raw = pl.col("v").str.replace_all(_CLOCK_SPACES, " ").str.strip_chars()
    # a format an analyst wrote with the value's own narrow space reads the value as read
    fmts = _with_offset_forms([re.sub(_CLOCK_SPACES, " ", f) for f in formats]) if formats \
        else DATE_FORMATS
    frame = pl.DataFrame({"v": values}).lazy().select(raw=raw).with_columns(
        text=_meridiem(pl.col("raw")))
    # ... and one written with the value's own era ('%Y-%m-%dT%H:%M:%S%.f AD') reads it whole
    texts = ["text", "raw"] if formats else ["text"]
    if any("%b" in f or "%B" in f for f in fmts):   # '16 avr. 2016': '16 Apr 2016'
        # an analyst's formats read the value as written first: '%d %b %Y %I:%M%p' reads
        # '21 Aug 2026 10:54pm' (Jethro's), which the rewrite gives a comma before the
        # clock; every known form reads the rewrite alone
        frame = frame.with_columns(months=english_months(pl.col("text")))
        texts = [*texts, "months"] if formats else ["months"]
    alts = [pl.when(pl.col(t).str.contains(_fmt_regex(f).pattern))
            .then(_strptime(pl.col(t), f, zone, wall)) for t in texts for f in fmts]
    text = pl.col(texts[-1])
    if not formats:
        whole = text.cast(pl.Int64, strict=False)
        alts.append(pl.when(text.str.contains(_COMPACT_DATE))
                    .then(_strptime(text, "%Y%m%d", zone, wall)))
        alts += [pl.when(text.str.contains(pattern))
                 .then(pl.from_epoch(whole, time_unit=unit).cast(pl.Datetime("us")))
                 for pattern, unit in _UNIX_TIME]
    return frame.select(pl.coalesce(alts)).collect().to_series()   # one query


def _with_offset_forms(formats: list[str]) -> list[str]:
    """The formats, each with a UTC offset also read written the other way ('+0000' beside
    '-03:00': Tiendanube's customers, one column): the same moment, whichever form the
    column's format was guessed from."""
    out: list[str] = []
    for f in formats:
        out.append(f)
        if "%:z" in f:
            out.append(f.replace("%:z", "%z"))
        elif "%z" in f and "%#z" not in f:
            out.append(f.replace("%z", "%:z"))
    return list(dict.fromkeys(out))


#: A date written as eight digits, year first (SAP's DATS, many ERPs' and mainframes'
#: dates: 20111201 is 2011-12-01), 1900-2199
_COMPACT_DATE = r"^(19|20|21)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$"


def is_compact_date(values: Iterable[str]) -> bool:
    """True when every value is a date written as eight digits, year first (20111201):
    like Unix time, only a column's name can say such numbers are dates."""
    vals = [v.strip() for v in values if v is not None and v.strip()]
    return bool(vals) and all(re.match(_COMPACT_DATE, v) for v in vals)


#: Unix time as database dumps write a date (X2CRM's createDate 1479463600): 10 digits of
#: seconds (2001-2286) or 13 of milliseconds since 1970-01-01 UTC
_UNIX_TIME = ((r"^\d{10}$", "s"), (r"^\d{13}$", "ms"))


def is_unix_time(values: Iterable[str]) -> bool:
    """True when every value is Unix time of one unit (:data:`_UNIX_TIME`): only a column's
    name can say such whole numbers are dates, so callers ask this of a date-named column."""
    vals = [v.strip() for v in values if v is not None and v.strip()]
    return bool(vals) and any(all(re.match(p, v) for v in vals) for p, _ in _UNIX_TIME)


def twin(fmt: str) -> str:
    """US <-> European twin of a format (swap %m and %d)."""
    return fmt.replace("%m", "\0").replace("%d", "%m").replace("\0", "%d")


def _prefer(a: str, b: str, dayfirst: bool | None) -> bool:
    """Tie-break between equally good formats: ISO, then by dayfirst preference."""
    def rank(f: str) -> tuple[int, int]:
        iso = 0 if f.startswith("%Y") else 1
        df = f.index("%d") < f.index("%m") if "%d" in f and "%m" in f else False
        want = dayfirst if dayfirst is not None else ("." in f or "-" in f[:6])
        return iso, 0 if df == want else 1
    return rank(a) < rank(b)


def guess_date_formats(s: pl.Series, dayfirst: bool | None = None
                       ) -> tuple[list[str], float, bool]:
    """Pick the date format(s) that explain a column: (formats, coverage, ambiguous).

    Up to three formats may be combined (exports often mix date-only and date-time
    values). US vs European order is decided by values with a day > 12; if none exist
    the column is ambiguous and ``dayfirst`` (default: False for '/', True for '.') wins.
    """
    sample = sample_values(s.cast(pl.Utf8), 2000).str.replace_all(_CLOCK_SPACES, " ")
    sample = pl.select(_meridiem(pl.lit(sample.filter(sample.str.contains(
        _DATE_HINT.pattern)).str.strip_chars()))).to_series()
    sample = pl.select(english_months(pl.lit(sample))).to_series()  # months in words
    if sample.len() == 0:
        return [], 0.0, False
    hits: dict[str, pl.Series] = {}
    values = sample.to_list()
    probe = values[:: max(1, len(values) // 200)]
    frame = pl.DataFrame({"v": sample})
    for fmt in DATE_FORMATS:
        rx = _fmt_regex(fmt)
        if not any(rx.match(v) for v in probe):
            continue  # cheap shape filter before asking polars to parse
        ok = frame.select(_strptime(pl.col("v"), fmt).is_not_null()).to_series()
        if ok.any():
            hits[fmt] = ok
    chosen: list[str] = []
    covered = pl.Series([False] * sample.len())
    ambiguous = False
    for _ in range(3):
        best, gain = None, 0
        for fmt, ok in hits.items():
            g = int((ok & ~covered).sum())
            if g > gain or (g == gain and g > 0 and best is not None
                            and _prefer(fmt, best, dayfirst)):
                best, gain = fmt, g
        if best is None or gain == 0:
            break
        other = twin(best)
        if other != best and other in hits and bool((hits[other] == hits[best]).all()):
            ambiguous = True
            if _prefer(other, best, dayfirst):
                best = other
        chosen.append(best)
        covered = covered | hits[best]
    return chosen, float(covered.mean() or 0.0), ambiguous


def parse_dates(s: pl.Series, formats: list[str] | str | None = None,
                dayfirst: bool | None = None) -> DateParse:
    """Parse a text column to Datetime (naive UTC), coalescing several formats.

    Returns the values and the failed rows (non-empty input that no format parsed).
    """
    ambiguous = False
    if formats is None:
        formats, _, ambiguous = guess_date_formats(s, dayfirst)
    elif isinstance(formats, str):
        formats = [formats]
    txt = s.cast(pl.Utf8)
    if formats:
        parsed = pl.DataFrame({"v": txt}).select(datetime_expr(pl.col("v"), formats)
                                                 ).to_series()
    else:
        parsed = pl.Series(s.name, [None] * s.len(), dtype=pl.Datetime("us"))
    parsed = parsed.alias(s.name)
    return DateParse(parsed, list(formats), failed_rows(txt, parsed), ambiguous)


# --------------------------------------------------------------------------- booleans

#: Yes/no words, English and the common European ones (ja/nein, oui/non, sí/no, tak/nie,
#: sim/não, wahr/falsch, vrai/faux), compared lower-case.
TRUE = frozenset({"true", "yes", "y", "1", "t", "ja", "oui", "sí", "si", "tak", "sim",
                  "wahr", "vrai"})
FALSE = frozenset({"false", "no", "n", "0", "f", "nein", "non", "nie", "não", "nao",
                   "falsch", "faux"})


def boolean_expr(e: pl.Expr) -> pl.Expr:
    """Yes/no text as Boolean; null for anything else."""
    low = e.cast(pl.Utf8).str.strip_chars().str.to_lowercase()
    return pl.when(low.is_in(list(TRUE))).then(True).when(low.is_in(list(FALSE))).then(False)


# --------------------------------------------------------------------------- inference

EMAIL = r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$"
_URL = r"(?i)^(https?://|www\.)[^\s]+\.[^\s]+$|^[a-z0-9\-]+(\.[a-z0-9\-]+)+/[^\s]*$"
#: a country code may open in brackets: '(+54) (341) 208 0203' (Odoo's Argentine demo)
_PHONE = r"^\(?\+?[\d\s().\-/]{7,}(\s*(x|ext\.?)\s*\d+)?$"


#: What a cell holds when it is blank on purpose, as exporters write it: spaces, or a dash
#: for "none" (erxes' exporter writes '-' for every empty field). No evidence of a type.
BLANK_MARKS = " \t\r\n-\u2013\u2014"
#: MySQL's zero date ('0000-00-00', with its zero clock): how a PHP program's export writes a
#: date left empty (ZenTao's deadlines, vtiger's and SugarCRM's dumps); no evidence of a type.
ZERO_DATE = r"^0000-00-00(?:[ T]00:00(?::00)?)?$"


def infer_column(s: pl.Series) -> dict[str, Any]:
    """Infer one text column's type and its parse parameters, from a sample.

    All statistics come from one polars pass over a <=5,000-value sample, so typing a
    1M-row table costs about the same as typing a 1,000-row one. Number columns carry
    ``decided`` False when no value told the decimal separator (see :func:`decide_number`).
    """
    nonnull = s.drop_nulls()
    if nonnull.dtype == pl.Utf8:  # blank cells ('""' in a CSV) are no evidence of a type,
        nonnull = nonnull.filter((nonnull.str.strip_chars(BLANK_MARKS) != "")  # nor a dash
                                 & ~nonnull.str.strip_chars().str.contains(ZERO_DATE))
    if nonnull.len() == 0:
        return {"type": "empty"}
    sample = sample_values(nonnull)
    typed, maxlen = _typed_by_sample(sample)
    return _column_type(typed, maxlen, nonnull.n_unique, s.len())


def _column_type(typed: dict[str, Any] | None, maxlen: int | None,
                 distinct: Callable[[], int], height: int) -> dict[str, Any]:
    """A column's type from what its sample says (``typed``), else from how many distinct
    values it has (``distinct``: counted only then) among its ``height`` rows."""
    if typed is not None:
        return {k: list(v) if isinstance(v, list) else v for k, v in typed.items()}
    if distinct() <= max(2, min(50, height // 10)) and (maxlen or 0) <= 60:
        return {"type": "picklist"}
    return {"type": "string"}


#: What a sample alone says of its column (:func:`_typed_by_sample`), by the sample's digest.
_BY_SAMPLE: dict[bytes, tuple[dict[str, Any] | None, int | None]] = {}
_BY_SAMPLE_MAX = 4096


def _sample_digest(sample: pl.Series) -> bytes | None:
    """A digest naming the sample's exact values in order (each value's length in bytes,
    then all of them joined); None for a sample that is not text."""
    if sample.dtype != pl.Utf8:
        return None
    return _digest(sample.to_list())


def _digest(values: list[str]) -> bytes:
    """:func:`_sample_digest` of text values, in Python: the lengths in UTF-8 bytes, as
    unsigned 64-bit integers, then the values' bytes (asking polars for the lengths was a
    query of its own a column)."""
    encoded = [v.encode("utf-8", "surrogatepass") for v in values]
    h = hashlib.blake2b(digest_size=32)
    h.update(array("Q", [len(e) for e in encoded]).tobytes())
    h.update(b"".join(encoded))
    return h.digest()


def _typed_by_sample(sample: pl.Series) -> tuple[dict[str, Any] | None, int | None]:
    """(the type its sample gives a column, None where that needs the whole column's count of
    distinct values; the sample's longest value), kept by the sample's digest: a run types
    each column as it reads the export, again for discovery's custom fields and again, on its
    first 300 distinct values (the same sample for most columns), for the map's proposal."""
    key = _sample_digest(sample)
    if key is not None and key in _BY_SAMPLE:
        return _BY_SAMPLE[key]
    found = _type_of_sample(sample)
    _remember(key, found)
    return found


def _remember(key: bytes | None, found: tuple[dict[str, Any] | None, int | None]) -> None:
    """Keep what a sample said of its column by its digest (:data:`_BY_SAMPLE`)."""
    if key is not None:
        if len(_BY_SAMPLE) >= _BY_SAMPLE_MAX:
            _BY_SAMPLE.pop(next(iter(_BY_SAMPLE)))
        _BY_SAMPLE[key] = found


def _type_of_sample(sample: pl.Series) -> tuple[dict[str, Any] | None, int | None]:
    """:func:`_typed_by_sample`, computed."""
    st = number_frame(sample).select(_sample_stats()).row(0, named=True)
    return _type_from_stats(st, sample)


def _sample_stats() -> list[pl.Expr]:
    """What a sample (column ``v`` of a :func:`number_frame`) says of its column's type, as
    aggregates: of one sample in a ``select``, of many stacked ones in a ``group_by``."""
    v = pl.col("v")
    t = v.str.strip_chars()
    low = t.str.to_lowercase()
    digits = t.str.replace_all(r"\D", "").str.len_chars()
    return [
        low.is_in(list(TRUE | FALSE)).all().alias("bool_all"),
        low.n_unique().alias("bool_n"),
        t.is_in(["0", "1"]).all().alias("zero_one"),
        t.str.contains(_DATE_HINT.pattern).mean().alias("date_hint"),
        t.str.contains(EMAIL).mean().alias("email"),
        t.str.contains("@").mean().alias("at"),
        t.str.contains(_URL).mean().alias("url"),
        v.str.contains("\n").any().alias("multiline"),
        v.str.len_chars().max().alias("maxlen"),
        ((t.str.contains(_PHONE) & (digits >= 7) & (digits <= 15))
         | t.str.contains(f"^{DIRECT_DIAL}$")).mean().alias("phone"),
        t.str.contains(r"[\s()\-.+]\d").mean().alias("separated"),
        t.str.contains(r"^[+-]?\d+([.,]\d+)?$").mean().alias("plain_num"),
        t.str.contains(r"^[+-]?\d+$").all().alias("int_all"),
        t.str.contains(r"^[+-]?\d+\s*%$").all().alias("int_pct"),
        t.str.contains(r"^0\d").any().alias("lead_zero"),
        t.str.contains(r"[.,]").any().alias("has_sep"),
        v.str.contains(";").mean().alias("semi"),
        *number_exprs(v),
    ]


def _type_from_stats(st: dict[str, Any], sample: pl.Series
                     ) -> tuple[dict[str, Any] | None, int | None]:
    """:func:`_typed_by_sample` from the sample's :func:`_sample_stats`."""
    maxlen = st["maxlen"]
    if st["bool_all"] and st["bool_n"] <= 2 and not st["zero_one"]:
        return {"type": "boolean"}, maxlen
    if st["date_hint"] >= TYPE_THRESHOLD:
        formats, cover, amb = guess_date_formats(sample)
        if formats and cover >= TYPE_THRESHOLD:
            kind = "datetime" if any(has_time(f) for f in formats) else "date"
            return {"type": kind, "formats": formats, "ambiguous": amb}, maxlen
    if st["email"] >= 0.8 and st["at"] >= 0.9:
        return {"type": "email"}, maxlen
    if st["url"] >= 0.8:
        return {"type": "url"}, maxlen
    if st["multiline"] or (st["maxlen"] or 0) > 255:
        return {"type": "long_text"}, maxlen
    share = st["n_share"] or 0.0
    if st["phone"] >= 0.8 and st["separated"] >= 0.3 and not (
            share >= TYPE_THRESHOLD and st["plain_num"] > 0.9):
        return {"type": "phone"}, maxlen
    if share >= TYPE_THRESHOLD:
        if st["lead_zero"] and not st["has_sep"]:
            return {"type": "code"}, maxlen
        if st["int_all"] or (st["int_pct"] and st["n_pct"] >= TYPE_THRESHOLD):
            # a whole percentage ('100%') is a whole number, its sign read off
            return {"type": "integer", "decimal": None, "thousands": None}, maxlen
        dec, th, decided = decide_number(st)
        return {"type": "money" if st["n_cur"] else "decimal", "decimal": dec,
                "thousands": th, "decided": decided}, maxlen
    if st["semi"] > 0.2:
        parts = sample.str.split(";").explode().str.strip_chars()
        if parts.n_unique() <= 50:
            return {"type": "multiselect",
                    "options": sorted(parts.drop_nulls().unique().to_list())}, maxlen
    return None, maxlen


def infer_types(df: pl.DataFrame) -> dict[str, str]:
    """Column -> inferred type (string, integer, decimal, money, boolean, date, datetime,
    email, url, phone, code, picklist, multiselect, long_text, empty)."""
    return {c: infer_column(df[c])["type"] for c in df.columns}
