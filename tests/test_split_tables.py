"""A table an export splits over several files is read, profiled and counted as one table
whose rows keep their own file and row (intake/parts.py)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.parts import locate, part_name, repeated_keys, where_expr
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import read_export
from d365migrate.verify.inventory import build_inventory, outcomes_per_file


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """contacts in three files (the second with its columns in another order and one more
    column, the third named the other usual way), deals in one."""
    write(tmp_path, "contacts.csv", "contact_id,first_name,last_name,email\n"
          "c1,Ada,Lovelace,ada@example.com\nc2,Alan,Turing,alan@example.com\n")
    write(tmp_path, "contacts_2.csv", "email,last_name,contact_id,first_name,nickname\n"
          "grace@example.com,Hopper,c3,Grace,amazing\nedsger@example.com,Dijkstra,c4,Edsger,\n")
    write(tmp_path, "Contacts (3).csv", "contact_id,first_name,last_name,email\n"
          "c5,Barbara,Liskov,barbara@example.com\n")
    write(tmp_path, "deals.csv", "deal_id,title,amount,contact_id\nd1,Big deal,10,c1\n")
    return tmp_path


@pytest.mark.parametrize(("stem", "expected"), [
    ("contacts", ("contacts", None)), ("contacts_2", ("contacts", 2)),
    ("Contacts (1)", ("Contacts", 1)), ("contacts-part-002", ("contacts", 2)),
    ("accounts_2024", ("accounts", 2024)), ("Contacts part 3", ("Contacts", 3)),
    ("cp1252", ("cp1252", None)), ("latin1", ("latin1", None)),
    ("ticket_messages", ("ticket_messages", None)), ("2024", ("2024", None)),
])
def test_part_names(stem: str, expected: tuple[str, int | None]):
    assert part_name(stem) == expected


def test_parts_of_one_table_are_one_source_in_part_order(split: Path):
    export = read_export(split)
    assert sorted(export.tables) == ["contacts", "deals"]
    contacts = export.tables["contacts"]
    assert contacts["contact_id"].to_list() == ["c1", "c2", "c3", "c4", "c5"]
    # columns aligned by name, whatever their order; the extra column kept, said, empty
    # for the other files' rows
    assert contacts.columns == ["contact_id", "first_name", "last_name", "email", "nickname"]
    assert contacts["email"].to_list()[2] == "grace@example.com"
    assert contacts["nickname"].to_list() == [None, None, "amazing", None, None]
    guess = export.guesses["contacts"]
    assert [p["file"] for p in guess.parts] == ["contacts.csv", "contacts_2.csv",
                                                "Contacts (3).csv"]
    assert [p["first_row"] for p in guess.parts] == [1, 3, 5]
    assert guess.file == "contacts.csv, contacts_2.csv and Contacts (3).csv"
    assert guess.rows == guess.rows_read == 5
    said = [p for p in export.problems if p.file == "contacts_2.csv"]
    assert len(said) == 1 and said[0].severity == "warning"
    assert "another order" in said[0].problem and "'nickname'" in said[0].problem
    found = discover(export)
    obj = found.by_source("contacts")
    assert obj is not None and obj.name == "contact" and obj.rows == 5
    assert all(f["key"] == "contact_id" for f in obj.files)
    assert [(f["file"], f["rows"]) for f in obj.files] == [
        ("contacts.csv", 2), ("contacts_2.csv", 2), ("Contacts (3).csv", 1)]
    assert any("one table in 3 files" in e for e in obj.evidence)
    assert found.by_source("deals").files == []
    # discovery.json keeps the files (read back by the steps after it)
    again = type(found).from_json(found.to_json())
    assert again.by_source("contacts").files == obj.files
    assert again.intake_guesses()["contacts"].parts == guess.parts


def test_a_part_without_the_key_column_is_a_finding_and_stays_apart(split: Path):
    write(split, "contacts_4.csv", "first_name,last_name,email\nNo,Key,nokey@example.com\n")
    write(split, "deals_2.csv", "deal_id,note\nd2,something else entirely\n")
    export = read_export(split)
    assert "contacts_4" in export.tables and "deals_2" in export.tables
    assert export.tables["contacts"].height == 5
    (no_key,) = [p for p in export.problems if p.file == "contacts_4.csv"]
    assert no_key.severity == "error"
    assert "no 'contact_id' column" in no_key.problem and "not joined" in no_key.problem
    (other,) = [p for p in export.problems if p.file == "deals_2.csv"]
    assert "shares only 1 of the 4 columns of deals.csv" in other.problem


def test_a_part_missing_a_column_says_so(tmp_path: Path):
    write(tmp_path, "contacts.csv", "id,name,phone\n1,A,123\n2,B,456\n")
    write(tmp_path, "contacts_2.csv", "id,name\n3,C\n")
    export = read_export(tmp_path)
    assert export.tables["contacts"]["phone"].to_list() == ["123", "456", None]
    (said,) = [p for p in export.problems if p.file == "contacts_2.csv"]
    assert "no column 'phone': empty for its 1 rows" in said.problem


def test_parameters_join_a_file_or_keep_it_apart(split: Path):
    write(split, "people-extra.csv", "contact_id,first_name,last_name,email\n"
          "c9,Katherine,Johnson,kj@example.com\n")
    joined = read_export(split, {"people-extra.csv": {"source": "contacts"}})
    assert joined.tables["contacts"]["contact_id"].to_list()[-1] == "c9"
    assert "people-extra.csv" in joined.guesses["contacts"].file
    apart = read_export(split, {"contacts_2.csv": {"source": "more_contacts"}})
    assert apart.tables["contacts"]["contact_id"].to_list() == ["c1", "c2", "c5"]
    assert apart.tables["more_contacts"].height == 2
    write(split, "contacts_4.csv", "first_name,email\nNo,nokey@example.com\n")
    forced = read_export(split, {"contacts_4.csv": {"source": "contacts"}})
    assert forced.tables["contacts"].height == 6 and "contacts_4" not in forced.tables
    (said,) = [p for p in forced.problems if p.file == "contacts_4.csv"]
    assert "no column 'contact_id', 'last_name'" in said.problem
    (split / "contacts_4.csv").unlink()
    left_out = read_export(split, {"Contacts (3).csv": {"skip": True}})
    assert left_out.tables["contacts"].height == 4
    assert [p["file"] for p in left_out.guesses["contacts"].parts] == ["contacts.csv",
                                                                      "contacts_2.csv"]


def test_parts_with_numbers_only_take_the_tables_name(tmp_path: Path):
    write(tmp_path, "contacts-part-001.csv", "id,name\n1,A\n")
    write(tmp_path, "contacts-part-002.csv", "id,name\n2,B\n")
    write(tmp_path, "accounts_2024.csv", "account_id,name\na1,X\n")
    write(tmp_path, "accounts_2025.csv", "account_id,name\na2,Y\n")
    export = read_export(tmp_path)
    assert sorted(export.tables) == ["accounts", "contacts"]
    assert export.tables["accounts"]["account_id"].to_list() == ["a1", "a2"]


def test_one_file_with_a_number_is_not_a_part(tmp_path: Path):
    write(tmp_path, "accounts_2024.csv", "account_id,name\na1,X\n")
    write(tmp_path, "sub/contacts_2.csv", "id,name\n1,A\n")
    write(tmp_path, "contacts.csv", "id,name\n2,B\n")
    export = read_export(tmp_path)  # another folder: not a part of contacts.csv
    assert sorted(export.tables) == ["accounts_2024", "contacts", "contacts_2"]
    assert all(not g.parts for g in export.guesses.values())


def test_a_workbooks_second_sheet_is_a_part(tmp_path: Path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Contacts"
    for row in (["id", "name"], ["1", "A"], ["2", "B"]):
        first.append(row)
    second = book.create_sheet("Contacts (2)")
    for row in (["name", "id"], ["C", "3"]):
        second.append(row)
    book.save(tmp_path / "export.xlsx")
    export = read_export(tmp_path)
    assert list(export.tables) == ["Contacts"]
    assert export.tables["Contacts"]["id"].to_list() == ["1", "2", "3"]
    assert [p["file"] for p in export.guesses["Contacts"].parts] == [
        "export.xlsx#Contacts", "export.xlsx#Contacts (2)"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_part_leading_outside_the_export_is_never_read(tmp_path: Path):
    export_dir, outside = tmp_path / "export", tmp_path / "outside"
    write(export_dir, "contacts.csv", "id,name\n1,A\n")
    secret = write(outside, "contacts_2.csv", "id,name\n2,SECRET\n")
    (export_dir / "contacts_2.csv").symlink_to(secret)
    export = read_export(export_dir)
    assert export.tables["contacts"]["name"].to_list() == ["A"]
    assert not export.guesses["contacts"].parts
    assert any(p.file.startswith("contacts_2") for p in export.problems)


def test_rows_are_named_by_their_own_file_and_row(split: Path):
    guess = read_export(split).guesses["contacts"]
    issues = pl.DataFrame({"file": [guess.file, guess.file, guess.file, "deals.csv"],
                           "row": [1, 3, 5, 1], "reason": ["a", "b", "c", "d"]})
    out = locate(issues, guess.parts, guess.file)
    assert out.select("file", "row").rows() == [
        ("contacts.csv", 1), ("contacts_2.csv", 1), ("Contacts (3).csv", 1), ("deals.csv", 1)]
    assert out["row"].dtype == issues["row"].dtype
    words = pl.DataFrame({"row": [2, 4]}).select(where_expr(pl.col("row"), guess.parts))
    assert words.to_series().to_list() == ["contacts.csv row 2", "contacts_2.csv row 2"]


def test_keys_repeated_across_files_are_found_naming_both(split: Path):
    write(split, "Contacts (3).csv", "contact_id,first_name,last_name,email\n"
          "c5,Barbara,Liskov,barbara@example.com\nc2,Alan,Turing,alan2@example.com\n")
    export = read_export(split)
    n, shown = repeated_keys(export.tables["contacts"], "contact_id",
                             export.guesses["contacts"].parts)
    assert n == 1
    assert shown == ["'c2': contacts.csv row 2 and Contacts (3).csv row 2"]
    found = discover(export)
    profile = profile_export(export, found)
    texts = profile.findings.filter(pl.col("source") == "contacts")["finding"].to_list()
    assert any("repeated across the files" in t and "Contacts (3).csv row 2" in t
               for t in texts)
    assert any(t.startswith("one table in 3 files") for t in texts)


def test_inventory_and_reconciliation_count_each_file(split: Path):
    found = discover(read_export(split))
    obj = found.by_source("contacts")
    summary = {"contact": {"source": "contacts", "source_rows": 5, "parts": obj.files,
                           "files": {"contacts.csv": 2, "contacts_2.csv": 2,
                                     "Contacts (3).csv": 1}}}
    inv = build_inventory([{"source": "contacts", "file": "three files", "kind": "contact",
                            "rows": obj.rows}], summary, [])
    (entry,) = inv["files"]
    assert entry["rows"] == 5 and entry["not_taken"] == 0
    assert [(p["file"], p["rows"], p["taken"], p["not_taken"]) for p in entry["parts"]] == [
        ("contacts.csv", 2, {"contact": 2}, 0), ("contacts_2.csv", 2, {"contact": 2}, 0),
        ("Contacts (3).csv", 1, {"contact": 1}, 0)]
    issues = {"quarantined": pl.DataFrame({"file": ["contacts_2.csv"], "row": [2]}),
              "skipped": pl.DataFrame({"file": ["Contacts (3).csv"], "row": [1]}),
              "failed": pl.DataFrame({"file": ["contacts.csv"], "row": [1]})}
    per_file = outcomes_per_file(obj.files, summary["contact"]["files"], [1, 2, 3], issues)
    assert [(f["file"], f["loaded"], f["quarantined"], f["skipped"], f["failed"],
             f["balanced"]) for f in per_file] == [
        ("contacts.csv", 1, 0, 0, 1, True), ("contacts_2.csv", 1, 1, 0, 0, True),
        ("Contacts (3).csv", 0, 0, 1, 0, True)]
    # a row lost between staging and the load shows in its file
    lost = outcomes_per_file(obj.files, summary["contact"]["files"], [1, 2], issues)
    assert [f["balanced"] for f in lost] == [True, False, True]


def test_the_loads_issue_files_name_each_rows_own_file(tmp_path: Path):
    from d365migrate.report.safe_files import read_csv, write_csv
    from d365migrate.runfolder import RunFolder
    from d365migrate.verify.inventory import files_reconciled

    folder = RunFolder(tmp_path / "run")
    label = "contacts.csv and contacts_2.csv"
    parts = [{"file": "contacts.csv", "rows": 2, "first_row": 1},
             {"file": "contacts_2.csv", "rows": 2, "first_row": 3}]
    stage = {"source": "contacts", "file": label, "parts": parts,
             "files": {"contacts.csv": 2, "contacts_2.csv": 2}}
    folder.staged("contact").parent.mkdir(parents=True, exist_ok=True)
    pl.DataFrame({"__source_row": [1, 2, 4]}).write_parquet(folder.staged("contact"))
    write_csv(pl.DataFrame({"file": [label], "row": [4], "source_id": ["c4"],
                            "reason": ["=refused"]}), folder.issues("failed", "contact"))
    write_csv(pl.DataFrame({"file": ["contacts_2.csv"], "row": [1], "source_id": ["c3"],
                            "reason": ["held"]}), folder.issues("quarantine", "contact"))
    per_file = files_reconciled(folder, "contact", stage)
    failed = read_csv(folder.issues("failed", "contact"), infer_schema=False)
    assert failed.select("file", "row", "reason").rows() == [("contacts_2.csv", "2",
                                                              "=refused")]
    assert [(f["file"], f["loaded"], f["quarantined"], f["failed"], f["balanced"])
            for f in per_file] == [("contacts.csv", 2, 0, 0, True),
                                   ("contacts_2.csv", 0, 1, 1, True)]
    assert files_reconciled(folder, "contact", stage) == per_file  # read again: the same


def test_a_parts_defects_keep_its_own_file_and_line(tmp_path: Path):
    write(tmp_path, "contacts.csv", "id,name,city\n1,A,Oslo\n2,B,Rome\n")
    write(tmp_path, "contacts_2.csv", "id,name,city\n3,C\n4,D,Lima\n")  # row 1 is short
    export = read_export(tmp_path)
    guess = export.guesses["contacts"]
    assert guess.ragged_rows == [[3, 2, 2]]  # row 3 of the table: line 2 of its file
    assert export.tables["contacts"]["name"].to_list() == ["A", "B", "C", "D"]
    (short,) = [p for p in export.problems if p.line == 2]
    assert short.file == "contacts_2.csv" and "2 fields, expected 3" in short.problem
    profile = profile_export(export, discover(export))
    said = profile.findings.filter(pl.col("source") == "contacts_2.csv")["finding"]
    assert said.len() == 1 and "2 fields, expected 3" in said[0]


def test_a_part_left_apart_is_a_finding_of_the_profile(split: Path):
    write(split, "contacts_4.csv", "first_name,last_name,email\nNo,Key,nokey@example.com\n")
    export = read_export(split)
    profile = profile_export(export, discover(export))
    high = profile.findings.filter(pl.col("source") == "contacts_4.csv")
    assert high["severity"].to_list() == ["high"]
    assert "not joined" in high["finding"].to_list()[0]
