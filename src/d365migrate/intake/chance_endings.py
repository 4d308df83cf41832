"""Words that end in an object kind's word by chance, so a name ending so names no kind.

Discovery reads a one-word table name by the longest kind word it ends with ('SupportTickets'
-> ticket). A 'transaction' (Akaunting's, a bank's: money in or out) ends in 'action' (an
activity) only as a tail of its own word.
"""

from __future__ import annotations

__all__ = ["CHANCE_ENDINGS", "chance_ending"]

#: Whole words whose ending is a kind word by chance.
CHANCE_ENDINGS = ("transaction",
                  "promoter")   # no Norwegian meetings ('møter')


def chance_ending(name: str, word: str) -> bool:
    """Whether ``name`` ends in the kind word ``word`` only as the tail of a longer word."""
    return any(name.endswith(w) and len(w) > len(word) and w.endswith(word)
               for w in CHANCE_ENDINGS)
