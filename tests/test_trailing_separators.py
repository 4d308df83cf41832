"""A separator at the end of every line (GLPI's list export: 'Nom;ID;Entité;') makes an
empty, unnamed last column: it is not read, and the file's warnings say so once; an
unnamed column that holds a value is read as before (intake/trailing_separators.py)."""

from __future__ import annotations

from pathlib import Path

from d365migrate.intake.read import read_export


def _read(tmp_path: Path, text: str, name: str = "export") -> tuple[list[str], list[str]]:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "Contacts.csv").write_text(text, encoding="utf-8")
    export = read_export(folder)
    return export.tables["Contacts"].columns, [p.problem for p in export.problems]


def test_the_empty_column_a_trailing_separator_makes_is_not_read(tmp_path: Path) -> None:
    columns, problems = _read(tmp_path, '"Nom";"ID";"Entité";\n"Ann";"1";"Root";\n'
                                        '"Bo";"2";"Root";\n')
    assert columns == ["Nom", "ID", "Entité"]
    assert problems == ["every line ends with a separator: the empty, unnamed column 4 it "
                        "makes is not read"]


def test_an_unnamed_column_with_a_value_is_read(tmp_path: Path) -> None:
    columns, problems = _read(tmp_path, "Name;ID;\nAnn;1;x\nBo;2;\n")
    assert columns == ["Name", "ID", "column_3"]
    assert any("has no name for column 3" in p for p in problems)
    # a named last column left empty is a column of the export, read as such
    columns, _ = _read(tmp_path, "Name;ID;Notes\nAnn;1;\nBo;2;\n", "named")
    assert columns == ["Name", "ID", "Notes"]
