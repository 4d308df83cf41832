"""keys32's public exports run end to end from their parameters files, decisions only
(issue 13): phpList's subscribers and the newsletter sent to its lists. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_phplist_subscribers_and_newsletter_load(tmp_path: Path) -> None:
    """phpList's four subscribers load as contacts (known by their e-mail, blacklisted ones
    with no bulk e-mail, as the team decided) and its sent newsletter as a completed Direct
    Marketing campaign named by its subject, its HTML body whole in the description; lists,
    memberships, the template and the administrators are listed with their reasons."""
    run_dir = run_public("phplist-core-fixtures", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"],
                o["cleared"]) for k, o in out.items()} == {
        "contact": (4, 4, 0, 0, 0, 0), "campaign": (1, 1, 0, 0, 0, 0)}
    assert out["campaign"]["source_object"] == "Message"
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    staged = run_dir / "staged"
    people = {r["__source_id"]: r for r in
              pl.read_parquet(staged / "contact.parquet").to_dicts()}
    assert (people["1"]["emailaddress1"], people["1"]["lastname"],
            people["1"]["donotbulkemail"], people["1"]["overriddencreatedon"]) == (
        "oliver@example.com", "oliver@example.com", True, "2016-07-22T15:01:17Z")
    camp = pl.read_parquet(staged / "campaign.parquet").to_dicts()[0]
    assert (camp["name"], camp["statuscode"], camp["typecode"],
            camp["overriddencreatedon"]) == (
        "Do you want to continue receiving our messages?", 3, 2, "2024-11-10T16:57:46Z")
    assert camp["description"].startswith("<p>Hi [FIRST NAME%%there], remember us?")
    assert len(camp["description"]) > 256   # whole, not cut to a Message's 256 characters
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("SubscriberList", "Subscription", "Template", "Administrator"):
        assert not files[name]["taken"] and files[name]["reason"], name
    assert "list" in files["SubscriberList"]["reason"]


def test_mailtrain_subscriber_and_campaign_load(tmp_path: Path) -> None:
    """Mailtrain keeps list 1's subscribers in their own table (subscription__1) with a
    column per list-defined field: the subscriber loads as an active contact, its Website
    field the contact's web site; the idle campaign as a proposed Direct Marketing campaign,
    its subject the message and its HTML body the description (the team's decisions). Lists,
    field definitions and the admin user are listed with their reasons."""
    run_dir = run_public("mailtrain-test-db", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"],
                o["cleared"]) for k, o in out.items()} == {
        "contact": (1, 1, 0, 0, 0, 0), "campaign": (1, 1, 0, 0, 0, 0)}
    assert out["contact"]["source_object"] == "subscription__1"
    staged = run_dir / "staged"
    person = pl.read_parquet(staged / "contact.parquet").to_dicts()[0]
    assert (person["firstname"], person["lastname"], person["emailaddress1"],
            person["websiteurl"], person["statuscode"]) == (
        "John", "Doe", "keep.john.doe@mailtrain.org", "https://mailtrain.org", 1)
    camp = pl.read_parquet(staged / "campaign.parquet").to_dicts()[0]
    assert (camp["name"], camp["message"], camp["statuscode"], camp["typecode"]) == (
        "Merge Tags", "Test message", 0, 2)
    assert "[LINK_UNSUBSCRIBE]" in camp["description"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("lists", "custom_fields", "users"):
        assert not files[name]["taken"] and files[name]["reason"], name
