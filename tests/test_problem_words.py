"""Problems found while reading an export say where they are in plain words (issue 13).

A repeated header (NetSuite's ledger-account file has two `eliminate` and two `sspecacct`)
once read "line None": the message must name the file, the header's line and the columns,
and no problem, of a line or of a whole file, may print "None".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from d365migrate.cli import main
from d365migrate.intake.dialect import Problem
from d365migrate.intake.read import read_export, read_table_bytes


def test_repeated_header_names_the_line_and_the_columns() -> None:
    exp = read_table_bytes(b"id,eliminate,name,eliminate,eliminate\n1,a,b,c,d\n", "acct.csv")
    assert exp.tables["acct"].columns == ["id", "eliminate", "name", "eliminate_2",
                                          "eliminate_3"]
    [p] = exp.problems
    assert p.line == 1 and p.severity == "warning"
    assert p.describe() == ("acct.csv: the header on line 1 has columns 2, 4 and 5 all named "
                            "'eliminate'; columns 4 and 5 are read as 'eliminate_2' and "
                            "'eliminate_3'")


def test_header_below_a_preamble_is_named_by_its_own_line() -> None:
    data = b"Exported 2026-01-01\nReport of accounts\nid,code,code,\n1,a,b,c\n2,d,e,f\n"
    exp = read_table_bytes(data, "gl.csv")
    header = [p for p in exp.problems if "header" in p.problem and "line(s)" not in p.problem]
    assert [p.line for p in header] == [3, 3]
    words = [p.describe() for p in header]
    assert words == ["gl.csv: the header on line 3 has no name for column 4; it is read as "
                     "'column_4'",
                     "gl.csv: the header on line 3 has columns 2 and 3 both named 'code'; "
                     "column 3 is read as 'code_2'"]


def test_workbook_sheet_header_is_line_one(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Accounts"
    ws.append(["id", "Phone", "Phone"])
    ws.append(["1", "555", "556"])
    wb.save(tmp_path / "book.xlsx")
    exp = read_export(tmp_path / "book.xlsx")
    [p] = [p for p in exp.problems if "Phone" in p.problem]
    assert p.line == 1 and "columns 2 and 3 both named 'Phone'" in p.describe()


@pytest.mark.parametrize("problem, words", [
    (Problem("a.csv", None, "empty file"), "a.csv: empty file"),
    (Problem("a.csv", 7, "line 7: 3 fields, expected 4"), "a.csv: line 7: 3 fields, expected 4"),
    (Problem("a.csv", 17, "unclosed quote starting at line 17; line read without quoting"),
     "a.csv: unclosed quote starting at line 17; line read without quoting"),
    (Problem("a.csv", 1, "not a text table (image); file skipped"),
     "a.csv, line 1: not a text table (image); file skipped"),
])
def test_every_problem_reads_without_none(problem: Problem, words: str) -> None:
    assert problem.describe() == words


def test_discover_prints_the_header_problem_in_words(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "account.csv").write_text("id,name,eliminate,eliminate\n1,Acme,T,F\n",
                                        encoding="utf-8")
    (export / "empty.csv").write_text("", encoding="utf-8")
    assert main(["discover", str(export), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "None" not in err
    assert ("problem: account.csv: the header on line 1 has columns 3 and 4 both named "
            "'eliminate'; column 4 is read as 'eliminate_2'") in err
    assert "problem: empty.csv: empty file" in err
