"""Address parts written as one lower-case word: 'billingstreet', 'shippingpostalcode' (the
Salesforce CLI's sObject trees, other APIs' lower-cased field names). Read as the side and the
part ('billing street'), the reading the spaced spelling gets; without it the name, being one
word, names nothing."""

from __future__ import annotations

from d365migrate.mapping.vocabulary import Vocabulary

#: Shortest part after the side ('city', 'zip').
_MIN_PART = 3


def glued_side_reading(word: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """('billing', 'street') for 'billingstreet': a side the vocabulary rewrites to an address
    (billing, shipping, mailing -> address1/address2) glued to a part it knows (a word it
    rewrites, 'street' -> line1, or one of its column phrases written as one word,
    'postalcode'). None unless exactly one such split reads the whole word."""
    if not word.isalpha() or word != word.lower():
        return None
    sides = {s for s, t in vocab.tokens.items() if t.startswith("address")}
    parts = set(vocab.tokens) | {p.replace("_", "") for p in vocab.columns}
    found = [(word[:i], word[i:]) for i in range(1, len(word) - _MIN_PART + 1)
             if word[:i] in sides and word[i:] in parts and word[i:] not in sides]
    return found[0] if len(found) == 1 else None
