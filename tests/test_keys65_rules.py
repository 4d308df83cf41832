"""Rules added after measuring keys65's held-out exports (issue 13: no-code templates,
second wave), on made-up data so they run where the public data is absent: a table named
by its records' noun and then the tool's words ('lead_management_system') names those
records; a lead's 'deal amount' is its estimated amount; a ticket's 'reference' is its
number; a creator's or editor's e-mail ('user_updated.email') is no e-mail of the record's
own; and a ticket whose customer is written by name (no id) keeps that link as the case's
customer."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_name_ending_in_the_tools_words_names_the_records() -> None:
    assert name_kind("lead_management_system") == ("lead", "exact")
    assert name_kind("Ticket Tracker") == ("ticket", "exact")
    assert name_kind("Contacts Database")[0] == "contact"
    # the tool's words alone, or after no record's noun, still name nothing
    assert name_kind("crm_system") == (None, "")
    assert name_kind("hubspot_crm") == (None, "")


def test_a_leads_deal_amount_is_its_estimate() -> None:
    df = pl.DataFrame({"name": ["Ann Lee", "Bo Chan"], "company": ["ABC", "XYZ"],
                       "deal_amount": [75000, 0]})
    sugg = suggest_columns(df, dict(DEFS["lead"]), source_object="leads")
    assert _top(sugg, "deal_amount") == "estimatedamount"
    deals = suggest_columns(df, dict(DEFS["opportunity"]), source_object="deals")
    assert _top(deals, "deal_amount") == "estimatedvalue"   # a deal's stays its value


def test_a_tickets_reference_is_its_number() -> None:
    df = pl.DataFrame({"name": ["Cannot log in", "Invoice wrong"],
                       "reference": ["SUP-1201", "SUP-1202"]})
    sugg = suggest_columns(df, dict(DEFS["incident"]), source_object="tickets")
    assert _top(sugg, "reference") == "ticketnumber"


def test_an_editors_email_is_no_email_of_the_record() -> None:
    df = pl.DataFrame({"name": ["Website deal", "Logo deal"],
                       "owner.email": ["ann@example.com", "bo@example.com"],
                       "user_updated.email": ["admin@example.com", "bo@example.com"]})
    sugg = suggest_columns(df, dict(DEFS["opportunity"]), source_object="deals")
    assert _top(sugg, "owner.email") == "ownerid"
    assert _top(sugg, "user_updated.email") is None


def test_a_tickets_customer_by_name_is_the_cases_customer() -> None:
    customers = pl.DataFrame({"id": ["1", "2"], "name": ["Brightside Retail", "Harbor Supply"],
                              "email": ["a@example.com", "b@example.com"]})
    tickets = pl.DataFrame({"id": ["1", "2", "3"], "name": ["Invite fails", "Wrong invoice",
                                                      "Export broken"],
                            "customer": ["Brightside Retail", "Harbor Supply",
                                         "Brightside Retail"],
                            "priority": ["High", "Normal", "Low"],
                            "status": ["Open", "Open", "Resolved"],
                            "description": ["a", "b", "c"]})
    export = Export(Path("."), {"customers": customers, "tickets": tickets})
    got = proposed_targets(export, DEFS, ["account", "incident"])
    assert _top(got["tickets"], "customer") == "customerid"
