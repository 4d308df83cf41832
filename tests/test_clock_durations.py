"""Durations on a clock face ('00:30') arrive as minutes (issue 13), on made-up data: the map
says how it reads them (h:mm, proposed; m:ss, the analyst's), staging converts them, and an
end time computed from such a length falls where it should instead of on the start."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.clock_durations import clock_minutes
from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.mapfile import MappingError, confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "phonecall", "appointment")}

CALLS = pl.DataFrame({"id": ["c1", "c2", "c3"], "subject": ["Intro", "Demo", "Close"],
                      "start_time": ["2024-03-01 09:00:00", "2024-03-02 14:00:00",
                                     "2024-03-03 10:00:00"],
                      "duration": ["00:30", "1:15:00", None],
                      "direction": ["outgoing", "incoming", "outgoing"]})


def test_clock_times_read_as_minutes() -> None:
    values = pl.DataFrame({"v": ["00:30", "01:30", "1:15:00", "0:02:35", "45", "soon", None]})
    as_hours = values.select(clock_minutes(pl.col("v"), "h:mm")).to_series().to_list()
    assert as_hours == ["30", "90", "75", "3", "45", "soon", None]
    as_minutes = values.select(clock_minutes(pl.col("v"), "m:ss")).to_series().to_list()
    assert as_minutes[:4] == ["1", "2", "75", "3"]   # '01:30' is a minute and a half
    with pytest.raises(MappingError, match="clock"):
        values.select(clock_minutes(pl.col("v"), "hh"))


def mapping() -> dict:
    ex = Export(Path("."), {"calls": CALLS})
    return propose_mapping(ex, discover(ex), DEFS, ["phonecall"],
                           source_id_column="new_sourceid").mapping


def test_a_calls_clock_length_is_proposed_read_as_hours_and_minutes_and_staged() -> None:
    proposed = mapping()
    call = next(t for t in proposed["tables"] if t["target"] == "phonecall")
    length = next(c for c in call["columns"] if c["target"] == "actualdurationminutes")
    assert length["source"] == "duration" and length["clock"] == "h:mm"
    assert "hours and minutes" in length["reason"]
    staged = stage_table(confirm(proposed, "analyst"), "phonecall", {"calls": CALLS},
                         {"calls": "calls.csv"}).staged
    assert staged["actualdurationminutes"].to_list() == [30, 75, None]
    assert staged["actualend"].to_list()[:2] == ["2024-03-01T09:30:00Z", "2024-03-02T15:15:00Z"]


def test_the_analyst_decides_minutes_and_seconds() -> None:
    decided = decide_column(mapping(), "phonecall.actualdurationminutes",
                            {"source": "duration", "transform": "integer", "clock": "m:ss"})
    staged = stage_table(confirm(decided, "analyst"), "phonecall", {"calls": CALLS},
                         {"calls": "calls.csv"}).staged
    assert staged["actualdurationminutes"].to_list() == [1, 75, None]   # 00:30 = half a minute
    # the end is the start plus the length itself, to the second (session 66: it added the
    # rounded minutes, and RingCentral's 80-second call ended 20 seconds early)
    assert staged["actualend"].to_list()[0] == "2024-03-01T09:00:30Z"
    with pytest.raises(MappingError, match="clock"):
        decide_column(mapping(), "phonecall.actualdurationminutes",
                      {"source": "duration", "clock": "minutes"})


TODOS = pl.DataFrame({"id": ["t1", "t2", "t3"], "subject": ["Chase", "Send deck", "Call back"],
                      "due_date": ["2024-03-01", "2024-03-02", "2024-03-03"],
                      "due_time": ["15:15", None, "09:05:00"],
                      "Date Start": ["2024-03-01", "2024-03-02", "2024-03-03"],
                      "Time Start": ["soon", "later", "never"]})


def test_a_dates_time_of_day_in_its_own_column_is_added() -> None:
    defs = {**DEFS, "task": json.loads((TABLES / "task.json").read_text())}
    ex = Export(Path("."), {"todos": TODOS})
    proposed = propose_mapping(ex, discover(ex), defs, ["task"],
                               source_id_column="new_sourceid").mapping
    task = next(t for t in proposed["tables"] if t["target"] == "task")
    due = next(c for c in task["columns"] if c["source"] == "due_date")
    assert due["plus_minutes"] == "due_time" and "time of day from 'due_time'" in due["reason"]
    assert "due_time" not in task["unmapped"]
    assert all(c.get("plus_minutes") != "Time Start" for c in task["columns"])  # no times
    staged = stage_table(confirm(proposed, "analyst"), "task", {"todos": TODOS},
                         {"todos": "todos.csv"}).staged
    assert staged[due["target"]].to_list() == ["2024-03-01T15:15:00Z", "2024-03-02T00:00:00Z",
                                               "2024-03-03T09:05:00Z"]


def test_a_length_whose_name_gives_its_unit_is_read_in_it() -> None:
    values = pl.DataFrame({"v": ["1.5", "2", "0.25", "n/a"]})
    assert values.select(clock_minutes(pl.col("v"), "hours")).to_series().to_list() == [
        "90", "120", "15", "n/a"]
    assert pl.DataFrame({"v": ["300", "45", "29"]}).select(
        clock_minutes(pl.col("v"), "seconds")).to_series().to_list() == ["5", "1", "0"]
    meetings = pl.DataFrame({"id": ["m1", "m2"], "subject": ["Kick-off", "Review"],
                             "start": ["2024-03-01 09:00:00", "2024-03-02 14:00:00"],
                             "Duration (hours)": ["1.5", "2"]})
    ex = Export(Path("."), {"meetings": meetings})
    proposed = propose_mapping(ex, discover(ex), DEFS, ["appointment"],
                               source_id_column="new_sourceid").mapping
    meeting = next(t for t in proposed["tables"] if t["target"] == "appointment")
    length = next(c for c in meeting["columns"] if c["source"] == "Duration (hours)"
                  and c["target"].endswith("durationminutes"))
    assert length["clock"] == "hours" and "its name says hours" in length["reason"]
    staged = stage_table(confirm(proposed, "analyst"), "appointment", {"meetings": meetings},
                         {"meetings": "meetings.csv"}).staged
    assert staged[length["target"]].to_list() == [90, 120]   # not 1.5 and 2 minutes
    assert staged["scheduledend"].to_list() == ["2024-03-01T10:30:00Z", "2024-03-02T16:00:00Z"]


def test_hours_written_with_a_decimal_comma_are_read_so(tmp_path: Path) -> None:
    """'1,5' hours in a European export is an hour and a half: the number is read the
    column's way (decimal comma), not cleared as no number."""
    assert pl.DataFrame({"v": ["1,5", "2", "0,25"]}).select(
        clock_minutes(pl.col("v"), "hours", ",")).to_series().to_list() == ["90", "120", "15"]
    (tmp_path / "termine.csv").write_text(
        "id;subject;start;Duration (hours)\n"
        "m1;Kick-off;01.03.2024 09:00;1,5\n"
        "m2;Review;02.03.2024 14:00;2\n"
        "m3;Stand-up;04.03.2024 08:30;0,25\n", encoding="utf-8")
    ex = read_export(tmp_path)
    proposed = propose_mapping(ex, discover(ex), DEFS, ["appointment"],
                               source_id_column="new_sourceid").mapping
    meeting = next(t for t in proposed["tables"] if t["target"] == "appointment")
    length = next(c for c in meeting["columns"] if c["source"] == "Duration (hours)"
                  and c["target"].endswith("durationminutes"))
    assert length["clock"] == "hours"
    staged = stage_table(confirm(proposed, "analyst"), "appointment", dict(ex.tables),
                         {"termine": "termine.csv"}, guess=ex.guesses["termine"]).staged
    assert staged[length["target"]].to_list() == [90, 120, 15]
    assert staged["scheduledend"].to_list() == ["2024-03-01T10:30:00Z", "2024-03-02T16:00:00Z",
                                                "2024-03-04T08:45:00Z"]
