"""What the held-out tuning tests share: Microsoft's table definitions, as the public
exports are measured (the emulator's tables, with the real metadata where tests/data has
it), and the top suggestion for a column."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import load_table_defs

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}


def top(sugg: dict, col: str) -> str | None:
    """The target of a column's first suggestion, None when it has none."""
    cands = sugg.get(col) or []
    return cands[0].target if cands else None


def file_kind(name: str, df: pl.DataFrame) -> str:
    """The kind discovery names one file ``name`` holding ``df``."""
    return {o.source: o.name for o in discover(Export(Path("."), {name: df})).objects}[name]


def people_at_companies_kinds(heads: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Per language, the kind of a file named for companies ('export_societe_2', Dolibarr's)
    holding people: ``heads`` gives each language's surname, given name and company name
    headers, beside a phone and the company's id."""
    out = {}
    for lang, (last, first, company) in heads.items():
        df = pl.DataFrame({"ID": ["1", "2", "3"], last: ["Novak", "Berg", "Kaya"],
                           first: ["Anna", "Jan", "Eva"], "Tel": ["+1 555 0100"] * 3,
                           "Company ID": ["7", "8", "7"],
                           company: ["Alfa s.r.o.", "Beta AB", "Alfa s.r.o."]})
        out[lang] = file_kind("export_societe_2", df)
    return out
