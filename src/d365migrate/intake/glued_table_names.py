"""Table names written as one word, as many ERP schemas write them (webERP's
'debtorsmaster', 'custcontacts', 'salesorderdetails'). Written with separators the name is
read word by word and singular ('debtors_master' -> 'debtor master', 'cust_contacts' ->
'customer contacts'); glued, nothing marks where its words meet. Two readings make up for it:

- a plural inside the compound: the name without an 's' where its words meet, when exactly
  one such cut names a kind ('debtorsmaster' -> 'debtormaster': the customers);
- an ERP's shorthand leading the name ('cust' a customer, 'supp' a supplier, as
  mapping/shorthand_names.py reads them in column names): the word spelled out and the rest
  as the next word ('custcontacts' -> 'customer contacts': contacts, by the head noun).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

__all__ = ["glued_name_kind"]

#: Shorthand that leads a glued table name, and the word it stands for.
_LEADING = {"cust": "customer", "supp": "supplier"}


def _plural_joined(name: str, kind_words: Mapping[str, frozenset[str]]) -> str | None:
    found: set[str] = set()
    for i in range(3, len(name) - 3):
        if name[i] != "s":
            continue
        cand = name[:i] + name[i + 1:]
        found |= {kind for kind, words in kind_words.items() if cand in words}
    return found.pop() if len(found) == 1 else None


def glued_name_kind(name: str, kind_words: Mapping[str, frozenset[str]],
                    name_kind: Callable[[str], tuple[str | None, str]]
                    ) -> tuple[str | None, str] | None:
    """(kind, how) a glued, normalised table name names by one of the readings above, or
    None when it is no glued name or neither reading names a kind."""
    if not name.isalpha() or len(name) < 8:
        return None
    if (kind := _plural_joined(name, kind_words)) is not None:
        return kind, "exact"
    for short, word in _LEADING.items():
        rest = name[len(short):]
        if name.startswith(short) and not name.startswith(word) and len(rest) >= 4:
            kind, how = name_kind(f"{word} {rest}")
            if kind is not None and how in ("exact", "head"):
                return kind, how
    return None
