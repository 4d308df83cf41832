"""Which columns may key a file: for being its first column, and as data of their own.

A file's first column is taken as a key candidate whatever its name (exports put the id
first), when nine in ten of its values are unique. A person's first or last name is no id
however it is placed: names repeat (OpenPetra's hundred sample people share ten first
names), and a key that repeats drops every later row that shares it as a duplicate. Nor
is an amount (HubSpot writes its columns in alphabetical order: 'Annual Revenue' first):
a figure that changes would key a record on its revenue. Nor is the id of the record a
line or a part belongs to ('order_id' in an order's lines): unique as it may be in a small
export (one line an order, Recharge's), it links each row to its parent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import polars as pl

from d365migrate.intake.kinds import (
    FIRST_NAME_COLUMNS,
    LAST_NAME_COLUMNS,
    col_norm,
    kind_of_word,
    name_kind,
    name_words,
)

__all__ = ["AMOUNT_WORDS", "CODE_LISTS", "PARENT_KINDS", "PERSON_NAME_COLUMNS",
           "code_list_reference", "positional_key", "is_natural_key", "parent_reference",
           "reference_to_other", "named_guid_key", "guid_values", "record_number",
           "own_record_number", "firm_of_people", "tax_number", "foreign_number"]

#: A person's own names (normalised): never a key by position.
PERSON_NAME_COLUMNS = frozenset(FIRST_NAME_COLUMNS + LAST_NAME_COLUMNS)
#: Words that name an amount or a measure of a record: never its key by position.
AMOUNT_WORDS = frozenset({"revenue", "amount", "price", "cost", "total", "value", "balance",
                          "salary", "income", "budget", "sum", "turnover", "employees"})
#: The kind of record each kind of line or part belongs to.
#: Lists of codes a record points into (its country, its currency), never its own key.
CODE_LISTS = frozenset({"country", "state", "province", "region", "currency", "language",
                        "locale", "timezone"})
PARENT_KINDS = {"order_line": "order", "quote_line": "quote", "ticket_message": "ticket",
                "price_list_item": "price_list"}


def positional_key(column: str) -> bool:
    """Whether ``column``, being a file's first, may be its key for that alone."""
    return (col_norm(column) not in PERSON_NAME_COLUMNS
            and not set(name_words(column)) & AMOUNT_WORDS)


#: 'No', 'Nr', 'Nbr', 'Num' after a record's word: the number the CRM gave the record.
NUMBER_ABBREVIATIONS = frozenset({"no", "nr", "nbr", "num"})


#: Names of a list's row counter ('Sr' in Frappe's exports, '#', 'Lfd. Nr.'), normalised.
#: Not a bare 'No' or 'Nr': a CRM names its own record numbers so, 1, 2, 3... as they may be.
ROW_COUNTER_NAMES = frozenset({"sr", "srno", "sno", "slno", "row", "rowno", "rownumber",
                               "lfdnr", "lp"})


def row_counter(column: str, values: pl.Series) -> bool:
    """Whether ``column`` numbers the export's rows 1, 2, 3... ('Sr'): the place of a row in
    this export, no record's id. A re-export in another order would give each number to
    another record, so a delta run keyed by it would update the wrong ones."""
    if col_norm(column) not in ROW_COUNTER_NAMES and column.strip() != "#":
        return False
    numbers = values.cast(pl.Int64, strict=False)
    return (numbers.null_count() == 0 and numbers.len() > 1
            and numbers.to_list() == list(range(1, numbers.len() + 1)))


#: Words before a record's number that say it is the CRM's own ('interne Ticket Nr.').
INTERNAL_WORDS = frozenset({"internal", "intern", "interne", "interner", "internes",
                            "interno", "interna"})


def _numbered_kind(column: str) -> str | None:
    """The kind of record ``column`` numbers, if it is a record's number as a CRM names it: a
    kind of record and 'No' ('Account No', 'Lead No', 'Ticket No': vtiger's and coreBOS's
    ACC1, LEA1, TT00001; 'Контрагент №'; 'Nr Kontrahenta' the other way round), or the
    German compound glued with 'nr' ('Organisationsnr.', 'Kontaktnr.', 'Kundennr.': vtiger's
    German labels), which the CRM gives each record in turn, an id. The word written whole
    ('Quote Number', 'Numero Preventivo') is a number the record shows, mapped as such.
    'Phone No', 'Serial No', 'Telefonnr.' name no record."""
    words = name_words(column)
    if len(words) == 3 and words[0] in INTERNAL_WORDS:   # 'interne Ticket Nr.': the same
        words = words[1:]
    if len(words) == 2 and words[1] in NUMBER_ABBREVIATIONS:
        return kind_of_word(words[0])
    if len(words) == 1 and column.rstrip().endswith(("№", "#")):   # 'Контрагент №'
        return kind_of_word(words[0])
    if len(words) == 2 and words[0] in NUMBER_ABBREVIATIONS:   # 'Nr Kontrahenta'
        # the kind after its number, in the genitive where the language declines it ('-a')
        return kind_of_word(words[1]) or (kind_of_word(words[1][:-1])
                                          if words[1].endswith(("a", "u")) else None)
    if len(words) == 1 and words[0].endswith("nr") and len(words[0]) >= 6:
        return kind_of_word(words[0][:-2])
    return None


def record_number(column: str) -> bool:
    """Whether ``column`` is a record's number as a CRM names it (:func:`_numbered_kind`)."""
    return _numbered_kind(column) is not None


def own_record_number(source: str, column: str) -> bool:
    """Whether ``column`` numbers the records of ``source`` ('Account No' in accounts), not
    those of another kind it links to ('Account No' in contacts)."""
    kind = _numbered_kind(column)
    return kind is not None and kind == name_kind(source)[0]


#: The word for an identifier that opens an id column's name in the Romance languages
#: ('ID Contatto', 'ID do Contato', 'Identificador del contacto', 'Identifiant de contact').
_ID_FIRST = ("id", "identificador", "identifiant", "identificatore", "identificativo",
             "identificacao")


#: A record's id named by a word for 'identifier' alone ('Identifiant', Yoruba 'Idanimọ'):
#: SuiteCRM's translated 'ID' column, wherever it stands.
ID_NAMES = frozenset({"identifier", "identifiant", "identificador", "identifikator",
                      "identyfikator", "identificatore", "identificativo", "azonosito",
                      "tunniste", "tunnus", "kimlik", "idanimo"})


def is_natural_key(column: str) -> bool:
    """Whether a key column holds data of its own (a name, an email, a subject) rather than
    a surrogate id: a natural key is the record's key *and* a field to map. A record's number
    ('Account No') is the CRM's id for it, and so is a column whose name opens with the id
    word ('ID Contatto': read as a field, it became a link to the record's own kind)."""
    nc = col_norm(column)
    words = name_words(column)
    return not (nc in {"id", "key", "uuid", "guid", "pk", "rowid", "recordid"} or nc in ID_NAMES
                or nc.endswith(("id", "key", "uuid", "guid")) or record_number(column)
                or (len(words) > 1 and words[0] in _ID_FIRST))


def code_list_reference(source: str, column: str) -> bool:
    """Whether ``column`` links a value of a code list ('country_id', 'currency_code': US,
    EUR) rather than naming the record: unique as it may be in a file of one row (Magento's
    one customer profile), it is the record's country, no id of its own; in a file of that
    list's own rows ('countries') it is the key."""
    words = name_words(column)
    return (len(words) > 1 and words[-1] in ("id", "key", "code")
            and "".join(words[:-1]) in CODE_LISTS
            and not any(w.startswith(words[-2]) for w in name_words(source)))


def parent_reference(source: str, column: str) -> bool:
    """Whether ``column`` is the id of the record the rows of ``source`` belong to: an
    order's id in a file named for order lines, a ticket's in one named for its messages."""
    parent = PARENT_KINDS.get(name_kind(source)[0] or "")
    words = name_words(column)
    return (parent is not None and len(words) > 1 and words[-1] in ("id", "key")
            and kind_of_word("".join(words[:-1])) == parent)


def line_product(source: str, column: str) -> bool:
    """Whether ``column`` is the product of a file of order or quote lines ('Product ID'):
    the thing sold, which a few lines may each name once (SAP CAP's three order items), no
    line's key; the order and the product together key a line."""
    words = name_words(column)
    return (name_kind(source)[0] in ("order_line", "quote_line") and len(words) > 1
            and words[-1] in ("id", "key") and kind_of_word("".join(words[:-1])) == "product")


#: Kinds of record that are no person: an e-mail on them names someone they concern.
NOT_PEOPLE = frozenset({"deal", "task", "activity", "note", "attachment", "ticket",
                        "ticket_message", "quote", "order", "order_line", "quote_line"})


def other_party_email(source: str, column: str) -> bool:
    """Whether ``column`` is an e-mail on a file of records that are no person (a ticket's
    'user_email', a deal's 'contact_email'): it names the person who asked, bought or was
    called, who may come back; the record's key it is not, even when no row repeats it."""
    return (name_kind(source)[0] in NOT_PEOPLE
            and col_norm(column).endswith(("email", "emailaddress")))


#: Kinds of record that are people, and the columns that hold such a record's whole name.
PEOPLE = frozenset({"contact", "lead", "user"})
WHOLE_NAMES = frozenset({"name", "fullname"})


def name_of_people(source: str, column: str) -> bool:
    """Whether ``column`` holds a person's whole name in a file of people: no key by being
    first (two people share a name); their e-mail, when unique, keys them before it."""
    return name_kind(source)[0] in PEOPLE and col_norm(column) in WHOLE_NAMES


def reference_to_other(source: str, column: str) -> bool:
    """Whether ``column`` links another record (its parent, a code list's value, the record
    an activity or a note is on): no key."""
    return (parent_reference(source, column) or code_list_reference(source, column)
            or any_record_reference(column))


#: The words before 'id' in the name of a link to a record of any kind (SuiteCRM's
#: 'Related to ID' and 'Parent ID' beside 'Parent Type', Salesforce's 'WhatId', Odoo's
#: 'res_id'): unique on calls each on its own account, but the record's key they are not.
#: ('entity_id' is left out: Magento's entity tables are keyed by it.)
_ANY_RECORD_LINKS = frozenset({("parent",), ("related", "to"), ("related",), ("regarding",),
                               ("what",), ("who",), ("res",), ("object",)})


def any_record_reference(column: str) -> bool:
    """Whether ``column`` names the id of the record a row is on, of whatever kind."""
    words = name_words(column)
    return len(words) > 1 and words[-1] in ("id", "key") and tuple(words[:-1]) in _ANY_RECORD_LINKS


_GUID = re.compile(r"(?i)^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$")


def guid_values(values: Iterable[object]) -> bool:
    """Whether every filled value is a GUID (and one at least is): an id unique in the world,
    which names one record wherever it is found."""
    seen = [v for v in values if v not in (None, "")]
    return bool(seen) and all(isinstance(v, str) and _GUID.match(v.strip()) for v in seen)


def named_guid_key(source: str, column: str, values: Iterable[object]) -> bool:
    """Whether ``column`` is named for its file's records and holds GUIDs: Dataverse labels a
    table's id with the table's own name ('Account' in a file of accounts, 'Opportunity' in
    one of opportunities; 'Contact' in a file the org renamed 'Person'), wherever the column
    stands; a key, as an 'id' column is."""
    own = col_norm(column) == col_norm(source) or (
        (kind := kind_of_word(column)) is not None and kind == name_kind(source)[0])
    return own and guid_values(values)


#: A firm's name as a column of people (normalised): colleagues share it.
FIRM_COLUMNS = frozenset({
    "company", "companyname", "firm", "firma", "firmenname", "organization", "organisation",
    "organizationname", "organisationname", "employer", "entreprise", "societe", "empresa",
    "azienda", "societa", "bedrijf", "bedrijfsnaam", "unternehmen", "foretag", "yritys"})


def firm_of_people(column: str, columns: Iterable[str]) -> bool:
    """Whether ``column`` names the firm the people of a file (its columns hold a first or a
    last name) work at: GrandTotal's 'Firma' first in its list of people. No key by its
    place: two people of one firm share it, and the second would be dropped as a repeat."""
    return col_norm(column) in FIRM_COLUMNS and any(
        col_norm(c) in PERSON_NAME_COLUMNS for c in columns)


#: Words of a tax or company-register number: the firm's public identifier, no record's id.
TAX_NUMBER_WORDS = frozenset({"tax", "vat", "gst", "hst", "taxid", "vatid", "vatno", "tva",
                              "ust", "ustid", "umsatzsteuer", "umsatzsteuerid", "steuernummer",
                              "siret", "siren", "nif", "cif", "ein", "abn", "btw", "iva"})


def tax_number(column: str) -> bool:
    """Whether ``column`` holds a tax or register number ('VAT-ID', 'Umsatzsteuer-ID'): one
    per firm, but the state's number for it, which two records of one firm share (a person
    and the firm) and a record may lack: a key only when nothing else is."""
    words = set(name_words(column)) | {col_norm(column)}
    return bool(words & TAX_NUMBER_WORDS) or "steuer" in col_norm(column)


#: 'Nummer' glued to a noun, as German, Dutch and the Nordic languages write 'number'
#: ('Kundennummer', 'Auftragsnummer'); not a phone's, a fax's or a house's.
_NOT_RECORD_NUMBERS = ("telefon", "telefoon", "mobil", "mobiel", "handy", "fax", "haus",
                       "tel", "hus", "iban", "konto")


def foreign_number(column: str) -> bool:
    """Whether ``column`` is a '...nummer' column naming a record's number (Kundennummer,
    the customer number): an id-like column, as '... number' is in English."""
    nc = col_norm(column)
    return nc.endswith("nummer") and len(nc) > 6 and not nc.startswith(_NOT_RECORD_NUMBERS)
