"""Rules added after measuring keys18's four exports held out (issue 13, session 13), on
made-up data so they run where the public data is absent: a help desk's tickets under a
name that names none (assigned to an agent, a status, a channel) and the messages written
on them; a help desk's plain 'user' role beside its agents is a customer; sign-in roles are
no contact's role at an account; a case's channel is its origin, its stage its status."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover, primary_key
from d365migrate.intake.read import Export
from d365migrate.intake.ticket_files import assigned_conversations
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.user_roles import role_split
from d365migrate.mapping.value_vetoes import sign_in_roles
from tuning_support import DEFS, top

REQUESTS = pl.DataFrame({
    "id": ["1", "2", "3", "4"], "board_id": ["1", "1", "2", "1"],
    "customer_ref": ["7", "8", "7", "9"], "assigned_agent_id": ["3", "", "3", "4"],
    "headline": ["Cannot log in", "Invoice copy", "Refund", "Password reset"],
    "state_now_status": ["open", "new", "closed", "pending"],
    "channel": ["email", "web", "email", "phone"]})
REPLIES = pl.DataFrame({
    "id": ["10", "11", "12", "13"], "request_id": ["1", "1", "3", "4"],
    "writer": ["7", "3", "3", "9"],
    "body": ["I cannot log in", "Try again now", "Refund sent", "Still locked out"],
    "sort": ["1", "2", "1", "1"]})


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(root=Path("."), tables=tables)).objects}


def test_conversations_assigned_to_an_agent_with_a_status_and_a_channel_are_tickets() -> None:
    kinds = _kinds({"portal_requests_2024": REQUESTS, "replies": REPLIES})
    assert kinds["portal_requests_2024"] == "ticket"
    # the messages: text whose parent id is named for the tickets' file
    assert kinds["replies"] == "ticket_message"


def test_without_a_channel_or_an_assignee_no_ticket_is_read_into_a_file() -> None:
    # a to-do list: assigned, with a status, but no channel it came in through
    assert assigned_conversations({"assigneduserid", "status", "duedate"}) is None
    # a campaign: a channel and a status, nobody assigned
    assert assigned_conversations({"channel", "status", "budget"}) is None
    assert assigned_conversations({"assigneeid", "currentstatus", "channel"}) is not None
    no_channel = REQUESTS.drop("channel")
    kinds = _kinds({"portal_requests_2024": no_channel, "replies": REPLIES})
    assert kinds["portal_requests_2024"] != "ticket"
    assert kinds["replies"] == "unknown"   # no tickets file to write on


def test_a_file_whose_name_names_a_kind_keeps_it() -> None:
    assert _kinds({"tasks": REQUESTS})["tasks"] == "task"


def test_a_help_desks_plain_users_beside_its_agents_are_its_customers() -> None:
    people = pl.DataFrame({"id": ["1", "2", "3", "4", "5"],
                           "email": ["a@x.example", "b@x.example", "c@y.example",
                                     "d@z.example", "e@z.example"],
                           "role": ["admin", "agent", "user", "user", "editor"]})
    split = role_split(people)
    assert split is not None
    assert (split.customers, split.customer_rows, split.staff_rows) == (("user",), 2, 3)
    # without an agent, a CRM's 'user' is as likely its own staff: no split
    assert role_split(people.with_columns(
        pl.Series("role", ["admin", "user", "user", "user", "admin"]))) is None


def test_sign_in_roles_are_no_contacts_role_at_an_account() -> None:
    assert sign_in_roles(("admin", "agent", "user"))
    assert sign_in_roles(("end-user",))
    assert not sign_in_roles(("Decision Maker", "Influencer"))
    people = pl.DataFrame({"name": ["Ann Lee", "Bo Chan", "Cy Diaz"],
                           "email": ["ann@x.example", "bo@x.example", "cy@x.example"],
                           "role": ["user", "agent", "admin"],
                           "buying_role": ["Decision Maker", "Influencer", "Employee"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="people")
    assert top(sugg, "role") != "accountrolecode"
    assert top(sugg, "buying_role") == "accountrolecode"


def test_a_cases_channel_is_its_origin_and_its_stage_its_status() -> None:
    cases = pl.DataFrame({"name": ["Damaged goods", "Late delivery", "Wrong size"],
                          "channel_id/id": ["channel_web", "channel_email", "channel_phone"],
                          "stage_id/id": ["stage_new", "stage_done", "stage_new"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="Helpdesk Ticket")
    assert top(sugg, "channel_id/id") == "caseorigincode"
    assert top(sugg, "stage_id/id") == "statuscode"
    topics = pl.DataFrame({"name": ["Login", "Refund", "Invoice"],
                           "current_status": ["new", "open", "closed"],
                           "channel": ["email", "web", "email"]})
    sugg = suggest_columns(topics, DEFS["incident"], source_object="topics")
    assert (top(sugg, "current_status"), top(sugg, "channel")) == ("statuscode",
                                                                   "caseorigincode")
    # a deal's stage stays its sales stage
    deals = pl.DataFrame({"name": ["Big deal", "Small deal"], "stage_id": ["won", "new"],
                          "amount": ["100", "20"]})
    assert top(suggest_columns(deals, DEFS["opportunity"], source_object="deals"),
               "stage_id") in ("salesstage", "stepname")


def test_a_first_column_that_repeats_a_value_is_no_key_beside_a_unique_email() -> None:
    # two people of one name (Helpy's import: 'audrey smith' twice, two e-mails): keyed by
    # the name, the second would be dropped as a duplicate
    names = ["ann lee", "bo chan", "cy diaz", "di fox", "ed gray", "flo hu", "gus ito",
             "hal jo", "ida kim", "jo lam", "kai mo", "ann lee"]
    people = pl.DataFrame({"name": names, "company": ["Acme"] * 12,
                           "email": [f"p{i}@acme.example" for i in range(12)]})
    assert primary_key("user_import", people) == "email"
    # a whole name that names each row once still gives way to the e-mail in a file of
    # people (session 25: two people may share a name in the next export)
    assert primary_key("user_import", people.with_columns(
        pl.Series("name", [*names[:-1], "ann b lee"]))) == "email"
    # without an e-mail, a first column that names each row once stays the key
    assert primary_key("user_import", people.drop("email").with_columns(
        pl.Series("name", [*names[:-1], "ann b lee"]))) == "name"
