"""English for generated sentences: 'an account', 'a user', 'an Integer column'.

Reasons and findings are read by people who sign for a run; "is not a account" reads as a
defect and makes them doubt the rest. A leaf module, so any package can use it.
"""

from __future__ import annotations

__all__ = ["a_or_an"]

#: Words whose first letter is a vowel but whose first sound is not ('a user', 'a one-off').
_SOUNDS_CONSONANT = ("uni", "use", "usa", "usu", "uti", "uri", "eu", "one", "once", "ure")
#: Words whose first letter is a consonant but whose first sound is a vowel ('an hour').
_SOUNDS_VOWEL = ("hour", "honest", "honor", "honour", "heir")


def a_or_an(word: str) -> str:
    """``word`` after its indefinite article: 'an account', 'a contact', 'an email',
    'a user', 'an hour', 'an 8-hour', 'an 11-hour'; by the first word's sound (as near as
    its spelling tells: a number by how it is said, 8, 11, 18, 80, 11,000...)."""
    low = word.strip().lower()
    digits = low[:len(low) - len(low.lstrip("0123456789"))]
    vowel = (low[:1] in "aeiou" and not low.startswith(_SOUNDS_CONSONANT)) \
        or low.startswith(_SOUNDS_VOWEL) \
        or (digits[:1] == "8" or (digits[:2] in ("11", "18") and len(digits) % 3 == 2))
    return f"{'an' if low and vowel else 'a'} {word}"
