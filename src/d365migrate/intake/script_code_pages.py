"""Cyrillic, Greek, Hebrew, Arabic and Thai text in a Windows code page, not mojibake.

A Russian user's Excel saves "CSV" in cp1251, a Greek's in cp1253, a Hebrew's in cp1255; an
Arabic's in cp1256, a Thai's in cp874. Read as Western cp1252, every header is accented
Latin noise. Such a text writes whole words in high bytes, letter after letter, where a
Western or Central European text writes an accented letter here and there inside ASCII words
('café', 'Łódź'): so a file most of whose high bytes stand beside another is in a script
other than Latin, and which code page it is the letters' sense decides (charset-normalizer's
language models, limited to these pages). Hebrew letters read in cp1251 are lower-case
Cyrillic too; where both read as well, a text with no capital Cyrillic letter and none of
'ы ь э ю я' is Hebrew (its bytes go no higher than 'ת').
"""

from __future__ import annotations

from charset_normalizer import from_bytes

__all__ = ["SCRIPT_CODE_PAGES", "script_code_page"]

#: The code pages tried, Cyrillic first.
SCRIPT_CODE_PAGES = ("cp1251", "cp1253", "cp1255", "cp1256", "cp874")
#: The share of high bytes that must stand beside another high byte.
RUN_SHARE = 0.8
#: Fewer high bytes than this say nothing.
_LEAST = 8
_SAMPLE = 200_000


def _beside_another(data: bytes) -> float:
    """The share of ``data``'s high bytes that stand beside another high byte."""
    high = beside = 0
    for i, b in enumerate(data):
        if b >= 0x80:
            high += 1
            beside += (i > 0 and data[i - 1] >= 0x80) or (
                i + 1 < len(data) and data[i + 1] >= 0x80)
    return beside / high if high >= _LEAST else 0.0


def script_code_page(data: bytes) -> str | None:
    """The code page of a text written in one of these scripts, or None (module docstring)."""
    sample = data[:_SAMPLE]
    if _beside_another(sample) < RUN_SHARE:
        return None
    found = list(from_bytes(sample, cp_isolation=list(SCRIPT_CODE_PAGES)))
    if not found:
        return None
    best = found[0]
    tied = {m.encoding for m in found if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    if {"cp1251", "cp1255"} <= tied and not any(0xC0 <= b <= 0xDF or b >= 0xFB
                                               for b in sample):
        return "cp1255"
    return best.encoding if best.encoding in SCRIPT_CODE_PAGES else None
