"""A currency column of numbers: ids of the source's own currency list, no currency code.

Dataverse finds a record's currency among the org's currencies by its ISO code ('EUR'); a
source that writes its currency as a row id of its own list (SuiteCRM's '-99', its base
currency) names nothing the org can find, and an export without that list gives no way to
read it. Mapped, every row's currency would go unresolved; left unmapped, each record takes
the org's base currency, which is what the source's own default meant. A column the export
links to a file of its own (a currencies file) keeps its claim.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

__all__ = ["CURRENCY_ID_REASON", "yield_currency_ids"]

CURRENCY_ID_REASON = ("its values are numbers ({values}), ids of the source's own currency "
                      "list, not currency codes (EUR, USD) the org's currencies are found by: "
                      "each record takes the org's base currency")
_TARGET = "transactioncurrencyid"


def yield_currency_ids(rows: pl.DataFrame, rel: Mapping[str, str],
                       scored: dict[str, list[tuple[float, str, str]]],
                       unmapped: dict[str, str]) -> None:
    """Drop the currency claim of each column whose values are all whole numbers and which
    the export links to no file of its own (module docstring)."""
    for col, cands in scored.items():
        if not cands or cands[0][1] != _TARGET or rel.get(col) or col not in rows.columns:
            continue
        values = rows[col].drop_nulls().cast(pl.Utf8).str.strip_chars()
        values = values.filter(values != "")
        if not values.len() or not values.str.contains(r"^[+-]?\d+$").all():
            continue
        scored[col] = [c for c in cands if c[1] != _TARGET]
        if not scored[col]:
            shown = ", ".join(values.unique(maintain_order=True).head(3).to_list())
            unmapped[col] = CURRENCY_ID_REASON.format(values=shown)
