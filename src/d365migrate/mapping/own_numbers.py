"""A column named for the file's own kind of record, holding codes: the record's number.

A time tracker's or an invoicing program's customer list heads the customer number with the
record's own noun: Kimai's customers carry 'Account' (C-63671629), others 'Customer' or
'Kunde'. In a file of accounts such a column names no other record (it would be the parent
account only with a word saying so, 'Parent Account'), and its values, one per record, are
codes with digits, not names: the number the program gave the customer, Dataverse's account
number. The same holds for the other tables with a number of their own (a product's, a
case's, an order's, a quote's). Dataverse's own GUID ids are left to the key finder.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.key_rules import guid_values
from d365migrate.intake.kinds import kind_of_word, name_word_split

__all__ = ["NUMBER_COLUMNS", "own_number_candidates", "own_number_column"]

#: Table -> (the kind of record it holds, its number column).
NUMBER_COLUMNS = {"account": ("account", "accountnumber"),
                  "product": ("product", "productnumber"),
                  "incident": ("ticket", "ticketnumber"),
                  "salesorder": ("order", "ordernumber"),
                  "quote": ("quote", "quotenumber")}
CONFIDENCE = 0.9


def _codes(values: Iterable[object]) -> bool:
    """Every filled value a single token holding a digit (and no GUID)."""
    vals = [str(v).strip() for v in values if v is not None and str(v).strip()]
    return (bool(vals)
            and all(any(ch.isdigit() for ch in v) and not any(ch.isspace() for ch in v)
                    for v in vals)
            and not guid_values(vals))


def own_number_column(table: str | None, column: str, values: Iterable[object],
                      unique: bool = True) -> str | None:
    """The number column of ``table`` that ``column`` fills, when its one word names the
    table's own kind ('Account' in accounts) and its values, one per record (``unique``:
    no two rows alike), are codes; else None."""
    kind, target = NUMBER_COLUMNS.get(table or "", (None, None))
    words = name_word_split(column)
    if kind is None or not unique or len(words) != 1 or kind_of_word(words[0]) != kind:
        return None
    return target if _codes(values) else None


def own_number_candidates(table: str | None, column: str, values: Iterable[object],
                          unique: bool, names: Mapping[str, Any],
                          cands: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """``cands`` with the table's number first when :func:`own_number_column` finds it."""
    target = own_number_column(table, column, values, unique)
    if target is None or target not in names:
        return cands
    return [(CONFIDENCE, target, f"named for the record itself and holding codes "
                                 f"({', '.join(str(v) for v in list(values)[:2])}): the number "
                                 f"the program gave it, {names[target].describe()}"),
            *[c for c in cands if c[1] != target]]
