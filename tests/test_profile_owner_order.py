"""The profile's owner list is in the same order every run: most records first, then by
owner, so two owners with as many records never swap places between runs."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import Export


def test_owners_tied_on_records_are_listed_by_owner() -> None:
    owners = ["zed@example.com", "ann@example.com", "mia@example.com", "bob@example.com",
              "zed@example.com", "ann@example.com"]
    contacts = pl.DataFrame({
        "contact_id": [f"C{i}" for i in range(6)],
        "first_name": ["Ann", "Bob", "Cy", "Di", "Ed", "Flo"],
        "last_name": ["Ames", "Bo", "Cole", "Dee", "Eck", "Fox"],
        "email": [f"p{i}@customer.example" for i in range(6)],
        "owner_email": owners})
    users = pl.DataFrame({"email": ["mia@example.com", "ann@example.com"],
                          "active": ["true", "true"]})
    export = Export(Path("."), {"contacts": contacts, "users": users})
    for _ in range(3):
        table = profile_export(export, discover(export)).owners
        assert table["owner"].to_list() == ["ann@example.com", "zed@example.com",
                                            "bob@example.com", "mia@example.com"]
        assert table["in_users"].to_list() == [True, False, False, True]
