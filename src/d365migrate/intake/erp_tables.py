"""SAP's table names that name an object kind, as an SAP export calls its files.

An SAP system's tables keep their technical names in any export (``KNA1.csv``,
``sap_vbak_data``): names fixed by SAP's data dictionary and the same in every SAP system,
not words of any language. The ones a CRM migration takes name a kind: the customer master
(KNA1, and the business partner BUT000 of S/4HANA) is the customers, the material master
(MARA) the products, the sales document header (VBAK) the orders and its items (VBAP) the
order lines. Written as discovery normalises names (lower-case alphanumerics).

The vendor master (LFA1) is suppliers (:data:`ERP_SUPPLIER_TABLES`), and the other tables
(texts, statuses, company codes, plants, finance) name no kind: they stay unknown.
"""

from __future__ import annotations

__all__ = ["ERP_TABLE_WORDS", "ERP_SUPPLIER_TABLES"]

#: Object kind -> SAP table names (normalised) that hold records of that kind.
ERP_TABLE_WORDS: dict[str, set[str]] = {
    "account": {"kna1", "but000"},
    "product": {"mara"},
    "order": {"vbak"},
    "order_line": {"vbap"},
}

#: SAP's vendor master: the suppliers the business buys from, no customers.
ERP_SUPPLIER_TABLES = frozenset({"lfa1"})
