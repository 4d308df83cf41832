"""A record named by its own description: Northwind's TerritoryDescription ('Westboro').

Some databases give a small record no name column, only '<its own word> description'
(Northwind's Territories.TerritoryDescription, Region.RegionDescription) holding a short
label per record, every one different. That label is the record's name (the table's primary
name column, required): its description is left empty. Applied by the suggestion engine
(``mapping/suggest.py``) after every column is scored, only when no column of the file has
the primary name as its best target.

An item's short description beside its long one (FrontAccounting's and webERP's items:
'description' "Big Ears and Noddy episodes on DVD", 'long_description' the text that
follows) is the same: the short one is the item's name, the long one its description.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from d365migrate.mapping.foreign_names import english_words
from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.vocabulary import singular

__all__ = ["DESCRIPTION_WORDS", "first_description_name", "first_unread_names",
           "name_target", "own_description_names", "reads_a_name", "short_labels",
           "description_names"]

#: The words that say a column describes the record.
DESCRIPTION_WORDS = frozenset({"description", "desc", "descr"})
#: A record's number heading an export before its title ('No.', 'ID', 'Nr').
_NUMBER_WORDS = frozenset({"no", "number", "id", "nr", "num", "nummer", "numero", "key"})
#: The longest label, in characters and in words, a name may be.
MAX_CHARS, MAX_WORDS = 60, 6
#: The words a list reads a person's name by ('first name', 'surname').
_PERSON_PARTS = frozenset({"first", "last", "given", "family", "middle", "sur", "surname",
                           "nick", "full", "user"})
#: A first column's labels some records share: the share of them different, else the mean
#: words of a subject, and the most words one may have.
_MOSTLY_DIFFERENT, _SUBJECT_WORDS, _MAX_SUBJECT_WORDS = 0.5, 2.5, 10


def short_labels(p: Profile) -> bool:
    """Whether a column holds a short label per record: every value short, one line, and
    (nearly) every record's different."""
    vals = [v.strip() for v in p.values if v and v.strip()]
    return bool(vals) and p.distinct >= 0.9 * p.nonnull and all(
        len(v) <= MAX_CHARS and len(v.split()) <= MAX_WORDS and "\n" not in v for v in vals)


def own_description_names(scored: dict[str, list[tuple[float, str, str]]],
                          profiles: Mapping[str, Profile], own_words: set[str],
                          primary: str) -> None:
    """Put the primary name first for a column '<own word> description' of short labels,
    when no column of the file has the primary name as its best target (in place)."""
    if not primary or any(cs and cs[0][1] == primary for cs in scored.values()):
        return
    for col, cands in scored.items():
        p = profiles.get(col)
        if p is None or len(p.words) != 2 or p.words[1] not in DESCRIPTION_WORDS \
                or singular(p.words[0]) not in own_words or not short_labels(p):
            continue
        top = cands[0][0] if cands else 0.9
        scored[col] = [(round(top + 0.01, 3), primary, f"'{col}' holds a short label per "
                        "record and the file has no name column: the record's name")] + [
            c for c in cands if c[1] != primary]
        return


def _one_line_labels(p: Profile) -> bool:
    """Whether a column holds one line per record, of a name's length, nearly every record's
    different (an item's description may run to more words than a label)."""
    vals = [v.strip() for v in p.values if v and v.strip()]
    return bool(vals) and p.distinct >= 0.9 * p.nonnull and all(
        len(v) <= MAX_CHARS and "\n" not in v for v in vals)


def description_names(scored: dict[str, list[tuple[float, str, str]]],
                      profiles: Mapping[str, Profile], primary: str,
                      description: bool) -> None:
    """Put the primary name first for a plain 'description' column of short labels beside
    a 'long description' one, and the table's description first for the long one; with no
    long one, for a title written first as 'description' (:func:`first_description_name`);
    only when no column of the file has the primary name as its best target (in place).
    ``description``: whether the table has a description column."""
    if not primary or any(cs and cs[0][1] == primary for cs in scored.values()):
        return
    short = [c for c, p in profiles.items() if c in scored and len(p.words) == 1
             and p.words[0] in DESCRIPTION_WORDS and _one_line_labels(p)]
    long = [c for c, p in profiles.items() if c in scored and len(p.words) == 2
            and p.words[0] == "long" and p.words[1] in DESCRIPTION_WORDS]
    if not long:
        first_description_name(scored, profiles, primary)
    if len(short) != 1 or len(long) != 1:
        return
    top = max((cs[0][0] for c in short + long if (cs := scored[c])), default=0.9)
    scored[short[0]] = [(round(top + 0.01, 3), primary, f"'{short[0]}' holds a short label "
                         f"per record beside '{long[0]}': the record's name")] + [
        c for c in scored[short[0]] if c[1] != primary]
    if description:
        scored[long[0]] = [(round(top, 3), "description", f"'{long[0]}' is the record's "
                            f"long text beside the short '{short[0]}'")] + [
            c for c in scored[long[0]] if c[1] != "description"]


def first_description_name(scored: dict[str, list[tuple[float, str, str]]],
                           profiles: Mapping[str, Profile], primary: str) -> None:
    """Put the primary name first for a plain 'description' written first (after the key
    or the record's number), holding a title's one line per record (Upsales' deals, orders,
    appointments and to-dos:
    'id', 'description' "Agreement 22", "Ring och kolla intresse"; its long text in 'notes'),
    when no column of the file has the primary name as its best target (in place; asked by
    :func:`description_names`, which checks that). A record needs a name; an export that
    writes its title first calls it what its screen does."""
    # the first column, or the first after the record's number (Business Central's
    # opportunities: 'No.', then 'Description' "Assembling furniture")
    first = next((c for c in profiles if not set(profiles[c].words) <= _NUMBER_WORDS), None)
    p = profiles.get(first) if first is not None else None
    if p is None or first not in scored or len(p.words) != 1 \
            or p.words[0] not in DESCRIPTION_WORDS or not _repeated_labels(p) \
            or not scored[first] or scored[first][0][1] != "description":
        return   # a note's 'description' is its text (Zurmo's notes), no title
    why = f"'{first}' comes first and holds a title's one line per record; no column is " \
        "the record's name"
    scored[first] = [(round(scored[first][0][0] + 0.01, 3), primary, why)] + [
        c for c in scored[first] if c[1] != primary]


def reads_a_name(p: Profile) -> bool:
    """A list reads the header as some thing's name ('Müügivõimaluse nimi': '... name',
    'Ime tvrtke': 'name ...'), the thing in words no list holds: what a record's name column
    is called; not a person's own name ('Fornavn': 'first name'), though a thing's name may
    read so ('Ime tvrtke': 'first name' and the company, Croatian 'ime' a name)."""
    return any("name" in v.words and (not _PERSON_PARTS & set(v.words) or set(v.words)
                                      - _PERSON_PARTS - {"name"}) for v in p.variants[1:])


def _repeated_labels(p: Profile) -> bool:
    """Labels some records share: one line each, of a name's length, and either most of
    them different (SuiteCRM's demo accounts: 41 names for 50) or of several words each
    (its calls' subjects, 'Left a message', 'Bad time, will call back': four for fifty),
    which a choice's options seldom are ('In Progress', 'Closed Won')."""
    vals = [v.strip() for v in p.values if v and v.strip()]
    if not vals or any(len(v) > MAX_CHARS or len(v.split()) > _MAX_SUBJECT_WORDS or "\n" in v
                       for v in vals):
        return False
    words = sum(len(v.split()) for v in vals) / len(vals)
    return p.distinct >= _MOSTLY_DIFFERENT * p.nonnull or (
        words >= _SUBJECT_WORDS and all(len(v.split()) > 1 for v in vals))


def _repeated_later(col: str, columns: list[str]) -> bool:
    """Whether a later column has the same header, as the reader renames a repeat
    ('Emri', then 'Emri_2')."""
    later = columns[columns.index(col) + 1:]
    return any(re.fullmatch(re.escape(col) + r"_\d+", c) for c in later)


def first_unread_names(columns: list[str], scored: dict[str, list[tuple[float, str, str]]],
                       profiles: Mapping[str, Profile], primary: str,
                       is_key: Callable[[str], bool]) -> str | None:
    """The column that names each record when no column of the file is its name: the first
    of the file after its keys, its header read by no list ('Сводка', 'Összegzés' in a
    language no list holds them in yet), holding a short one-line label per record, nearly every one
    different. Exports put a record's name first ('ID', 'Name', ...). A person's full name
    is made of its parts, never stood in for: ``primary`` 'fullname' takes none."""
    if not primary or primary == "fullname":
        return None
    for col in columns:
        p = profiles.get(col)
        if is_key(col) or p is None or p.kind == "empty":
            continue
        if p.kind == "int" and scored.get(col):
            continue   # a record's number read before its name (SuiteCRM's cases: 'Número',
            # 'ID'); an unread one ('Sr', a row's serial) is no sign the next column names it
        if not scored.get(col) and p.kind in ("string", "text") and _repeated_later(col, columns):
            # the first column's header comes again later (Invoice Ninja's Albanian 'Emri',
            # Bulgarian 'Име': the client's name first, then a contact's given name under the
            # same word): the first is the record's name, whatever the word reads as
            return col
        if scored.get(col) or p.read_by_a_list() and not reads_a_name(p) \
                or p.compact in english_words() \
                or p.kind not in ("string", "text") or p.nonnull < 3 or not (
                    short_labels(p) or _repeated_labels(p)) \
                or any(v.strip().isdigit() for v in p.values):
            # the first column is read, or its name is: English the vocabulary knows (a
            # 'First name' on a deal), a word a list reads (Italian 'Codice', a code); or it
            # is no label: no stand-in
            return None
        return col
    return None


#: A part of a person's name ('First name', 'Last name') names a person, never the row of a
#: table whose records are no persons (a deal's contact's first name is no deal's topic).
_PERSON_NAME_PARTS = frozenset({("first", "name"), ("last", "name"), ("middle", "name"),
                                ("given", "name"), ("family", "name"), ("sur", "name"),
                                ("full", "name"), ("maiden", "name"), ("nick", "name")})


#: A header naming the person a row is ('Contact', 'Contact person'; jshERP's members'
#: '联系人'), where no column is their name.
_CONTACT_PERSON = frozenset({("contact",), ("contact", "person"), ("contact", "name"),
                             ("contact", "person", "name"),
                             # a person named for their part ('signer_name': Dropbox Sign's
                             # signatures; an attendee's, a guest's, a visitor's name)
                             *((role, "name") for role in (
                                 "signer", "attendee", "guest", "invitee", "participant",
                                 "recipient", "member", "subscriber", "visitor", "person",
                                 "patron", "donor", "student", "customer", "client"))})


def _contact_person(p: Profile, rows: int) -> bool:
    """A column named for the row's person, holding a short name in nearly every row (no
    digits, no e-mail address)."""
    readings = {tuple(p.words), *(tuple(v.words) for v in p.variants)}
    vals = [v.strip() for v in p.values if v and v.strip()]
    return bool(readings & _CONTACT_PERSON) and p.kind in ("string", "text") \
        and p.nonnull >= 0.8 * rows and bool(vals) and all(
            len(v.split()) <= 4 and not any(ch.isdigit() or ch == "@" for ch in v)
            for v in vals)


def name_target(primary: str, names: Mapping[str, object], owner: Mapping[str, str]) -> str:
    """The column a stand-in for the record's name fills: its primary name, or a person's
    last name where the whole name is computed (a contact's fullname) and no column is
    the person's given or last name; '' for none."""
    if primary in names:
        return primary
    if primary == "fullname" and "lastname" in names and not {"firstname", "lastname"} & set(
            owner):
        return "lastname"
    return ""


def spare_name_column(columns: list[str], scored: dict[str, list[tuple[float, str, str]]],
                      profiles: Mapping[str, Profile], primary: str,
                      is_key: Callable[[str], bool], rows: int) -> str | None:
    """The column standing in for the record's name when none is read as it: an unread
    '<something> name' filled in every row (a send's 'email_name', the email it sends; not
    Ecwid's order 'shippingCarrierName', empty where nothing shipped), else
    :func:`first_unread_names`."""
    if primary == "fullname":   # a person's: only a column named for the person
        return next((c for c in columns if c in profiles and not scored[c]
                     and _contact_person(profiles[c], rows)), None)
    spare = next((c for c in columns if c in profiles and not scored[c]
                  and profiles[c].words[-1:] == ("name",) and len(profiles[c].words) > 1
                  and profiles[c].words[-2:] not in _PERSON_NAME_PARTS
                  and profiles[c].kind not in ("empty", "email", "url")
                  and profiles[c].nonnull >= rows), None)
    return spare if spare is not None else first_unread_names(columns, scored, profiles,
                                                              primary, is_key)
