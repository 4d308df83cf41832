"""Rules added after measuring keys67's exports held out (Pipedrive's deals UI export,
LinkedIn's Connections.csv), on made-up data so they run where the public data is absent:
notes before the header followed by a blank line are all skipped, the header read after
them; the accuracy measure counts a file it could not read as misses instead of stopping."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.dialect import sniff
from d365migrate.intake.read import Export, read_table_bytes
from d365migrate.mapping.accuracy import accuracy
from tuning_support import DEFS

NOTES = ('\ufeffNotes:\n"When exporting your data, some e-mail addresses may be missing."\n'
         "\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
         "Ada,Lovelace,https://example.com/in/ada,,\"Engines, Ltd\",Analyst,01 Jan 2024\n"
         "Alan,Turing,https://example.com/in/alan,alan@example.com,Bletchley,Lead,"
         "02 Feb 2023\n")


def test_notes_a_blank_line_then_the_header() -> None:
    """Two lines of notes and a blank line before the header: three lines skipped, the
    header and both rows read (the notes were skipped, then the blank line read as the
    header: 'no header row found')."""
    exp = read_table_bytes(NOTES.encode("utf-8"), "Connections.csv")
    df = exp.tables["Connections"]
    assert df.columns[:3] == ["First Name", "Last Name", "URL"]
    assert df["Company"].to_list() == ["Engines, Ltd", "Bletchley"]
    assert exp.guesses["Connections"].skip_rows == 3
    assert not [p for p in exp.problems if p.severity == "error"]


def test_blank_lines_count_as_lines_to_skip_not_as_records() -> None:
    """The preamble is counted in records (blank lines are none) and skipped in lines: a
    blank line inside the notes is skipped too, and a file with no preamble skips none."""
    text = "Report\n\nMade today\n\nid,name,email\n1,a,a@example.com\n2,b,b@example.com\n"
    assert sniff(text)[2] == 4
    assert sniff("id,name\n1,a\n2,b\n")[2] == 0
    assert sniff("\n\nid,name\n1,a\n2,b\n")[2] == 2   # leading blank lines only


def test_a_file_not_read_is_counted_as_misses() -> None:
    """A key's file the reader could not read is all misses, its key too: the measure goes
    on with the other files instead of stopping."""
    key = {"objects": {
        "people": {"table": "contact", "key": "id", "columns": {"name": "lastname"}},
        "gone": {"table": "contact", "key": "URL", "columns": {"First Name": "firstname",
                                                               "Note": None}}}}
    frames = {"people": pl.DataFrame({"id": ["1"], "name": ["Ada"]})}
    report = accuracy(key, Export(Path("."), frames), DEFS)
    assert report["objects"]["gone"]["counts"] == {"standard": "0/2", "all": "0/2",
                                                   "keys": "0/1"}
