"""Links held in an association table (HubSpot's ``deal_contact_data``: deal_id, contact_id).

A lookup with ``through: {source, from, to, order_by, prefer}`` takes its value from the
association file, not from a column of the record's own file: the row whose ``from`` names
the record gives, in ``to``, the id of the record to link to. Where several rows name one
record, the rule is: the one ``prefer`` (a true/false column: IsPrimary) marks true (where the
file marks any row, a record none of whose rows is marked links to none), then the latest by
``order_by`` (a date column) when the map names one, else the first in file order; the
others are counted as not used. Every row of the association file is
accounted (used, or not used with the reason); the file itself is never loaded as records.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.primary_flags import flag_is_true
from d365migrate.intake.values import datetime_expr
from d365migrate.mapping.link_decisions import rule_of
from d365migrate.staging import rules

#: Staged column holding the association's value for a record: the loader and validation
#: skip it (it starts with the ``__via__`` prefix), link outcomes read it as the raw value.
THROUGH_PREFIX = "__via__through__"


def through_values(record_ids: pl.Series, through: dict[str, Any],
                   tables: dict[str, pl.DataFrame], unit: str
                   ) -> tuple[pl.Series, dict[str, Any]]:
    """Per record (``record_ids``: the staged source ids), the linked id the association
    gives (null where none), and the accounting of the association's rows:
    ``{"source", "rows", "used", "not_used": {reason: rows}}``."""
    source = through["source"]
    if source not in tables:
        raise KeyError(f"map for {unit}: association file '{source}' is not in the export")
    assoc = tables[source]
    for column in (through["from"], through["to"], through.get("order_by"),
                   through.get("prefer")):
        if column and column not in assoc.columns:
            raise KeyError(f"map for {unit}: association file '{source}' has no column "
                           f"'{column}'")
    order, prefer = through.get("order_by"), through.get("prefer")
    rows = assoc.with_row_index("__arow").select(
        "__arow", (flag_is_true(prefer) if prefer else pl.lit(False)).alias("__prefer"),
        rules.source_id(pl.col(through["from"])).alias("__from"),
        rules.source_id(pl.col(through["to"])).alias("__to"),
        (datetime_expr(rules.source_id(pl.col(order))).cast(pl.Datetime("us")) if order
         else pl.lit(None, pl.Datetime("us"))).alias("__when"))
    not_used: dict[str, int] = {}
    blank = rows.filter(pl.col("__from").is_null() | pl.col("__to").is_null())
    if blank.height:
        not_used[f"no {through['from']} or no {through['to']} in the row"] = blank.height
    rows = rows.filter(pl.col("__from").is_not_null() & pl.col("__to").is_not_null())
    mine = rows["__from"].is_in(record_ids.drop_nulls().implode())
    if (n := int((~mine).sum())):
        not_used[f"its {through['from']} names no {unit} record of this run"] = n
    rows = rows.filter(mine)
    if prefer and bool(rows["__prefer"].any()):
        # the file marks its primary rows: a record none of whose rows is marked has none
        marked = rows.filter(pl.col("__prefer"))["__from"].unique().implode()
        if (n := int((~rows["__from"].is_in(marked)).sum())):
            not_used[f"no row for its {unit} is marked {prefer}"] = n
        rows = rows.filter(pl.col("__from").is_in(marked))
    rows = rows.sort(["__prefer", "__when", "__arow"], descending=[True, True, False],
                     nulls_last=True)
    chosen = rows.unique("__from", keep="first", maintain_order=True)
    if (n := rows.height - chosen.height):
        not_used[f"another row for the same {unit} was used ({rule_of(through)})"] = n
    values = pl.DataFrame({"__from": record_ids}).join(
        chosen.select("__from", "__to"), on="__from", how="left", nulls_equal=False)["__to"]
    stats = {"source": source, "rows": assoc.height, "used": chosen.height,
             "not_used": not_used}
    return values.rename(""), stats
