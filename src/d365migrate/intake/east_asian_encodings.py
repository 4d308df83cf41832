"""Japanese, Chinese and Korean legacy encodings: which one a file that is not UTF-8 is in.

Redmine writes its CSV in the user's language's own encoding (Shift_JIS for Japanese, GB18030
for Simplified Chinese, Big5 for Traditional, CP949 for Korean), and so does Excel's "CSV"
in those locales. Read as a Western code page, every header is mojibake and the file maps
nothing. The bytes of one such text usually decode in several of these encodings (a pair of
high bytes is a character in each), but only in its own do they give the characters people
write every day: kana and the first-level kanji of JIS X 0208, GB2312's first level, Big5's
frequent characters, the Hangul syllables of KS X 1001. Western letters before an ASCII byte
('é' in 'café,') are no character of those common sets, so a Western file is never taken.
"""

from __future__ import annotations

__all__ = ["east_asian_codec", "EAST_ASIAN_CODECS"]

#: The encodings tried, in the order that wins a tie (Korean before the other EUC encodings,
#: whose common characters its Hangul bytes also are).
EAST_ASIAN_CODECS = ("cp932", "cp949", "gb18030", "big5", "euc_jp")
#: The share of a file's non-ASCII characters that must be common in the encoding taken.
COMMON_SHARE = 0.8
#: How many non-ASCII characters a file needs before its bytes say anything.
_LEAST = 4


def _common(ch: str, codec: str) -> bool:
    """Whether ``ch`` is one of the characters text in ``codec`` writes every day."""
    if codec in ("cp932", "euc_jp"):
        if "\u3040" <= ch <= "\u30ff":   # hiragana, katakana
            return True
        return _lead(ch, "cp932", 0x81, 0x9F)   # symbols, kana, JIS level-1 kanji
    if codec == "gb18030":
        # symbols and GB2312's first level; not its kana rows, which are EUC-JP's too (a
        # Japanese text's kana read in GB2312 are the same kana)
        return _lead(ch, "gb2312", 0xA1, 0xD7) and not "\u3040" <= ch <= "\u30ff"
    if codec == "big5":
        return _lead(ch, "big5", 0xA1, 0xC6)    # symbols, frequently used characters
    # KS X 1001's Hangul syllables and its first row of punctuation: Korean is written in
    # Hangul, so its text is that; the same bytes read in GB2312 or EUC-JP are common Han
    # characters too, and the tie goes to Korean (a Chinese text's characters spread past
    # the Hangul rows, into Korean's Hanja: not common here)
    return _lead(ch, "euc_kr", 0xB0, 0xC8) or _lead(ch, "euc_kr", 0xA1, 0xA1)


def _lead(ch: str, codec: str, low: int, high: int) -> bool:
    try:
        raw = ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and low <= raw[0] <= high


def east_asian_codec(data: bytes) -> str | None:
    """The East Asian encoding ``data`` is written in, or None (module docstring)."""
    best, best_share = None, COMMON_SHARE
    sample = data[:200_000]
    for codec in EAST_ASIAN_CODECS:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            try:   # the sample may end inside a character
                text = sample[:-1].decode(codec)
            except UnicodeDecodeError:
                continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        if len(wide) < _LEAST:
            continue
        share = sum(_common(ch, codec) for ch in wide) / len(wide)
        if share > best_share:
            best, best_share = codec, share
    return best
