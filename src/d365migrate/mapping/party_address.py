"""The billing and shipping addresses a record names, part by part: on an order, a quote or an
invoice they are the bill-to and ship-to address (``billto_city``, ``shipto_line1``); on an
account or a contact the first and second address (``address1_city``, ``address2_line1``).
A record's primary (mailing) and alternate (other, secondary) address, SugarCRM's
``primary_address_city`` and ``alt_address_street``, are its first and second.

Stores and billing systems name them by side, then the part: Shopify's
``billing_address_city``, ``shipping_address_address_1``, Salesforce's ``BillingStreet``,
Dynamics' own ``BillTo_City``. The vocabulary's word rewrites (``billing`` -> address1) read
the two-word names; a name with the word 'address' between side and part, and the bill-to
columns of orders and quotes, need the part read on its own.
"""

from __future__ import annotations

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.vocabulary import source_words

__all__ = ["SALES", "party_address_targets"]

#: The words that open a name with the side of the address it holds.
_SIDES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("billing", "address"), "bill"), (("billing",), "bill"), (("bill", "to"), "bill"),
    (("billto",), "bill"), (("shipping", "address"), "ship"), (("shipping",), "ship"),
    (("ship", "to"), "ship"), (("shipto",), "ship"),
    # Northwind's ShipName, ShipAddress, ShipCountry: the ship-to party, address and parts
    (("ship",), "ship"),
    # Thelia's order export: 'invoice_zip_code', 'delivery_city' (the invoice address and
    # the delivery address: who pays and where it goes)
    (("invoice", "address"), "bill"), (("invoice",), "bill"),
    (("delivery", "address"), "ship"), (("delivery",), "ship"),
    # a record's own addresses (SugarCRM's primary_address_city, alt_address_street): its
    # first and second address, never a sale's bill-to or ship-to
    (("primary", "address"), "first"), (("mailing", "address"), "first"),
    # vtiger's and coreBOS's contact 'Mailing City', 'Mailing Po Box': the first address
    (("mailing",), "first"),
    (("alt", "address"), "second"), (("alternate", "address"), "second"),
    (("other", "address"), "second"), (("secondary", "address"), "second"),
    # a record's second address as Sales names its columns ('Address 2: City', and the
    # folded address rows of intake.value_rows: 'Address 2: street_address (Address)')
    (("address", "2"), "second"), (("address2",), "second"),
    # a record's bare 'address' before a part ('address_city', Dutch 'adres_stad'): its
    # first address (after the sides above, which open with other words or 'address 2')
    (("address",), "first"))

#: A party's word between the side and the part ('billingPerson.name', 'shippingPerson.phone').
#: ('Billing Contact Name' is a contact person's name, no addressee's: not among them)
_PARTY_WORDS = frozenset({"person", "party", "recipient"})
#: Parts a name may follow ('countryName', 'stateOrProvinceName', 'cityName').
_NAMED_PARTS = frozenset({"country", "stateorprovince", "city", "county"})

#: Sides named by what a sale does with the address (who is invoiced, where it is
#: delivered): a sale's bill-to and ship-to only.
_SALE_ONLY = frozenset({"invoice", "delivery"})

#: The part of an address the rest of the name says -> the column suffix Dataverse gives it.
#: Codes of a part (``province_code``, ``country_code``) are left out: the code beside the
#: name of a province is the same place again, and Dataverse keeps one.
_PARTS = {
    ("address", "1"): "line1", ("address1",): "line1", ("line", "1"): "line1",
    ("line1",): "line1", ("street",): "line1", ("street", "1"): "line1",
    ("address", "line", "1"): "line1", ("street", "address"): "line1",
    ("street", "address", "1"): "line1", ("street", "address", "2"): "line2",   # Keap's
    # Mollie's 'Billing street and number', 'Billing street additional'
    ("street", "and", "number"): "line1", ("street", "additional"): "line2",
    # a street's name without its number (CiviCRM's street_name): the street line when no
    # street_address says it whole (that one's name says it more closely, and wins)
    ("street", "name"): "line1", ("address", "2"): "line2", ("address2",): "line2",
    ("line", "2"): "line2", ("line2",): "line2", ("street", "2"): "line2",
    ("address", "line", "2"): "line2", ("address", "3"): "line3", ("line", "3"): "line3",
    ("line3",): "line3", ("city",): "city", ("town",): "city", ("locality",): "city",
    ("country",): "country", ("province",): "stateorprovince",
    ("state",): "stateorprovince", ("region",): "stateorprovince",
    ("subdivision",): "stateorprovince",   # ISO 3166-2's: Wix's 'address.subdivision' (US-NY)
    ("state", "or", "province"): "stateorprovince", ("zip",): "postalcode",
    # nopCommerce's 'BillingStateProvince', 'ShippingZipPostalCode' (round W, keys343)
    ("state", "province"): "stateorprovince", ("zip", "postal", "code"): "postalcode",
    ("zip", "code"): "postalcode", ("zipcode",): "postalcode", ("postal", "code"): "postalcode",
    ("postcode",): "postalcode", ("postalcode",): "postalcode", ("post", "code"): "postalcode",
    ("phone",): "telephone",
    # a side's bare 'code' is its postal code (Zoho's Billing_Code, Shipping_Code)
    ("code",): "postalcode",
    ("telephone",): "telephone", ("name",): "name", ("fax",): "fax", ("county",): "county",
    ("latitude",): "latitude", ("longitude",): "longitude",
    # a side's post-office box ('Billing Po Box', 'Mailing P.O. Box'): on a record's own
    # address its box (a sale's bill-to has none, and a target the table lacks is not offered)
    ("po", "box"): "postofficebox", ("p", "o", "box"): "postofficebox",
    ("pobox",): "postofficebox", ("post", "office", "box"): "postofficebox",
    # a side's bare 'address' (ShipAddress: '59 rue de l'Abbaye') is its street line; a
    # 'billing_address' alone opens with its side and says no part
    ("address",): "line1"}

#: A party's address on a sale (order, quote, invoice) and a record's own address.
_COLUMNS = {"bill": ("billto_", "address1_"), "ship": ("shipto_", "address2_"),
            "first": ("", "address1_"), "second": ("", "address2_")}


def _targets(side: str, part: str) -> list[str]:
    sale, own = _COLUMNS[side]
    mine = own + ("telephone1" if part == "telephone" else part)
    return [sale + part, mine] if sale else [mine]


def party_address_targets(p: Profile, table: str = "") -> dict[str, tuple[float, str]]:
    """The bill-to/ship-to and first/second address columns a column's name says, each with
    a score just below the vocabulary's own (a target the table lacks is never offered); on
    a sale (``table``) a bare part too."""
    out: dict[str, tuple[float, str]] = {}
    readings = [(tuple(v.words), v.factor, v.phrase) for v in p.variants]
    raw = tuple(source_words(p.name)[0])
    if len(raw) > 2 and raw[-1] == "name" and all(r[0] != raw for r in readings):
        # 'billingPerson.name', read as a link to a 'billing person' by its name: the
        # side's addressee, as the header says it whole
        readings.append((raw, 1.0, "_".join(raw)))
    for words, factor, phrase in readings:
        for opening, side in _SIDES:
            if words[:len(opening)] != opening:
                continue
            if opening[0] in _SALE_ONLY and table not in (*SALES, "quote"):
                continue   # a person's 'Invoice address country' (pretix's attendee beside
                # their own 'Country'): no side of the person's own addresses
            rest = words[len(opening):]
            if len(rest) > 1 and rest[0] in _PARTY_WORDS:
                rest = rest[1:]   # Ecwid's 'shippingPerson.city': the ship-to party's city
            if len(rest) > 1 and rest[-1] == "name" and _PARTS.get(rest[:-1]) in _NAMED_PARTS:
                rest = rest[:-1]  # 'stateOrProvinceName' beside its code: the place itself
            if len(opening) > 1 and opening[-1] == "address" and len(rest) == 1 \
                    and rest[0].isdigit():
                rest = ("address", *rest)   # 'invoice_address_3': the side's third line
            part = _PARTS.get(rest)
            if part:
                for target in _targets(side, part):
                    if target not in out or out[target][0] < 0.96 * factor:
                        out[target] = (0.96 * factor, phrase)
            break
        else:
            part = _PARTS.get(words) if table in SALES and words not in _NO_BARE_PART else None
            if part == "line1" and (not any(x and x.strip() for x in p.values)
                                    or _all_digits(p.values)):
                # an empty 'Address' says nothing of what it is (InvenTree's sale 'Adresse':
                # an address record, none set); Ekylibre's 'Adresse' of ids is no street. A
                # city or a postal code is one whatever it holds (pretix's orders: none set)
                part = None
            if part and ("billto_" + part not in out or out["billto_" + part][0] < 0.9
                         * factor):
                # an order's bare 'Street', 'City', 'Zip code' (Aimeos' order list: the
                # payment address, round U): the buyer's, its bill-to
                out["billto_" + part] = (0.9 * factor, phrase)
    return out


def _all_digits(values: tuple[str, ...]) -> bool:
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(v.isdigit() for v in vals)


#: The tables whose bare address parts are the buyer's, its bill-to: an order's (Aimeos'
#: order list). Not a quote's: Invoice Ninja's quotes repeat the client's own postal code,
#: which the keys leave unmapped.
SALES = frozenset({"salesorder", "invoice"})
#: Bare words that are no part of a sale's address: its own name, a code, an address whole,
#: its state (an order's or a quote's state is its status: Odoo's draft, sale; Harvest's).
_NO_BARE_PART = frozenset({("name",), ("code",), ("address",), ("latitude",), ("longitude",),
                           ("county",), ("state",)})
