"""Rules added after measuring keys47's held-out exports (issue 13: Salesloft and Outreach
as Airbyte's connectors record them), on made-up data so they run where the public data is
absent: a link written as the linked record's API address names its table by the address's
collection, and is never text; a list of one numeric id is a link; a link by API address on
every row is no tenant's id; an id in another CRM is no link here; e-mails sent are told by
their delivery times; an activity's state is its status; a company's 'type' written as a
phrase is no relationship type."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.sent_emails import sent_emails
from d365migrate.mapping.api_addresses import addressed_table
from d365migrate.mapping.relationship_types import no_relationships
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.targets import attributes
from d365migrate.mapping.vocabulary import load_vocabulary
from tuning_support import DEFS
from tuning_support import top as _top

API = "https://api.example.com/v2"


def _link(collection: str, n: int) -> str:
    return f'{{"_href":"{API}/{collection}/{n}","id":{n}}}'


def test_an_api_address_names_the_table_a_link_points_at() -> None:
    vocab = load_vocabulary()
    people = [_link("people", n) for n in (11, 12)]
    assert addressed_table(people, "phonecall", vocab) == "contact"
    assert addressed_table([_link("users", 7)], "contact", vocab) == "systemuser"
    # a collection no table holds: a link to something else, never text
    assert addressed_table([_link("email_details", 3)], "task", vocab) == "?"
    # lists of one numeric id link by the column's name
    assert addressed_table(["[1]", "[2]"], "contact", vocab, ("account",)) == "account"
    # plain values, lists of strings, objects without an address: no such link
    assert addressed_table(["Company 8"], "contact", vocab) is None
    assert addressed_table(['["a@example.org"]'], "contact", vocab, ("emails",)) is None
    assert addressed_table(['{"name": "x", "value": 2}'], "contact", vocab) is None


def test_links_by_address_map_to_lookups_and_never_to_text() -> None:
    calls = pl.DataFrame({
        "id": ["1", "2", "3"], "to": ["+15550101", "+15550102", "+15550103"],
        "called_person": [_link("people", n) for n in (11, 12, 13)],
        "note": [_link("notes", n) for n in (21, 22, 23)],
        "details": [_link("call_details", n) for n in (31, 32, 33)],
        "created_at": ["2024-01-02", "2024-01-03", "2024-01-04"]})
    got = suggest_columns(calls, DEFS["phonecall"], source_object="calls")
    assert _top(got, "called_person") in ("to", "regardingobjectid")
    assert _top(got, "note") is None and _top(got, "details") is None


def test_a_link_by_api_address_on_every_row_is_no_tenant_id() -> None:
    people = pl.DataFrame({
        "id": ["1", "2", "3"], "first_name": ["Ada", "Bram", "Cleo"],
        "last_name": ["Quill", "Okafor", "Marsh"],
        "account": [_link("accounts", 5)] * 3, "owner": [_link("users", 7)] * 3,
        "owner_crm_id": [None, None, None],
        "person_company_name": ["Quill Ltd", "Okafor plc", "Marsh & Co"]})
    got = suggest_columns(people, DEFS["contact"], source_object="people")
    # all three at one company, with one owner: links, not the tenant's id
    assert _top(got, "account") == "parentcustomerid"
    assert _top(got, "owner") == "ownerid"
    assert _top(got, "owner_crm_id") is None   # the owner's id in another CRM


def test_e_mails_sent_are_told_by_their_delivery_times() -> None:
    assert sent_emails({"id", "sentat", "sendafter", "recipientemailaddress", "status"})
    assert sent_emails({"bodyhtml", "deliveredat", "openedat", "bouncedat", "subject"})
    # an addresses file, a campaign's figures: no delivery time
    assert sent_emails({"email", "type", "isprimary", "personid"}) is None
    assert sent_emails({"name", "emailssent", "opens", "clicks", "subject"}) is None
    emails = pl.DataFrame({
        "id": ["1", "2"], "recipient_email_address": ["a@example.org", "b@example.org"],
        "status": ["sent", "sent"], "send_after": ["2024-01-02T10:00", "2024-01-03T10:00"],
        "sent_at": ["2024-01-02T10:01", "2024-01-03T10:01"],
        "view_tracking": ["true", "false"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"emails": emails})).objects}
    assert kinds["emails"] == "activity"


def test_an_activity_state_is_its_status_and_a_phrase_is_no_relationship() -> None:
    tasks = pl.DataFrame({"id": ["1", "2", "3"], "state": ["incomplete", "complete",
                                                             "incomplete"],
                          "dueAt": ["2024-01-02", "2024-01-03", "2024-01-04"]})
    assert _top(suggest_columns(tasks, DEFS["task"], source_object="tasks"), "state") in \
        ("statecode", "statuscode")
    names = {a.logical: a for a in attributes(DEFS["account"], load_vocabulary())}
    assert no_relationships(("open source data portability platform",), names)
    assert not no_relationships(("Partner",), names)
