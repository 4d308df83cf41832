"""Files named for things an ERP or accounting system keeps that Dynamics 365 Sales has no
table for, whatever their columns look like.

NetSuite's export (and any ERP's) holds the business's own organisation (subsidiaries,
departments, locations), the suppliers it buys from (vendors) and its projects (jobs) beside
its customers. By their columns alone they look like customers or contacts (a name, an
address, a phone, a person's names for an individual vendor) or like a price list (a job's
start and end dates and currency), and discovery named them so. A file whose name names
one of these, and no object of the CRM, is left unknown, with a line saying why, for the
analyst to set if it is wanted after all.
"""

from __future__ import annotations

from d365migrate.intake.kinds import name_kind, name_words
from d365migrate.intake.supplier_files import SUPPLIER_WORDS

__all__ = ["NOT_SALES_WORDS", "not_sales_word"]

#: Name words (normalised, singular) of records no Sales table holds, and what they are.
NOT_SALES_WORDS = {
    "subsidiary": "the business's own subsidiaries (its legal entities)",
    "department": "the business's own departments",
    "division": "the business's own divisions",
    "businessunit": "the business's own business units",
    "costcenter": "the business's own cost centres",
    "location": "the business's own locations (sites, warehouses)",
    **dict.fromkeys(SUPPLIER_WORDS, "suppliers the business buys from"),
    "job": "projects (jobs) the business works on",
    "project": "projects the business works on",
}


def not_sales_word(source: str) -> tuple[str, str] | None:
    """(word, what it names) when the file's name names one of :data:`NOT_SALES_WORDS` and
    no object kind ('netsuite2_vendor_data', 'Subsidiaries'); None otherwise (a
    'vendor_contacts' file is contacts, named so by its head noun)."""
    if name_kind(source)[0] is not None:
        return None
    for word in reversed(name_words(source)):
        if word in NOT_SALES_WORDS:
            return word, NOT_SALES_WORDS[word]
    return None
