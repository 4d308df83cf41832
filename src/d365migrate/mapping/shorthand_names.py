"""Readings of field names written in the shorthand of address books and groupware.

vCard and the groupware built on it (eGroupware, Horde, Tine, SOGo) name a contact's fields
by the vCard property and its part: ``n_given`` / ``n_family`` (the N property's given and
family name), ``adr_one_street`` / ``adr_two_locality`` (the first and second ADR: business
and private address), ``tel_work`` / ``tel_cell`` (TEL by type), ``org_name`` / ``org_unit``
(ORG), ``bday``. Other systems number addresses in words too ('address one city'). Each such
name gets one more reading in the words the vocabulary knows ('first name', 'address1 street',
'work phone', 'organization name', 'birthday'), a little below the name's own reading.
"""

from __future__ import annotations

import re

__all__ = ["shorthand_readings", "spelled_out", "SHORTHAND_FACTOR"]

#: How much a shorthand reading is trusted against the name's own reading.
SHORTHAND_FACTOR = 0.98

#: Shorthand words of field names and the word they stand for.
_WORDS = {"adr": "address", "addr": "address", "tel": "phone", "org": "organization",
          "bday": "birthday", "dob": "birthday",
          # the shorthand of small-business ERPs (FrontAccounting, webERP): ord_date,
          # stk_code, curr_code, cust_ref, supp_name; a debtor is a customer who owes
          "ord": "order", "stk": "stock", "curr": "currency", "cust": "customer",
          "supp": "supplier", "debtor": "customer"}
#: The parts of vCard's N (name) property, as the words of the field they fill.
_NAME_PARTS = {"given": ("first", "name"), "family": ("last", "name"),
               "middle": ("middle", "name"), "additional": ("middle", "name"),
               "prefix": ("prefix",), "suffix": ("suffix",), "fn": ("full", "name")}
#: An address shorthand glued to its line number, perhaps after the address it is of
#: (GnuCash's and QuickBooks' 'addr1', 'shipaddr2', 'billaddr3'): the words apart.
_GLUED = re.compile(r"^(ship|bill)?(addr|adr)(\d)$")
_GLUED_OF = {"ship": "shipping", "bill": "billing"}
#: Two letters before an address or e-mail part (Zurmo's attribute names: 'baCity' the
#: billing address' city, 'saStreet1' the shipping address', 'paState' the primary address',
#: 'peEmailAddress' / 'peOptOut' the primary e-mail and its opt-out, 'seEmailAddress' the
#: secondary one): the words they stand for, and the part words that may follow them.
_COMPOUND = {"ba": ("billing", "address"), "sa": ("shipping", "address"),
             "pa": ("primary", "address"), "pe": ("email",), "se": ("secondary", "email")}
_PARTS = {"address": {"city", "country", "postal", "postalcode", "zip", "state", "street",
                      "street1", "street2", "street3", "latitude", "longitude"},
          "email": {"email", "opt", "is"}}
#: Numbers written as words or digits after 'address': the first, second, third address.
_NUMBERS = {"one": "1", "two": "2", "three": "3", "1": "1", "2": "2", "3": "3",
            "first": "1", "second": "2", "third": "3"}


def spelled_out(word: str) -> str:
    """The word a shorthand word stands for ('debtor' -> 'customer'), or the word itself."""
    return _WORDS.get(word, word)


def _unglued(word: str) -> list[str]:
    """A word's reading: its shorthand spelled out, a glued line number set apart."""
    m = _GLUED.match(word)
    if not m:
        return [_WORDS.get(word, word)]
    return ([_GLUED_OF[m.group(1)]] if m.group(1) else []) + ["address", "line", m.group(3)]


def shorthand_readings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Other readings of a field name's words ('n_given' -> 'first name'), best first;
    none when the name has no shorthand."""
    if not words:
        return []
    if len(words) == 2 and words[0] == "n" and words[1] in _NAME_PARTS:
        return [_NAME_PARTS[words[1]]]
    whole = _COMPOUND.get(words[0]) if len(words) > 1 else None
    if whole and words[1] in _PARTS[whole[-1]]:
        rest = words[2:] if words[1] == whole[-1] else words[1:]   # 'pe email address'
        return [(*whole, *(x for w in rest for x in re.findall(r"[a-z]+|\d+", w)))]
    expanded = [x for w in words for x in _unglued(w)]
    out: list[str] = []
    i = 0
    while i < len(expanded):
        w = expanded[i]
        if w == "address" and i + 1 < len(expanded) and expanded[i + 1] in _NUMBERS:
            out.append("address" + _NUMBERS[expanded[i + 1]])  # address one -> address1
            i += 2
            continue
        out.append(w)
        i += 1
    if words[0] == "tel" and len(out) == 2:
        # TEL by its type: 'tel_work' is the work phone, 'tel_fax' the fax
        return [(out[1],) if out[1] == "fax" else (out[1], "phone")]
    reading = tuple(out)
    return [reading] if reading != tuple(words) else []
