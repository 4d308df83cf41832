"""Column names written as one lower-case word in a file whose every name is written so
(webERP's and many hand-made MySQL schemas' 'debtorno', 'contactname', 'orddate',
'deladd1', 'stkcode'): nothing marks where the words meet, as in capitals (SAP HANA's
'FAXNUMBER', glued_readings.py). Such a name reads as the words it is made of, as the same
name with underscores would ('debtor_no', 'contact_name', 'ord_date', 'del_add 1'), so the
shorthand of small-business ERPs (shorthand_names.py: 'ord' an order, 'stk' stock, 'curr'
a currency, 'debtor' a customer) and the links by name ('debtor_no' the customer) read it.

Only when the file says so: most of its names are single lower-case words (letters, perhaps
a line number after them) and several of them are glued (not known as written). A name the
vocabulary knows as written stays whole; a name is cut only into words the vocabulary's
entries use or the shorthand below, and only where one cut of the fewest words fits.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from d365migrate.mapping.glued_readings import _cuts, _lexicon
from d365migrate.mapping.vocabulary import Vocabulary

__all__ = ["glued_file", "glued_lower_words"]

#: Words of such schemas beside the vocabulary's own: a line's number ('no'), a long text,
#: delivery and address ('deladd1': the delivery address' first line), a branch ('brname'),
#: the ERP words shorthand_names.py spells out, an abbreviation ('currabrev').
_SHORT_WORDS = frozenset({"no", "del", "add", "br", "ord", "stk", "curr", "cust", "supp",
                          "debtor", "qty", "abbrev", "addr", "inv", "po", "long"})
#: Their readings, where shorthand_names.py does not give one.
_SPELLED = {"del": "delivery", "add": "address", "br": "branch",
            "qty": "quantity", "abbrev": "code", "inv": "invoice"}
_ONE_WORD = re.compile(r"([a-z]+)(\d*)")
#: How many of a file's names must be single lower-case words for its names to be cut.
_SHARE = 0.8


def _single(ws: tuple[str, ...]) -> bool:
    return len(ws) == 1 and _ONE_WORD.fullmatch(ws[0]) is not None


def glued_file(names: Collection[tuple[str, ...]], vocab: Vocabulary) -> bool:
    """Whether a file's column names (their words) are single lower-case words, several of
    them glued: a schema that writes its names without separators or capitals."""
    if len(names) < 4:
        return False
    singles = [ws[0] for ws in names if _single(ws)]
    if len(singles) < _SHARE * len(names):
        return False
    glued = sum(1 for w in singles if glued_lower_words(w, vocab))
    return glued >= 3


def glued_lower_words(word: str, vocab: Vocabulary) -> list[str] | None:
    """The words a glued lower-case name is made of ('debtorno' -> ['debtor', 'no'],
    'deladd1' -> ['delivery', 'address', '1']), shorthand spelled out where no other reading
    does it, or None when the name is known as written or no single cut fits."""
    m = _ONE_WORD.fullmatch(word)
    if m is None:
        return None
    letters, digits = m.groups()
    if len(letters) < 5 or letters in vocab.columns or letters in vocab.weak or word in \
            vocab.columns:
        return None
    lexicon = _lexicon(vocab) | _SHORT_WORDS
    cuts = [c for c in _cuts(letters, lexicon, 4) if len(c) > 1]
    if not cuts:
        return None
    fewest = min(len(c) for c in cuts)
    best = [c for c in cuts if len(c) == fewest]
    if len(best) != 1:
        return None
    return [_SPELLED.get(w, w) for w in best[0]] + ([digits] if digits else [])
