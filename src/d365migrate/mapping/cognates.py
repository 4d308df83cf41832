"""A header word no word list knows, read as the near-equal word of another language's list.

Many CRM words are cognates: Norwegian 'Prioritet' and 'Selskap' beside Danish and Swedish,
Catalan 'Ciutat', 'Campanya' and 'Oportunitat' beside Spanish, Portuguese and Italian. A
folded word (accents, case and spaces dropped) that no list holds, long enough to say
something and no English vocabulary word, may be read as a word of a language list it
nearly equals: at most :data:`MAX_EDITS` letters changed, added or dropped per
:data:`LETTERS_PER_EDIT` letters of the longer word, :data:`MOST_EDITS` at most. Every word
it nearly equals, in every language, must read the same, and so must every word only
:data:`MARGIN` letter further (Ukrainian 'kompaniia', company, is one letter from
'kampaniia', campaign): one disagreeing word and the header stays unread.

The rule and its figures were set by leaving one tuned language out at a time (its list
absent, how many of its words the other lists read, right and wrong:
``benchmarks/cognate_leave_one_out.py``), never on the languages measured with it held out.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

__all__ = ["cognate_reading", "cognate_words", "COGNATE_FACTOR", "MIN_LETTERS"]

#: The words of the lists, long enough to be cognates: (folded word, reading), sorted.
Words = tuple[tuple[str, tuple[str, ...]], ...]

#: Trust in a cognate's reading: below a word found in a list (0.98) and one read word by
#: word (0.96).
COGNATE_FACTOR = 0.93
#: A word shorter than this is too short to be a cognate of anything ('Land', 'Sted').
MIN_LETTERS = 5
#: Letters changed, added or dropped allowed per so many letters of the longer word.
MAX_EDITS = 1
LETTERS_PER_EDIT = 3
#: However long the word: a long header is most often words run together, and words run
#: together differ in a whole word ('dataassegnazione', assignment date, is five letters
#: from 'datadicreazione', created on).
MOST_EDITS = 2
#: Letters more within which a word reading otherwise makes the cognate unsure.
MARGIN = 1


def edits(a: str, b: str, limit: int) -> int:
    """Letters changed, added or dropped between ``a`` and ``b`` (Levenshtein), or
    ``limit + 1`` once more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _allowed(a: str, b: str) -> int:
    return min(MOST_EDITS, MAX_EDITS * (max(len(a), len(b)) // LETTERS_PER_EDIT))


def cognate_words(lists: Mapping[str, Mapping[str, tuple[str, ...]]]) -> Words:
    """The words of ``lists`` (language -> folded word -> reading) a cognate may be of."""
    return tuple(sorted({(w, r) for words in lists.values() for w, r in words.items()
                         if len(w) >= MIN_LETTERS}))


@functools.lru_cache(maxsize=4096)
def cognate_reading(key: str, words: Words, english: frozenset[str] = frozenset()
                    ) -> tuple[str, ...] | None:
    """The English reading of folded ``key`` as a cognate of ``words`` (:func:`cognate_words`),
    or None: no word near it, or its cognates read differently."""
    if len(key) < MIN_LETTERS or key in english or not key.isalpha():
        return None
    found: set[tuple[str, ...]] = set()
    near: set[tuple[str, ...]] = set()
    for word, reading in words:
        if word == key:
            return None   # an exact word is the lists' business, not a cognate's
        limit = _allowed(key, word)
        if not limit:
            continue
        n = edits(key, word, limit + MARGIN)
        if n <= limit:
            found.add(reading)
        elif n <= limit + MARGIN:
            near.add(reading)   # nearly as near, reading otherwise: unsure
    return next(iter(found)) if len(found) == 1 and near <= found else None
