"""The map's reading of a file whose headers name their form's section (YetiForce's export).

The suggestion is made with each sectioned header read by its field's label (intake/
section_headers.py: 'Adres korespondencji::Ulica' as 'Ulica_2', the second address's
street), then given back under the columns' own names, each reason naming the label read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.intake.section_headers import section_names

__all__ = ["by_section_labels"]

Suggest = Callable[[pl.DataFrame, pl.DataFrame | None, Mapping[str, str]],
                   tuple[dict[str, list[Any]], dict[str, str]]]


def by_section_labels(df: pl.DataFrame, whole: pl.DataFrame | None, suggest: Suggest
                      ) -> tuple[dict[str, list[Any]], dict[str, str]]:
    """``suggest`` run on the file with its sectioned headers named by their labels (it is
    given the renaming, for the names it was handed: the key, the relationships), its
    answers under the columns' own names."""
    rename = section_names(df.columns)
    if not rename:
        return suggest(df, whole, {})
    out, why = suggest(df.rename(rename), whole.rename(rename, strict=False)
                       if whole is not None else None, rename)
    back = {name: col for col, name in rename.items()}

    def told(col: str, text: str) -> str:
        name = rename.get(col)
        return f"'{col}' read by its label '{name}': {text}" if name else text

    return ({back.get(c, c): [dataclasses.replace(x, reason=told(back.get(c, c), x.reason))
                              for x in cands] for c, cands in out.items()},
            {back.get(c, c): told(back.get(c, c), w) for c, w in why.items()})
