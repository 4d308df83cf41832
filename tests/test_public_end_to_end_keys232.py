"""keys232's public export runs end to end from its parameters file, decisions only (issue
13): Chatwoot's seeded demo account as its own contacts and conversations exports write it.
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_chatwoot_account_export_conversations_are_cases_of_their_contacts(
        tmp_path: Path) -> None:
    """The 20 contacts and their 20 conversations (cases) of Chatwoot's seeded demo account
    load, read back whole, with the decisions besides the fallback owner: each case's
    customer and contact person is its contact, found by the contact's e-mail (unique in a
    Chatwoot account); "open" is In Progress; the channel is the origin (as chatwoot-seeds
    decides, without "Channel::"); one title (the export has no subject). Less than
    chatwoot-seeds reads, as the exports hold less: no priority and no gender (the exporters
    write neither), no agent (the seed assigns an address no seeded user has)."""
    run_dir = run_public("chatwoot-account-export", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "contact": ("Acme Inc_1_contacts", 20, 20, 0, 0, 0),
        "incident": ("Acme Inc_1_conversations", 20, 20, 0, 0, 0)}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    lorrie = contacts.filter(pl.col("__source_id") == "2").to_dicts()[0]
    assert (lorrie["lastname"], lorrie["emailaddress1"]) \
        == ("Lorrie Trosdall", "ltrosdall0@bravesites.test")
    assert contacts["telephone1"].null_count() == 20     # phone_number empty in every row
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    # every case's customer and contact person is its own contact (display id n: contact n)
    assert cases["__ref__customerid_contact"].to_list() == cases["__source_id"].to_list()
    assert cases["__ref__primarycontactid"].to_list() == cases["__source_id"].to_list()
    assert out["incident"]["unresolved_lookups"] == 0
    assert cases["statuscode"].unique().to_list() == [1]
    assert cases["title"].unique().to_list() == ["Chatwoot conversation"]
    assert cases["overriddencreatedon"].unique().to_list() == ["2026-12-04T15:30:00Z"]
    # WebWidget 5 (Web), FacebookPage 3, TwitterProfile 2, Email 3 (Email), Whatsapp 4,
    # Sms 1 and Line 2 (Phone)
    assert dict(cases.group_by("caseorigincode").len().iter_rows()) == {
        3: 5, 2483: 3, 3986: 2, 2: 3, 1: 7}
    assert cases["__owner_email"].null_count() == 20     # no agent: the fallback owner
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert all(f["migrated"] for f in files.values())
