"""A file named for the types of a kind, in a language that puts the head noun first: a list
of types, no records of the kind.

English names the list of contact types 'ContactType' or 'contact_types' (the kind word
qualifies the head noun 'type', and discovery reads no contacts in it). French, Spanish,
Italian, Portuguese and Dutch put the head noun first: 'Type de contact', 'Tipo de contacto',
'Tipo di contatto', 'Tipo de contato', 'Soort contact' (iTop's class ContactType in its
users' languages). There the last word names the kind, but the file holds its types: a name
whose first word (after an 'of' from an 'Export of ...') is a type word, with more after it,
names no kind.
"""

from __future__ import annotations

__all__ = ["TYPE_FIRST_WORDS", "names_types"]

#: Head nouns meaning "type" put before what they type (normalised).
TYPE_FIRST_WORDS = frozenset({"type", "tipo", "soort", "tipologia", "categorie"})
#: 'of' words a name may start with, left by an 'Export de ...' download's name.
_OF = frozenset({"de", "di", "da", "van", "of", "du", "des", "del"})


def names_types(words: list[str]) -> bool:
    """Whether a name's words (normalised, as ``name_words`` gives them) say a list of the
    types of something ('type de contact', 'soort contact'), head noun first."""
    ws = list(words)
    while len(ws) > 2 and ws[0] in _OF:
        ws = ws[1:]
    return len(ws) >= 2 and ws[0] in TYPE_FIRST_WORDS
