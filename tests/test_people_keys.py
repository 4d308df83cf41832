"""A file's key when it has no id column: a person's e-mail before their whole name, and
never the e-mail of the person a ticket or deal concerns (intake/key_rules.py)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.record_keys import key_candidates

PEOPLE = pl.DataFrame({"name": ["Ann Lee", "Bo Chan", "Cy Diaz"],
                       "email": ["ann@x.example", "bo@x.example", "cy@x.example"]})


def test_people_are_keyed_by_their_email_before_their_whole_name() -> None:
    assert key_candidates("users", PEOPLE)[0]["column"] == "email"
    assert key_candidates("contacts", PEOPLE)[0]["column"] == "email"


def test_a_whole_name_first_still_keys_a_file_of_companies() -> None:
    """A firm's name first keys its file by its place, as before: firms are no people."""
    firms = PEOPLE.rename({"email": "website"})
    assert key_candidates("accounts", firms)[0]["column"] == "name"


def test_the_askers_email_is_no_key_of_a_ticket_even_when_unique() -> None:
    tickets = pl.DataFrame({"user_email": ["ann@x.example", "bo@x.example", "cy@x.example"],
                            "subject": ["Laptop hot", "Drive gone", "Mouse broken"]})
    ranked = [k["column"] for k in key_candidates("tickets", tickets)]
    assert ranked == ["subject", "user_email"]
    # the same column keys a file of people
    people = tickets.rename({"subject": "name"})
    assert key_candidates("users", people)[0]["column"] == "user_email"
