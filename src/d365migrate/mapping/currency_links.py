"""A record's currency, found among the org's own currencies by the code each row names.

Dynamics 365 keeps a record's currency as a link to one of the org's currencies
(``transactioncurrencyid``); an export carries none of those records, only a code a row
('EUR', 'usd'). The link is bound to the org's records row by row, by their ISO code
(``existing: {table: transactioncurrency, by: isocurrencycode}``): the load finds each
code's currency, and the preflight stops the load, naming the codes, where the org lacks one
(an administrator adds it with its exchange rate: the tool never invents a rate). A column
whose values are no ISO codes (a currency's name, the source's own currency ids) stays an
unresolved link with its reason, counted on each record that names one and repeated in the
sponsor report: each of those records takes the org's base currency, its amounts as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.currency_codes import CURRENCY_LEFT, ISO_4217

__all__ = ["BY_CODE", "CURRENCY", "CURRENCY_TABLE", "currency_link"]

CURRENCY = "transactioncurrencyid"
CURRENCY_TABLE = "transactioncurrency"
BY_CODE = "isocurrencycode"


def currency_link(values: pl.Series, table_def: Mapping[str, Any]
                  ) -> tuple[dict[str, Any] | None, str]:
    """The currency lookup of a column of ISO codes, or None and why not."""
    seen = sorted({v.strip() for v in values.cast(pl.Utf8).drop_nulls().to_list()
                   if v.strip()})
    if not seen:
        return None, "the column is empty in this export"
    if not {v.upper() for v in seen} <= ISO_4217:
        shown = ", ".join(seen[:5]) + (", ..." if len(seen) > 5 else "")
        return None, (f"{CURRENCY_LEFT} ({shown}), in words the org's currencies are not "
                      "found by (an ISO code such as EUR): each record takes the org's base "
                      "currency, and its amounts move as the export writes them, not "
                      "converted")
    nav = tables.navigation(table_def, CURRENCY, CURRENCY_TABLE)
    if nav is None:
        return None, f"{CURRENCY} has no navigation property to {CURRENCY_TABLE}"
    return {"target": CURRENCY, "navigation": nav, "table": CURRENCY_TABLE,
            "source": values.name, "references": f"(org).{CURRENCY_TABLE}.{BY_CODE}",
            "fallbacks": [], "existing": {"table": CURRENCY_TABLE, "by": BY_CODE}}, ""
