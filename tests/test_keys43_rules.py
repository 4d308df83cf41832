"""Rules added after measuring keys43's held-out exports (issue 13: data as ELT connectors
record it), on made-up data so they run where the public data is absent: a file of one
record with a plan and no name is the export's own subscription, no customer; goals of
nothing but a name are a web site's, no sales targets; a live chat's chats are
tickets, and a visitor or a requester the person who opened one; a case's 'message' is its
description and a bare 'timestamp' when a record was made; a column repeating the label of
the record its '<x>_id' sibling links to is left unmapped; an id of the file's own kind
qualified by another product's name is the record's id there, no parent link; an id
repeated only by a row read twice still keys its file; a length whose minutes another
column of the same rows counts is in seconds; a 'type' of channels is no case type; and a
call's 'completion status' is its outcome (a failed call was not made)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover, key_candidates
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.call_outcomes import outcome_column
from d365migrate.mapping.sibling_names import label_of_linked, own_id_elsewhere
from d365migrate.mapping.span_units import with_span_units
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_one_record_file_with_a_plan_and_no_name_is_the_exports_own_subscription() -> None:
    # a chat desk's own account with the system: a key, a status, a plan; no customer's name
    tables = {"accounts": pl.DataFrame({"create_date": ["2020-12-11T18:33:40Z"],
                                        "account_key": ["k3yOfTheDesk"], "status": ["active"],
                                        "plan": ['{"name": "enterprise", "max_agents": 5}']}),
              "agents": pl.DataFrame({"id": ["1", "2"], "email": ["a@x.example", "b@x.example"],
                                      "first_name": ["Ann", "Bo"], "enabled": ["true", "true"]})}
    found = {o.source: o for o in discover(Export(Path("."), tables)).objects}
    assert found["accounts"].name == "unknown"
    assert "subscription" in " ".join(found["accounts"].evidence)
    # a customer of one record, with a name beside its plan, stays an account
    customer = tables["accounts"].with_columns(pl.Series("name", ["Globex"]))
    found = {o.source: o for o in discover(Export(Path("."), {**tables, "accounts": customer})
                                           ).objects}
    assert found["accounts"].name == "account"


def test_goals_of_nothing_but_a_name_are_a_web_sites_not_sales_targets() -> None:
    # web-page goals: a name, a description and URL conditions; no target, owner or period
    kind, _, _, why = classify_table(
        "goals", ["id", "name", "description", "attribution_model", "settings"], "id")
    assert kind == "unknown" and "conversion goals" in why[0]
    # a target, a period or an owner keeps them goals; so does a name that says sales
    assert classify_table("goals", ["id", "name", "target", "period_start", "period_end"],
                          "id")[0] == "goal"
    assert classify_table("goals", ["id", "title", "assignee", "interval"], "id")[0] == "goal"
    assert name_kind("sales_goals")[0] == "goal"


def test_a_live_chats_chats_are_tickets_opened_by_their_visitor() -> None:
    for name in ("chats", "Live chats", "chat_transcripts"):
        assert name_kind(name)[0] == "ticket", name
    kind, *_ = classify_table("chats", ["id", "timestamp", "visitor", "message", "tags"], "id")
    assert kind == "ticket"
    # a support desk's requester is the person who opened the ticket, as a contact is
    kind, *_ = classify_table("chats", ["id", "requester_id", "message"], "id")
    assert kind == "ticket"


def test_a_cases_message_is_its_description_and_a_bare_timestamp_its_creation() -> None:
    df = pl.DataFrame({"id": ["c1", "c2"],
                       "timestamp": ["2024-04-26T13:54:02Z", "2024-04-21T14:36:55Z"],
                       "message": ["My order never arrived", "Can I change my plan?"]})
    sugg = suggest_columns(df, DEFS["incident"], source_object="chats")
    assert _top(sugg, "message") == "description"
    assert _top(sugg, "timestamp") == "overriddencreatedon"
    # a task's bare timestamp stays its due date (HubSpot's hs_timestamp)
    task = pl.DataFrame({"id": ["t1", "t2"], "subject": ["Call back", "Send offer"],
                         "timestamp": ["2024-05-01T09:00:00Z", "2024-05-02T09:00:00Z"]})
    assert _top(suggest_columns(task, DEFS["task"]), "timestamp") == "scheduledend"


def test_a_column_labelling_the_record_its_id_sibling_links_to_is_left_unmapped() -> None:
    # every call went through the company's one line: its id and its number, repeated
    calls = pl.DataFrame({"id": ["1", "2", "3"], "direction": ["outbound"] * 3,
                          "phone_number_id": ["77", "77", "78"],
                          "phone_number": ["+12055550100", "+12055550100", "+12055550199"],
                          "duration": ["18", "8", "349"]})
    assert label_of_linked("phone_number", calls) == "phone_number_id"
    sugg = suggest_columns(calls, DEFS["phonecall"])
    assert _top(sugg, "phone_number") is None
    # ids each on one row (the file's own, or no link shown twice) say nothing
    own = calls.with_columns(pl.Series("phone_number_id", ["1", "2", "3"]))
    assert label_of_linked("phone_number", own) == ""
    # several values for one id: the row's own values (addresses numbered per person)
    mixed = calls.with_columns(pl.Series("phone_number_id", ["1", "1", "1"]))
    assert label_of_linked("phone_number", mixed) == ""
    # one word is no label ('company' beside 'company_id' is left to the other rules)
    assert label_of_linked("direction", calls) == ""


def test_an_id_of_the_files_own_kind_from_another_product_is_no_parent_link() -> None:
    assert own_id_elsewhere(("helpdesk", "ticket", "id"))
    assert own_id_elsewhere(("company", "id"))
    assert not own_id_elsewhere(("parent", "ticket", "id"))
    assert not own_id_elsewhere(("problem", "ticket", "id"))
    cases = pl.DataFrame({"id": ["a", "b"], "subject": ["Late order", "Refund"],
                          "helpdesk_ticket_id": ["9001", "9002"],
                          "parent_ticket_id": [None, "a"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="cases")
    assert _top(sugg, "helpdesk_ticket_id") != "parentcaseid"
    assert _top(sugg, "parent_ticket_id") == "parentcaseid"


def test_an_id_repeated_only_by_a_row_read_twice_still_keys_the_file() -> None:
    # a connector's re-sync emits the same call again, whole: one record read twice
    rows = [(str(i), f"2021-10-20T14:{i:02d}:00Z", "outbound") for i in range(7)]
    calls = pl.DataFrame(rows + [rows[3]], schema=["id", "created_at", "direction"],
                         orient="row")
    assert key_candidates("calls", calls)[0]["column"] == "id"
    # an id two different rows share is no key
    other = pl.DataFrame(rows + [("3", "2021-10-21T09:00:00Z", "inbound")],
                         schema=["id", "created_at", "direction"], orient="row")
    assert all(c["column"] != "id" for c in key_candidates("calls", other))


def test_a_length_whose_minutes_a_sibling_counts_is_in_seconds() -> None:
    # Zendesk Talk: duration in seconds, minutes_billed its minutes rounded up
    calls = pl.DataFrame({"id": ["1", "2", "3", "4"], "duration": ["349", "288", "18", "125"],
                          "minutes_billed": ["6", "5", "1", "3"]})
    entry = {"source": "calls", "columns": [
        {"source": "duration", "target": "actualdurationminutes", "reason": "vocabulary"}]}
    col = with_span_units([entry], {"calls": calls})[0]["columns"][0]
    assert col["clock"] == "seconds" and "minutes_billed" in col["reason"]
    # a length already in minutes beside a count of other minutes is left as it is
    meetings = calls.with_columns(pl.Series("minutes_billed", ["349", "288", "18", "125"]))
    entry = {"source": "calls", "columns": [
        {"source": "duration", "target": "actualdurationminutes", "reason": "vocabulary"}]}
    col = with_span_units([entry], {"calls": meetings})[0]["columns"][0]
    assert "clock" not in col


def test_a_type_of_channels_is_no_case_type() -> None:
    # a live chat's 'type' says how the case came in (offline message, chat), not whether
    # it is a question, a problem or a request
    chats = pl.DataFrame({"id": ["a", "b", "c"], "message": ["Hi", "Help", "Hello"],
                          "type": ["offline_msg", "chat", "offline_msg"]})
    assert _top(suggest_columns(chats, DEFS["incident"]), "type") != "casetypecode"
    tickets = chats.with_columns(pl.Series("type", ["question", "problem", "incident"]))
    assert _top(suggest_columns(tickets, DEFS["incident"]), "type") == "casetypecode"


def test_a_calls_completion_status_is_its_outcome() -> None:
    # Zendesk Talk: completed / failed: a failed call did not happen (Canceled), whatever
    # its direction says
    calls = pl.DataFrame({"id": ["1", "2"], "direction": ["outbound", "outbound"],
                          "completion_status": ["failed", "completed"]})
    assert outcome_column(calls) == ("completion_status", {"failed": 2, "completed": 1})
    # another record's status is not the call's ('approval_status')
    other = calls.rename({"completion_status": "approval_status"})
    assert outcome_column(other) is None
