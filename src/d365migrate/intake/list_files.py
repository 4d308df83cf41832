"""Files of lists named after their members: 'lead_lists', 'contact_groups', 'user_groups';
and lists of a field's options ('ContactType': :mod:`d365migrate.intake.choice_files`).

A name's trailing 'list' says nothing on its own ('contact_list': an export of the contact
list, its rows the contacts), so discovery drops it (:func:`.kinds.name_words`). In the
plural it is the head noun: 'lead_lists' holds lists of leads (Mautic's segments: a name, a
public name, an alias, a category), one list a row, not the leads on them. Such a file,
whose columns name no person (no first, last or full name, no e-mail), holds no object of
the map: it is left unknown with that reason rather than taken for the members' kind (and
then reported as leads that did not move).
"""

from __future__ import annotations

from d365migrate.intake.choice_files import choice_list
from d365migrate.intake.kinds import (
    FIRST_NAME_COLUMNS,
    GENERIC_NAME_WORDS,
    LAST_NAME_COLUMNS,
    col_norm,
    kind_of_word,
    name_word_split,
)

__all__ = ["LIST_PLURALS", "LIST_SINGULARS", "PERSON_COLUMNS", "lists_of_members"]

#: Plural head nouns that make a file's rows lists (or groups, segments) of records, in the
#: common European languages (lower case, as a name's word is split).
LIST_PLURALS = frozenset({"lists", "segments", "groups", "audiences", "listen", "gruppen",
                          "segmente", "listes", "groupes", "listas", "grupos", "segmentos",
                          "gruppi", "segmenti", "lijsten", "groepen"})
#: The same in the singular ('SubscriberList', phpList's mailing lists): read so only when
#: no column names a person or a way to reach one, since 'contact_list' is mostly the
#: contacts themselves.
LIST_SINGULARS = frozenset({"list", "segment", "group", "audience", "liste", "gruppe",
                            "groupe", "lista", "grupo", "gruppo", "lijst", "groep"})
#: Parts of a column name that reach a person: a phone, an address (normalised).
_REACH_PARTS = ("phone", "mobile", "fax", "street", "city", "address", "zip", "postal",
                "country", "mail")
#: Parts of a column name that state a company's facts: a list has no web site, revenue,
#: head count or industry, so a '<kind> list' with them is an export of the records
_COMPANY_PARTS = ("website", "revenue", "employees", "industry")
#: Columns that say a row is a person (normalised).
PERSON_COLUMNS = frozenset(FIRST_NAME_COLUMNS) | frozenset(LAST_NAME_COLUMNS) | {
    "fullname", "email", "emailaddress"}


def lists_of_members(source: str, columns: list[str]) -> str | None:
    """Why a file is lists of records, not the records: its name's last meaningful word is a
    plural list word right after a word naming a kind ('lead_lists', 'ContactGroups_export'),
    and none of its columns names a person; else None."""
    if values := choice_list(source, columns):   # 'ContactType': options of a field
        return values
    words = [w for w in name_word_split(source) if not w.isdigit()]
    while len(words) > 2 and words[-1] in GENERIC_NAME_WORDS:
        words = words[:-1]   # 'lead_lists_export': the words after the head say nothing
    if len(words) >= 2 and words[-1] in ("type", "types"):
        # Calendly's 'event_types' (a name, a slug, a booking page's address: read as users),
        # 'ticket_types', 'ContactType': the kinds of a thing, no records of their own
        return (f"'{source}' names the types of {words[-2]} ('{words[-1]}' after "
                f"'{words[-2]}'): each row is one type, no record of the map")
    if len(words) < 2 or words[-1] not in LIST_PLURALS | LIST_SINGULARS:
        return None
    member = kind_of_word(words[-2])
    cols = {col_norm(c) for c in columns}
    if member is None or kind_of_word("".join(words[-2:])) is not None \
            or cols & PERSON_COLUMNS:
        return None   # 'unit_groups' are unit groups, a kind of their own
    if words[-1] in LIST_SINGULARS and any(p in c for c in cols
                                            for p in _REACH_PARTS + _COMPANY_PARTS):
        return None   # 'contact_list' with phones, 'Competitor List' with revenues: the records
    return (f"'{source}' names {words[-1]} of {member.replace('_', ' ')} records "
            f"('{words[-1]}' after '{words[-2]}'), and none of its columns names a person: "
            f"each row is one of the {words[-1]}, not a member of one, and such lists are "
            "no object of the map")
