"""A row the reader cannot read is counted: skipped with its line, never in no count."""

from __future__ import annotations

from pathlib import Path

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.mapfile import confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.report.plain import reason_in_words
from d365migrate.staging.stage import stage_table
from test_composite_keys import table_def


def _staged(folder: Path):
    export = read_export(folder)
    mapping = propose_mapping(export, discover(export), {"account": table_def("account")},
                              ["account"], source_id_column="new_smartdeskid").mapping
    return stage_table(confirm(mapping, "analyst"), "account", dict(export.tables),
                       {s: g.file for s, g in export.guesses.items()},
                       guess=export.guesses["companies"])


def test_an_unread_row_is_skipped_with_its_line_and_the_rows_add_up(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_bytes(
        b"id,name,city\n1,Acme,Oslo\n2,Bad\x00Co,Bergen\n3,Cyan,Turku\n4,Dune,Lund\n")
    staged = _staged(tmp_path)
    assert staged.source_rows == 4  # the file's rows, not only those read
    assert staged.staged.height == 3
    (reason,) = staged.skipped["reason"].to_list()
    assert reason.startswith("line 3 could not be read")
    assert staged.skipped["file"].to_list() == ["companies.csv"]
    assert staged.source_rows == (staged.staged.height + staged.quarantined.height
                                  + staged.skipped.height)
    assert "could not be read" in reason_in_words(reason)
    assert "line 3" not in reason_in_words(reason)  # grouped with alike rows


def test_a_clean_file_has_nothing_skipped(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_bytes(b"id,name,city\n1,Acme,Oslo\n2,Bee,Bergen\n")
    staged = _staged(tmp_path)
    assert staged.source_rows == 2 and staged.skipped.height == 0
