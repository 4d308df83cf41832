"""Owners matched by email, else by full name through the export's users file and the org's
users; a name two users share blocks, like an unmatched owner, with the reason (issue 13)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.load.owners import (
    OwnersUnresolved,
    discovered_people,
    match_owners,
    people_of_table,
    require_owners_decided,
)

ORG = [
    {"systemuserid": "u-jane", "fullname": "Jane Doe",
     "internalemailaddress": "jane.doe@customer.example", "isdisabled": False},
    {"systemuserid": "u-ann1", "fullname": "Ann Lee",
     "internalemailaddress": "ann.lee@customer.example", "isdisabled": False},
    {"systemuserid": "u-ann2", "fullname": "ann  LEE",
     "internalemailaddress": "a.lee@customer.example", "isdisabled": False},
    {"systemuserid": "u-old", "fullname": "Old Timer",
     "internalemailaddress": "old@customer.example", "isdisabled": True},
]

#: A Salesforce-like users file: ids, a login name that is an email, a display name.
SF_USERS = pl.DataFrame({
    "Id": ["005A", "005B", "005C", "005D"],
    "Username": ["jd@legacy.example", "bs@legacy.example", "x1@legacy.example",
                 "x2@legacy.example"],
    "Name": ["Jane  Doe ", "Bo Smith", "Sam Same", "Sam Same"],
    "Email": ["jd@legacy.example", "bo@legacy.example", "x1@legacy.example",
              "x2@legacy.example"],
})


def test_people_of_a_users_file_by_id_email_and_name():
    people = people_of_table(SF_USERS, "Id")
    assert people["005a"].fullname == "Jane Doe"        # spacing tidied
    assert people["005a"].email == "jd@legacy.example"  # Email, not the login name
    assert people["jane doe"].email == "jd@legacy.example"
    assert people["bo@legacy.example"].fullname == "Bo Smith"
    assert people["sam same"].ambiguous == ("x1@legacy.example", "x2@legacy.example")
    assert not people["005c"].ambiguous                  # an id names one user


def test_first_and_last_name_make_the_full_name():
    df = pl.DataFrame({"owner_id": ["7"], "first_name": ["Jane"], "last_name": ["Doe"],
                       "email": [None]})
    people = people_of_table(df)
    assert people["7"].fullname == "Jane Doe" and people["7"].email is None


def test_an_id_is_matched_by_full_name_when_its_email_is_not_in_the_org():
    m = match_owners({"005a": 3}, ORG, people=people_of_table(SF_USERS, "Id"))
    assert m.ids == {"005a": "u-jane"} and m.how == {"005a": "name"}
    assert m.queue.height == 0


def test_email_first_then_full_name():
    org = [*ORG, {"systemuserid": "u-bo", "fullname": "Jane Doe",
                  "internalemailaddress": "bo@legacy.example", "isdisabled": False}]
    people = people_of_table(SF_USERS, "Id")
    m = match_owners({"005b": 1}, org, people=people)
    assert m.ids == {"005b": "u-bo"} and m.how["005b"] == "email"
    # Jane is now two org users by name, but her id still names no email the org has
    m = match_owners({"005a": 1}, org, people=people)
    assert m.ids == {} and m.queue["status"].to_list() == ["ambiguous"]


def test_a_bare_full_name_matches_the_org_user_of_that_name():
    m = match_owners({"jane doe": 4}, ORG)      # staged lowercase, as staging keeps owners
    assert m.ids == {"jane doe": "u-jane"}


def test_a_name_two_org_users_share_blocks_with_the_reason():
    m = match_owners({"ann lee": 2, "jane doe": 1}, ORG)
    assert m.ids == {"jane doe": "u-jane"}
    row = m.queue.row(0, named=True)
    assert (row["email"], row["status"], row["records"], row["resolution"]) == (
        "ann lee", "ambiguous", 2, "blocked")
    assert "2 users of the org are named" in row["reason"]
    assert "a.lee@customer.example" in row["reason"]
    assert "ann.lee@customer.example" in row["reason"]
    with pytest.raises(OwnersUnresolved, match=r"ann lee \(ambiguous, 2 records\)"):
        require_owners_decided(m, "contact")


def test_a_name_two_export_users_share_blocks_even_if_the_org_has_one():
    org = [*ORG, {"systemuserid": "u-sam", "fullname": "Sam Same",
                  "internalemailaddress": "sam@customer.example", "isdisabled": False}]
    m = match_owners({"sam same": 5}, org, people=people_of_table(SF_USERS, "Id"))
    assert m.ids == {}
    assert m.queue["status"].to_list() == ["ambiguous"]
    assert "2 users of the export are named 'Sam Same'" in m.queue["reason"][0]


def test_ambiguous_owner_goes_to_a_confirmed_fallback_like_an_unmatched_one():
    m = match_owners({"ann lee": 2}, ORG, fallback_email="jane.doe@customer.example")
    require_owners_decided(m, "contact")
    assert m.ids == {"ann lee": "u-jane"}
    assert m.queue["status"].to_list() == ["ambiguous"]
    assert "fallback" in m.queue["resolution"][0]


def test_unknown_and_disabled_owners_say_why():
    people = people_of_table(SF_USERS, "Id")
    m = match_owners({"005z": 1, "old timer": 1, "nobody here": 1}, ORG, people=people)
    reasons = dict(zip(m.queue["email"], m.queue["reason"], strict=True))
    status = dict(zip(m.queue["email"], m.queue["status"], strict=True))
    assert status == {"005z": "unmatched", "old timer": "disabled", "nobody here": "unmatched"}
    assert "no users file of the export says who it is" in reasons["005z"]
    assert "old@customer.example is disabled" in reasons["old timer"]
    assert reasons["nobody here"] == "no user of the org with name nobody here"


def test_users_file_found_by_discovery_feeds_the_match(tmp_path: Path):
    export = tmp_path / "export"
    export.mkdir()
    SF_USERS.write_csv(export / "User.csv")
    pl.DataFrame({
        "Id": [f"003{i:03d}" for i in range(6)],
        "FirstName": ["A", "B", "C", "D", "E", "F"], "LastName": ["Q"] * 6,
        "Email": [f"p{i}@x.example" for i in range(6)],
        "OwnerId": ["005A", "005B", "005A", "005C", "005A", "005A"],
    }).write_csv(export / "Contact.csv")
    ex = read_export(export)
    people = discovered_people(ex.tables, discover(ex))
    m = match_owners({"005a": 4, "005c": 1}, ORG, people=people)
    assert m.ids == {"005a": "u-jane"}
    assert m.queue.select("email", "status", "person").to_dicts() == [
        {"email": "005c", "status": "unmatched", "person": "Sam Same <x1@legacy.example>"}]
