"""keys561's public export runs end to end from its parameters file, decisions only
(issue 13): AWeber, its own records -- the AWeber API 1.0 responses that AWeber's own Ruby
API library ("Official AWeber API gem", MIT; stored as cgilchrist/AWeber-API-Ruby-Library
at 117a1711) fixes for its specs: 3 mailing lists, 4 subscribers (2 subscribed, 2
unsubscribed; no names or e-mail addresses in the fixtures), 5 follow-up (autoresponder)
campaigns and 16 sign-up web forms -- headed by the API's field names ('status',
'subscribed_at', 'subscription_url', 'subject', 'message_number'), in English
(tests/data/exports/aweber-export-en; SOURCE.md), on the branch-point engine 4aaf9d07
(session 66, round Z43). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The subscribers load as contacts keyed by AWeber's id: the list's consent as Bulk Email
(the 2 unsubscribed Do Not Allow, the 2 subscribed allowed), when they subscribed as the
creation date (their UTC offsets turned to UTC) and, as no name is given, the AWeber id as
the last name. The follow-up e-mails load as campaigns keyed by AWeber's id, named by
their subject. The lists and web forms are not recognised (no Sales table) and stay out.
Nothing held back, skipped, failed or cleared; no owner queued; verification finds no
column differing.

The parameters decide: the keys (the 'id' of each), no owner column (the fallback owner),
'subscribed_at' as the creation date (a measured miss), no web site from the sign-up
page's address 'subscription_url' (a measured miss), 'status' as Bulk Email with its
values, the id as the required last name, and no campaign message from a follow-up's place
in the series 'message_number' (a measured miss).

What is NOT read (left unmapped): a subscriber's ad-tracking label, sign-up method and
page, when it confirmed, unsubscribed and was last sent a follow-up, whether it confirmed
and its API links; a follow-up's statistics (sent, opens, clicks, complaints,
unsubscribes, spam score), sending setting, content type, interval, place in the series
and API link; lists.csv and web_forms.csv (unrecognised).
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

NAME = "aweber-export-en"
CONTACT = {"donotbulkemail": "status", "lastname": "id",
           "overriddencreatedon": "subscribed_at"}
CAMPAIGN = {"name": "subject"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_aweber_subscribers_and_followups_load(runs: Callable[[str], Path]) -> None:
    """The subscribers load as contacts with the list's consent as Bulk Email and the date
    they subscribed, the follow-up e-mails as campaigns named by their subject; the lists
    and web forms stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("subscribers", 4, 4, 0, 0, 0, 0, 0),
        "campaign": ("campaigns", 5, 5, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "subscribers": ("contact", {"contact": 4}, True),
        "campaigns": ("campaign", {"campaign": 5}, True),
        "lists": ("unknown", {}, False),
        "web_forms": ("unknown", {}, False)}
    for f in ("lists", "web_forms"):
        assert files[f]["reason"].startswith("not migrated: discovery could not tell")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "campaign"}
    for table, source, cols in (("contact", "subscribers", CONTACT),
                                ("campaign", "campaigns", CAMPAIGN)):
        t = tables[table]
        assert (t["source"], t["source_key"]) == (source, "key(id)")
        assert {c["target"]: c["source"] for c in t["columns"]} == cols
        assert not t.get("lookups")
    assert set(tables["contact"]["unmapped"]) == {
        "ad_tracking", "is_verified", "last_followup_sent_at", "last_followup_sent_link",
        "self_link", "subscription_method", "subscription_url", "unsubscribed_at",
        "verified_at"}
    assert {"message_number", "message_interval", "content_type", "total_sent",
            "total_opens", "total_clicks", "spam_assassin_score", "self_link"} <= set(
                tables["campaign"]["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("lists", "unknown"), ("web_forms", "unknown")]

    for table in ("contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["lastname", "donotbulkemail", "overriddencreatedon"]).rows() == [
        ("50723026", False, "2010-11-22T14:23:17Z"),    # subscribed, -05:00
        ("50723102", True, "2010-11-22T14:42:55Z"),     # unsubscribed
        ("49111092", False, "2009-09-09T19:26:39Z"),    # subscribed, -04:00
        ("39000034", True, "2008-01-22T18:41:21Z")]     # unsubscribed, fraction dropped
    assert "websiteurl" not in contacts.columns

    campaigns = _staged(run_dir, "campaign")
    assert campaigns["name"].to_list() == [
        "subject", "{!firstname_fix}, Followup Test #5", "{!firstname_fix}, Followup Test #1",
        "{!firstname_fix}, Followup Test #3", "{!firstname_fix}, Followup Test #4"]
    assert "message" not in campaigns.columns

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
