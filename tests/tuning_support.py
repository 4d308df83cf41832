"""What the held-out tuning tests share: Microsoft's table definitions, as the public
exports are measured (the emulator's tables, with the real metadata where tests/data has
it), and the top suggestion for a column."""

from __future__ import annotations

from pathlib import Path

from d365migrate.mapping.accuracy import load_table_defs

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}


def top(sugg: dict, col: str) -> str | None:
    """The target of a column's first suggestion, None when it has none."""
    cands = sugg.get(col) or []
    return cands[0].target if cands else None
