"""Rules added after measuring keys74's exports held out (CiviCRM core's import test files,
Chatwoot's contact import samples), on made-up frames and names so they run where the
public data is absent: a file name's hyphen-joined parts agree when a part names in part
the kind another part names outright."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export


def test_a_part_naming_the_same_kind_in_part_agrees_with_the_folder() -> None:
    """'Contact-individual_locations_with_related': the folder names contacts outright and
    the file's own name only a person's word ('individual') among others: contacts. A part
    naming another kind in part still settles nothing ('Contact-deal_location')."""
    assert name_kind("Contact-individual_locations_with_related") == ("contact", "partial")
    assert name_kind("Contact-individual_location") == ("contact", "partial")
    assert name_kind("Contact-deal_location_with_related") == (None, "")
    assert name_kind("Account-individual_location") == (None, "")   # a person's word
    assert name_kind("meetings-importAnalyzerTest") == ("activity", "partial")
    assert name_kind("deal-contact") == ("contact", "head")
    assert name_kind("Opportunity-Contact Role") == (None, "")


def test_a_contact_import_file_named_for_its_locations_is_contacts() -> None:
    """A contact import file whose own name says 'locations' (a person's address blocks),
    in a contacts folder, with a person's columns: contacts, not the business's sites."""
    df = pl.DataFrame({"First Name": ["Ann", "Bo"], "Last Name": ["Lee", "Ray"],
                       "Email": ["ann@example.org", "bo@example.org"],
                       "Street Address": ["1 Main St", "2 High St"],
                       "City": ["Leeds", "York"], "Phone": ["555-1", "555-2"]})
    kinds = {o.source: o.name
             for o in discover(Export(Path("."), {"Contact-individual_locations": df})).objects}
    assert kinds == {"Contact-individual_locations": "contact"}
