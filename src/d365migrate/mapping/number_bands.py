"""Whole numbers written as bands ('1-10', '11-50', '10,001+'): read as the band's lower bound.

CRMs keep a company's size as a band picked from a list: Frappe CRM's lead 'No. of
Employees' is one of '1-10', '11-50', '51-200', '201-500', '501-1000', '1000+' in every
language it exports (tests/data/exports/frappe-crm-export-*), LinkedIn's and HubSpot's
company sizes alike. Dataverse keeps the size as a whole number (``numberofemployees``,
Integer). Read as a number a band is none, so the column was left out of the map and the
size never arrived (67 columns of the public exports' keys, issue 13). A column mapped to a
whole number whose values are bands gets ``band: low`` in the map: each band loads as its
lower bound ('11-50' as 11, '1000+' as 1000), said in its reason so the analyst who confirms
the map knows the upper bound stays behind; the check after loading compares the loaded
number with the bound read here, not with the export's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

__all__ = ["BANDS", "band_low", "band_shaped", "is_band", "with_bands"]

#: How a band is read: only its lower bound, so far.
BANDS = ("low",)
_NUMBER = r"\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+"
#: '11-50', '11 – 50', '11 to 50', '10,001+': the lower bound is group 1.
BAND = re.compile(rf"^\s*({_NUMBER})\s*(?:(?:-|–|—|to)\s*({_NUMBER})|\+)\s*$")
#: Share of a column's values that must be bands.
MOST = 0.8


def _whole(text: str) -> int:
    return int(re.sub(r"[,.\u00a0 ]", "", text))


def is_band(value: str) -> bool:
    """'11-50' (the lower bound below the upper), '1000+'."""
    m = BAND.match(value)
    return m is not None and (m.group(2) is None or _whole(m.group(1)) < _whole(m.group(2)))


def band_shaped(values: Iterable[str]) -> bool:
    """Whether most of the values are bands of whole numbers, at least two of them
    different and one ending where the next starts or below it ('1-10', '11-50'): a size
    picked from a list, not a phone number ('555-1234') or a date."""
    vals = [str(v).strip() for v in values if v is not None and str(v).strip()]
    bands = {v for v in vals if is_band(v)}
    if len(bands) < 2 or sum(1 for v in vals if v in bands) / len(vals) < MOST:
        return False
    lows = sorted(_whole(m.group(1)) for v in bands if (m := BAND.match(v)))
    highs = {_whole(m.group(2)) for v in bands if (m := BAND.match(v)) and m.group(2)}
    return any(h + 1 in lows or h in lows for h in highs) or (
        bool(highs) and any(v.endswith("+") for v in bands))


def band_low(text: pl.Expr, band: str | None) -> pl.Expr:
    """``text`` with each band replaced by its lower bound, written plainly ('1,001-5,000'
    is '1001'); other text as it is, for the number reader to clear as any non-number."""
    if not band:
        return text
    low = text.cast(pl.Utf8).str.extract(BAND.pattern, 1).str.replace_all(r"[,.\u00a0 ]", "")
    return pl.when(low.is_not_null()).then(low).otherwise(text)


def with_bands(entries: list[dict[str, Any]],
               frames: Mapping[str, pl.DataFrame]) -> list[dict[str, Any]]:
    """The map's entries with each whole-number column of bands given ``band: low`` (said in
    its reason); ``frames``: the export's files by source name."""
    for entry in entries:
        df = frames.get(str(entry.get("source") or ""))
        if df is None:
            continue
        for col in entry.get("columns") or []:
            source = col.get("source")
            if col.get("transform") != "integer" or col.get("band") or source not in df.columns \
                    or df[source].dtype != pl.Utf8:
                continue
            values = df[source].drop_nulls().unique().head(200).to_list()
            if band_shaped(values):
                example = next(str(v).strip() for v in values if is_band(str(v).strip()))
                low = _whole(BAND.match(example).group(1))   # type: ignore[union-attr]
                col["band"] = "low"
                col["reason"] = (f"{col.get('reason') or ''}; its values are bands "
                                 f"('{example}'): each loads as its lower bound ({low}), "
                                 "the upper one stays behind").lstrip("; ")
    return entries
