"""What intake guessed about one table (encoding, dialect, types, formats, ragged rows).

A record of its own because every later stage reads it (staging parses values with it,
the editor shows it, the run folder keeps it) while only the reader writes it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import Any

from d365migrate.intake.values import ValueFormat

__all__ = ["IntakeGuess", "file_names"]


def file_names(source: str, file: str) -> set[str]:
    """Every name the parameters may give a table: its source, its path, the file's name and
    stem; a workbook's sheet ('Travels.xlsx#Sheet1') also by the workbook's own path, name
    and stem ('Travels.xlsx', 'Travels'), as the analyst sees the file."""
    out = {source, file}
    for path in (file, file.split("#", 1)[0]):
        out |= {path, PurePosixPath(path).name, PurePosixPath(path).stem}
    return out


@dataclass
class IntakeGuess:
    """Everything intake guessed about one table, so a human can review and override it."""

    file: str
    source: str
    format: str = "csv"  # csv | xlsx
    sheet: str | None = None
    encoding: str | None = None
    bom: bool = False
    delimiter: str | None = None
    quotechar: str | None = '"'
    skip_rows: int = 0
    rows: int = 0  # data rows (records) in the file itself, read or not
    rows_read: int = 0  # rows intake could read (the table's height)
    unread_lines: list[int] = field(default_factory=list)  # first line of each row not read
    #: [row, line, fields] of each row read with fewer fields than the header, or more with a
    #: value past it (row 1 = the first data row): staging's evidence of shifted values
    ragged_rows: list[list[int]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    column_types: dict[str, str] = field(default_factory=dict)
    date_formats: dict[str, list[str]] = field(default_factory=dict)
    ambiguous_dates: list[str] = field(default_factory=list)
    decimal_separator: str | None = None
    number_formats: dict[str, dict[str, str | None]] = field(default_factory=dict)
    parser: str = "fast"  # fast (polars) | tolerant (line-by-line, file had defects)
    overridden: list[str] = field(default_factory=list)
    #: a table split over several files (intake/parts.py): each file, its rows and the row
    #: of the joined table it starts at (``file``, ``rows``, ``rows_read``, ``first_row``,
    #: ``unread_lines``, ``notes``); empty for a table of one file
    parts: list[dict[str, Any]] = field(default_factory=list)
    #: a file of another file's values read as its columns (intake/value_rows.py): ``into``
    #: (source), ``file``, ``columns``, ``rows_read``, ``not_read`` (reason -> rows)
    folded: dict[str, Any] = field(default_factory=dict)
    #: a table made from a column's distinct values (intake/records_from_values.py):
    #: ``file``, ``column``, ``object``, ``rows`` of the file, ``filled``, ``first_rows``
    derived: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def value_format(self, column: str) -> ValueFormat:
        """How ``column``'s values are written, as guessed (or overridden): what staging and
        profiling parse it with. A number column intake did not type (an integer column,
        say) takes the file's decimal separator."""
        dates = self.date_formats.get(column)
        nf = self.number_formats.get(column)
        return ValueFormat(tuple(dates) if dates else None,
                           nf["decimal"] if nf else self.decimal_separator,
                           nf["thousands"] if nf else None)
