"""A file's headers read through the map's vocabulary, when nothing else read them.

Discovery scores a file by its columns' names (``SIGNATURES``), with its own short list of
European header words (:mod:`.content_words`). A file whose name names no kind and whose
headers are in a language that list lacks (GLPI's Japanese contacts: '名字（姓）', 'メール',
'携帯電話') scored nothing and stayed unknown, though the map's vocabulary reads those headers
as a surname, an e-mail and a mobile phone. Such a file gets a second look: each header's
English readings (``mapping.foreign_names``, the hand-written and harvested words of every
language) that the vocabulary knows as a column stand for that column, squashed as the
signatures write them ('last name' -> 'lastname').
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from d365migrate.intake.kinds import col_norm
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.vocabulary import load_vocabulary

__all__ = ["vocabulary_columns", "READ_TRUST"]

#: The least trust a reading needs to stand for a column here (a whole header read, or one
#: read word by word; a near-spelling's cognate guess is not enough to name a file's kind).
READ_TRUST = 0.95


def vocabulary_columns(columns: Iterable[str]) -> frozenset[str]:
    """The signature names the headers stand for, read through the map's vocabulary."""
    return _read(tuple(columns))


@functools.lru_cache(maxsize=1 << 12)
def _read(columns: tuple[str, ...]) -> frozenset[str]:
    vocab = load_vocabulary()
    known = vocab.columns.keys() | vocab.weak.keys()
    heads = frozenset(columns)
    out: set[str] = set()
    for header in columns:
        for words, trust in foreign_readings(header, heads):
            key = "_".join(words)
            if trust >= READ_TRUST and key in known:
                out.add(col_norm(key))
    return frozenset(out)
