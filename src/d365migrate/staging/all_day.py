"""All-day rows with no end, ended a day after their start as the map says.

The map marks an end column ``all_day_end`` (mapping/all_day_ends.py); here, on the staged
columns, each row flagged all-day whose end is empty gets its start plus one day, and a line
saying so (``flags/<object>.csv``), so that the report counts the records that moved with an
end the export did not give.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.mapping.all_day_ends import ALL_DAY_END, END, FLAG, START
from d365migrate.staging.rules import FLAG_COLUMNS

__all__ = ["ENDED_ACTION", "all_day_ends"]

SOURCE_ID, SOURCE_ROW = "__source_id", "__source_row"
STAMP = "%Y-%m-%dT%H:%M:%SZ"
#: The action of the lines of rows ended so (the report's values set on the way).
ENDED_ACTION = "ended a day after its start"


def all_day_ends(staged: pl.DataFrame, tmap: dict[str, Any], file: str = ""
                 ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(``staged`` with the all-day rows' missing ends filled, a line for each)."""
    flags = pl.DataFrame(schema=FLAG_COLUMNS)
    marked = any(c.get("target") == END and c.get(ALL_DAY_END) for c in tmap.get("columns") or [])
    if not marked or not {START, END, FLAG} <= set(staged.columns):
        return staged, flags
    start = pl.col(START).cast(pl.Utf8).str.to_datetime(STAMP, strict=False)
    day_after = (start + pl.duration(days=1)).dt.strftime(STAMP)
    fill = pl.col(END).is_null() & pl.col(FLAG).cast(pl.Boolean, strict=False).fill_null(False) \
        & start.is_not_null()
    label = next((c.get("source") for c in tmap["columns"] if c.get("target") == END), END)
    flags = staged.filter(fill).select(
        pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
        pl.col(SOURCE_ID).alias("source_id"), pl.lit(label).alias("column"),
        pl.lit(None, pl.Utf8).alias("value"),
        pl.lit("an all-day entry with no end; Dynamics 365 requires a meeting's end")
        .alias("reason"), pl.lit(ENDED_ACTION).alias("action")).cast(FLAG_COLUMNS)
    return staged.with_columns(pl.when(fill).then(day_after).otherwise(pl.col(END))
                               .cast(staged.schema[END]).alias(END)), flags
