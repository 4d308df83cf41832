"""A column headed by the file's own word: its rows' names.

A list view heads its first column with what its rows are ('Candidates' in Horilla's
candidate list, 'Contacts' in a contact list) and writes each row's name under it. Such a
column, holding names (words with spaces, no digits), is read as the whole name; one that
holds codes ('C-001') is no name. Asked by the suggestion engine (``mapping/suggest.py``).
"""

from __future__ import annotations

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.vocabulary import singular

__all__ = ["own_word_names"]


def own_word_names(p: Profile, own_words: set[str]) -> bool:
    """The column is headed by the file's own word alone and holds names (words, not
    numbers or codes): its rows' names."""
    if len(p.words) != 1 or singular(p.words[0]) not in own_words or p.kind != "text":
        return False
    vals = [v for v in p.values if v and v.strip()]
    return bool(vals) and sum(" " in v.strip() and not any(ch.isdigit() for ch in v)
                              for v in vals) >= 0.8 * len(vals)
