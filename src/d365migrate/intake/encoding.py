"""Which encoding an export file is in, and whether it is text at all.

Split from :mod:`d365migrate.intake.read`: BOMs, UTF-16 without a BOM (NUL patterns),
mostly-UTF-8 files with a few bad lines, Japanese, Chinese and Korean legacy encodings
(:mod:`.east_asian_encodings`), the Windows code pages of Cyrillic, Greek, Hebrew, Arabic
and Thai (:mod:`.script_code_pages`) and the Latin ones.
"""

from __future__ import annotations

import codecs
from collections import Counter

from d365migrate.intake.code_page_letters import language_score
from d365migrate.intake.dialect import MAX_PROBLEMS_PER_KIND, Problem
from d365migrate.intake.east_asian_encodings import east_asian_codec
from d365migrate.intake.script_code_pages import script_code_page

__all__ = ["SINGLE_BYTE_CODECS", "binary_kind", "code_page_scores", "detect_encoding", "decode"]

#: The legacy Windows code pages an export may be in, the Western one first (it wins a tie).
SINGLE_BYTE_CODECS = ("cp1252", "cp1250")
#: Turkish, tried after them on a file cp1252 reads (:func:`_single_byte_codec`).
TURKISH_CODEC = "cp1254"


# --------------------------------------------------------------------------- encodings

def detect_encoding(data: bytes) -> tuple[str, bool, str]:
    """Return (codec, had_bom, how) for raw bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True, "bom"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", True, "bom"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", True, "bom"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", True, "bom"
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le", False, "nul-pattern"
        if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be", False, "nul-pattern"
    try:
        data.decode("utf-8")
        return "utf-8", False, "strict-decode"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad lines (concatenated files, binary junk) stays UTF-8:
    # re-decoding everything as cp1252 would mangle the good lines.
    ok = bad = 0
    for line in data.split(b"\n"):
        if max(line, default=0) < 0x80:
            continue
        try:
            line.decode("utf-8")
            ok += 1
        except UnicodeDecodeError:
            bad += 1
    if ok > bad:
        return "utf-8", False, "mostly-utf-8"
    east = east_asian_codec(data)   # Redmine's Japanese CSV: Shift_JIS, never cp1252
    if east:
        return east, False, "east-asian"
    script = script_code_page(data)   # a Russian Excel's CSV: cp1251, never cp1252
    if script:
        return script, False, "script-code-page"
    return _single_byte_codec(data), False, "charset-normalizer"


def _single_byte_codec(data: bytes) -> str:
    """Pick a legacy 8-bit codec: Western cp1252 unless Central European cp1250 explains
    more of the high bytes as letters (e.g. 0xB3 is 'ł' in cp1250 but '³' in cp1252), or as
    many, and more of them as the letters one language writes together ('ř', 'ě', 'č' and
    not 'ø', 'ì', 'è': :mod:`d365migrate.intake.code_page_letters`)."""
    scores = code_page_scores(data)
    best, best_score = "", (-1, -1)
    for enc, score in scores.items():
        if score > best_score:
            best, best_score = enc, score
    # Turkish cp1254 (ISO-8859-9's letters at the same bytes) differs from cp1252 at six
    # bytes only ('ş' is cp1252's 'þ', 'ı' its 'ý', 'ğ' its 'ð'): read so only when its
    # letters say Turkish more than cp1252's say any Western language (Icelandic keeps
    # 'þ', 'ý', 'ð'); a tie keeps cp1252
    if best == "cp1252":
        turkish = _code_page_score(data, TURKISH_CODEC)
        if turkish is not None and turkish > best_score:
            return TURKISH_CODEC
    # Bytes undefined in both Windows code pages: ISO Latin-1 decodes anything.
    return best or "latin-1"


def code_page_scores(data: bytes) -> dict[str, tuple[int, int]]:
    """Each Windows code page that decodes ``data`` (cp1252 first), with how many of its
    high bytes it reads as letters and how many as the letters of one language."""
    out = {}
    for enc in SINGLE_BYTE_CODECS:
        score = _code_page_score(data, enc)
        if score is not None:
            out[enc] = score
    return out


def _code_page_score(data: bytes, enc: str) -> tuple[int, int] | None:
    """How many of ``data``'s high bytes ``enc`` reads as letters and as the letters of one
    language; None when it cannot decode them."""
    high = bytes(sorted({b for b in data[:1_000_000] if b >= 0x80}))
    weights = Counter(b for b in data[:1_000_000] if b >= 0x80)
    try:
        chars = high.decode(enc)
    except UnicodeDecodeError:
        return None
    return (sum(weights[b] for b, ch in zip(high, chars, strict=True) if ch.isalpha()),
            language_score(chars, weights, high, enc))


def decode(data: bytes, encoding: str, label: str,
            problems: list[Problem]) -> str:
    """Decode bytes; undecodable lines are reported and decoded as cp1252 instead."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    if encoding.replace("-sig", "") != "utf-8":
        problems.append(Problem(label, None, f"bytes invalid in {encoding}; replaced", "warning"))
        return data.decode(encoding, errors="replace")
    out = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    reported = 0
    for n, line in enumerate(data.split(b"\n"), start=1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            reported += 1
            if reported <= MAX_PROBLEMS_PER_KIND:
                problems.append(Problem(label, n, "line is not valid UTF-8; decoded as cp1252",
                                        "warning"))
    if reported > MAX_PROBLEMS_PER_KIND:
        problems.append(Problem(label, None, f"{reported - MAX_PROBLEMS_PER_KIND} more lines "
                                "not valid UTF-8", "warning"))
    return "\n".join(out)


_MAGIC = {
    b"\x89PNG": "a PNG image", b"%PDF": "a PDF document", b"PK\x03\x04": "a zip/.xlsx archive",
    b"\xd0\xcf\x11\xe0": "a legacy .xls workbook (save it as .xlsx or CSV)",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
}


def binary_kind(data: bytes, encoding: str) -> str | None:
    """Describe a file that is not text at all; None when it is (mostly) text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if encoding.startswith(("utf-16", "utf-32")):
        return None
    head = data[:4096]
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 0x7F)
    return "binary data" if head and ctrl > 0.3 * len(head) else None

