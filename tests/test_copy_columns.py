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


def _table(name: str, *without: str) -> dict:
    """The emulator's table, less the columns an org may lack (``without``)."""
    doc = json.loads((TABLES / f"{name}.json").read_text())
    doc["Attributes"] = [a for a in doc["Attributes"] if a["LogicalName"] not in without]
    return doc


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


def test_the_copy_headed_with_the_targets_very_label_is_the_field() -> None:
    """A Dataverse export writes 'Do not allow Bulk Emails' before 'Do not allow Emails', both
    False in every row; where the org's account has no bulk-email column, the first merely
    contains donotemail's label and the second is it: the second is the field."""
    n = 12
    accounts = pl.DataFrame({
        "Account": [f"A{i}" for i in range(n)], "Account Name": [f"School {i}" for i in range(n)],
        "Address 1: City": ["Adel"] * n, "Address 1: Street 1": ["1 Main St"] * n,
        "Address 1: ZIP/Postal Code": ["50003"] * n, "Main Phone": ["3125551212"] * n,
        "Status": ["0"] * n, "Status Reason": ["1"] * n, "Credit Hold": ["False"] * n,
        "Preferred Method of Contact": ["1"] * n, "Do not allow Phone Calls": ["False"] * n,
        "Do not allow Bulk Emails": ["False"] * n, "Do not allow Emails": ["False"] * n})
    found, why = suggest_columns_why(accounts, _table("account", "donotbulkemail"),
                                     source_object="Account")
    assert found["Do not allow Emails"][0].target == "donotemail"
    assert not found.get("Do not allow Bulk Emails")
    assert why["Do not allow Bulk Emails"] == (
        "the values of 'Do not allow Emails' again, row by row: a copy")
    # the documented account has the bulk-email column: each is its own field
    found, _ = suggest_columns_why(accounts, _table("account"), source_object="Account")
    assert found["Do not allow Emails"][0].target == "donotemail"
    assert found["Do not allow Bulk Emails"][0].target == "donotbulkemail"
