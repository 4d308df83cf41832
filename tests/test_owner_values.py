"""An unread column whose values are the export's users is the record's owner, when it is
the only such column (mapping/owner_values.py)."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.owner_values import owner_by_values, user_names

USERS = pl.DataFrame({"login": ["dlopper", "jsmith", "admin"],
                      "first": ["Dave", "John", "Redmine"], "last": ["Lopper", "Smith", "Admin"],
                      "mail": ["d@x.io", "j@x.io", "a@x.io"], "admin": ["No", "No", "Yes"]})


def test_a_users_names_are_its_cells_and_its_first_and_last_name_together() -> None:
    names = user_names([USERS])
    assert {"dave lopper", "lopper dave", "jsmith", "j@x.io"} <= names
    assert "yes" not in names and "no" not in names   # a flag's values name no one


def test_the_one_unread_column_of_users_names_owns_the_record() -> None:
    issues = pl.DataFrame({"Qorvath": ["Dave Lopper", None, "John Smith", "dave lopper"],
                           "Plenn": ["Bug", "Bug", "Feature", "Bug"],
                           "Vossek": ["No", "Yes", "No", "No"]})
    names = user_names([USERS])
    assert owner_by_values(issues, issues.columns, names) == (
        "Qorvath", ["Dave Lopper", "John Smith", "dave lopper"])


def test_two_columns_of_users_leave_the_owner_to_the_analyst() -> None:
    issues = pl.DataFrame({"Qorvath": ["Dave Lopper", "John Smith", "John Smith"],
                           "Truhm": ["John Smith", "John Smith", "Redmine Admin"]})
    assert owner_by_values(issues, issues.columns, user_names([USERS])) is None
    # one of them read already (not offered): the other owns
    assert owner_by_values(issues, ["Truhm"], user_names([USERS]))[0] == "Truhm"


def test_ids_are_no_users_names() -> None:
    """Cal.com's attendees: a booking's id ('4') equals a user's id, yet names no user."""
    users = pl.DataFrame({"id": ["1", "4"], "name": ["Pro Example", "Delete Me"]})
    attendees = pl.DataFrame({"bookingId": ["1", "4", "4"], "Qorvath": ["x", "y", "z"]})
    assert "4" not in user_names([users])
    assert owner_by_values(attendees, attendees.columns, user_names([users])) is None
