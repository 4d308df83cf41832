"""A header that names a thing of another, the Romance (and Dutch, German) way round.

'Nombre del cliente', 'Date de création', 'Numero di telefono', 'Datum van aanmaak': the
thing first, then 'of' and its owner. English says the owner first ('customer name',
'creation date', 'phone number'), and that is how the vocabulary knows these names, so a
header read word by word reads best turned round at its one 'of'. Asked by
``foreign_names`` once it has read a header word by word.
"""

from __future__ import annotations

__all__ = ["possessive_reading"]

#: The words for 'of' (with the article they fuse with) that join a thing to its owner.
_OF = frozenset({"de", "del", "della", "delle", "dello", "degli", "dei", "di", "da", "du",
                 "des", "d", "do", "dos", "das", "van", "von"})
#: Articles that may follow 'of' ('de la', 'de los'): read as nothing.
_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "il", "lo", "l", "der", "die",
                       "den", "het", "a", "o", "os", "as"})


def _read(words: list[str], table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        if w in _ARTICLES and w not in table:
            continue
        reading = table.get(w)
        if not reading:
            return ()
        out.extend(reading)
    return tuple(out)


def possessive_reading(words: list[str], table: dict[str, tuple[str, ...]],
                       read: list[str]) -> tuple[str, ...] | None:
    """The English reading of folded ``words`` turned round at their one 'of' ('nombre del
    cliente' -> customer name), or None: no single 'of' inside, a side of either half no
    word the language's ``table`` reads, or the same as ``read`` (the reading in order)."""
    at = [i for i, w in enumerate(words) if w in _OF and 0 < i < len(words) - 1]
    if len(at) != 1:
        return None
    thing, owner = _read(words[:at[0]], table), _read(words[at[0] + 1:], table)
    if not thing or not owner:
        return None
    turned = (*owner, *thing)
    return turned if list(turned) != list(read) else None
