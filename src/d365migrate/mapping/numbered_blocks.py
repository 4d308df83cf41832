"""Numbered address blocks and numbered list entries, as exports flatten a record's lists.

A program that writes a record's addresses, phones and e-mails as columns numbers them:
OroCRM's export writes 'Address 1 Street', 'Address 1 Street 2', 'Address 2 City',
'Address 1 State Combined code' (US-NY), 'Address 1 Country ISO2 code' (US), and
'Phones 1 Phone', 'Emails 2 Email'. The number after 'Address' names the block, not a line:
'Address 2 Street' is the second address's street (address2_line1), never the first
address's line 2, and a number after the street is its line ('Address 1 Street 2':
address1_line2). A block's state or country written as a code is still its state or
country; its label (Primary Address) is the address's name. The block's addressee ('Address
1 First name', 'Name prefix', 'Organization') is no column of the address, nor is a block
the table has no columns for (a lead's third address). 'Phones 2 Phone' is
the second phone (telephone2), 'Emails 1 Email' the first e-mail (emailaddress1) ('email_1'
alone, beside an unnumbered 'email', stays the vocabulary's: the second); such an
entry after other words is a related record's ('Customer Business Customer Emails 1 Email',
the B2B customer's e-mail): no column of this record.

A JSON list flattened into a path numbers its items the same way, often from 0: Wix's
'info.addresses.items.0.address.city' is the first address's city and '...items.1...' the
second's, where a file's paths count from 0 (a column's index 0 after a list's word).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.mapping.vocabulary import singular, split_words

__all__ = ["ADDRESSEE", "ADDRESS_PARTS", "block_target", "numbered_candidates"]

_Cand = tuple[float, str, str]

#: A block's part (its words run together, without the line's number) -> the column's suffix.
ADDRESS_PARTS: dict[str, str] = {
    **dict.fromkeys(("street", "line", "streetaddress", "addressline", "streetline",
                     "addresslines", "lines"), "line"),   # Action Network's 'address_lines'
    **dict.fromkeys(("city", "town", "locality"), "city"),
    **dict.fromkeys(("state", "province", "region", "statecode", "statecombinedcode",
                     "provincecode", "regioncode", "stateorprovince", "stateprovince",
                     "subdivision"), "stateorprovince"),   # ISO 3166-2's subdivision (US-NY)
    **dict.fromkeys(("zip", "zipcode", "postalcode", "postcode", "zippostalcode"),
                    "postalcode"),
    **dict.fromkeys(("country", "countrycode", "countryiso2code", "countryiso3code",
                     "countryname", "countryregion"), "country"),
    "county": "county", "label": "name", "latitude": "latitude", "longitude": "longitude",
}
#: The addressee of a block (its words run together): no column of the address.
ADDRESSEE = frozenset({"firstname", "middlename", "lastname", "nameprefix", "namesuffix",
                       "organization", "organisation", "company"})
#: An entry of a numbered list -> the table's columns for its first, second and third.
_ENTRIES = {"phone": ("telephone1", "telephone2", "telephone3"),
            "email": ("emailaddress1", "emailaddress2", "emailaddress3")}


#: A street's parts a list's address item writes apart (Wix's 'streetAddress.name' and
#: '.number'): the name is the street line, the house number no column of its own.
_STREET_NAME = frozenset({"streetaddressname", "streetname"})
_HOUSE_NUMBER = frozenset({"streetaddressnumber", "streetnumber", "housenumber"})


def _path_index(words: Sequence[str]) -> int | None:
    """Where a flattened list's item number stands after a list's word ('addresses',
    'items'), else None."""
    return next((i for i, w in enumerate(words) if w.isdigit() and 0 < i < len(words) - 1
                 and len(w) == 1), None)


def zero_based(columns: Sequence[str]) -> bool:
    """True when a file's flattened lists count from 0 ('addresses.items.0.city')."""
    return _zero_based(tuple(columns))


@functools.lru_cache(maxsize=64)
def _zero_based(columns: tuple[str, ...]) -> bool:
    """Once per file, not once per column: the suggestion engine asks for every column."""
    for col in columns:
        words = split_words(col)
        at = _path_index(words)
        if at is not None and words[at] == "0":
            return True
    return False


def _list_address(words: list[str], shift: int) -> tuple[bool, str | None] | None:
    """A flattened list's address item ('info.addresses.items.0.address.city'): its column
    by the item's number, or None when the words name no list of addresses."""
    at = _path_index(words)
    if at is None or "address" not in {singular(w) for w in words[max(0, at - 2):at]}:
        return None
    number = int(words[at]) + shift
    rest = list(words[at + 1:])
    if len(rest) > 1 and rest[0] in ("address", "location"):
        rest = rest[1:]   # the item's 'address' object, its 'location' (latitude, longitude)
    line = ""
    if rest and (m := re.fullmatch(r"([a-z]+)([123])", rest[-1])):
        rest[-1], line = m[1], m[2]   # 'addressLine2'
    joined = "".join(rest)
    if joined in _HOUSE_NUMBER:
        return True, None
    part = "line" if joined in _STREET_NAME else ADDRESS_PARTS.get(joined)
    if part is None or not 1 <= number <= 3 or (line and part != "line"):
        return None
    return True, f"address{number}_{part}{(line or '1') if part == 'line' else ''}"


def block_target(column: str, shift: int = 0) -> tuple[bool, str | None]:
    """Whether ``column`` is a numbered block's or entry's, and its column ('Address 2
    Street' -> (True, 'address2_line1'); 'Address 1 First name' -> (True, None): the
    addressee; 'City' -> (False, None)). ``shift`` 1 where the file counts from 0."""
    words = split_words(column)
    if ("." in column or "[" in column) and (listed := _list_address(words, shift)):
        return listed   # a JSON path's list item
    if len(words) > 2 and words[0] in ("address", "addresses") and words[1] in ("1", "2", "3"):
        rest = words[2:]
        line = rest.pop() if len(rest) > 1 and rest[-1] in ("1", "2", "3") else ""
        part = ADDRESS_PARTS.get("".join(rest))
        if part is None and "".join(rest) in ADDRESSEE:
            return True, None   # who the block is addressed to
        if part is None or (line and part != "line"):
            return False, None  # a part the vocabulary reads by itself ('PO Box')
        number = (line or "1") if part == "line" else ""
        return True, f"address{words[1]}_{part}{number}"
    entry = [singular(w) for w in words]
    if len(entry) == 3 and entry[0] in _ENTRIES and entry[1] in ("1", "2", "3") and (
            entry[2] == entry[0]):
        return True, _ENTRIES[entry[0]][int(entry[1]) - 1]
    if len(entry) > 3 and entry[-1] in _ENTRIES and entry[-2].isdigit() \
            and entry[-3] == entry[-1]:
        return True, None   # 'Customer Business Customer Emails 1 Email': another record's
    return list_entry(column, words, shift)


#: How a list of phones or e-mails and its entry's field are written, in any language, by
#: the start of a word ('phoneNumbers[2].number', 'Telefoonnummers 2 - Telefoonnummer',
#: 'Números de teléfono 2 - Número de teléfono', 'E-Mail Adressen 2 - E-Mail Adresse').
_ENTRY_STEMS = {"phone": ("phone", "telef", "teléf", "телеф"),
                "email": ("email", "mail", "correo", "courriel", "почт")}


#: An entry's field that is its value whatever the list ('phoneNumbers[2].number').
_ENTRY_VALUES = frozenset({"number", "value", "nummer", "numero", "número", "address"})


def _entry_kind(words: Sequence[str]) -> str | None:
    found = {kind for w in words for kind, stems in _ENTRY_STEMS.items()
             if w.startswith(stems)}
    return found.pop() if len(found) == 1 else None


def list_entry(column: str, words: Sequence[str], shift: int = 0) -> tuple[bool, str | None]:
    """A flattened list's entry written '<list> <n> <field>' in any words (Group-Office's
    export and its translated labels): the n-th phone or e-mail when the list and the field
    both name phones (or both e-mails): (True, telephone<n>); else (False, None)."""
    at = next((i for i, w in enumerate(words) if w in ("0", "1", "2", "3") and 0 < i < len(words)
               - 1), None)
    if at is None or not 1 <= int(words[at]) + shift <= 3:
        return False, None
    kind = _entry_kind(words[:at]) or _entry_kind(["".join(words[:at])])
    field = _entry_kind(words[at + 1:]) or _entry_kind(["".join(words[at + 1:])])
    if kind is None or field not in (kind, None) or (
            field is None and "".join(words[at + 1:]) not in _ENTRY_VALUES):
        return False, None
    return True, _ENTRIES[kind][int(words[at]) + shift - 1]


#: A thread's list (a ticket's events, a conversation's messages) and its item's text.
_THREADS = frozenset({"event", "message", "comment", "thread", "post", "reply", "part",
                      "conversationpart", "article"})
_BODIES = frozenset({"message", "body", "text", "content", "bodytext", "plaintext"})


def first_message(column: str, columns: Sequence[str] = ()) -> bool:
    """Whether ``column`` is the text of a thread's first item flattened into a path
    (LiveChat's ticket 'events.0.message', a conversation's 'messages.1.body' where the
    file counts from 1): the message that opened the record."""
    words = [w.lower() for w in split_words(column)]
    first = "0" if zero_based(columns) else "1"
    return len(words) == 3 and words[1] == first and singular(words[0]) in _THREADS \
        and words[2] in _BODIES


def numbered_candidates(column: str, names: Mapping[str, Any],
                        cands: Sequence[_Cand], columns: Sequence[str] = ()) -> list[_Cand]:
    """The candidates of a numbered block's or entry's column: its own column, or none."""
    numbered, target = block_target(column, int(zero_based(columns)))
    if not numbered and first_message(column, columns) and "description" in names:
        return [(0.88, "description", f"'{column}' is the first message of the record's "
                 f"thread, what was first asked: {names['description'].describe()}")]
    if not numbered:
        return list(cands)
    if target is None or target not in names:
        return []
    return [(0.92, target, f"'{column}' is a numbered block's or list's entry: "
             + names[target].describe())]
