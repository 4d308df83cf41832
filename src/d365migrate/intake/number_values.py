"""Numbers as exports write them: decimal comma or point, thousands by space, point, comma or
apostrophe, currency signs, accounting brackets; the column's format guessed from a sample.

Split from :mod:`d365migrate.intake.values` (which types a column); a format that no value
decides is reported undecided, so the analyst confirms it instead of a guess moving money."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import polars as pl

from d365migrate.intake.value_samples import FrameT, failed_rows, sample_values


@dataclass
class NumberParse:
    """Parsed numbers plus the separators used and the rows that failed."""

    values: pl.Series
    decimal: str
    thousands: str | None
    failed: pl.DataFrame
    currency: bool = False


#: A currency beside an amount: its code, its sign, or a dollar sign with its country's
#: letters before or after it ('US$', 'CA$', 'R$'; French '$US', '$CA': EverShop's prices);
#: the full-width signs and words of East Asian shops (CRMEB's '￥229.60', '99.00元').
CURRENCY = (r"(?i)(us\$|\$\s?(?:us|ca|au|nz|hk|sg)\b|(?:ca|au|nz|hk|sg|mx|r|a|c)\$|usd|eur|gbp|"
            r"pln|chf|zł|cny|rmb|jpy|[$€£¥₹￥＄￡元円]|kr)")
#: A per cent sign after a number ('40%', '100 %': ZenTao's task progress, a deal's
#: probability): the number is the percentage, as Dataverse keeps one (0 to 100).
PERCENT = r"\s*%$"
_NUM_CHARS = r"^[+-]?\(?[\d.,' \u00a0\u202f]+\)?-?$"
#: Characters that group thousands in any locale, whatever the column's own separator.
_SPACES = " \u00a0\u202f'"
#: Digits after a space that are no group of three: '+49 1453 7932 96901' is a phone number
#: written in blocks, not a number with its thousands grouped ('12 345 678').
_LOOSE_GROUP = r"\d[ \u00a0\u202f'](\d{1,2}|\d{4,})(\D|$)"


_STRIPPED, _NUMERIC = "__stripped", "__numeric"  # a sample's columns (:func:`number_frame`)


def number_frame(sample: pl.Series) -> pl.DataFrame:
    """The sample as column ``v``, with each value's text less its currency and whether that
    is a number: computed once, then read by every statistic of :func:`number_exprs`
    (written inside each of them, polars compiled and ran the currency pattern 14 times: most
    of the time of typing a column)."""
    return number_columns(pl.DataFrame({"v": sample}))


def number_columns(frame: FrameT) -> FrameT:
    """``frame`` with each value of its column ``v`` less its currency, and whether that is a
    number (:func:`number_frame`; the profile adds them to the samples of a whole table)."""
    v = pl.col("v")
    stripped = pl.col(_STRIPPED)
    return frame.with_columns(
        v.str.replace_all(CURRENCY, "").str.strip_chars().str.replace(PERCENT, "")
        .alias(_STRIPPED)).with_columns(
        (stripped.str.contains(_NUM_CHARS) & stripped.str.contains(r"\d")
         & ~stripped.str.contains(_LOOSE_GROUP)).alias(_NUMERIC))


def number_exprs(v: pl.Expr) -> list[pl.Expr]:
    """Statistics that decide numeric-ness and separators, computed in one pass over a
    :func:`number_frame`."""
    stripped, numeric = pl.col(_STRIPPED), pl.col(_NUMERIC)
    num = pl.when(numeric).then(stripped)
    return [
        (stripped != v.str.strip_chars().str.replace(PERCENT, "")).any().alias("n_cur"),
        v.str.strip_chars().str.contains(r"\d\s*%$").mean().alias("n_pct"),
        numeric.mean().alias("n_share"),
        num.str.contains(r"\.\d*,\d+\)?-?$").sum().alias("n_both_comma"),
        num.str.contains(r",\d*\.\d+\)?-?$").sum().alias("n_both_dot"),
        num.str.contains(r"^[^.]*\d,(\d{1,2}|\d{4,})\)?-?$").sum().alias("n_comma_dec"),
        num.str.contains(r"^[^,]*\d\.(\d{1,2}|\d{4,})\)?-?$").sum().alias("n_dot_dec"),
        num.str.contains(r"^\(?[+-]?0,\d").sum().alias("n_zero_comma"),
        num.str.contains(r"^\(?[+-]?0\.\d").sum().alias("n_zero_dot"),
        num.str.contains(r"\d\.\d{3}\.\d{3}").sum().alias("n_multi_dot"),
        num.str.contains(r"\d,\d{3},\d{3}").sum().alias("n_multi_comma"),
        num.str.contains(r"\d[ \u00a0\u202f']\d{3}").sum().alias("n_space"),
        num.str.contains(r"\d,\d").any().alias("n_any_comma"),
        num.str.contains(r"\d\.\d").any().alias("n_any_dot"),
        num.str.contains(r"\d{4}").any().alias("n_long_run"),
    ]


def decide_number(st: dict[str, Any]) -> tuple[str, str | None, bool]:
    """(decimal, thousands, decided): decided is False when no value tells '.' from ','.

    An undecided column holds only values like '3.100' or '1,250': intake settles those by
    the separator the rest of the export uses, else by grouping (every long number grouped).
    """
    # '0,125' and '0.125' are decimals: a thousands group never follows a lone 0
    euro = st["n_both_comma"] + st["n_comma_dec"] + st["n_multi_dot"] + st["n_zero_comma"]
    anglo = st["n_both_dot"] + st["n_dot_dec"] + st["n_multi_comma"] + st["n_zero_dot"]
    decided = euro != anglo
    if decided:
        dec, th = (",", ".") if euro > anglo else (".", ",")
    elif st["n_any_dot"] and not st["n_any_comma"] and not st["n_long_run"]:
        dec, th = ",", "."  # '3.100', '89.400' and '800', never '3100': dots group
    else:
        dec, th = ".", ","
    uses_th = st["n_any_dot"] if th == "." else st["n_any_comma"]
    if st["n_space"] and not (st["n_multi_dot"] if dec == "," else st["n_multi_comma"]):
        return dec, " ", decided
    return dec, (th if uses_th else None), decided


def guess_number_format(s: pl.Series) -> tuple[str, str | None, float, bool]:
    """Guess (decimal, thousands, share numeric, has_currency) for a text column."""
    sample = sample_values(s.cast(pl.Utf8))
    if sample.len() == 0:
        return ".", None, 0.0, False
    st = number_frame(sample).select(number_exprs(pl.col("v"))).row(0, named=True)
    dec, th, _ = decide_number(st)
    return dec, th, float(st["n_share"] or 0.0), bool(st["n_cur"])


def _char_class(chars: str) -> str:
    return "[" + "".join("\\" + c if c in "\\^-[]." else c for c in chars) + "]"


def number_expr(e: pl.Expr, decimal: str | None = ".", thousands: str | None = None
                ) -> pl.Expr:
    """Text as Float64 under one decimal separator; null when the text is not such a number.

    Handles currency signs and codes, '-', trailing '-' and '(12.00)' negatives, and
    thousands groups of exactly three digits separated by ``thousands`` or a space, NBSP or
    apostrophe. ``1,5`` in a '.'-decimal column and ``1.234,5`` in a ','-decimal one are
    rejected rather than read another way.
    """
    dec = decimal or "."
    th = thousands if thousands is not None else ("." if dec == "," else ",")
    group = _char_class("".join(sorted(set(th + _SPACES) - {dec})))
    d = re.escape(dec)
    t = e.cast(pl.Utf8).str.replace_all(CURRENCY, "").str.strip_chars().str.replace(PERCENT, "")
    paren = t.str.contains(r"^\(.*\)$")
    t = t.str.replace(r"^\((.*)\)$", "$1").str.strip_chars()
    neg = paren | t.str.starts_with("-") | t.str.ends_with("-")
    t = t.str.replace(r"^[+-]\s*", "").str.replace(r"\s*-$", "")
    shape = (rf"^(\d+|\d{{1,3}}({group}\d{{3}})+)({d}\d*)?([eE][+-]?\d+)?$"
             rf"|^{d}\d+([eE][+-]?\d+)?$")
    num = t.str.replace_all(group, "").str.replace(d, ".").cast(pl.Float64, strict=False)
    return pl.when(t.str.contains(shape)).then(pl.when(neg).then(-num).otherwise(num))


def whole_number_expr(e: pl.Expr, decimal: str | None = ".",
                      thousands: str | None = None) -> pl.Expr:
    """Text as Int64; null when it is not a number or not whole ('12.7' is never 13)."""
    return whole_number(number_expr(e, decimal, thousands))


def whole_number(num: pl.Expr) -> pl.Expr:
    """A number already read (:func:`number_expr`) as Int64; null where it is not whole."""
    return pl.when(num == num.floor()).then(num).cast(pl.Int64, strict=False)


def parse_numbers(s: pl.Series, decimal: str | None = None,
                  thousands: str | None = None) -> NumberParse:
    """Parse text to Float64 handling '1,234.50', '1.234,50', '€ 1 234', '(12.00)'."""
    g_dec, g_th, _, has_cur = guess_number_format(s)
    dec = decimal or g_dec
    th = thousands if thousands is not None else (g_th or ("." if dec == "," else ","))
    txt = s.cast(pl.Utf8)
    vals = pl.DataFrame({"v": txt}).select(number_expr(pl.col("v"), dec, th)).to_series()
    vals = vals.alias(s.name)
    return NumberParse(vals, dec, g_th if thousands is None else thousands,
                       failed_rows(txt, vals), has_cur)
