"""Column names whose words are written as one in capitals (SAP HANA's 'FAXNUMBER',
'DELIVERYDATE', 'HISTORY.CREATEDAT', as many databases name columns), read as the words the
suggestion vocabulary is made of: 'fax number', 'delivery date', 'created at'. In capitals a
name has no case to mark where its words meet; 'Username', 'userName' have.

Only a name the vocabulary does not know as written is cut, only into words its entries
use, and only where one cut (the fewest words) fits: a name no cut fits, or two cuts of as
few words fit, is left as written."""

from __future__ import annotations

from d365migrate.mapping.vocabulary import Vocabulary

#: Single words that look like two and mean neither ('USERNAME' is a sign-in name, no user
#: and no name).
WHOLE_WORDS = frozenset({"username", "password", "nickname", "filename", "hostname",
                          "keyword", "timezone", "lifetime", "homepage", "headline"})
#: How much a reading cut from a glued name is trusted, beside the name as written.
GLUED_FACTOR = 0.95
#: The most words a glued name is cut into.
_MOST_WORDS = 3
#: Words of field names beside the vocabulary's own: what a value is (a date, a status, a
#: code...), when and by whom it changed, the measures of a thing.
_FIELD_WORDS = frozenset({
    "date", "time", "status", "state", "type", "code", "amount", "unit", "by", "at", "on",
    "created", "changed", "modified", "updated", "delivery", "gross", "net", "tax", "total",
    "weight", "height", "width", "depth", "length", "level", "mode", "count"})


_LEXICONS: dict[int, tuple[Vocabulary, frozenset[str]]] = {}


def _lexicon(vocab: Vocabulary) -> frozenset[str]:
    """Every word the vocabulary's column entries are made of (two letters or more)."""
    hit = _LEXICONS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        words = _FIELD_WORDS | frozenset(
            w for section in (vocab.columns, vocab.weak) for entry in section
            for w in entry.split("_") if len(w) >= 2 and w.isalpha())
        hit = _LEXICONS[id(vocab)] = (vocab, words)
    return hit[1]


def _cuts(word: str, lexicon: frozenset[str], most: int) -> list[tuple[str, ...]]:
    """Every way to write ``word`` as at most ``most`` lexicon words."""
    if word in lexicon:
        return [(word,)]
    if most <= 1:
        return []
    out = []
    for i in range(2, len(word) - 1):
        head = word[:i]
        if head in lexicon:
            out += [(head, *rest) for rest in _cuts(word[i:], lexicon, most - 1)]
    return out


def glued_reading(word: str, vocab: Vocabulary) -> tuple[str, ...] | None:
    """The words a glued name stands for ('faxnumber' -> ('fax', 'number')), or None when
    the name is known as written, too short, not all letters, or cut more than one way."""
    if len(word) < 6 or not word.isalpha() or word in vocab.columns or word in vocab.weak \
            or word in WHOLE_WORDS:
        return None
    cuts = [c for c in _cuts(word, _lexicon(vocab), _MOST_WORDS) if len(c) > 1]
    if not cuts:
        return None
    fewest = min(len(c) for c in cuts)
    best = [c for c in cuts if len(c) == fewest]
    return best[0] if len(best) == 1 else None
