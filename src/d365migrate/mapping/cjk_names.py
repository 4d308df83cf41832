"""Column names in Japanese and the other scripts that fold to no Latin letters (Chinese,
Korean, Hebrew, Persian and Arabic), read as the English the engine knows.

Outlook's Japanese contact export titles its columns '番地 (自宅)', '会社電話 2', '秘書の電話'.
Japanese writes no spaces between words, so a name is cut into the longest words of
``data/cjk_words.yml``, left to right ('会社電話' -> business + phone), and the side of a person
('business', 'home', 'other') goes first as in English ('business phone'). A name holding a
word the list lacks gets no reading: half a name read would mislead.

'名前' (a name) is a person's given name beside a surname ('姓'), as X2CRM's Japanese
contacts write it; alone, on a file of companies, deals or products, or beside both a given
name ('名') and a surname (Fat Free CRM's Japanese contacts), it is the record's whole name.
Korean '이름' and Persian 'نام' are alike.

The European word lists read a header folded to Latin letters; Hangul, Hebrew and Arabic
letters fold to nothing, so such a header had no reading at all (keys135: X2CRM's Korean,
Hebrew and Persian exports). They are read here, word by word as Japanese is (a spaced
language's words are simply each listed whole), after a whole-name lookup for phrases
whose words read in another order ('שם פרטי', 'name private': the first name).

Chinese in Traditional characters (Odoo's zh_TW '聯繫人姓名') is read through its Simplified
spelling when it reads as nothing as written: one list serves both scripts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

import yaml

from d365migrate.chinese_scripts import traditional_as_simplified
from d365migrate.intake.html_entities import unescaped
from d365migrate.mapping.vocabulary import split_words

__all__ = ["cjk_readings", "CJK_FACTOR"]

#: Trust in a reading of a name cut into listed words.
CJK_FACTOR = 0.96
_CJK = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"   # kana and Han
                  r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"           # Hangul
                  r"\u0590-\u05ff\ufb1d-\ufb4f"                          # Hebrew
                  r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")  # Arabic
#: Hebrew's vowel points and cantillation, Arabic's short vowels (harakat): marks a label may
#: carry ('קְדִימוּת', Odoo's Hebrew priority) and a word list never holds; they split a word
#: in two (a mark is no word character), so they are dropped before a name is read (tune148).
_POINTS = re.compile(r"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
                     r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SIDES = ("business", "home", "other")
#: Names that are a given name beside a surname, the record's whole name without one.
_PLAIN_NAMES = frozenset({"名前", "이름", "نام"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """Every listed word of every language, in its own script -> its English words."""
    text = (resources.files("d365migrate.mapping") / "data" / "cjk_words.yml").read_text(
        "utf-8")
    raw = yaml.safe_load(text) or {}
    return {unicodedata.normalize("NFKC", str(k)).lower(): tuple(split_words(str(v or "")))
            for words in raw.values() for k, v in (words or {}).items()}


def _cut(token: str, table: dict[str, tuple[str, ...]], longest: int) -> list[str] | None:
    """A run of text cut into listed words; None when a piece of it is no listed word."""
    out: list[str] = []
    i = 0
    while i < len(token):
        j = next((j for j in range(min(len(token), i + longest), i, -1)
                  if token[i:j] in table and not _CJK.match(token[i])), None)
        if j is not None:   # a listed word led by a Latin letter: 'Eメール' (an e-mail)
            out.extend(table[token[i:j]])
            i = j
            continue
        if not _CJK.match(token[i]):
            j = i
            while j < len(token) and not _CJK.match(token[j]):
                j += 1
            out.append(token[i:j])   # Latin letters or digits inside: 'FAX', '2'
            i = j
            continue
        for j in range(min(len(token), i + longest), i, -1):
            if token[i:j] in table:
                out.extend(table[token[i:j]])
                i = j
                break
        else:
            return None
    return out


def _read(text: str, table: dict[str, tuple[str, ...]], longest: int
          ) -> tuple[str, ...] | None:
    """A name's English words: the whole name when it is listed (a phrase), else each of its
    words cut into listed words; None when a piece is no listed word."""
    # a phrase with an abbreviation's full stop ('رقم الجوال.', Frappe's 'Mobile No.')
    whole = next((t for t in (text.strip(), text.strip().rstrip(".").strip()) if t in table),
                 None)
    if whole is not None:
        return tuple(w.lower() for w in table[whole])
    out: list[str] = []
    for token in split_words(text):
        cut = _cut(token, table, longest)
        if cut is None:
            return None
        out.extend(w.lower() for w in cut)
    return tuple(out) or None


def _ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII ones ('آدرس۲', a second address): a list's
    word with a number is written in ASCII digits, as the Latin names' are."""
    return "".join(str(unicodedata.digit(c)) if not c.isascii() and c.isdecimal() else c
                   for c in text)


def cjk_readings(name: str, headers: Iterable[str] = ()
                 ) -> list[tuple[tuple[str, ...], float]]:
    """The English reading of a column name written in Japanese (or Chinese, Korean,
    Hebrew, Persian, Arabic), with its trust; [] for a
    name in no such script or with a word the list lacks. ``headers``, the file's column
    names, say whether a plain '名前' is a given name (beside a surname) or a whole name."""
    # an HTML entity as a translation file holds it: Hebrew's gershayim '&quot;' ('דוא"ל')
    text = _ascii_digits(_POINTS.sub("", unicodedata.normalize("NFKC", unescaped(name))))
    if not _CJK.search(text):
        return []
    table = _words()
    longest = max(len(k) for k in table)
    if text in _PLAIN_NAMES:
        beside = {_read(n, table, longest) for h in headers
                  if (n := unicodedata.normalize("NFKC", h)) != text}
        # beside a given name ('名') too, it is the whole name again (keys129)
        given = ("last", "name") in beside and ("first", "name") not in beside
        return [(("first", "name") if given else ("name",), CJK_FACTOR)]
    head, arrow, remote = text.partition("->")
    if arrow and remote.strip() in _PLAIN_NAMES:
        # '組織->名前': a reference written by the other record's name, never a given name
        # (keys137: iTop's Japanese and Chinese reference columns)
        read = cjk_readings(head) if _CJK.search(head) else [(tuple(split_words(head)), 1.0)]
        return [(tuple(w.lower() for w in read[0][0]) + ("name",), CJK_FACTOR)] if read else []
    words = _read(text, table, longest) or _read(traditional_as_simplified(text), table,
                                                 longest)
    if not words:
        return []
    sides = [w for w in words if w in _SIDES]
    rest = [w for w in words if w not in _SIDES]
    if sides and rest:
        words = (sides[0], *rest)   # '番地 (会社)' -> 'business street'
    return [(words, CJK_FACTOR)]
