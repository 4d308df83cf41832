"""Files of the business's suppliers and its purchases: who it buys from and what it orders
from them. An accounting or ERP export (QuickBooks, NetSuite, Xero) holds them beside the
customers, with the same columns (names, emails, addresses, totals), but they are no
customers, contacts or sales orders of a CRM: discovery shows them as unsure, never as data
to load."""

from __future__ import annotations

from d365migrate.intake.kinds import name_words

__all__ = ["SUPPLIER_WORDS", "supplier_file"]

#: Words naming a supplier, in the common European languages (normalised, singular).
SUPPLIER_WORDS = frozenset({"vendor", "supplier", "lieferant", "fournisseur", "proveedor",
                            "fornitore", "leverancier"})
#: Words naming what a purchase order is (its lines too).
_ORDER_WORDS = frozenset({"order", "orderline", "line", "item", "detail"})


def supplier_file(source: str) -> str | None:
    """Why a file holds suppliers or purchases from them ('vendor_data', 'netsuite2_vendor',
    'purchase_order_line'), or None. 'vendor_credit' and 'purchase' alone are no concern of
    this: they name no kind discovery could mistake."""
    words = name_words(source)
    supplier = next((w for w in words if w in SUPPLIER_WORDS), None)
    if supplier:
        return (f"its name says suppliers ('{supplier}'): who the business buys from, not "
                "its customers or their people")
    if "purchaseorder" in words or ("purchase" in words and any(
            w in _ORDER_WORDS for w in words[words.index("purchase") + 1:])):
        return ("its name says purchase orders: what the business orders from its "
                "suppliers, not sales orders")
    return None
