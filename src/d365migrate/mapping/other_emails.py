"""An 'Other Email' is the next address free: the second, or the third beside a second.

Microsoft's contact and account keep three addresses, ``emailaddress1`` ('Email'),
``emailaddress2`` ('Email Address 2') and ``emailaddress3`` ('Email Address 3'), with no
meaning beyond their order. vtiger's and coreBOS's account has 'Email' and 'Other Email':
the other one is the second. Atomic CRM's contact has ``email_work``, ``email_home`` and
``email_other``: beside the home address (the second) the other one is the third. The
vocabulary reads 'other email' as the second; a column the vocabulary already reads as the
second address, beside it, keeps the second and leaves the other the third. A second column
read as the first address (HumHub's profile 'E-Mail' beside its account's 'Email') takes
the next one free: each reading of the first address by its name carries the second and
third after it, which only a column that lost the first to a better match reaches.
"""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.mapping.vocabulary import Vocabulary, phrase, source_words

__all__ = ["other_email_candidates"]

_OTHER = {("other", "email"), ("email", "other"), ("other", "e", "mail"),
          ("other", "email", "address")}
SECOND = "emailaddress2"
#: Tables keeping three addresses by order, and the addresses after the first.
_THREE = ("contact", "account", "lead")
_NEXT = ((SECOND, 0.9), ("emailaddress3", 0.85))
#: A reading at least this sure comes from the column's name: one read by its values alone
#: (a 'login' or an owner's column of e-mails) is no second address of the record's own.
_NAMED = 0.75
#: Words of a column holding a list of addresses (erxes' 'emails'): no one address of them.
_LISTS = frozenset({"emails", "addresses", "mails"})


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
    """``cands`` without the second address when another column of the file names it; a
    reading of the first address followed by the next ones free."""
    if tuple(source_words(name)[0]) not in _OTHER:
        if table in _THREE and cands and cands[0][1] == "emailaddress1" \
                and cands[0][0] >= _NAMED and not set(source_words(name)[0]) & _LISTS:
            taken = {c[1] for c in cands}
            cands = cands + [(cands[0][0] * f, t, "its name says an e-mail address: "
                              f"{t}, the next one free when another column holds the "
                              "first (emailaddress1).") for t, f in _NEXT if t not in taken]
        return cands
    if any(c != name and _second_address(c, table, vocab) for c in columns):
        return [c for c in cands if c[1] != SECOND]
    return cands
