"""keys93's public exports run end to end from their parameters files, decisions only
(issue 13): Mailchimp's and Klaviyo's records as Airbyte's MIT connectors read them (their
acceptance tests' expected records). Same harness as tests/test_public_end_to_end.py."""

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


def test_mailchimp_member_as_a_contact_and_campaign(tmp_path: Path) -> None:
    """The audience's member (a file named for the list's members that holds the person:
    an e-mail, a whole name, the opt-in) loads as a contact, the whole name as its last
    name and its 'unsubscribed' state as Do Not Allow bulk e-mail; the campaign loads named
    by its id (its title sits in a JSON object), as Direct Marketing. The report is left out
    by the analyst with the reason said; the audience, its segment, tag and interest groups,
    the segment's member rows, the e-mail activity and the unsubscribe stay in the source,
    each with its reason."""
    run_dir = run_public("mailchimp-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("list_members", 1, 1, 0, 0, 0),
                             "campaign": ("campaigns", 1, 1, 0, 0, 0)}
    person = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (person["emailaddress1"], person["lastname"], person["donotbulkemail"]) == (
        "integration-test+thomas@airbyte.io", "Thomas", True)
    campaign = pl.read_parquet(run_dir / "staged" / "campaign.parquet").to_dicts()[0]
    assert (campaign["name"], campaign["typecode"], campaign["overriddencreatedon"]) == (
        "324b8a398e", 2, "2022-12-27T08:12:59Z")
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert files["reports"]["reason"] == ("not migrated: left out by the analyst: a sent "
                                          "campaign's statistics (opens, clicks, bounces), "
                                          "not a campaign to create")
    assert "loads_when_asked" not in files["reports"]
    for name in ("lists", "segments", "tags", "interest_categories", "interests",
                 "segment_members", "email_activity", "unsubscribes", "reports"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_klaviyo_campaigns_with_their_subject_state_and_type(tmp_path: Path) -> None:
    """Klaviyo's two campaigns load as campaigns with their name, subject and creation
    date, the sent one Completed and the draft Proposed (the analyst's choices), both
    Direct Marketing; the lists and segments, flows, metrics, click events and global
    exclusions stay in the source, each with its reason."""
    run_dir = run_public("klaviyo-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"campaign": ("campaigns", 2, 2, 0, 0, 0)}
    rows = pl.read_parquet(run_dir / "staged" / "campaign.parquet").sort("__source_id")
    assert rows["__source_id"].to_list() == ["T4hgvQ", "VFaYVy"]
    assert rows["message"].to_list() == [None, "My Test subject"]
    assert rows["statuscode"].to_list() == [0, 3]
    assert rows["typecode"].to_list() == [2, 2]
    assert rows["name"].to_list() == ["Email Campaign 2021-05-12 16:45:46",
                                      "Email Campaign 2021-05-16 19:17:45"]
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("lists", "flows", "metrics", "events", "global_exclusions"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "Power Automate" in files["flows"]["reason"]
