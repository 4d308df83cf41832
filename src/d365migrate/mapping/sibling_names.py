"""Columns that repeat a sibling of their file: a linked record's name, a value's code.

'org_name' beside 'org_id' names the record the id links to (the link carries it, the
name is shown beside it); 'mailing_country_code' beside 'mailing_country' is the same value
again as a code. The suggestion engine (:mod:`d365migrate.mapping.suggest`) leaves both
unmapped, saying why.
"""

from __future__ import annotations

from d365migrate.intake.kinds import name_word_split
from d365migrate.mapping.sourcecols import strip_prefix
from d365migrate.mapping.vocabulary import source_words

__all__ = ["PLACES", "name_of_linked", "code_of_sibling"]


def name_of_linked(col: str, columns: list[str]) -> str:
    """The '<x>_id' column whose record '<x>_name' / '<x>_title' names ('org_name' beside
    'org_id'), else ''. Only in a file with a name of its own ('name', 'title'): without
    one, '<x>_name' may name each row (a send's 'email_name' beside its subject line)."""
    words = name_word_split(col)
    if len(words) < 2 or words[-1] not in ("name", "title") or not any(
            name_word_split(c) in (["name"], ["title"]) for c in columns):
        return ""
    stem = words[:-1]
    return next((c for c in columns if name_word_split(c) == [*stem, "id"]), "")


#: Places a code stands for beside a column that names the place in words.
PLACES = frozenset({"country", "state", "province", "region", "county"})


def code_of_sibling(col: str, prefix: tuple[str, ...], siblings: frozenset) -> str:
    """The sibling a '<name>_code' column repeats as a code ('mailing_country_code' beside
    'mailing_country'; a place's code beside a column whose last word is that place,
    Pipedrive's 'country_code' beside 'address_country'), as words joined by '_'; ''
    when there is none. A 'Supplier Code' beside 'Default Supplier' is the supplier's part
    number, no supplier again: only a place's code goes by the last word."""
    words = strip_prefix(source_words(col)[0], prefix)
    if len(words) < 2 or words[-1] != "code":
        return ""
    named = tuple(words[:-1])
    if named in siblings:
        return "_".join(named)
    if named not in {(p,) for p in PLACES}:
        return ""
    longer = sorted(s for s in siblings if len(s) > 1 and s[-1] == named[0])
    return "_".join(longer[0]) if longer else ""
