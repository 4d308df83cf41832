"""A company's 'Type' that is no relationship: how it does business, not what it is to us.

An account's 'Type' is read as its Relationship Type (customertypecode: Competitor,
Consultant, Customer, Investor, Partner, Press, Prospect, Reseller, Supplier, Vendor,
Other), as Salesforce's and HubSpot's company types are ("Customer - Direct", "PARTNER").
When no value names such a relationship (Baserow's "Product-based" / "Service-based", a
"Public" / "Private" company) the column says what kind of business the company is, which
no account column holds: the map leaves it, and says why, rather than writing a choice the
values never meant. Values that are no words (hashed, as Fivetran's test data: digits and
signs) say nothing either way: the name decides, as before. A company's legal form (DaybydayCRM's
'Company type' ApS; GmbH, Ltd, S.A.) is no relationship either, even where every row has the
same one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

__all__ = ["LEGAL_FORMS", "legal_forms", "no_relationships", "relationships"]

#: Words naming a business relationship beside the choice's own labels (lower case).
_RELATION_WORDS = frozenset({"client", "customer", "customers", "distributor", "lead",
                             "partner", "partners", "prospect", "reseller", "supplier",
                             "vendor", "competitor", "consultant", "investor", "press",
                             "influencer", "analyst", "integrator", "other", "channel",
                             "affiliate"})


#: A company's legal form, as written after its name (lower case, letters only: 'A/S' -> 'as',
#: 'S.à r.l.' -> 'sarl', 'sp. z o.o.' -> 'spzoo'): Danish, German, English, French, Spanish,
#: Italian, Dutch, Nordic, Polish, Czech, Hungarian forms.
LEGAL_FORMS = frozenset({
    "aps", "as", "gmbh", "ag", "kg", "ohg", "ug", "gbr", "ev", "ltd", "limited", "plc",
    "llc", "llp", "lp", "inc", "corp", "co", "pty", "ptyltd", "sa", "sas", "sasu", "sarl",
    "eurl", "snc", "sl", "slu", "srl", "spa", "sapa", "bv", "nv", "vof", "cv",
    "ab", "oy", "oyj", "asa", "ans", "spzoo", "sro", "kft", "zrt", "nyrt", "bt", "doo",
    "ou", "uab", "sia", "ehf", "lda", "ltda", "eireli"})


def legal_forms(values: tuple[str, ...]) -> bool:
    """Whether every value of a column is a company's legal form ('ApS', 'GmbH', 'Ltd.',
    'S.A.'): how the company is incorporated, no relationship to the business."""
    vals = {"".join(ch for ch in unicodedata.normalize("NFKD", v.lower()) if ch.isascii()
                    and ch.isalpha()) for v in values if v and v.strip()}
    return bool(vals) and vals <= LEGAL_FORMS


#: A value written in words: letters, spaces and the signs between words, no digit.
_WORDY = re.compile(r"^[^\W\d_][^\d=+]*$")


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z]+", text.lower()) if w}


def no_relationships(values: tuple[str, ...], names: Mapping[str, Any]) -> bool:
    """Whether a column read as the relationship type holds two values or more (or one
    phrase), none naming a relationship (a word of the choice's labels, or of
    :data:`_RELATION_WORDS`)."""
    vals = [v.strip() for v in values if v and v.strip()]
    if "customertypecode" in names and legal_forms(values):
        return True   # 'ApS' on every row: the company's legal form
    # one value is enough when it is a phrase (four words or more: "open source data
    # portability platform"), never a choice's label
    if (len(vals) < 2 and not any(len(_words(v)) >= 4 for v in vals)) \
            or "customertypecode" not in names or not all(_WORDY.match(v) for v in vals):
        return False
    known = set(_RELATION_WORDS)
    for label in names["customertypecode"].options:
        known |= _words(label)
    return not any(_words(v) & known for v in vals)


def relationships(values: tuple[str, ...], names: Mapping[str, Any], least: int = 3) -> bool:
    """Whether a column's values are business relationships: three distinct values or more,
    all words, each naming one (Fat Free CRM's account 'Category' of affiliate, competitor,
    customer, partner, reseller, vendor: what the company is to us, the Relationship Type,
    not the Category's Preferred Customer / Standard); ``least`` distinct values."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    if len(vals) < least or "customertypecode" not in names \
            or not all(_WORDY.match(v) for v in vals):
        return False
    known = set(_RELATION_WORDS)
    for label in names["customertypecode"].options:
        known |= _words(label)
    return all(_words(v) <= known for v in vals)
