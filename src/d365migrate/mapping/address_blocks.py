"""An address block named by a word nobody reads: its parts are one address's parts.

SuiteCRM's translations name a record's two addresses by words the vocabulary may not hold:
Russian 'Расчётный адрес - город' (the billing address's city), Danish 'Faktura By', Turkish
'Teslim Adresi Şehir' (the delivery address's city), Polish 'Miasto główne' (the primary
city). Each such header reads as an address part (city, state, postal code, country, street)
plus words left unread. Columns whose unread words are the same and which name at least
three different parts are one address block: the first block the table writes is its first
address (``address1_*``), the next its second, unless the block's word says its side
('billing', 'primary' -> the first; 'shipping', 'other' -> the second; where both blocks'
words say the first, 'Mailing:' and 'Billing:', the one written first) or its columns' own
readings already say which address they fill; beside parts named plainly ('Postkod', 'Ort':
the record's own, its first address) a named block is the second. A part two columns of one
block claim stays as the vocabulary read it, and so does every block where three or more
addresses stand (CiviCRM's import: a mother's, a sister's address beside the own).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.vocabulary import source_words

__all__ = ["block_address_parts"]

#: A country's ISO code: the block's country only where no column names the country itself
#: (lexoffice's 'countryCode' alone; Group-Office's 'Código del país' beside its 'País').
_CODE = "countrycode"
_LOCALITY = "locality"
#: The words of an address part, as the vocabulary reads them -> the part's column suffix.
_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("postal", "code"), "postalcode"), (("zip", "code"), "postalcode"),
    (("post", "code"), "postalcode"), (("postcode",), "postalcode"), (("zip",), "postalcode"),
    (("zipcode",), "postalcode"),   # Tiendanube's 'billing_zipcode', 'default_address.zipcode'
    # a block's locality beside its city is the district under the street (Tiendanube's
    # 'billing_locality' Centro beside 'billing_city' São Paulo), else its city
    (("locality",), _LOCALITY), (("floor",), "line2"),   # the unit: 'Apartment 8'
    (("street",), "line1"), (("city",), "city"), (("town",), "city"),
    # a state written by its code (Commerce Layer's 'billing_address.state_code'): the state
    (("state", "code"), "stateorprovince"), (("province", "code"), "stateorprovince"),
    (("state",), "stateorprovince"), (("province",), "stateorprovince"),
    (("region",), "stateorprovince"),   # Xero's PORegion, SARegion: the state or province
    (("subdivision",), "stateorprovince"),   # ISO 3166-2's (Wix's 'address.subdivision')
    # lexoffice's 'countryCode', RetailCRM's 'countryIso' (an ISO code: the country), an
    # address's 'supplement' (German 'Adresszusatz': the line under the street)
    (("country", "code"), _CODE), (("country", "iso"), _CODE),
    (("country", "name"), "country"),   # Bullhorn's 'address.countryName': no addressee
    (("country",), "country"), (("county",), "county"), (("supplement",), "line2"),
    (("index",), "postalcode"),   # Russian 'индекс' (RetailCRM's 'delivery.address.index')
    # the block's own addressee and telephone (Crater's 'Billing Address - Name', 'Phone')
    (("full", "name"), "name"), (("name",), "name"), (("phone",), "telephone1"))
#: Side words: the first address (billing, primary, mailing) or the second (shipping, other).
_FIRST = frozenset({"billing", "bill", "primary", "main", "mailing", "invoice",
                    # Bling's 'endereco.geral.*' (the general, main address) beside its
                    # 'endereco.cobranca.*' (billing): both first, the one written first wins
                    "general", "geral", "principal"})
_SECOND = frozenset({"shipping", "ship", "delivery", "other", "alternate", "alt",
                     "secondary",
                     # Bling's order 'transporte.etiqueta.*': the shipping label's address
                     "transport", "transporte", "shipment"})
_ADDRESS = frozenset({"address", "addr"})
SCORE = 0.95
#: Parts a block has beside its address's own (its addressee, its telephone): no evidence
#: that columns are an address.
_ASIDE = frozenset({"name", "telephone1"})
#: A street or line glued to its number ('line2').
_GLUED_LINE = re.compile(r"(street|line)([123])")
#: 'address1' inside a block whose name says address already: the block's line.
_BLOCK_LINE = re.compile(r"address([123])")
#: A target of the first or second address ('address2_city'), its number.
_NUMBERED = re.compile(r"^address([12])_")


def _reading(words: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """The part a header's words name and the words left beside it (its block's name). A
    street beside another part is the address's word read as a street (Danish 'adresse')."""
    ws: list[str] = []
    for w in words:   # 'line2' as one word (Xero's 'SAAddressLine2'): the line, its number
        glued = _GLUED_LINE.fullmatch(w)
        # in a block already named, 'Address1' is its line 1 (Visma's 'DeliveryAddress.Address1')
        # ... and so it is after a side's word (Autotask's 'billToAddress1': the bill-to's line)
        line = _BLOCK_LINE.fullmatch(w) if set(ws) & (_ADDRESS | _FIRST | _SECOND) else None
        ws += list(glued.groups()) if glued else ["line", line.group(1)] if line else [w]
    numbered = [i for i in range(len(ws) - 1) if ws[i] in ("street", "line")
                and ws[i + 1] in ("1", "2", "3")]   # ('Address 1' is a block, no line)
    if len(numbered) == 1 and not any(w in ("street", *_ADDRESS) for j, w in enumerate(ws)
                                      if j > numbered[0] + 1):
        # Italian 'Indirizzo di Fatturazione - Indirizzo 2': the block's second street line
        i = numbered[0]
        return f"line{ws[i + 1]}", tuple(w for w in ws[:i] + ws[i + 2:]
                                         if w not in _ADDRESS | {"street"})
    found: list[tuple[int, int, str]] = []
    for part_words, part in _PARTS:
        n = len(part_words)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i:i + n]) == part_words and not any(
                    i < j + m and j < i + n for j, m, _ in found):
                found.append((i, n, part))
    if not any(w in _ADDRESS or w == "street" for w in ws):
        # an addressee or a telephone is an address block's only where its name says
        # address ('Billing Address - Phone'); 'Home Phone' is the person's own
        found = [f for f in found if f[2] not in _ASIDE]
    if len(found) > 1 and any(f[2] in _ASIDE for f in found):
        # the part named last is the field, the words before it qualify it: 'Nama Jalan
        # Pengiriman' (name of the street: the street), 'Indirizzo di Spedizione - Telefono'
        # (the shipping address's phone)
        found = [max(found)]
    if len(found) > 1 and len({f[2] for f in found}) == 1 and min(found)[0] == 0 \
            and not any(w.isdigit() for w in ws):
        found = [max(found)]   # Bling's 'endereco.geral.endereco': the block's word, then
        # the part itself (Portuguese 'endereço' both the address and its street line)
    if len(found) > 1 and {f[2] for f in found} == {"stateorprovince", "county"}:
        found = [min(found)]   # Pipedrive's 'State/county': the first named, its state
    if len(found) > 1:
        found = [f for f in found if f[2] != "line1"]
    if len(found) == 1:
        i, n, part = found[0]
        if "id" in ws[i + n:]:
            return None   # RetailCRM's 'regionId', 'cityId': the place's id in a list of places
        drop = _ADDRESS | {"street"}
        return part, tuple(w for w in ws[:i] + ws[i + n:] if w not in drop)
    if not found and any(w in _ADDRESS for w in ws):   # 'Adres główny': the street
        return "line1", tuple(w for w in ws if w not in _ADDRESS)
    return None


#: A header's last word saying the house number on the street.
_NUMBER_WORDS = frozenset({"number", "numero", "nr", "no", "num", "nummer", "hausnummer",
                           "housenumber"})


def _house_number(col: str) -> bool:
    """Whether the header closes with a house number's word ('endereco.geral.numero')."""
    words = source_words(col)[0]
    return bool(words) and words[-1] in _NUMBER_WORDS


def _stem(words: tuple[str, ...]) -> tuple[str, ...]:
    """A block's name, its words' inflections cut ('glowny', 'glowne': one word)."""
    return tuple(w[:5] for w in words if not w.isdigit())


def block_address_parts(columns: Sequence[str], words: Mapping[str, Sequence[Sequence[str]]],
                        names: Mapping[str, Any],
                        scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Offer each column of an address block its address's part first (module docstring).
    ``words``: each column's readings (the vocabulary's, first the best); ``scored`` is
    changed in place."""
    blocks: dict[tuple[str, ...], dict[str, list[str]]] = {}
    order: dict[tuple[str, ...], int] = {}
    sides: dict[tuple[str, ...], int] = {}
    words_of: dict[tuple[str, ...], tuple[str, ...]] = {}   # a block's words, uncut
    options = {col: [r for ws in words.get(col, ()) if (r := _reading(ws))
                     # a house number ('endereco.geral.numero', 'Hausnummer') is no street line,
                     # though a reading without its last word says street
                     and not (r[0] == "line1" and _house_number(col))] for col in columns}
    for col in columns:   # 'address.name' read as a reference's name ('address'): its addressee
        own = _reading(tuple(source_words(col)[0]))
        if own is not None and own[0] in _ASIDE and own not in options[col]:
            options[col].insert(0, own)
    named: dict[tuple[str, ...], set[str]] = {}
    for found in options.values():
        for part, rest in found:
            named.setdefault(_stem(rest), set()).add(part)
    for i, col in enumerate(columns):
        # each column's reading in the largest block any reading of it joins: Dutch
        # 'Adressen 1 - Address' read as written and as 'addresses 1 address' is the
        # block its siblings' readings form ('Adressen 1 - Woonplaats': 'addresses 1 city')
        read = max(options[col], key=lambda r: len(named[_stem(r[1])]), default=None)
        if read is None:
            continue
        part, rest = read
        side = {1 for w in rest if w in _FIRST} | {2 for w in rest if w in _SECOND}
        key = _stem(rest)
        if len(side) == 1:
            sides[key] = next(iter(side))
        blocks.setdefault(key, {}).setdefault(part, []).append(col)
        words_of.setdefault(key, rest)
        order.setdefault(key, i)
    for parts in blocks.values():   # a code beside the country's name is no second country
        code = parts.pop(_CODE, None)
        if code is not None and "country" not in parts:
            parts["country"] = code
        locality = parts.pop(_LOCALITY, None)
        if locality is not None:
            parts.setdefault("line3" if "city" in parts else "city", locality)
    full = [k for k, parts in blocks.items() if len(parts.keys() - _ASIDE) >= 3 and k]
    # 'Postkod', 'Ort': the record's own address (its own name and phone are no address's)
    plain = len(blocks.get((), {}).keys() - _ASIDE) >= 2
    # a quote's or an order's one address, named plainly ('address.street', 'address.city'):
    # the table has no address of its own, the address is its bill-to
    # ... only its columns that say address and nothing else ('address.city'; Pimcore's bare
    # 'City' beside an 'OrderState', RetailCRM's copied 'customer.address.city' are none)
    if plain and not any(str(n).startswith("address1_") for n in names):
        said = {p: [c for c in cols if _ADDRESS & set(words := source_words(c)[0])
                    and (own := _reading(tuple(words))) is not None and not own[1]]
                for p, cols in blocks[()].items()}
        blocks[()] = {p: cols for p, cols in said.items() if cols}
    document = plain and len(blocks[()].keys() - _ASIDE) >= 3 \
        and not any(str(n).startswith("address1_") for n in names)
    if document:
        full, plain = [(), *full], False
    if len(full) + plain > 2:   # other records' addresses beside the own: RetailCRM's order
        # copies its customer's and contact's ('customer.address.city') beside 'delivery.'
        full = [k for k in full if not any(kind_of_word(w) for w in words_of.get(k, k))]
    if not full or len(full) + plain > 2:
        return   # a mother's, a sister's address beside the own (CiviCRM's import): whose?
    taken: dict[tuple[str, ...], int] = {(): 1} if plain else {}
    read_as: dict[tuple[str, ...], int] = {}
    for key in full:   # a block's side: its word's, else what its columns already read as
        tops = {m[1] for col in _cols(blocks[key])
                if (m := _NUMBERED.match(_top(scored, col) or ""))}
        if key in sides:
            # beside the record's own address named plainly, a block whose word says the
            # first ('billingAddress.city' beside Bullhorn's company 'address.city') is its
            # second: the plain one is the record's own
            # (a company's: on a person, an invoice or billing block beside their own
            # address is the buyer's, whose it is no word says: pretix's attendees)
            taken[key] = 2 if plain and sides[key] == 1 and "firstname" not in names \
                else sides[key]
        elif len(tops) == 1:
            read_as[key] = int(next(iter(tops)))
    for key, n in read_as.items():
        # a block its word places first keeps it: one only read as the first address too
        # (Tiendanube's 'default_address.city' beside 'billing_city') is the second; two
        # read as the second are left as read (Outlook's 'Other' block: a third address)
        holder = next((k for k, m in taken.items() if m == n), None)
        if holder is not None and (n != 1 or holder not in sides):
            return   # two blocks say they are one address: leave both as read (Odoo's
            # 'city_id/id' beside its plain 'city': the same address by its ids)
        taken[key] = n if holder is None else 2
    worded = sorted((k for k in full if sides.get(k) == 1), key=order.__getitem__)
    if len(worded) == 2 and len(full) == 2 and not plain:
        # both blocks' words say the first address (Evergreen's 'Mailing:' and 'Billing:'):
        # the block written first is the first address, the other the second
        taken[worded[1]] = 2
    free = [n for n in (1, 2) if n not in taken.values()]
    for key in sorted((k for k in full if k not in taken), key=order.__getitem__):
        if not free:
            break
        taken[key] = free.pop(0)
    if len(set(taken.values())) != len(taken):
        return   # two blocks say they are one address: leave both as read
    _side_phones(columns, blocks, taken, names, scored)
    for key, n in taken.items():
        if not key and not document:
            continue   # the plain address keeps its own readings
        for part, cols in blocks[key].items():
            if part == "name" and "firstname" in names:
                continue   # on a person, the block's addressee (pretix's attendee's 'Invoice
                # address name': the buyer) is a person's name, no name of the address
            target = _target(n, part, names)
            if len(cols) != 1 or target is None or _top(scored, cols[0]) == target:
                continue
            col = cols[0]
            others = [c for c in scored.get(col, []) if c[1] != target]
            scored[col] = [(SCORE, target,
                            f"'{col}' is a part of an address block ({len(blocks[key])} parts "
                            f"named alike): {names[target].describe()}.")] + others


def _side_phones(columns: Sequence[str], blocks: Mapping[tuple[str, ...], Any],
                 taken: Mapping[tuple[str, ...], int], names: Mapping[str, Any],
                 scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """A side's telephone outside its block ('billingPhone' beside 'billingAddress.city'):
    the telephone of the address that block became, where the vocabulary read it as the
    other address's."""
    for col in columns:
        words = tuple(source_words(col)[0])
        if len(words) != 2 or words[1] not in ("phone", "telephone") or any(
                col in cols for parts in blocks.values() for cols in parts.values()):
            continue
        n = taken.get(_stem(words[:1]))
        target = _target(n, "telephone1", names) if n else None
        top = _top(scored, col) or ""
        if target is None or top == target or not _NUMBERED.match(top):
            continue
        scored[col] = [(SCORE, target, f"'{col}' is the telephone of the {words[0]} address "
                        f"block beside it: {names[target].describe()}.")] + [
            c for c in scored[col] if c[1] != target]


def _target(n: int, part: str, names: Mapping[str, Any]) -> str | None:
    """The column of the ``n``th address's ``part``: a record's ``address1_city``; a quote's,
    an order's or an invoice's (which have no numbered addresses) the bill-to's first, the
    ship-to's second (lexoffice's quotation 'address.street': billto_line1)."""
    for target in (f"address{n}_{part}",
                   ("billto_", "shipto_")[n - 1] + ("telephone" if part == "telephone1"
                                                    else part)):
        if target in names:
            return target
    return None


def _cols(parts: Mapping[str, list[str]]) -> list[str]:
    return [c for cols in parts.values() for c in cols]


def _top(scored: Mapping[str, list[tuple[float, str, str]]], column: str) -> str | None:
    cands = scored.get(column) or []
    return cands[0][1] if cands else None
