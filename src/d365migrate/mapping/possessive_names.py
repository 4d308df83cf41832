"""A header that names a thing of another, the Romance (and Dutch, German) way round.

'Nombre del cliente', 'Type de client', 'Numero di telefono', 'Datum van aanmaak': the
thing first, then 'of' and its owner. English says the owner first ('customer name',
'customer type', 'phone number'), and that is how the vocabulary knows these names, so a
header read word by word reads best turned round at its one 'of'. Asked by
``foreign_names`` once it has read a header word by word.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["OF_WORDS", "possessive_reading"]

#: The words for 'of' (with the article they fuse with) that join a thing to its owner.
OF_WORDS = frozenset({"de", "del", "della", "delle", "dello", "degli", "dei", "di", "da",
                      "du", "des", "d", "do", "dos", "das", "van", "von"})


def possessive_reading(read: Sequence[str], splits: Sequence[int]) -> tuple[str, ...] | None:
    """The English words ``read`` (a header read word by word, in its own order) turned
    round at its one 'of' (``splits``: where in ``read`` each 'of' stood): 'name customer'
    -> 'customer name'; None without exactly one 'of' between two read halves."""
    if len(splits) != 1 or not 0 < splits[0] < len(read):
        return None
    at = splits[0]
    turned = (*read[at:], *read[:at])
    # a word said on both sides is said once ('Nom du produit': 'product name' + 'name')
    return tuple(w for i, w in enumerate(turned) if i == 0 or w != turned[i - 1])
