"""Rules added after measuring keys45's held-out exports (issue 13), on made-up data so they
run where the public data is absent: a file named contacts keeps its name against columns a
contact shares with staff (an e-mail, a role, an active flag), a partners file of people
(a person's photo, no company's columns) is contacts, and so is such a file under a name
that names no kind."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.people_rows import person_photo_columns
from d365migrate.intake.read import Export


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _people(**extra: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"id": ["1", "2", "3"],
                         "Name": ["Ada Quill", "Bram T. Okafor", "Cleo Marsh"],
                         "Email": ["ada@example.org", "bram@example.org", "cleo@example.org"],
                         **extra})


def test_a_contacts_file_keeps_its_name_against_columns_it_shares_with_staff() -> None:
    contacts = _people(**{"Role": ["Founder", "Treasurer", "Buyer"],
                          "Is active": ["true", "true", "false"],
                          "Company": ["Ferngate", "Ferngate", "Larkspur Ltd"],
                          "City": ["Leeds", "York", "Hull"]})
    assert _kinds({"Contacts": contacts})["Contacts"] == "contact"   # was user
    # a staff member's own column (a sign-in) outweighs the name
    signed = contacts.with_columns(pl.Series("Username", ["ada", "bram", "cleo"]))
    assert _kinds({"Contacts": signed})["Contacts"] == "user"
    # a file named for staff stays staff
    assert _kinds({"Staff": contacts})["Staff"] == "user"


def test_a_partners_file_of_people_is_contacts() -> None:
    partners = _people(**{"Photo": ["a.jpg", "b.jpg", "c.jpg"],
                          "Phone": ["(555) 010-1001", "(555) 010-1002", "(555) 010-1003"],
                          "City": ["Leeds", "York", "Hull"]})
    assert _kinds({"Partners": partners})["Partners"] == "contact"   # was account
    # a company's own column (a web site, a logo): business partners that are companies
    firms = partners.with_columns(pl.Series("Website", ["a.example", "b.example", "c.example"]))
    assert _kinds({"Partners": firms})["Partners"] == "account"
    # a photo alone with no e-mail says nothing
    assert person_photo_columns(["id", "Name", "Photo"]) is None
    assert person_photo_columns(["id", "Name", "Email", "Photo"]) == ["Name", "Email", "Photo"]
    assert person_photo_columns(["id", "Name", "Email", "Photo", "Logo"]) is None


def test_people_under_a_name_naming_no_kind_are_contacts_unless_posts_say_staff() -> None:
    people = _people(**{"Photo": ["a.jpg", "b.jpg", "c.jpg"],
                        "Hourly rate": ["30", "45", "25"],
                        "Skills": ["Editing", "Writing, Editing", "Sales"],
                        "Actions": ["Draft brief", "", "Call back"]})
    assert _kinds({"Freelancers": people})["Freelancers"] == "contact"   # was unknown
    # a job title and no company: posts in the business itself, staff; left as before
    posts = people.with_columns(pl.Series("Title", ["Senior Broker", "Broker", "Broker"]))
    assert _kinds({"Freelancers": posts})["Freelancers"] != "contact"
