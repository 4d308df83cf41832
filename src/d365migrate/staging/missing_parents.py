"""Why a row a required link leaves without its record is held back, in words that say
what to fix.

A case's customer, a note's parent: a row whose value names no record of the export is held
back. Most such values name nobody the export holds ('p404'), and the reason says so. A
value listing several people's names ('Ava-Mai Espinosa, Mali Bob': a no-code database's
link to several rows, written as their names joined by commas) is no one record either,
but "is not a contact of the export" would send the analyst looking for a missing person;
the reason says it lists several, and that the link holds one. A value that names several
records of the export by name ('Acme', two accounts) says that too: it is no missing record.
"""

from __future__ import annotations

import polars as pl

from d365migrate.words import a_or_an

__all__ = ["SEVERAL_NAMES", "missing_reason"]

#: Two or more names of two words or more, joined by commas or semicolons ('Smith, John',
#: one person written family name first, is no list).
SEVERAL_NAMES = r"^\s*[^,;\s]+(\s+[^,;\s]+)+(\s*[,;]\s*[^,;\s]+(\s+[^,;\s]+)+)+\s*$"


def missing_reason(column: str, tables: str, value: pl.Expr,
                   shared: pl.Expr | None = None) -> pl.Expr:
    """The reason a row with no ``column`` record (of ``tables``) is held back, from its
    value (an empty cell names no record: said so, not as a missing one); ``shared``: where
    its value names several records ("2 account records of the export share this name",
    ``staging.lookups.shared_names``)."""
    shown = value.fill_null("")
    one = pl.format(f"no {column}: '{{}}' is not {a_or_an(tables)} of the export", shown)
    several = pl.format(f"no {column}: '{{}}' lists several names, and {column} holds one "
                        f"{tables}: none was chosen", shown)
    empty = pl.lit(f"no {column}: the export names no {tables} for it (the cell is empty)")
    reason = pl.when(value.is_null()).then(empty) \
        .when(value.fill_null("").str.contains(SEVERAL_NAMES)).then(several).otherwise(one)
    if shared is None:
        return reason
    alike = pl.format(f"no {column}: '{{}}': {{}}, so none was chosen", shown, shared)
    return pl.when(shared.is_not_null()).then(alike).otherwise(reason)
