"""A 0/1 flag is no link, though its 1s match the first id of every table (CiviCRM's
'do_not_email' was read as a link to ten tables at once); and a link names its table whole
when the table's name holds dots (Odoo's 'Activity (mail.activity)')."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export


def test_a_zero_one_flag_links_nowhere() -> None:
    contacts = pl.DataFrame({"contact_id": [str(i) for i in range(1, 11)],
                             "last_name": [f"Name{i}" for i in range(1, 11)],
                             "do_not_email": ["0", "1", "0", "0", "1", "0", "0", "0", "1", "0"],
                             "organisation_id": ["1", "2", "1", "2", "1", "2", "1", "2", "1", "2"]})
    orgs = pl.DataFrame({"organisation_id": ["1", "2"], "name": ["Acme", "Globex"]})
    notes = pl.DataFrame({"note_id": ["1", "2", "3"], "text": ["a", "b", "c"]})
    export = Export(root=Path("."), tables={"contacts": contacts, "organisations": orgs,
                                            "notes": notes})
    found = discover(export).relationships
    assert not [r for r in found if r.column == "do_not_email"]
    assert [r for r in found if r.column == "organisation_id" and r.source == "contacts"]


def test_a_link_from_a_file_whose_name_holds_dots() -> None:
    # Odoo names its exports 'Activity (mail.activity).csv': the table is the whole name
    from d365migrate.intake.found import Relationship

    r = Relationship("Activity (mail.activity).res_id", "LeadOpportunity (crm.lead).id", 1.0)
    assert (r.source, r.column) == ("Activity (mail.activity)", "res_id")
    assert (r.target_source, r.target_column) == ("LeadOpportunity (crm.lead)", "id")
    assert Relationship("companies.links.website", "sites.url", 1.0).column == "links.website"
