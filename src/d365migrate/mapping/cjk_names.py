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

A name the hand-written list cannot read is read, after it, by the harvested labels of these
and of every other script the ASCII fold drops (``data/harvested_script_words.yml``: Thai,
Khmer, Georgian, Devanagari, Mongolian Cyrillic...): the whole label, else each word of it
(a Thai, Khmer or Japanese word cut into the longest listed ones, a spaced script's word read
whole), all or nothing. A word two languages' harvests read apart is read by neither.
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
from d365migrate.mapping.cognates import MIN_LETTERS, cognate_reading
from d365migrate.mapping.vocabulary import split_words
from d365migrate.script_labels import UNSPACED, compact, script_words, unfoldable

__all__ = ["cjk_readings", "hand_reads", "CJK_FACTOR"]

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


@functools.lru_cache(maxsize=1)
def _harvested() -> dict[str, tuple[str, ...]]:
    """The harvested labels of every language, compacted (:func:`compact`) -> English words;
    a label two languages read apart left out, and the hand-written words over them all."""
    raw = yaml.safe_load((resources.files("d365migrate.mapping") / "data"
                          / "harvested_script_words.yml").read_text("utf-8")) or {}
    seen: dict[str, set[tuple[str, ...]]] = {}
    for words in raw.values():
        for k, v in (words or {}).items():
            seen.setdefault(compact(str(k)), set()).add(tuple(split_words(str(v or ""))))
    table = {k: next(iter(vs)) for k, vs in seen.items() if len(vs) == 1 and k}
    return {**table, **{compact(k): v for k, v in _words().items() if compact(k)}}


@functools.lru_cache(maxsize=1)
def _script_cognates() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The harvested words of spaced scripts a word the lists lack may be a cognate of
    (:mod:`d365migrate.mapping.cognates`: an article or a case ending on or off, a letter
    spelt two ways, as Hebrew's 'תעשיה' and 'תעשייה')."""
    return tuple(sorted((k, v) for k, v in _harvested().items()
                        if len(k) >= MIN_LETTERS and not k.isascii() and not UNSPACED.search(k)))


def _cut_script(token: str, table: dict[str, tuple[str, ...]]) -> list[str] | None:
    """A word of a script written without spaces (Thai, Khmer, Japanese) cut into the longest
    listed words, never between a letter and its vowel sign; None when a piece is unlisted."""
    out: list[str] = []
    i, longest = 0, max((len(k) for k in table), default=0)
    while i < len(token):
        if token[i].isascii() and token[i].isalnum():
            j = i
            while j < len(token) and token[j].isascii() and token[j].isalnum():
                j += 1
            out.append(token[i:j])   # Latin letters or digits inside: 'FAX', '2'
            i = j
            continue
        j = next((j for j in range(min(len(token), i + longest), i, -1)
                  if token[i:j] in table and not (
                      j < len(token) and unicodedata.category(token[j]).startswith("M"))),
                 None)
        if j is None:
            return None
        out.extend(table[token[i:j]])
        i = j
    return out


def _harvest_read(text: str) -> tuple[str, ...] | None:
    """A name read by the harvested labels (module docstring): whole, else word by word;
    None unless every piece of it is read."""
    table = _harvested()
    whole = table.get(compact(text))
    if whole is not None:
        return tuple(w.lower() for w in whole) or None
    out: list[str] = []
    for word in script_words(text):
        if word.isascii():
            out.extend(split_words(word))
            continue
        key = compact(word)
        if key in table:
            out.extend(table[key])
            continue
        if UNSPACED.search(key):
            cut = _cut_script(key, table)
        else:   # 'Կարգավիճակ' beside the harvest's 'կարգավիճակը' (status, its article on)
            near = cognate_reading(key, _script_cognates())
            cut = list(near) if near else None
        if cut is None:
            return None
        out.extend(cut)
    words = tuple(w.lower() for w in out)
    return words if words and all(w.isascii() for w in words) else None


def hand_reads(label: str) -> bool:
    """Whether the hand-written list reads a label (a harvest adds no second reading)."""
    text = _ascii_digits(_POINTS.sub("", unicodedata.normalize("NFKC", unescaped(label))))
    if not _CJK.search(text):
        return False
    table = _words()
    longest = max(len(k) for k in table)
    return bool(_read(text, table, longest) or _read(traditional_as_simplified(text), table,
                                                     longest))


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


#: A closing remark in brackets ('لا مراسلات جماعية (المستخدم ألغى الاشتراك)': no bulk
#: e-mail (the user opted out)), read without when the whole name is not read.
_CLOSING_REMARK = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def cjk_readings(name: str, headers: Iterable[str] = ()
                 ) -> list[tuple[tuple[str, ...], float]]:
    """The English reading of a column name written in Japanese (or Chinese, Korean,
    Hebrew, Persian, Arabic), with its trust; [] for a
    name in no such script or with a word the list lacks; a closing remark in brackets
    the list does not read is left out."""
    read = _script_readings(name, headers)
    bare = _CLOSING_REMARK.sub("", name)
    if not read and bare != name and bare.strip() and not any(
            compact(h) == compact(bare) for h in headers):
        # a remark beside a header the file also has bare ('手机（个人）' beside '手机': the
        # private mobile beside the work one) says which of two it is: no reading without it
        return _script_readings(bare, headers)
    return read


def _script_readings(name: str, headers: Iterable[str] = ()
                     ) -> list[tuple[tuple[str, ...], float]]:
    """A name's reading, its remark and all. ``headers``, the file's column names, say
    whether a plain '名前' is a given name (beside a surname) or a whole name."""
    # an HTML entity as a translation file holds it: Hebrew's gershayim '&quot;' ('דוא"ל')
    text = _ascii_digits(_POINTS.sub("", unicodedata.normalize("NFKC", unescaped(name))))
    if not _CJK.search(text):
        return _harvested_readings(text, headers) if unfoldable(text) else []
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
        return _harvested_readings(text, headers)
    return [(_side_first(words), CJK_FACTOR)]


def _harvested_readings(text: str, headers: Iterable[str]
                        ) -> list[tuple[tuple[str, ...], float]]:
    """A name read by the harvest alone. A plain name ('ชื่อ') beside a surname and no given
    name is the given name, as the hand-written '名前' is."""
    words = _harvest_read(text) or (_harvest_read(traditional_as_simplified(text))
                                    if _CJK.search(text) else None)
    if not words:
        return []
    if words == ("name",):
        beside = {_harvest_read(h) for h in headers if compact(h) != compact(text)}
        if ("last", "name") in beside and ("first", "name") not in beside:
            words = ("first", "name")
    return [(_side_first(words), CJK_FACTOR)]


def _side_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """The side of a person first, as in English: '番地 (会社)' -> 'business street'; two
    words of one meaning side by side ('街/路': street or road, '州/省': state or province)
    read once."""
    words = tuple(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])
    sides = [w for w in words if w in _SIDES]
    rest = [w for w in words if w not in _SIDES]
    return (sides[0], *rest) if sides and rest else words
