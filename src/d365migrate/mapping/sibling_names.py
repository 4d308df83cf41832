"""Columns that repeat a sibling of their file: a linked record's name, a value's code.

'org_name' beside 'org_id' names the record the id links to (the link carries it, the
name is shown beside it); 'mailing_country_code' beside 'mailing_country' is the same value
again as a code. A column named as a sibling '<x>_id' is without its 'id' (Zendesk Talk's
'phone_number' beside 'phone_number_id', the line a call went through), taking one value
for each id where ids repeat, is the linked record's label too: the company's own line, not
the call's number. The suggestion engine (:mod:`d365migrate.mapping.suggest`) leaves them
unmapped, saying why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import col_norm, kind_of_word, name_word_split
from d365migrate.mapping.sourcecols import strip_prefix
from d365migrate.mapping.value_signs import honorifics
from d365migrate.mapping.vocabulary import source_words

_Cand = tuple[float, str, str]

__all__ = ["PLACES", "SELF_LINK_WORDS", "name_of_linked", "label_of_linked",
           "code_of_sibling", "own_id_elsewhere", "salutation_candidates",
           "salutation_elsewhere"]


#: Records a '<kind>_name' beside '<kind>_id' names in a file of another kind, whether or
#: not the file has a name of its own (Close's task 'lead_name' beside 'lead_id').
LINKED_KINDS = frozenset({"lead", "contact", "account", "company", "organization",
                          "organisation", "deal", "opportunity", "person", "customer",
                          "client"})


def name_of_linked(col: str, df: pl.DataFrame, own_words: frozenset | set = frozenset()
                   ) -> str:
    """The '<x>_id' column whose record '<x>_name' / '<x>_title' names ('org_name' beside
    'org_id'), else :func:`label_of_linked`'s. Only in a file with a name of its own
    ('name', 'title'): without one, '<x>_name' may name each row (a send's 'email_name'
    beside its subject line). Always for a user's name beside the user ('created_by_name'
    beside 'created_by') and for '<kind>_name' beside '<kind>_id' where the kind is a
    record of :data:`LINKED_KINDS` the file (``own_words``, its name's words) is not."""
    words, columns = name_word_split(col), df.columns
    stem = words[:-1]
    if len(words) >= 3 and words[-2:] == ["display", "name"]:
        # 'status_display_name' beside 'status_label' / 'status_id': the status's, shown
        return next((c for c in columns if c != col
                     and name_word_split(c)[:len(words) - 2] == words[:-2]), "")
    by_user = len(words) >= 3 and words[-2:] == ["by", "name"]
    if by_user or (len(words) == 2 and words[0] in LINKED_KINDS and words[1] == "name"
                   and kind_of_word(words[0]) not in {kind_of_word(w) for w in own_words}):
        refs = ([*stem, "id"], stem) if by_user else ([*stem, "id"],)
        ref = next((c for c in columns if name_word_split(c) in refs and c != col), "")
        if ref:
            return ref
    if len(words) < 2 or words[-1] not in ("name", "title") or not any(
            name_word_split(c) in (["name"], ["title"]) for c in columns):
        return label_of_linked(col, df)
    stem = words[:-1]
    return next((c for c in columns if name_word_split(c) == [*stem, "id"]), "")


def label_of_linked(col: str, df: pl.DataFrame) -> str:
    """The '<x>_id' column whose record '<x>' labels ('phone_number' beside
    'phone_number_id'), else '': '<x>' of two words or more, one value for each id, and an
    id on more than one row (a link; a file's own ids, each on one row, say nothing). An
    '<x>' with several values for one id is the row's own (AdventureWorks' e-mail
    addresses, numbered per person)."""
    words = name_word_split(col)
    if len(words) < 2 or words[-1] in (*PLACES, "city"):
        # a place's name beside its id (Oracle's 'CUST_CITY' beside 'CUST_CITY_ID'): an
        # address keeps the name as its text, the id links to nothing the table holds
        return ""
    ref = next((c for c in df.columns if name_word_split(c) == [*words, "id"]), "")
    if not ref:
        return ""
    pairs = df.select(pl.col(ref).cast(pl.Utf8), pl.col(col).cast(pl.Utf8)).drop_nulls()
    ids = pairs[ref].n_unique()
    if not pairs.height or ids == pairs.height or pairs.unique().height != ids:
        return ""
    return ref


#: Words that make an id of a record's own kind a link to another one ('parent_case_id').
SELF_LINK_WORDS = frozenset({"parent", "master", "main", "root", "primary", "related",
                             "linked", "merged", "original", "duplicate", "previous", "problem"})


def own_id_elsewhere(words: tuple[str, ...]) -> bool:
    """Whether '<qualifier...>_<kind>_id' (source words) may be the record's own id in
    another system ('company_id', 'zendesk_ticket_id'): an id or key, no word of
    :data:`SELF_LINK_WORDS` before the kind. The caller checks the kind is the file's."""
    return (len(words) >= 2 and words[-1] in ("id", "key")
            and not set(words[:-2]) & SELF_LINK_WORDS)


#: Places a code stands for beside a column that names the place in words.
PLACES = frozenset({"country", "state", "province", "region", "county"})


def code_of_sibling(col: str, prefix: tuple[str, ...], siblings: frozenset,
                    key: str | None = None) -> str:
    """The sibling a '<name>_code' column repeats as a code ('mailing_country_code' beside
    'mailing_country'; a place's code beside a column whose last word is that place,
    Pipedrive's 'country_code' beside 'address_country'), as words joined by '_'; ''
    when there is none. A 'Supplier Code' beside 'Default Supplier' is the supplier's part
    number, no supplier again: only a place's code goes by the last word. Nor does a code
    repeat the record's own key ``key`` (Dataverse's 'Campaign', its GUID, beside 'Campaign
    Code'): the code of the file's own noun is the record's own code, no value again."""
    words = strip_prefix(source_words(col)[0], prefix)
    if len(words) < 2 or words[-1] != "code":
        return ""
    named = tuple(words[:-1])
    if key is not None and named == tuple(strip_prefix(source_words(key)[0], prefix)):
        return ""
    if named in siblings:
        return "_".join(named)
    if named not in {(p,) for p in PLACES}:
        return ""
    longer = sorted(s for s in siblings if len(s) > 1 and s[-1] == named[0])
    return "_".join(longer[0]) if longer else ""


def salutation_elsewhere(col: str, columns: list[str]) -> str | None:
    """Another column whose header says salutation ('Salutation', 'Anrede', 'Saludo'): a
    'Title' of 'Dr' beside it is the academic title, not the form of address the other
    column holds (Aimeos' customers: salutation mr/ms, title Dr; round U, keys322)."""
    read = column_readings(columns)
    return next((c for c in columns if c != col and (
        col_norm(c) == "salutation" or "salutation" in read.get(c, frozenset()))), None)


def salutation_candidates(col: str, columns: list[str], values: tuple[str, ...],
                          names: Mapping[str, Any], cands: list[_Cand]) -> list[_Cand]:
    """'Title' holding Mr., Mrs., Dr.: a form of address, not a job title; an academic one
    where another column holds the salutation: its suffix, or left unmapped."""
    if "salutation" not in names or not honorifics(values, titled=any(
            c[1] in ("jobtitle", "title") for c in cands)):
        return cands
    cands = [c for c in cands if c[1] not in ("jobtitle", "title", "salutation")]
    other = salutation_elsewhere(col, columns)
    if other is None:
        cands.append((0.97, "salutation", "its values are forms of address ("
                      f"{', '.join(values[:3])}): {names['salutation'].describe()}"))
    elif "suffix" in names:   # GrandTotal's 'Titel' Dr. beside its 'Anrede'
        cands.append((0.9, "suffix", f"its values are titles ({', '.join(values[:3])})"
                      f" beside the salutation '{other}': {names['suffix'].describe()}"))
    return cands
