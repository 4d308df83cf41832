"""The order tables load in: parents before the records that point at them.

Rollback deletes in the reverse order, children before parents.
"""

LOAD_ORDER = ["account", "contact", "lead", "opportunity",
              # the Sales catalogue and documents: a product's unit group and unit, a price
              # list before its items; quotes and orders after their customers, opportunities
              # and products, each before its lines (an order may point at its quote)
              "uomschedule", "uom", "pricelevel", "product", "productpricelevel", "quote",
              "quotedetail", "salesorder", "salesorderdetail",
              # Sales tables no other record of the load points at: a campaign after the
              # price list it may name, a territory (its parent: the same table, second pass)
              "campaign", "territory", "competitor",
              "task", "phonecall", "appointment",
              "email", "note", "activity_note", "attachment", "incident", "case_email"]
#: Units of the Sales catalogue and documents (no SmartDesk export has them).
SALES_UNITS = ("uomschedule", "uom", "pricelevel", "product", "productpricelevel", "quote",
               "quotedetail", "salesorder", "salesorderdetail")
#: Map entries whose name is not their Dataverse table (several entries fill one table).
UNIT_TABLE = {"note": "annotation", "activity_note": "annotation", "attachment": "annotation",
              "case_email": "email"}


def table_of(unit: str) -> str:
    """The Dataverse table a unit of the load fills (``note`` -> ``annotation``)."""
    return UNIT_TABLE.get(unit, unit)


def table_rank(table: str) -> int:
    """Where a table's last unit loads: rollback deletes the highest first (children
    before parents); a table no unit fills ranks first."""
    ranks = [i for i, unit in enumerate(LOAD_ORDER) if table_of(unit) == table]
    return max(ranks) if ranks else -1
