"""keys54's public export runs end to end from its parameters file, decisions only (issue
13): Intercom as Airbyte's connector recorded a test workspace, its API objects kept whole
(JSON cells). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def test_intercom_airbyte_companies_contacts_and_conversations_held_back(
        tmp_path: Path) -> None:
    """The 3 companies load as accounts (size, web site, industry: Intercom's words decided
    into Dataverse's options), the 3 contacts as contacts (e-mail, name, unsubscribe flag),
    read back and verified. The 3 conversations are cases whose customer is the contact
    each lists; none of those people is in the export's contacts file, so all three are held
    back, each with its reason (a case needs its customer). Intercom's tickets (a second
    file of cases), the conversations' parts, admins, teams, tags, segments, the attribute
    lists and the activity log stay in Intercom, listed with their reasons. No decision
    is needed for the JSON cells: a contact's notes page is no description, a
    conversation's first message (its 'source' object) no origin."""
    run_dir = run_public("intercom-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("companies", 3, 3, 0, 0, 0),
                             "contact": ("contacts", 3, 3, 0, 0, 0),
                             "incident": ("conversations", 3, 0, 3, 0, 0)}
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_id")
    assert companies.select("name", "numberofemployees", "websiteurl", "industrycode").rows() \
        == [("Test Company 4", 150, "www.company4.com", 6),
            ("Test Company 7", 23, "www.company7.com", 12),
            ("Test Company 8", 49, "www.company8.com", 12)]
    assert companies["overriddencreatedon"].to_list()[0] == "2023-02-15T11:39:22Z"  # Unix
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people["lastname"]) == ["User33080", "User33579", "User37835"]
    assert set(people["emailaddress1"]) == {"user20.sample@gmail.com"}
    assert set(people["donotbulkemail"]) == {False}
    # Intercom's page of a contact's notes ('/contacts/<id>/notes') is no description
    assert "description" not in people.columns
    # the contact a conversation lists, read inside Intercom's contact.list page
    assert issues(run_dir, "quarantine", "incident") == [
        f"no customerid: '{c}' is not a contact of the export" for c in (
            "5fd150d50697b6d0bbc4a2c2", "63ea41a0eddb9b625fb712c9", "63ea41a1b0e17c53248c7956")]
    mapping = (run_dir / "mapping.yml").read_text()
    assert "caseorigincode" not in mapping   # the first message's JSON is no origin
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert {s for s, f in files.items() if f["migrated"]} == {"companies", "contacts",
                                                              "conversations"}
    assert all(f["reason"] for f in files.values() if not f["migrated"])
    assert "takes one file" in files["tickets"]["reason"]   # of cases: conversations.csv
