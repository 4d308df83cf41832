"""Which column of an accounts file holds the account's name, in the export's language.

A contact's company is often written by the account's name ('Compte': 'Chemex Inc'), and
the link is then found by that name in the accounts file's name column. In English that
column is 'Name' or 'Account Name'; a labelled export heads it with the name word and the
account's noun of its language: French 'Nom compte', Spanish 'Nombre de la Cuenta',
Italian 'Nome Azienda', Portuguese 'Nome de conta', Dutch 'Accountnaam', German
'Firmenname' (coreBOS's labels, vtiger's 'Account Name').
"""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm, kind_of_word, name_word_split

__all__ = ["is_account_name"]

#: The word for a name in the languages the word lists read (folded).
NAME_WORDS = frozenset({"name", "nom", "nombre", "nome", "naam", "nazwa", "nazev", "nazov",
                        "isim", "adi", "ime"})
#: The little words between them ('Nombre de la Cuenta', 'Nome de conta').
_LINK_WORDS = frozenset({"de", "la", "el", "du", "des", "del", "da", "do", "di", "della",
                         "dell", "van", "der", "of", "the"})
_COMPOUND_ENDS = ("naam", "name")


def is_account_name(header: str) -> bool:
    """The header is an account's name word and its noun ('Nom compte', 'Accountnaam')."""
    words = [col_norm(w) for w in name_word_split(header)]
    words = [w for w in words if w and w not in _LINK_WORDS]
    if len(words) == 2:
        a, b = words
        return (a in NAME_WORDS and kind_of_word(b) == "account") or (
            b in NAME_WORDS and kind_of_word(a) == "account")
    if len(words) == 1:
        w = words[0]
        stem = next((w[:-len(e)] for e in _COMPOUND_ENDS if w.endswith(e) and len(w) > len(e)
                     + 3), None)
        return stem is not None and kind_of_word(stem) == "account"
    return False
