"""'NaN' in a column says nothing about what the column's other values are.

JavaScript's ``Number()`` gives NaN for text it cannot read as a number, and tools that
export through it write the word (Focalboard's CSV export writes a goal's target stored as
"$800,000" as ``NaN``); pandas writes ``NaN`` for a missing number. Among numbers such
values made the column text, and a goal's target or actual, typed as text, lost its money
column. Typing the column by its other values keeps the numbers' reading; staging still
meets each NaN and reports it as a value that is no number (nothing is loaded for it).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["NOT_A_NUMBER", "without_nan"]

#: How "not a number" is written.
NOT_A_NUMBER = frozenset({"NaN", "nan", "NAN"})


def without_nan(values: Iterable[str]) -> list[str]:
    """The values that are not 'NaN' (all of them when every one is)."""
    vals = list(values)
    kept = [v for v in vals if v.strip() not in NOT_A_NUMBER]
    return kept or vals
