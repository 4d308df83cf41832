"""keys565's public export runs end to end from its parameters file, decisions only
(issue 13): beehiiv, its own export files -- the subscribers CSV export and the posts CSV
export that Ghost's migration tools (TryGhost/migrate at e87efde3, MIT) keep as their beehiiv
importers' test fixtures: 9 subscribers at example.com (active, inactive, pending; free and
premium; one with an unsubscribed date, one with a Substack subscription date) and 2 posts
('Sample Post', 'Another Post') -- headed by beehiiv's own labels ('First Name', 'Free
Tier', 'web_title'), in English (tests/data/exports/beehiiv-export-en; SOURCE.md), on the
branch-point engine df5dbcc6 (session 66, round Z44). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up.

The subscribers load as contacts keyed by their e-mail (the export has no id): e-mail, first
name, last name (the e-mail where the subscriber gave none), the subscription date and the
subscription's state as Bulk Email (active Allow; inactive and pending Do Not Allow). The
posts load as campaigns keyed by beehiiv's post id: the web title as the name, the subtitle
as the description, the HTML body as the message, the creation date, 'confirmed' as
Completed. Nothing held back, skipped or failed; no owner queued (the fallback owner);
verification finds no column differing.

The parameters decide: posts.csv as campaigns (discovery named it unknown: the propose
misses), the keys (email, id), no owner column, no parent company from the Stripe customer
id (a measured miss in both modes), the last name with the e-mail standing in, the status's
values as Bulk Email, the campaign's name from 'web_title' (a measured miss), its creation
date (a measured propose miss), description, message and status, and a quarantine gate of
0%.

What is NOT read (left unmapped): a subscriber's tier and its Yes/No tier columns, the Stripe
customer id, the unsubscribed date (the subscriber 'unsublit' keeps status active and so
Bulk Email Allow: the status column decides), the Substack subscription date; a post's
audience, content tags, web address, e-mail subject line and preview text, thumbnail.

Engine defect seen on df5dbcc6: 'stripe_customer_id' (the subscriber's billing id at
Stripe) was proposed as the contact's company, a link the map could not bind, and the run
marked two subscribers as moved without the company it names. Since session 66 an id at a
payment or shop system is no link: no link is proposed, none left, and the report says
nothing of records moved without one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "beehiiv-export-en"
CONTACT = {"emailaddress1": "email", "firstname": "First Name", "lastname": "Last Name",
           "overriddencreatedon": "created_at", "donotbulkemail": "status"}
CAMPAIGN = {"name": "web_title", "description": "web_subtitle", "message": "content_html",
            "overriddencreatedon": "created_at", "statuscode": "status"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_beehiiv_subscribers_and_posts_load(runs: Callable[[str], Path]) -> None:
    """The subscribers load as contacts, the posts as campaigns; nothing held back or
    differing; the Stripe id makes no link (but is still counted as one left: the defect)."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("subscribers", 9, 9, 0, 0, 0, 0, 0),
        "campaign": ("posts", 2, 2, 0, 0, 0, 0, 0)}
    assert out["campaign"]["links_left"] == {}
    assert out["contact"]["links_left"] == {}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "subscribers": ("contact", {"contact": 9}, True),
        "posts": ("campaign", {"campaign": 2}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "campaign"}
    contact, campaign = tables["contact"], tables["campaign"]
    assert (contact["source"], contact["source_key"]) == ("subscribers", "key(email)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert contact["lookups"] == []
    assert not contact.get("unresolved_lookups")   # no link (session 66)
    assert {"tier", "stripe_customer_id", "Free Tier", "Bronze Tier", "Silver Tier",
            "Gold Tier", "unsubscribed_at", "Subscription Date (Substack)"} == set(
        contact["unmapped"])
    assert (campaign["source"], campaign["source_key"]) == ("posts", "key(id)")
    assert {c["target"]: c["source"] for c in campaign["columns"]} == CAMPAIGN
    assert {"audience", "content_tags", "url", "email_subject_line", "email_preview_text",
            "thumbnail_url"} <= set(campaign["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert mapping["unmatched_sources"] == []

    for table in ("contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    assert "parentcustomerid" not in contacts.columns   # no link made from the Stripe id
    assert all("@example.com" in e for e in contacts["emailaddress1"].to_list())
    # names trimmed; the e-mail stands in where no last name is given
    rows = contacts.select(["firstname", "lastname", "donotbulkemail"]).rows()
    emails = contacts["emailaddress1"].to_list()
    assert rows == [
        ("Lorem Name", emails[0], False), ("Ipsum", "Name", False),
        (None, "Dolor Name", True), (None, emails[3], True), (None, emails[4], True),
        (None, emails[5], False), (None, "Last Only", False), (None, emails[7], False),
        (None, emails[8], False)]
    assert contacts["overriddencreatedon"].to_list()[:3] == [
        "2023-03-24T10:23:10Z", "2023-03-24T10:36:47Z", "2023-03-24T10:36:48Z"]

    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select(["name", "description", "overriddencreatedon", "statuscode"]
                            ).rows() == [
        ("Sample Post", "A website subtitle", "2023-01-18T21:25:27Z", 3),
        ("Another Post", "Another website subtitle", "2023-01-19T21:25:27Z", 3)]
    assert all(m.startswith("<table>") for m in campaigns["message"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "moved without the record their stripe_customer_id" not in report
