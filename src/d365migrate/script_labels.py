"""Labels in scripts the ASCII fold writes as nothing: Thai, Khmer, Georgian, Devanagari...

The word lists key a header by its fold to Latin letters ('Prénom' -> 'prenom', Cyrillic and
Greek transliterated); a Thai 'ที่อยู่', a Khmer 'អាសយដ្ឋាន' or a Mongolian 'Үйлчлүүлэгч' (its
'ү' has no Latin letter in the fold) folds to nothing or to a stray letter or two, so a
harvested word in such a script cannot be keyed so. It is keyed instead by its own letters
(NFKC, lower case), and read by :mod:`d365migrate.mapping.cjk_names` (headers) and
:mod:`d365migrate.intake.cjk_kinds` (file names).

The vocabulary's word splitter cuts on every character that is no letter or digit, and the
vowel signs of Thai, Khmer and the Indic scripts are marks: 'ลูกค้า' would fall apart. Words
here are cut only at spaces and punctuation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["compact", "script_key", "script_words", "unfoldable", "UNSPACED"]

#: Zero-width characters: Khmer's word break (ZWSP), Persian's half space (ZWNJ), a joiner.
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: Marks a label carries around its words ('Name *', 'E-mail:').
_DECORATION = re.compile(r"^[\s*:#.]+|[\s*:#.]+$")
#: Scripts written without spaces between words: a name is cut into listed words.
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"  # Thai Lao
                      r"\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")       # Myanmar Khmer, CJK


#: Letters the fold drops on purpose: Cyrillic's hard and soft signs ('Область' -> 'oblast').
_SILENT = frozenset("ъьЪЬ")
#: The Cyrillic and Greek letters the fold transliterates (``intake.kinds._CYRILLIC``, its
#: Greek scheme): Mongolian 'ө' and 'ү', Kazakh 'қ', Greek's archaic letters are dropped.
_WRITTEN = frozenset("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюяђћџљњјѓќѕ"
                     "αβγδεζηθικλμνξοπρσςτυφχψω")


@functools.lru_cache(maxsize=4096)
def _drops(char: str) -> bool:
    """Whether the ASCII fold writes a letter as nothing: no Latin letter, nor a Cyrillic or
    Greek one it transliterates (kept in step with ``intake.kinds.col_norm`` by a test)."""
    if not char.isalpha() or char in _SILENT:
        return False
    base = unicodedata.normalize("NFD", char)
    script = unicodedata.name(char, "LATIN").split(" ")[0]
    if script == "LATIN" or any(c.isascii() and c.isalnum()
                                for c in unicodedata.normalize("NFKD", char)):
        return False
    if script == "CYRILLIC":
        return char.lower() not in _WRITTEN   # 'ѐ', 'ў' precomposed: dropped as the fold does
    # monotonic Greek, its accents dropped ('ά'); polytonic 'ἀ' is dropped as the fold does
    return not (script == "GREEK" and char <= "\u03ff" and base[0].lower() in _WRITTEN)


def unfoldable(text: str) -> bool:
    """Whether ``text`` holds a letter the ASCII fold drops: a label keyed by its letters."""
    return any(_drops(c) for c in text)


#: Arabic letters written several ways for one word: alef with or without its hamza
#: ('الإنشاء', 'الانشاء'), Persian's yeh and keheh beside Arabic's, the stretching tatweel.
_ARABIC_SPELLINGS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                                   "ی": "ي", "ک": "ك", "ـ": None,
                                   # the short vowels and the shadda, written or left out at
                                   # will ('المفضّلة', 'المفضلة': keys201)
                                   **{chr(c): None for c in (*range(0x064B, 0x0660), 0x0670)}})


def script_key(text: str) -> str:
    """A label as the script lists key it: NFKC, lower case, one space between words, a
    half space read as a space, its decoration ('*', ':', a closing full stop) dropped,
    Arabic's variant spellings of a letter as one."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_ARABIC_SPELLINGS)
    text = _ZERO_WIDTH.sub(lambda m: " " if m.group() == "\u200c" else "", text)
    return " ".join(_DECORATION.sub("", text).split())


def compact(text: str) -> str:
    """A key without its spaces: Khmer and Persian write a word break as a space, a zero-width
    one or nothing, so two labels are one when their letters are."""
    return script_key(text).replace(" ", "")


def script_words(text: str) -> list[str]:
    """A label's words, cut at spaces, underscores and punctuation only (never at a vowel
    sign, which the vocabulary's splitter takes for a break)."""
    key = script_key(text)
    return [w for w in re.split(r"[\s_/\\()\[\],;:!?\"'|+&*#-]+|(?<!\d)\.|\.(?!\d)", key) if w]
