"""A database export's missing-value word: SQL Server's 'Save results as' and most SQL dumps
write ``NULL`` (MySQL ``\\N``) where a value is missing. Read as text it was a value: pubs'
title prices ('NULL') were cleared as unreadable numbers and a text column would write the
word into the org."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from openpyxl import Workbook

from d365migrate.intake.read import read_export


def _problems(exp: object, severity: str = "warning") -> list[str]:
    return [p.problem for p in exp.problems if p.severity == severity]  # type: ignore[attr-defined]


def test_a_null_cell_is_read_as_empty_and_said(tmp_path: Path) -> None:
    (tmp_path / "titles.csv").write_text(
        "title_id,title,price,notes,pub_id\n"
        "BU1032,The Busy Executive,19.99,An overview,1389\n"
        "MC3026,The Psychology of Computer Cooking,NULL,NULL,0877\n"
        "PC9999,Net Etiquette,\\N,A must-read,1389\n", encoding="utf-8")
    exp = read_export(tmp_path)
    df = exp.tables["titles"]
    assert df["price"].to_list() == ["19.99", None, None]
    assert df["notes"].to_list() == ["An overview", None, "A must-read"]
    said = [p for p in _problems(exp) if "missing value" in p]
    assert len(said) == 2 and "column 'price': 2 cell(s)" in said[0], said
    assert "column 'notes': 1 cell(s)" in said[1]


def test_only_the_exact_word_is_empty(tmp_path: Path) -> None:
    """'Null' is a surname; 'null' inside a note is text; neither is touched."""
    (tmp_path / "people.csv").write_text(
        "id,last_name,note\n1,Null,null pointer\n2,Okafor,NULL and void\n", encoding="utf-8")
    exp = read_export(tmp_path)
    assert exp.tables["people"]["last_name"].to_list() == ["Null", "Okafor"]
    assert exp.tables["people"]["note"].to_list() == ["null pointer", "NULL and void"]
    assert not [p for p in _problems(exp) if "missing value" in p]


def test_the_parameters_keep_the_word_as_a_value(tmp_path: Path) -> None:
    (tmp_path / "codes.csv").write_text("id,code\n1,NULL\n2,VOID\n", encoding="utf-8")
    exp = read_export(tmp_path, {"codes.csv": {"null_words": False}})
    assert exp.tables["codes"]["code"].to_list() == ["NULL", "VOID"]


def test_a_workbooks_null_cells_too(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "stores"
    for row in (["stor_id", "stor_name", "state"], ["7066", "Barnum's", "CA"],
                ["9999", "Lucerne", "NULL"]):
        ws.append(row)
    wb.save(tmp_path / "stores.xlsx")
    exp = read_export(tmp_path)
    (name,) = exp.tables
    assert pl.Series(exp.tables[name]["state"]).to_list() == ["CA", None]
