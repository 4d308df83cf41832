"""A workbook's one sheet named in the user's language, its file named by the program.

EspoCRM writes 'Export_Lead.xlsx' whatever the user's language, and names its one sheet in
that language ('Potencialūs klientai', 'Izvori'). Where the sheet's name says no object kind
discovery knows and the file's name does, the file's name says what the sheet holds, as a
CSV's does. The sheet keeps its own name as the source; only the kind is read from the file.
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath

from d365migrate.intake.kinds import name_kind
from d365migrate.intake.neutral_names import neutral_name
from d365migrate.intake.read import Export

__all__ = ["kind_names"]


def _workbook(label: str, sheet: str | None) -> str:
    """The workbook's path in a sheet's label ('Export_Lead.xlsx#Potencialūs klientai')."""
    tail = f"#{sheet}"
    return label[:-len(tail)] if sheet and label.endswith(tail) else label


def kind_names(export: Export) -> dict[str, str]:
    """Source -> the name its kind is read from, for the sheets named by their workbook."""
    books = {s: _workbook(g.file, g.sheet) for s, g in export.guesses.items()
             if g.format == "xlsx"}
    sheets = Counter(books.values())
    out: dict[str, str] = {}
    for source, book in books.items():
        if sheets[book] != 1 or source not in export.tables:
            continue
        stem = PurePosixPath(book).stem
        if stem == source or neutral_name(stem):
            continue
        if name_kind(source)[0] is None and name_kind(stem)[0] is not None:
            out[source] = stem
    return out
