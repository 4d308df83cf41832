"""Rules added after measuring keys56's held-out export (issue 13: Zendesk Support's API
lists as a client library recorded them, objects kept whole), on made-up data so they run
where the public data is absent: a record's own API address is no web site; an assignee
owns a case and never is its customer, the requester is; a link into a users file split by
role reads only the rows the contacts take."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.api_self_links import api_record_addresses
from d365migrate.mapping.owner_columns import names_asker, names_staff
from d365migrate.mapping.routed_links import read_routed_rows
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_records_api_address_is_no_web_site() -> None:
    assert api_record_addresses(["https://acme.zendesk.com/api/v2/users/6130869168922.json",
                                 "https://acme.zendesk.com/api/v2/users/6130871991962.json"])
    assert api_record_addresses(["https://api.github.com/repos/o/r/issues/12"])
    assert api_record_addresses(["https://x.example.com/v1/people/"
                                 "2f1c5a9e-1b2c-4d3e-8f90-123456789abc"])
    # web sites, pages and an API's list (no record's id) are not
    assert not api_record_addresses(["https://www.northwind.example", "http://acme.example/"])
    assert not api_record_addresses(["https://acme.example/about/team/42"])
    assert not api_record_addresses(["https://acme.zendesk.com/api/v2/users.json"])
    assert not api_record_addresses([])
    people = pl.DataFrame({
        "id": ["11", "12", "13"],
        "url": [f"https://desk.example.com/api/v2/users/{n}.json" for n in (11, 12, 13)],
        "name": ["Ada Quill", "Bram Okafor", "Cleo Marsh"],
        "email": ["ada@example.org", "bram@example.org", "cleo@example.org"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="users"), "url") \
        is None
    companies = pl.DataFrame({"id": ["1", "2"], "name": ["Northwind", "Contoso"],
                              "url": ["https://northwind.example", "https://contoso.example"]})
    assert _top(suggest_columns(companies, DEFS["account"], source_object="organizations"),
                "url") == "websiteurl"


def test_staff_and_asking_columns_by_name() -> None:
    assert names_staff("assignee_id") and names_staff("responder_id")
    assert names_staff("AssignedTo") and names_staff("owner")
    assert not names_staff("requester_id") and not names_staff("submitter_id")
    assert not names_staff("user_id")   # a help desk's ticket user is often who asked
    assert names_asker("requester_id") and names_asker("customer_id")
    assert names_asker("contactId") and not names_asker("submitter_id")


def _help_desk() -> Export:
    people = ["Ada Quill", "Bram Okafor", "Cleo Marsh", "Dara Finch", "Eli Stone",
              "Fay Lund", "Gus Reyes", "Hana Moss"]
    users = pl.DataFrame({
        "id": [f"u{n}" for n in range(1, 11)],
        "name": [*people, "Ivo Agent", "Jo Admin"],
        "email": [f"{p.split()[0].lower()}@example.org" for p in people]
        + ["ivo@desk.example", "jo@desk.example"],
        "role": ["end-user"] * 8 + ["agent", "admin"],
        "organization_id": ["o1", "o2", *[None] * 8]})
    organizations = pl.DataFrame({"id": ["o1", "o2"], "name": ["Northwind", "Contoso"]})
    tickets = pl.DataFrame({
        "id": ["1", "2", "3", "4", "5", "6"],
        "subject": ["Printer on fire", "Login fails", "Invoice copy", "VPN down",
                    "New laptop", "Refund"],
        "status": ["open", "new", "pending", "open", "solved", "closed"],
        # a test desk: the admin raised most tickets himself; one is assigned
        "requester_id": ["u10", "u10", "u99", "u10", "u1", "u10"],
        "submitter_id": ["u10", "u10", "u10", "u10", "u1", "u98"],
        "assignee_id": [None, None, None, None, "u9", None],
        "organization_id": ["o1", "o2", "o1", "o1", None, "o1"]})
    return Export(Path("."), {"users": users, "organizations": organizations,
                              "tickets": tickets})


def test_the_assignee_owns_a_case_and_the_requester_is_its_customer() -> None:
    got = proposed_targets(_help_desk(), DEFS, ["account", "contact", "incident"])
    tickets = got["tickets"]
    assert tickets["assignee_id"][0].target == "ownerid"
    assert tickets["requester_id"][0].target == "customerid"
    assert tickets["organization_id"][0].target == "customerid"
    assert "submitter_id" not in tickets or tickets["submitter_id"][0].target != "customerid"
    # both name the desk's staff by their values: the assignee's name says the owner
    frame = _help_desk().tables["tickets"]
    sugg = suggest_columns(frame, DEFS["incident"], source_object="tickets", relationships={
        "requester_id": "systemuser", "assignee_id": "systemuser"})
    assert _top(sugg, "assignee_id") == "ownerid"


def test_a_link_into_a_role_split_reads_the_contacts_rows_only() -> None:
    entries = [
        {"target": "contact", "source": "users", "where": {"column": "role", "in": ["end-user"]},
         "lookups": []},
        {"target": "incident", "source": "tickets", "lookups": [
            {"target": "customerid", "table": "contact", "source": "requester_id",
             "references": "users.id"},
            {"target": "customerid", "table": "account", "source": "organization_id",
             "references": "organizations.id"}]}]
    out = read_routed_rows(entries, ["users", "tickets", "organizations"])
    contact_link, account_link = out[1]["lookups"]
    assert contact_link["parent_where"] == {"column": "role", "in": ["end-user"]}
    assert "parent_where" not in account_link
    assert "parent_where" not in entries[1]["lookups"][0]   # the input is left as it was
    # two entries of one table from one file: which rows a link names is not said
    twice = [*entries[:1], {**entries[0], "where": {"column": "role", "in": ["vip"]}},
             entries[1]]
    assert "parent_where" not in read_routed_rows(twice, ["users"])[2]["lookups"][0]
