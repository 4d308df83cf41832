"""How intake read the export's files where it had to decide, for the pages people read.

Intake records each such decision as a problem of the discovery (a repeated header label
dropped where rows were written keyed by name, lines before the header skipped, a malformed
line). The scope document and the sponsor report both list them, one row per file and note
with its lines counted, so nobody signs off a run whose files were read otherwise than they
are written without being told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["READING_NOTES", "reading_notes"]

#: How many kinds of reading note a page lists (the rest counted in one line).
READING_NOTES = 20


def reading_notes(problems: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per file and note (its line number dropped), its lines counted and its first
    line kept; errors first, then by file."""
    notes: dict[tuple[str, str], dict[str, Any]] = {}
    for p in problems:
        text = re.sub(r"^line \d+: ", "", str(p.get("problem", "")))
        key = (str(p.get("file", "")), text)
        note = notes.setdefault(key, {"file": key[0], "note": text,
                                      "severity": p.get("severity", "error"),
                                      "first_line": p.get("line"), "lines": 0})
        note["lines"] += 1
    return sorted(notes.values(), key=lambda n: (n["severity"] != "error", n["file"]))
