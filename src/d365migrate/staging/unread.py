"""Rows of the export the reader could not read, counted as skipped with their line.

The reader keeps reading past a row it cannot read (binary or control characters, a field
over the size limit) and records the row's first line (``IntakeGuess.unread_lines``, each
file's own in ``parts``). Without this, such a row would be in no count: not loaded, not
quarantined, not failed, not skipped. Staging adds one skipped row for each, so an object's
source rows are the rows of its file, and the report says why they did not move.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.guess import IntakeGuess

#: the start of the reason; report/plain.py words it for the sponsor
UNREAD_REASON = "could not be read"
#: why a line could not be read, as the reason and the inventory say it
UNREAD_WHY = "(binary or control characters, or a field over the size limit)"


def unread_rows(guess: IntakeGuess | None, file: str, routed: bool,
                columns: dict[str, Any]) -> pl.DataFrame:
    """One skipped row per unread line of the unit's source file(s), as ``columns`` (the
    issue files' schema). A routed source (rows split over several objects by a column) has
    none: a row not read cannot say which object it was, and the profile lists its line."""
    found: list[tuple[str, int]] = []
    if guess is not None and not routed:
        if guess.parts:  # a table of several files: each file's own lines
            found = [(p["file"], int(n)) for p in guess.parts
                     for n in p.get("unread_lines") or []]
        else:
            found = [(file, int(n)) for n in guess.unread_lines]
    return pl.DataFrame(
        [{"file": f, "row": None, "source_id": None, "column": None, "value": None,
          "reason": f"line {n} {UNREAD_REASON} {UNREAD_WHY}: fix the file and run again"}
         for f, n in found], schema=columns)
