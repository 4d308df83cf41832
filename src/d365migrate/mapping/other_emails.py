"""An 'Other Email' is the next address free: the second, or the third beside a second.

Microsoft's contact and account keep three addresses, ``emailaddress1`` ('Email'),
``emailaddress2`` ('Email Address 2') and ``emailaddress3`` ('Email Address 3'), with no
meaning beyond their order. vtiger's and coreBOS's account has 'Email' and 'Other Email':
the other one is the second. Atomic CRM's contact has ``email_work``, ``email_home`` and
``email_other``: beside the home address (the second) the other one is the third. The
vocabulary reads 'other email' as the second; a column the vocabulary already reads as the
second address, beside it, keeps the second and leaves the other the third.
"""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.mapping.vocabulary import Vocabulary, phrase, source_words

__all__ = ["other_email_candidates"]

_OTHER = {("other", "email"), ("email", "other"), ("other", "e", "mail"),
          ("other", "email", "address")}
SECOND = "emailaddress2"


def _second_address(name: str, table: str, vocab: Vocabulary) -> bool:
    words = source_words(name)[0]
    if tuple(words) in _OTHER:
        return False
    for ws in (words, words[::-1]):
        scoped = vocab.columns.get(phrase("_".join(ws)), {})
        ranked = list(scoped.get(table, [])) + list(scoped.get("*", []))
        if ranked[:1] == [SECOND]:
            return True
    return False


def other_email_candidates(name: str, columns: Iterable[str], table: str, vocab: Vocabulary,
                           cands: list[tuple[float, str, str]]
                           ) -> list[tuple[float, str, str]]:
    """``cands`` without the second address when another column of the file names it."""
    if tuple(source_words(name)[0]) not in _OTHER:
        return cands
    if any(c != name and _second_address(c, table, vocab) for c in columns):
        return [c for c in cands if c[1] != SECOND]
    return cands
