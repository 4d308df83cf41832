"""Every CSV and XLSX a run writes, written so that opening it cannot attack the reader.

Values come from the customer's export and from the destination's error messages, and
the files (``quarantine/``, ``skipped/``, ``failed/``, ``close_failed/``, ``owner_queue.csv``,
``preflight.csv``, the custom-field manifest) are opened by people in Excel. A cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel and
LibreOffice (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``: "CSV injection"), so, following
OWASP's rule, such a text cell is written with a leading apostrophe (``'=HYPERLINK(...)``),
which spreadsheets show as text. A plain number (``-12.5``, ``+3``, ``1e-3``) is not a
formula and is written as it is.

**Getting the original value back**: strip one leading apostrophe from a cell that starts
with one or more apostrophes followed by ``= + - @``, tab or carriage return
(:func:`restore`, :func:`read_csv`). A value that itself starts with an apostrophe before
such a character gets one more apostrophe, so the rule is exact both ways.

In XLSX files every text cell is written as a string (``data_type 's'``), never a formula,
with the same apostrophe rule; a text longer than Excel's 32,767 characters per cell is cut
with a note (the CSV beside it keeps the whole value), and control characters XML cannot
hold are replaced with U+FFFD.

Use :func:`write_csv` and :func:`write_xlsx` for every tabular output; nothing else in the
package writes CSV or XLSX.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polars as pl

__all__ = ["FORMULA_START", "neutralise", "neutralise_frame", "read_csv", "restore",
           "write_csv", "write_xlsx"]

#: Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_START = "=+-@\t\r"
_NEEDS = r"^'*[=+\-@\t\r]"
_NUMBER = r"^[+-]?(\d+([., ]\d+)*[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?$"
_RESTORE = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS_RE = re.compile(_NEEDS)
_NUMBER_RE = re.compile(_NUMBER)
XLSX_MAX_CELL = 32_767


def neutralise(value: Any) -> Any:
    """One value as it is written: a formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and _NEEDS_RE.match(value) and not _NUMBER_RE.match(value):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """The original of a value written by :func:`neutralise`."""
    if isinstance(value, str) and _RESTORE.match(value):
        return value[1:]
    return value


def neutralise_frame(df: pl.DataFrame) -> pl.DataFrame:
    """Every text column (and every column name) neutralised."""
    text = [c for c, t in df.schema.items() if t in (pl.String, pl.Categorical, pl.Enum)]
    if text:
        df = df.with_columns(
            pl.when(pl.col(c).cast(pl.String).str.contains(_NEEDS)
                    & ~pl.col(c).cast(pl.String).str.contains(_NUMBER))
            .then(pl.lit("'") + pl.col(c).cast(pl.String))
            .otherwise(pl.col(c).cast(pl.String)).alias(c)
            for c in text)
    renames = {c: neutralise(c) for c in df.columns if neutralise(c) != c}
    return df.rename(renames) if renames else df


def write_csv(df: pl.DataFrame, path: str | Path, **kwargs: Any) -> Path:
    """``df.write_csv(path)`` with every formula-like text cell neutralised."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    neutralise_frame(df).write_csv(path, **kwargs)
    return path


def read_csv(path: str | Path, **kwargs: Any) -> pl.DataFrame:
    """A CSV written by :func:`write_csv`, text read back to the original values."""
    df = pl.read_csv(path, **kwargs)
    text = [c for c, t in df.schema.items() if t == pl.String]
    df = df.with_columns(
        pl.when(pl.col(c).str.contains(_RESTORE.pattern)).then(pl.col(c).str.slice(1))
        .otherwise(pl.col(c)).alias(c) for c in text)
    return df.rename({c: restore(c) for c in df.columns if restore(c) != c})


def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", neutralise(value))
    if len(value) > XLSX_MAX_CELL:
        note = f" [cut: {len(value):,} characters; the CSV holds the whole value]"
        value = value[: XLSX_MAX_CELL - len(note)] + note
    return value


def write_xlsx(df: pl.DataFrame, path: str | Path, *, sheet: str = "Sheet1",
               bold_header: bool = True, freeze: str | None = "A2") -> Path:
    """One sheet: a header row and ``df``'s rows; text cells are strings, never formulas."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate([tuple(df.columns), *df.iter_rows()], start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = _xlsx_text(value)
                cell.data_type = "s"
            elif isinstance(value, (int, float, bool)):
                cell.value = value
            else:  # dates, lists, anything else: its text
                cell.value = _xlsx_text(str(value))
                cell.data_type = "s"
            if r == 1 and bold_header:
                cell.font = Font(bold=True)
    if freeze:
        ws.freeze_panes = freeze
    wb.save(path)
    return path
