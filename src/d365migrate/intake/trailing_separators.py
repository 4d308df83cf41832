"""A separator at the end of every line: the empty column it makes is no column.

GLPI's list export, many European tools' CSV and hand-made files end each line with the
separator (``"Nom";"ID";...;"Entité";``). Read as written, the file gets one more column
with no name and no value, which discovery would list and the report would count as a
column "not carried over". Where the header's last name is empty and no row has a value
there, the column is not read, and the file's warnings say so once (no cell is lost: there
is none).
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["drop_trailing_separator"]


def drop_trailing_separator(df: pl.DataFrame, header: list[str], label: str,
                            problems: list[Problem], line: int) -> pl.DataFrame:
    """``df`` without the empty, unnamed last column a trailing separator makes; the header's
    warning about the unnamed column is replaced by one saying what was dropped and why."""
    if len(header) < 2 or header[-1].strip() or df.width != len(header) \
            or df[df.columns[-1]].drop_nulls().str.strip_chars().ne("").any():
        return df
    n = len(header)
    unnamed = f"has no name for column {n};"
    problems[:] = [p for p in problems if not (p.file == label and unnamed in p.problem)]
    problems.append(Problem(label, line, f"every line ends with a separator: the empty, "
                            f"unnamed column {n} it makes is not read", "warning"))
    return df.drop(df.columns[-1])
