"""A record named by its first column when no header names it: 'Vardas' after the id."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    defs = load_table_defs(TABLES)
    out = suggest_columns(df, defs[table], source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in out.items()}


def test_the_first_unread_column_of_labels_names_each_record() -> None:
    df = pl.DataFrame({"ID": [f"a{i}" for i in range(6)],
                       "Zzpavadzz": [f"Susitikimas {i}" for i in range(6)],
                       "Zzbusenazz": ["Planned", "Held", "Planned", "Held", "Held", "Planned"]})
    assert _top(df, "appointment", "meetings")["Zzpavadzz"] == "subject"


def test_no_stand_in_when_the_first_column_is_no_label_or_a_person() -> None:
    repeated = pl.DataFrame({"ID": [f"a{i}" for i in range(6)],
                             "Zzpavadzz": ["Held"] * 6, "Zzkitaszz": [f"x {i}" for i in range(6)]})
    assert _top(repeated, "appointment", "meetings")["Zzkitaszz"] is None
    people = pl.DataFrame({"ID": [f"a{i}" for i in range(6)],
                           "Zzvardaszz": [f"Jonas {i}" for i in range(6)]})
    assert _top(people, "contact", "contacts")["Zzvardaszz"] is None   # a full name: parts
