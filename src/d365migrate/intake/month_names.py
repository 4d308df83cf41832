"""Month names in the common European languages, read as English before a date is parsed.

A program that prints dates in words prints the month in its user's language: OpenSupports'
German lists write '16 Apr. 2016, 12:30' and '12 Dezember 2016', its French '16 avr. 2016'
(round V, keys325). strptime reads English month names only, so a date written in words
has its day, month and year taken apart (a dot after the day or the month's abbreviation
dropped), its month looked up here, and is written again as '16 Apr 2016' + the rest.
"""

from __future__ import annotations

import polars as pl

__all__ = ["MONTHS", "MONTH_FIRST", "WORD_DATE", "english_months"]

_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Each month's names and abbreviations, lower case, as the languages write them, in order.
_NAMES = (
    # English, German, French, Spanish, Italian, Dutch, Portuguese
    "january jan januar jän janv janvier enero ene gennaio gen januari janeiro",
    "february feb februar févr fevr février fevrier febrero febbraio februari fevereiro fev",
    "march mar märz maerz mär mars marzo maart março marco mrt",
    "april apr avr avril abril abr aprile",
    "may mai mayo maggio mag mei maio",
    "june jun juni juin junio giugno giu junho",
    "july jul juli juil juillet julio luglio lug julho",
    "august aug août aout agosto ago augustus",
    "september sep sept septembre septiembre settembre set setembro",
    "october oct okt oktober octobre octubre ottobre ott outubro out",
    "november nov novembre noviembre novembro",
    "december dec dez dezember déc décembre decembre diciembre dic dicembre desember "
    "dezembro",
)

#: A month's name (lower case) -> its English abbreviation, as strptime's %b reads it.
MONTHS: dict[str, str] = {w: _ENGLISH[i] for i, names in enumerate(_NAMES)
                          for w in names.split()}

#: A date in words, day first: its day (a dot after it, as German writes it), the month's
#: word (a dot after an abbreviation), the year, and whatever follows (', 12:30').
#: Spanish and Portuguese write 'de' before the month and the year ('12 de septiembre de
#: 2012'), and CLDR's long date-times a word before the clock ('a las 18:08', 'à 18:08',
#: 'um 18:08'): read as a comma (django-oscar's lists, round Z).
WORD_DATE = r"^(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?\s+(?:de\s+)?(\d{4})(.*)$"
_CLOCK_WORD = r"^\s*(?:,\s*)?(?:(?:a las|a la|à|às|um|alle|om|o)\s+)?(\d{1,2}:\d{2})"
#: A date in words, month first, as PHP's 'M j, Y' prints it in its user's language
#: (Lunar's orders: 'Juni 21, 2024 17:55:44', 'juin 21, 2024'): month, day, year, the rest.
MONTH_FIRST = r"^([^\W\d_]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})(.*)$"


def english_months(text: pl.Expr) -> pl.Expr:
    """``text`` with a date in words written with its month's English abbreviation
    ('16 avr. 2016, 12:30' -> '16 Apr 2016, 12:30', 'Juni 21, 2024' -> 'Jun 21, 2024'); any
    other value as it was."""
    parts = text.str.extract_groups(WORD_DATE)
    month = parts.struct.field("2").str.to_lowercase().replace_strict(
        MONTHS, default=None, return_dtype=pl.Utf8)
    first = text.str.extract_groups(MONTH_FIRST)
    named = first.struct.field("1").str.to_lowercase().replace_strict(
        MONTHS, default=None, return_dtype=pl.Utf8)
    # the value as it was first: the result keeps ``text``'s name
    return pl.when(month.is_null() & named.is_null()).then(text).when(month.is_null()).then(
        pl.concat_str([named, pl.lit(" "), first.struct.field("2"), pl.lit(", "),
                       first.struct.field("3"), first.struct.field("4")])
    ).otherwise(pl.concat_str([
        parts.struct.field("1"), pl.lit(" "), month, pl.lit(" "), parts.struct.field("3"),
        parts.struct.field("4").str.replace(_CLOCK_WORD, ", ${1}")]))
