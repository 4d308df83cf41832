"""Column names in Japanese, read as the English the engine knows.

Outlook's Japanese contact export titles its columns '番地 (自宅)', '会社電話 2', '秘書の電話'.
Japanese writes no spaces between words, so a name is cut into the longest words of
``data/cjk_words.yml``, left to right ('会社電話' -> business + phone), and the side of a person
('business', 'home', 'other') goes first as in English ('business phone'). A name holding a
word the list lacks gets no reading: half a name read would mislead.

'名前' (a name) is a person's given name beside a surname ('姓'), as X2CRM's Japanese
contacts write it; alone, on a file of companies, deals or products, it is the record's name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

import yaml

from d365migrate.mapping.vocabulary import split_words

__all__ = ["cjk_readings", "CJK_FACTOR"]

#: Trust in a reading of a name cut into listed words.
CJK_FACTOR = 0.96
_CJK = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SIDES = ("business", "home", "other")
#: Names that are a given name beside a surname, the record's whole name without one.
_PLAIN_NAMES = frozenset({"名前"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """Every listed word of every language, in its own script -> its English words."""
    text = (resources.files("d365migrate.mapping") / "data" / "cjk_words.yml").read_text(
        "utf-8")
    raw = yaml.safe_load(text) or {}
    return {unicodedata.normalize("NFKC", str(k)): tuple(split_words(str(v or "")))
            for words in raw.values() for k, v in (words or {}).items()}


def _cut(token: str, table: dict[str, tuple[str, ...]], longest: int) -> list[str] | None:
    """A run of text cut into listed words; None when a piece of it is no listed word."""
    out: list[str] = []
    i = 0
    while i < len(token):
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


def cjk_readings(name: str, headers: Iterable[str] = ()
                 ) -> list[tuple[tuple[str, ...], float]]:
    """The English reading of a column name written in Japanese, with its trust; [] for a
    name in no such script or with a word the list lacks. ``headers``, the file's column
    names, say whether a plain '名前' is a given name (beside a surname) or a whole name."""
    text = unicodedata.normalize("NFKC", name)
    if not _CJK.search(text):
        return []
    table = _words()
    if text in _PLAIN_NAMES:
        beside = {table.get(unicodedata.normalize("NFKC", h)) for h in headers}
        return [(("first", "name") if ("last", "name") in beside else ("name",), CJK_FACTOR)]
    head, arrow, remote = text.partition("->")
    if arrow and remote.strip() in _PLAIN_NAMES:
        # '組織->名前': a reference written by the other record's name, never a given name
        read = cjk_readings(head) if _CJK.search(head) else [(tuple(split_words(head)), 1.0)]
        return [(tuple(w.lower() for w in read[0][0]) + ("name",), CJK_FACTOR)] if read else []
    longest = max(len(k) for k in table)
    out: list[str] = []
    for token in split_words(text):
        cut = _cut(token, table, longest)
        if cut is None:
            return []
        out.extend(w.lower() for w in cut)
    if not out:
        return []
    sides = [w for w in out if w in _SIDES]
    rest = [w for w in out if w not in _SIDES]
    if sides and rest:
        out = sides[:1] + rest   # '番地 (会社)' -> 'business street'
    return [(tuple(out), CJK_FACTOR)]
