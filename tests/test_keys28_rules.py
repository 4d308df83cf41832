"""keys28's general rules (issue 13), on made-up data:

- an activity's own outcome column (completed / canceled / busy / no-answer; Held / Not
  Held / Planned) is its state, instead of every call closing as made whatever it says; a
  status of other words, or another thing's status ('Check_In_Status'), is no outcome;
- a direction written with a suffix ('outbound-api') is still outbound;
- the load keeps a status only within its row's state (a call made by its direction but
  canceled by its outcome takes the Canceled state's status);
- rows of text on a ticket linked through a type + id pair ('journalized_type' "Issue") are
  the tickets' messages; rows logging hours spent on a ticket are a timesheet, not messages.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.ticket_files import ticket_messages
from d365migrate.load.closes import split_states
from d365migrate.mapping.call_outcomes import direction_word, outcome_column, outcome_states
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import SOURCE_ID

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "phonecall", "appointment", "incident")}


def _calls() -> pl.DataFrame:
    return pl.DataFrame({
        "call_id": ["c1", "c2", "c3", "c4"],
        "subject": ["Intro", "Follow-up", "Demo", "Renewal"],
        "started": ["2024-03-01 10:00", "2024-03-02 11:00", "2024-03-03 09:30",
                    "2024-03-04 16:00"],
        "direction": ["inbound", "outbound-api", "outbound-dial", "inbound"],
        "status": ["completed", "no-answer", "completed", "busy"]})


def _call_entry(calls: pl.DataFrame) -> dict:
    ex = Export(Path("."), {"calls": calls})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["phonecall"],
                              source_id_column="new_sourceid").mapping
    return next(t for t in mapping["tables"] if t["target"] == "phonecall")


def test_a_calls_own_outcome_column_is_its_state():
    entry = _call_entry(_calls())
    state = [c for c in entry["columns"] if c["target"] == "statecode"]
    assert [(c["source"], c["values"]) for c in state] == [
        ("status", {"busy": 2, "completed": 1, "no-answer": 2})]
    assert "status" not in entry["unmapped"]
    # the direction still gives the status of the calls that happened, suffixes and all
    direction = next(c for c in entry["columns"] if c["target"] == "directioncode")
    assert direction["values"] == {"inbound": False, "outbound-api": True,
                                   "outbound-dial": True}


def test_a_status_of_other_words_is_asked_and_of_something_else_is_no_outcome():
    # (until session 39 a status of other words was dropped and every call closed as made:
    # an 'Overdue' call said to have happened; now the person decides what it says)
    calls = _calls().with_columns(pl.Series("status", ["Overdue"] * 4))
    entry = _call_entry(calls)
    assert [(c["source"], c["values"]) for c in entry["columns"]
            if c["target"] == "statecode"] == [("status", {"Overdue": None})]
    events = pl.DataFrame({"Check_In_Status": ["PLANNED", "PLANNED"],
                           "Approval_State": ["done", "done"]})
    assert outcome_column(events) is None
    meetings = pl.DataFrame({"Meeting Outcome": ["Held", "Not Held", "Planned"]})
    assert outcome_column(meetings) == ("Meeting Outcome",
                                        {"Held": 1, "Not Held": 2, "Planned": 0})
    assert outcome_states(["completed", "voicemail left"]) is None
    assert direction_word("Outbound-API") == "outbound" and direction_word("") == ""


def test_a_status_outside_its_rows_state_gives_way_to_the_states_own():
    staged = pl.DataFrame({SOURCE_ID: ["c1", "c2", "c3"],
                           "subject": ["a", "b", "c"],
                           "statecode": [1, 2, 0],
                           "statuscode": [4, 2, 2]})   # received / made / made
    create, closes = split_states(staged, DEFS["phonecall"])
    # completed + received stays; canceled + made becomes canceled's own; the open call
    # is created with the open state's status, not 'made'
    assert sorted(closes.rows()) == [("c1", 1, 4), ("c2", 2, 3)]
    assert create.filter(pl.col(SOURCE_ID) == "c3")["statuscode"].to_list() == [1]


def test_a_status_with_no_state_of_its_own_in_the_metadata_is_kept():
    td = {"LogicalName": "x", "Attributes": [
        {"LogicalName": "statecode", "AttributeType": "State"},
        {"LogicalName": "statuscode", "AttributeType": "Status"}]}
    staged = pl.DataFrame({SOURCE_ID: ["r1"], "statecode": [1], "statuscode": [7]})
    _, closes = split_states(staged, td)
    assert closes.rows() == [("r1", 1, 7)]


def test_notes_on_a_ticket_through_a_type_and_id_pair_are_its_messages():
    issues = pl.DataFrame({"id": ["1", "2"], "subject": ["Cannot print", "Crash"]})
    journals = pl.DataFrame({"id": ["10", "11", "12"], "journalized_type": ["Issue"] * 3,
                             "journalized_id": ["1", "1", "2"], "user_id": ["3", "2", "3"],
                             "notes": ["Looked at it", "Fixed in r2", "Cannot reproduce"]})
    got = ticket_messages({"issues": issues, "journals": journals},
                          {"issues": "ticket", "journals": "unknown"})
    assert list(got) == ["journals"] and "journalized_id" in got["journals"]
    # the pair naming another record ("Project") is no ticket's
    other = journals.with_columns(pl.Series("journalized_type", ["Project"] * 3))
    assert ticket_messages({"issues": issues, "journals": other},
                           {"issues": "ticket", "journals": "unknown"}) == {}


def test_hours_logged_on_a_ticket_are_no_messages():
    issues = pl.DataFrame({"id": ["1", "2"], "subject": ["Cannot print", "Crash"]})
    entries = pl.DataFrame({"issue_id": ["1", "2"], "date": ["2024-01-01", "2024-01-02"],
                            "hours": ["1.5", "2"], "comment": ["Design", "QA"]})
    kinds = {"issues": "ticket", "time_entries": "unknown"}
    assert ticket_messages({"issues": issues, "time_entries": entries}, kinds) == {}
    replies = entries.drop("hours")
    assert list(ticket_messages({"issues": issues, "time_entries": replies}, kinds)) == [
        "time_entries"]


def test_staging_keeps_a_status_only_within_its_state():
    from d365migrate.staging.state_status import statuses_within_states

    staged = pl.DataFrame({SOURCE_ID: ["c1", "c2", "c3", "c4"], "__source_row": [1, 2, 3, 4],
                           "statecode": [1, 2, 0, None], "statuscode": [4, 2, 2, 2]})
    fixed, flags = statuses_within_states(staged, DEFS["phonecall"], "calls.csv")
    # received stays; made on a canceled call is Canceled; made on an open one Open; a
    # status with no state given is left for the load to settle
    assert fixed["statuscode"].to_list() == [4, 3, 1, 2]
    assert statuses_within_states(staged, None)[0]["statuscode"].to_list() == [4, 2, 2, 2]
    # each record that did not keep what the export said is listed, for the report (session
    # 16): two statuses that gave way, and a call created in the default state (Open)
    assert flags.sort("row").select("row", "column", "value", "reason", "action").rows() == [
        (2, "Status Reason", "Made", "a status of another state: the record is Canceled",
         "status set to Canceled"),
        (3, "Status Reason", "Made", "a status of another state: the record is Open",
         "status set to Open"),
        (4, "Status", None, "the export gives this record no state",
         "created in the default state, Open")]
    assert set(flags["file"]) == {"calls.csv"}


def test_one_record_every_file_names_alike_is_the_exports_own_account():
    from d365migrate.intake.tenant_files import tenant_files

    tenant = "AC7f3e9b2d41"
    account = pl.DataFrame({"id": [tenant], "friendly_name": ["Main workspace"],
                            "status": ["active"], "type": ["Full"]})
    calls = pl.DataFrame({"id": ["c1", "c2", "c3"], "account_id": [tenant] * 3,
                          "duration": ["30", "0", "12"]})
    texts = pl.DataFrame({"id": ["m1", "m2"], "account_id": [tenant] * 2, "body": ["a", "b"]})
    numbers = pl.DataFrame({"id": ["n1"], "account_id": [tenant], "number": ["+15550100"]})
    tables = {"accounts": account, "calls": calls, "messages": texts, "numbers": numbers}
    kinds = {"accounts": "account", "calls": "activity", "messages": "unknown",
             "numbers": "unknown"}
    got = tenant_files(tables, kinds)
    assert list(got) == ["accounts"] and "tenant" in got["accounts"]
    # two files naming it are not enough: a small export may have one customer on purpose
    assert tenant_files({k: v for k, v in tables.items() if k != "numbers"}, kinds) == {}
    # a customers file of two records is customers, whatever points at them
    two = pl.concat([account, account.with_columns(pl.lit("AC0000000002").alias("id"))])
    assert tenant_files({**tables, "accounts": two}, kinds) == {}
    # and through discovery: the file is no longer the accounts
    found = discover(Export(Path("."), tables))
    assert {o.source: o.name for o in found.objects}["accounts"] == "unknown"
