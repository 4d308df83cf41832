"""Of two columns with the same values row by row claiming one target, the field is the one
whose name says the target's whole label (an event's 'start_date_time' for 'Start Time', over
an earlier 'activity_date'); otherwise the earlier (a deal's 'Opportunity Amount' before its
copy 'Amount'; a case's 'opened_at' before 'sys_created_on', which says 'Created' but not
'Record')."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.mapping.suggest import suggest_columns_why

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
WHEN = ["2024-03-01 09:30:00", "2024-03-02 14:00:00", "2024-03-05 11:15:00"]


def _table(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


def test_the_copy_whose_name_says_the_targets_label_is_the_field() -> None:
    events = pl.DataFrame({"event_id": ["E1", "E2", "E3"], "subject": ["Kick-off", "Demo",
                                                                        "Review"],
                           "activity_date": WHEN, "start_date_time": WHEN,
                           "end_date_time": ["2024-03-01 10:30:00", "2024-03-02 15:00:00",
                                             "2024-03-05 12:15:00"]})
    found, why = suggest_columns_why(events, _table("appointment"), source_object="events")
    assert found["start_date_time"][0].target == "scheduledstart"
    assert not found.get("activity_date")
    assert why["activity_date"] == "the values of 'start_date_time' again, row by row: a copy"


def test_a_name_that_says_part_of_the_label_keeps_the_earlier() -> None:
    cases = pl.DataFrame({"case_id": ["C1", "C2", "C3"], "title": ["Login", "Refund", "Crash"],
                          "opened_at": WHEN, "sys_created_on": WHEN})
    found, why = suggest_columns_why(cases, _table("incident"), source_object="cases")
    assert found["opened_at"][0].target == "overriddencreatedon"
    assert "a copy" in why["sys_created_on"]
