"""A column named for the file's own kind of record, holding codes: the record's number.

A time tracker's or an invoicing program's customer list heads the customer number with the
record's own noun: Kimai's customers carry 'Account' (C-63671629), others 'Customer' or
'Kunde'. In a file of accounts such a column names no other record (it would be the parent
account only with a word saying so, 'Parent Account'), and its values, one per record, are
codes with digits, not names: the number the program gave the customer, Dataverse's account
number. The same holds for the other tables with a number of their own (a product's, a
case's, an order's, a quote's). Dataverse's own GUID ids are left to the key finder.

The noun may come with a word for "number" ('Customer No', 'Número de cliente', German and
Dutch compounds 'Kundennummer', 'Klantnr') and in the file's language: a header another
language's word list reads as the noun ('Rekening', Kimai's Dutch 'Account') counts as it
(keys119: Kimai's labelled exports).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.key_rules import guid_values
from d365migrate.intake.kinds import kind_of_word, name_word_split
from d365migrate.mapping.foreign_names import english_words, foreign_readings

__all__ = ["NUMBER_COLUMNS", "own_number_candidates", "own_number_column"]

#: Table -> (the kind of record it holds, its number column).
NUMBER_COLUMNS = {"account": ("account", "accountnumber"),
                  "product": ("product", "productnumber"),
                  "incident": ("ticket", "ticketnumber"),
                  "salesorder": ("order", "ordernumber"),
                  "quote": ("quote", "quotenumber")}
CONFIDENCE = 0.9
NAMED_CONFIDENCE = 0.95
#: Words for "number" beside the record's noun, and the little words between them.
NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "nummer", "numero", "nro",
                          # as a header writes them where no list reads it: Czech and Slovak
                          # 'číslo', Romanian 'număr', Polish 'numer', South Slavic 'broj',
                          # Russian and Bulgarian 'номер', Lithuanian 'numeris', Albanian
                          # 'numri', Hungarian 'szám'
                          "cislo", "numar", "numer", "broj", "nomer", "numeris", "numri",
                          "szam"})
LINK_WORDS = frozenset({"de", "du", "di", "del", "do", "da", "van"})
_COMPOUND = re.compile(r"^(.{3,}?)(?:nummer|nr)$")   # 'kundennummer', 'klantnr'
#: The tables whose files hold one kind of document, whose number an unread noun beside a
#: word for "number" names (an account's 'Číslo účtu' may be its bank account's).
_DOCUMENTS = frozenset({"quote", "salesorder"})
#: An organisation's number is a public registry's (Fiken's 'organizationNumber': the
#: Norwegian organisasjonsnummer): the account number only where the file has no number of
#: the program's own ('customerNumber' beside it wins).
_REGISTRY = frozenset({"organization", "organisation", "organisasjonsnummer",
                       "organisationsnummer"})
REGISTRY_CONFIDENCE = 0.85
#: 'Kontonummer' is a bank account's number (German, Swedish, Danish, Norwegian), though
#: 'Konto' alone names the accounts file in Swedish (keys132).
_BANK_STEMS = frozenset({"konto", "kto"})


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def _noun(column: str, headers: Iterable[str]) -> str | None:
    """The kind the column's one noun names, a word for "number" beside it or not."""
    words = [_plain(w) for w in name_word_split(column)]
    if len(words) == 1 and (m := _COMPOUND.match(words[0])) and words[0] not in NUMBER_WORDS:
        stem = m.group(1)
        if stem in _BANK_STEMS:
            return None
        words = [stem if kind_of_word(stem) else stem.rstrip("ns")]
    kind = _noun_of(words)
    if kind is None:
        # in the file's language: 'Rekening' (an account), 'Клиентский номер' (a customer
        # number: Kimai's Russian 'Account', keys127); a one-word header read as two words
        # is the compound rule's above, not this one's
        readings = foreign_readings(column, headers)
        if readings and (len(words) > 1 or len(readings[0][0]) == 1):
            kind = _noun_of(list(readings[0][0]))
    return kind


def _unread_noun(column: str, headers: Iterable[str]) -> bool:
    """Whether the column is a word for "number" beside one word nothing reads ('Číslo
    ponuky', 'Numar Proforma', 'Pakkumuse Number': Invoice Ninja's quote numbers in Slovak,
    Romanian, Estonian), which in a file of the table's own kind is that kind's noun."""
    readings = foreign_readings(column, headers)
    words = list(readings[0][0]) if readings else [_plain(w) for w in name_word_split(column)]
    rest = [w for w in words if w not in NUMBER_WORDS | LINK_WORDS]
    return (len(words) == 2 and len(rest) == 1 and len(rest[0]) > 3
            and rest[0] not in english_words() and kind_of_word(rest[0]) is None)


def _noun_of(words: list[str]) -> str | None:
    """The kind named by the one noun among ``words`` beside a word for "number"."""
    rest = [w for w in words if w not in NUMBER_WORDS | LINK_WORDS]
    if len(rest) != 1 or (len(words) > 1 and len(rest) == len(words)):
        return None
    return kind_of_word(rest[0])


def _ticket_id(column: str) -> bool:
    """'Ticket ID' of a case that is not the file's key (the key is kept apart before this
    is asked): the number a help desk shows its customers (Tiledesk's 1, 2, 3 beside the
    record's own 'Id'); a 'Conversation Id' is the chat's, no number of the case."""
    words = [_plain(w) for w in name_word_split(column)]
    return len(words) == 2 and words[1] == "id" and words[0] in ("ticket", "case")


def _bare_number(column: str) -> bool:
    """A header that is a word for "number" alone ('N°', '#', 'Nr.', 'Numéro': InvoiceShelf's
    French estimates): in a file of documents or cases, their number (an account's bare
    'Numéro' may be its address's house number: YetiForce's)."""
    bare = re.sub(r"[\s.°º#:]", "", _plain(column.lower()))
    return bare in NUMBER_WORDS | {"", "n"} and any(ch not in " ." for ch in column)


def _codes(values: Iterable[object]) -> bool:
    """Every filled value a single token holding a digit (and no GUID)."""
    vals = [str(v).strip() for v in values if v is not None and str(v).strip()]
    return (bool(vals)
            and all(any(ch.isdigit() for ch in v) and not any(ch.isspace() for ch in v)
                    for v in vals)
            and not guid_values(vals))


def own_number_column(table: str | None, column: str, values: Iterable[object],
                      unique: bool = True, headers: Iterable[str] = ()) -> str | None:
    """The number column of ``table`` that ``column`` fills, when its one noun names the
    table's own kind ('Account' in accounts, 'Kundennummer', 'Customer No') and its values,
    one per record (``unique``: no two rows alike), are codes; else None. ``headers``: the
    file's columns, its language for a foreign word."""
    kind, target = NUMBER_COLUMNS.get(table or "", (None, None))
    if kind is None or not unique or (_noun(column, headers) != kind and not (
            table in _DOCUMENTS and _unread_noun(column, headers)) and not (
            table == "incident" and _ticket_id(column)) and not (
            table in _DOCUMENTS | {"incident"} and _bare_number(column))):
        return None
    return target if _codes(values) else None


def own_number_candidates(table: str | None, column: str, values: Iterable[object],
                          unique: bool, names: Mapping[str, Any],
                          cands: list[tuple[float, str, str]], headers: Iterable[str] = ()
                          ) -> list[tuple[float, str, str]]:
    """``cands`` with the table's number first when :func:`own_number_column` finds it."""
    target = own_number_column(table, column, values, unique, headers)
    if target is None or target not in names:
        return cands
    # a reading as sure or surer of the same number keeps its confidence (ekylibre's
    # 'Numéro' beside its 'Numéro initial')
    # and one whose name says "number" beside the noun ('Estimate number') is surer than a
    # 'Reference' the vocabulary reads as the number too (Moneybird's: what it is for)
    said = any(_plain(w) in NUMBER_WORDS for w in name_word_split(column)[1:])
    conf = max([NAMED_CONFIDENCE if said else CONFIDENCE,
                *(c[0] for c in cands if c[1] == target)])
    if _REGISTRY & {_plain(w) for w in name_word_split(column)}:
        conf = REGISTRY_CONFIDENCE   # a registry's number yields to the program's own
    return [(conf, target, f"named for the record itself and holding codes "
                                 f"({', '.join(str(v) for v in list(values)[:2])}): the number "
                                 f"the program gave it, {names[target].describe()}"),
            *[c for c in cands if c[1] != target]]
