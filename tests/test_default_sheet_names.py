"""A workbook's one sheet under its program's default name is named by its file (keys119).

Kimai's list export (PhpSpreadsheet) leaves every workbook's sheet 'Worksheet'; Excel leaves
'Sheet1', 'Tabelle1', 'Feuil1'... The sheet's name then says nothing of the table and the
file's name ('kimai-customers.xlsx') does. Made-up data only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from d365migrate.intake.neutral_names import default_sheet_name
from d365migrate.intake.read import read_export


@pytest.mark.parametrize("name", ["Worksheet", "Sheet1", "Sheet", "Tabelle1", "Feuil 2",
                                  "Hoja1", "Foglio1", "Blad1", "Planilha1", "Blatt 1"])
def test_a_default_sheet_name(name: str) -> None:
    assert default_sheet_name(name)


@pytest.mark.parametrize("name", ["Accounts", "Contacts (2)", "Kunden", "Export_Account",
                                  "Clientes"])
def test_a_sheet_named_by_its_table(name: str) -> None:
    assert not default_sheet_name(name)


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_one_default_sheet_is_named_by_its_file(tmp_path: Path) -> None:
    rows = [["ID", "Name"], [1, "Looms Ltd"]]
    _book(tmp_path / "kimai-customers.xlsx", {"Worksheet": rows})
    _book(tmp_path / "kimai-projects.xlsx", {"Worksheet": rows})
    _book(tmp_path / "book.xlsx", {"Accounts": rows})
    _book(tmp_path / "two.xlsx", {"Sheet1": rows, "Sheet2": rows})
    assert sorted(read_export(tmp_path).tables) == [
        "Accounts", "Sheet1", "Sheet2", "kimai-customers", "kimai-projects"]
