"""Activities files without a type column go where their name says (Salesforce Event ->
appointment, HubSpot meetings -> appointment, calls -> phonecall) (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.propose import propose_mapping

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_file_names_that_name_one_kind():
    assert route_by_name("Event") == "appointment"
    assert route_by_name("engagement_meeting_data") == "appointment"
    assert route_by_name("calls") == "phonecall"
    assert route_by_name("PhoneCalls") == "phonecall"
    assert route_by_name("emails_export") == "email"
    assert route_by_name("activities") is None          # SmartDesk's: a type column routes
    assert route_by_name("calls_and_meetings") is None  # two kinds: not guessed
    assert route_by_name("eventually") is None          # words, not letters


def test_a_meetings_file_without_type_column_becomes_appointments():
    meetings = pl.DataFrame({
        "meeting_id": [f"m{i}" for i in range(6)],
        "title": [f"Review {i}" for i in range(6)],
        "start_time": [f"2024-03-0{i + 1} 10:00:00" for i in range(6)],
        "end_time": [f"2024-03-0{i + 1} 11:30:00" for i in range(6)],
        "DurationInMinutes": ["90"] * 6,
        "body": ["Agenda"] * 6,
    })
    calls = pl.DataFrame({"call_id": ["c1", "c2", "c3"], "subject": ["A", "B", "C"],
                          "duration_minutes": ["5", "10", "15"],
                          "call_date": ["2024-03-01 09:00:00", "2024-03-02 09:00:00",
                                        "2024-03-03 09:00:00"]})
    export = Export(Path("."), {"engagement_meetings": meetings, "calls": calls})
    discovery = discover(export)
    units = ["appointment", "phonecall"]
    defs = {u: json.loads((TABLES / f"{u}.json").read_text()) for u in units}
    mapping = propose_mapping(export, discovery, defs, units,
                              source_id_column="new_sourceid").mapping
    meeting = table_map(mapping, "appointment")
    assert meeting["source"] == "engagement_meetings" and "where" not in meeting
    assert "names appointment records: every row is one" in meeting["reason"]
    targets = {c["target"]: c.get("source") for c in meeting["columns"]}
    assert targets["scheduledstart"] == "start_time"
    assert targets["scheduledend"] == "end_time"          # its own end, not start + duration
    assert targets["subject"] == "title"
    assert [c["target"] for c in meeting["columns"]].count("scheduleddurationminutes") == 1
    call = table_map(mapping, "phonecall")
    assert call["source"] == "calls" and "where" not in call
