"""Columns of a record's file that are another thing's fields, whatever their words say.

An address that gets copies of mail (Pipedrive's mail drop 'cc_email', a send's
'bcc_email') is mail routing, not the record's own e-mail. A JSON path into a document's
list of lines (RetailCRM's order 'items.status', 'items.discountTotal', 'items.offer.id';
'lines.', 'lineItems.', 'positions.') is a line's field: its status, discount and product
are the line's, which a file of lines carries, never the order's own. A JSON object of
consents ('rgpd_consent.phone': may we call) holds yes or no per channel, no number.
"""

from __future__ import annotations

import re

from d365migrate.intake.kinds import name_word_split

__all__ = ["other_field"]

#: A document's list of lines as the first segment of a JSON path (normalised).
_LINE_LISTS = frozenset({"items", "lines", "lineitems", "positions", "orderitems",
                         "orderlines", "products", "entries"})
#: Tables of lines: their own fields may be written so.
_LINE_TABLES = frozenset({"salesorderdetail", "quotedetail", "invoicedetail",
                          "opportunityproduct"})
#: Words of a JSON object of consents, one yes or no per channel (Sellsy's
#: 'rgpd_consent.phone', 'rgpd_consent.sms'; GDPR is RGPD in French).
_CONSENTS = frozenset({"consent", "consents", "rgpd", "gdpr", "optin", "optins"})
_PATH = re.compile(r"^([A-Za-z_]\w*)(\[\d+\])?\.[A-Za-z_]")


def other_field(column: str, table: str) -> str | None:
    """Why ``column`` of a ``table`` file is no field of the record's own, None when it is."""
    if {"cc", "bcc"} & set(name_word_split(column)):
        return "an address that receives copies of mail, not the record's email"
    m = _PATH.match(column)
    if m and table not in _LINE_TABLES and m.group(1).lower().replace("_", "") in _LINE_LISTS:
        return f"a field of the record's lines ('{m.group(1)}'), not of the record itself"
    if m and set(name_word_split(m.group(1))) & _CONSENTS:
        return (f"a consent for a channel ('{m.group(1)}'), yes or no, not the channel's "
                "address or number")
    return None
