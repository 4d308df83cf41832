"""Rules added after measuring keys93's held-out exports (issue 13: Mailchimp's and
Klaviyo's records as Airbyte's connectors read them), on made-up data so they run where the
public data is absent: a file named for a mailing list's members that holds the people
themselves (a name, an e-mail, the list and the opt-in) is contacts, not who is on which
list; a person's whole name alone is the contact's required last name; a 'source' of the
ways a record was entered (Import, API, Admin Add) is no lead source."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.subscriber_files import list_subscribers
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_vetoes import entry_methods
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_lists_members_with_their_names_and_opt_in_are_contacts() -> None:
    members = pl.DataFrame({
        "id": ["9f1c", "77ab", "a0e2"],
        "email_address": ["ana@example.org", "bo@example.org", "cy@example.org"],
        "full_name": ["Ana Lima", "Bo Chen", "Cy Park"],
        "status": ["subscribed", "subscribed", "unsubscribed"],
        "timestamp_opt": ["2024-01-02T10:00:00+00:00"] * 3,
        "list_id": ["L1", "L1", "L1"]})
    # who is on which list, and nothing of the person: no contacts
    rows = pl.DataFrame({"list_id": ["L1", "L1", "L2"], "member_id": ["9f1c", "77ab", "9f1c"],
                         "added_at": ["2024-01-02", "2024-01-03", "2024-01-04"]})
    found = {o.source: o.name for o in discover(
        Export(Path("."), {"list_members": members, "segment_members": rows})).objects}
    assert found["list_members"] == "contact"
    assert found["segment_members"] != "contact"
    assert list_subscribers("audience_subscribers", list(members.columns))
    # a team's members (no list word) and a list file without the opt-in stay as they were
    assert list_subscribers("team_members", list(members.columns)) is None
    assert list_subscribers("list_members", ["id", "email_address", "full_name"]) is None


def test_a_whole_name_alone_is_the_contacts_last_name() -> None:
    alone = pl.DataFrame({"id": ["1", "2"], "full_name": ["Ana Lima", "Bo Chen"],
                          "email": ["ana@example.org", "bo@example.org"]})
    sugg = suggest_columns(alone, dict(DEFS["contact"]), source_object="contacts")
    assert _top(sugg, "full_name") == "lastname"
    parts = alone.with_columns(first_name=pl.Series(["Ana", "Bo"]),
                               last_name=pl.Series(["Lima", "Chen"]))
    sugg = suggest_columns(parts, dict(DEFS["contact"]), source_object="contacts")
    assert _top(sugg, "last_name") == "lastname"
    assert _top(sugg, "full_name") != "lastname"


def test_a_source_of_entry_methods_is_no_lead_source() -> None:
    assert entry_methods(("Import", "API - Generic", "Admin Add"))
    assert not entry_methods(("Web", "Trade Show"))
    people = pl.DataFrame({"id": ["1", "2", "3"], "email": ["a@x.org", "b@x.org", "c@x.org"],
                           "last_name": ["Lima", "Chen", "Park"],
                           "source": ["Import", "API", "Import"]})
    sugg = suggest_columns(people, dict(DEFS["contact"]), source_object="contacts")
    assert _top(sugg, "source") != "leadsourcecode"
    people = people.with_columns(source=pl.Series(["Web", "Trade Show", "Web"]))
    sugg = suggest_columns(people, dict(DEFS["contact"]), source_object="contacts")
    assert _top(sugg, "source") == "leadsourcecode"


def test_a_subscription_state_says_whether_bulk_email_may_go() -> None:
    from d365migrate.mapping.subscription_flags import subscription_flag_values

    states = pl.Series("status", ["subscribed", "unsubscribed", "cleaned", None])
    assert subscription_flag_values(states, "donotbulkemail") == {
        "cleaned": True, "subscribed": False, "unsubscribed": True}
    assert subscription_flag_values(states, "statuscode") is None       # no yes/no of mail
    assert subscription_flag_values(pl.Series("x", ["yes", "no"]), "donotbulkemail") is None


def test_a_campaigns_file_the_analyst_leaves_out_says_the_analysts_reason() -> None:
    from d365migrate.verify.inventory import build_inventory

    objects = [{"source": "campaigns", "file": "campaigns.csv", "kind": "campaign", "rows": 1},
               {"source": "reports", "file": "reports.csv", "kind": "campaign", "rows": 1}]
    staged = {"campaign": {"source": "campaigns", "source_rows": 1, "table": "campaign"}}
    unmatched = [{"source": "reports", "kind": "campaign", "left_by": "campaign_2",
                  "reason": "left out by the analyst: a sent campaign's statistics"}]
    files = {f["source"]: f for f in build_inventory(objects, staged, unmatched)["files"]}
    assert files["reports"]["reason"] == ("not migrated: left out by the analyst: a sent "
                                          "campaign's statistics")
    assert "loads_when_asked" not in files["reports"]
    # a campaigns file of a run that loads no campaigns still says how to ask for them
    files = {f["source"]: f for f in build_inventory(objects[1:], {}, [])["files"]}
    assert files["reports"]["loads_when_asked"] == ["campaign"]
