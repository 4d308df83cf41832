"""General rules found on keys34's held-out exports (issue 13), each on made-up data: the
exports themselves are measured in tests/test_public_exports.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.document_files import is_document_name
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, top


def test_a_licences_table_is_read_and_a_licence_document_is_not(tmp_path: Path) -> None:
    """An asset tracker's 'licenses' table is data; the project's LICENSE beside it is not."""
    (tmp_path / "licenses.csv").write_text("Item name,Seats,Licensed To Email\n"
                                           "Office,5,ann@example.com\n", encoding="utf-8")
    (tmp_path / "Licensees.csv").write_text("Name,Email\nBo,bo@example.com\n",
                                            encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted\n",
                                          encoding="utf-8")
    (tmp_path / "README_de.txt").write_text("Lies mich\n", encoding="utf-8")
    export = read_export(tmp_path)
    assert sorted(export.tables) == ["Licensees", "licenses"]
    assert export.tables["licenses"]["Seats"].to_list() == ["5"]
    assert is_document_name("LICENSE-MIT.txt") and is_document_name("licence.txt")
    assert not is_document_name("licenses-sample.csv")
    assert not is_document_name("READMEs.csv")


def _frame(columns: list[str], *rows: list[str]) -> pl.DataFrame:
    return pl.DataFrame({c: [r[i] for r in rows] for i, c in enumerate(columns)})


def test_a_work_package_is_a_task() -> None:
    """A project plan's work packages (OpenProject's 'Arbeitspakete') are tasks to do, not a
    customer's tickets, though they carry a status, a priority and an assignee."""
    assert name_kind("Arbeitspakete")[0] == "task"
    assert name_kind("work_packages")[0] == "task"
    cols = ["ID", "Typ", "Thema", "Beschreibung", "Status", "Priorität", "Zugewiesen an",
            "Anfangstermin", "Endtermin"]
    kind, *_ = classify_table("Arbeitspakete", cols, "ID")
    assert kind == "task"


def test_a_file_of_parties_is_the_customers() -> None:
    """The other sides of contracts ('Parties'), whose Type says Company or Individual on
    every row, are accounts, as a CRM keeps its customers and partners; the same columns
    with types of something else stay unplaced."""
    parties = pl.DataFrame({
        "id": ["1", "2", "3", "4"],
        "Name": ["Kelly Mcbride", "Krankton LLC", "Cushion Care LLC", "Tamika Stone"],
        "Type": ["Individual", "Company", "Company", "Individual"],
        "Notes": ["New hire!", "Healthcare company.", None, "Offered a position."],
        "Primary phone": ["497.294.2044", "828.395.3046", "603.833.3928", "395.039.3059"],
        "Email": ["kelly@example.com", "hello@krankton.example", "hi@cushion.example",
                  "tamika@example.com"],
    })
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"Parties": parties})).objects}
    assert kinds["Parties"] == "account"
    other = parties.with_columns(pl.Series("Type", ["Gold", "Silver", "Gold", "Bronze"]))
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"Parties": other})).objects}
    assert kinds["Parties"] != "account"


def test_a_comments_files_parent_id_links_its_record() -> None:
    """In 'task_comments' the word before 'comments' names their task: 'task_id' is the
    note's parent, and a comment's text is the note's text."""
    df = _frame(["id", "comment", "task_id", "created"],
                ["1", "Looks good", "4", "2020-02-19 18:07:06"],
                ["2", "Done now", "5", "2020-02-19 18:08:06"])
    sugg = suggest_columns(df, DEFS["annotation"], source_object="task_comments")
    assert top(sugg, "task_id") == "objectid"
    assert top(sugg, "comment") == "notetext"
    # the file's own noun still names its own id ('comment_id' in the comments)
    own = _frame(["comment_id", "body"], ["1", "a"], ["2", "b"])
    assert top(suggest_columns(own, DEFS["annotation"], source_object="task_comments"),
               "comment_id") is None


def test_a_tasks_progress_and_planned_dates() -> None:
    """'percent_done' is how far a task is done; a task's 'end_date' its planned end; German
    'Thema', 'Anfangstermin', 'Endtermin' its subject and planned start and end."""
    df = _frame(["id", "title", "percent_done", "start_date", "end_date"],
                ["1", "Write", "0.5", "2018-12-01 10:00", "2018-12-03 10:00"],
                ["2", "Read", "0", "2018-12-02 10:00", "2018-12-04 10:00"])
    sugg = suggest_columns(df, DEFS["task"], source_object="tasks")
    assert top(sugg, "percent_done") == "percentcomplete"
    assert top(sugg, "end_date") == "scheduledend"
    de = _frame(["ID", "Thema", "Anfangstermin", "Endtermin", "Status"],
                ["1", "Konferenz planen", "2026-11-30", "2026-12-04", "Neu"],
                ["2", "Webseite", "2026-12-01", "2026-12-11", "In Bearbeitung"],
                ["3", "Einladungen", "2026-12-02", "2026-12-02", "Erledigt"])
    sugg = suggest_columns(de, DEFS["task"], source_object="Arbeitspakete")
    assert (top(sugg, "Thema"), top(sugg, "Anfangstermin"), top(sugg, "Endtermin")) == (
        "subject", "scheduledstart", "scheduledend")


def test_a_call_logs_date_and_time_is_when_the_call_was() -> None:
    df = _frame(["id", "Call ID", "Notes", "Date & time", "Call duration (min)"],
                ["1", "5425", "Package lost", "2020-02-05T14:23:00+00:00", "30"],
                ["2", "5426", "Scratches", "2020-02-05T14:24:00+00:00", "15"])
    sugg = suggest_columns(df, DEFS["phonecall"], source_object="Calls")
    assert top(sugg, "Date & time") == "scheduledstart"


def test_a_products_product_column_is_its_name() -> None:
    df = _frame(["id", "Product ID", "Product", "Brand", "Price"],
                ["1", "028492733", "iPhone X", "Apple", "800.00"],
                ["2", "293029839", "Galaxy 4", "Samsung", "679.99"])
    sugg = suggest_columns(df, DEFS["product"], source_object="Products")
    assert top(sugg, "Product") == "name"
    assert top(sugg, "Product ID") == "productnumber"


def test_whom_a_contact_represents_is_their_company() -> None:
    df = _frame(["id", "Name", "Representing", "Email"],
                ["1", "Theodora Rojas", "Krankton LLC", "theodora@example.com"],
                ["2", "Amari Donnelly", "Let's Game Inc", "amari@example.com"])
    sugg = suggest_columns(df, DEFS["contact"], source_object="Contacts")
    assert top(sugg, "Representing") == "parentcustomerid"
