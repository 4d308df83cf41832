"""Why a row a required link leaves without its record is held back, in words that say
what to fix.

A case's customer, a note's parent: a row whose value names no record of the export is held
back. Most such values name nobody the export holds ('p404'), and the reason says so. A
value listing several people's names ('Ava-Mai Espinosa, Mali Bob': a no-code database's
link to several rows, written as their names joined by commas) is no one record either,
but "is not a contact of the export" would send the analyst looking for a missing person;
the reason says it lists several, and that the link holds one.
"""

from __future__ import annotations

import polars as pl

from d365migrate.words import a_or_an

__all__ = ["SEVERAL_NAMES", "missing_reason"]

#: Two or more names of two words or more, joined by commas or semicolons ('Smith, John',
#: one person written family name first, is no list).
SEVERAL_NAMES = r"^\s*[^,;\s]+(\s+[^,;\s]+)+(\s*[,;]\s*[^,;\s]+(\s+[^,;\s]+)+)+\s*$"


def missing_reason(column: str, tables: str, value: pl.Expr) -> pl.Expr:
    """The reason a row with no ``column`` record (of ``tables``) is held back, from its
    value (null shown as '(empty)')."""
    shown = value.fill_null("(empty)")
    one = pl.format(f"no {column}: '{{}}' is not {a_or_an(tables)} of the export", shown)
    several = pl.format(f"no {column}: '{{}}' lists several names, and {column} holds one "
                        f"{tables}: none was chosen", shown)
    return pl.when(value.fill_null("").str.contains(SEVERAL_NAMES)).then(several) \
        .otherwise(one)
