"""keys538's public export runs end to end from its parameters file, decisions only
(issue 13): Campaign Monitor, its own records -- the Campaign Monitor API v3 responses that
Campaign Monitor's own Python library (campaignmonitor/createsend-python at e78c132d, MIT)
fixes for its tests: 13 subscribers (active, unsubscribed, bounced and a segment's, one per
e-mail address), 6 campaigns (2 sent, 2 scheduled, 2 drafts), 2 clients ('Client One',
'Client Two') and 4 people (a client's people and the account's administrators) -- headed by
the API's field names ('ListJoinedDate', 'State', 'CustomFields.website', 'SentDate',
'DateScheduled', 'BasicDetails.Country'), in English
(tests/data/exports/campaign-monitor-export-en; SOURCE.md), on the branch-point engine
eb9e1e5b (session 64, round Z39). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``); the org needs no set-up.

The clients load as accounts keyed by ClientID: name, the contact e-mail and the country
(the second client has only its name). The subscribers load as contacts keyed by their
e-mail address: the address, the whole name (as last name), the custom field 'website' as
the web site, the list's consent as Bulk Email (the 5 unsubscribed and the bounced one Do
Not Allow, the 7 active allowed) and when they joined the list as the creation date. The
campaigns load as campaigns keyed by CampaignID: name, subject line (as the message), when
created, when sent (the 2 sent) and when scheduled (the 2 scheduled). Nothing held back,
skipped or failed; no owner queued; verification finds no column differing.

The parameters decide: the keys (ClientID, the subscriber's e-mail, CampaignID), no owner
column (the fallback owner), people.csv left out (who sign in, read as contacts: a
measured miss), a subscriber's State as Bulk Email and not an address's state or province
(a measured miss), ListJoinedDate as the creation date (a measured miss; 'Date' is when
the subscriber entered its current state), and a campaign's SentDate and DateScheduled as
its actual and proposed start (measured misses).

What is NOT read (left unmapped): a client's company name (= its name), contact person's
name and time-zone label; a subscriber's state date ('Date'), its other custom fields (a
multi-option field, age, a subscription date: custom fields, none made here) and the
e-mail program it reads with; a campaign's sender, reply-to, recipients count, tags,
schedule time zone and web/preview links; people.csv (left out).
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

NAME = "campaign-monitor-export-en"
ACCOUNT = {"name": "Name", "emailaddress1": "BasicDetails.EmailAddress",
           "address1_country": "BasicDetails.Country"}
CONTACT = {"emailaddress1": "EmailAddress", "lastname": "Name",
           "websiteurl": "CustomFields.website", "donotbulkemail": "State",
           "overriddencreatedon": "ListJoinedDate"}
CAMPAIGN = {"name": "Name", "message": "Subject", "overriddencreatedon": "DateCreated",
            "actualstart": "SentDate", "proposedstart": "DateScheduled"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_campaign_monitor_clients_subscribers_and_campaigns_load(
        runs: Callable[[str], Path]) -> None:
    """The clients load as accounts, the subscribers as contacts with the list's consent as
    Bulk Email, the campaigns as campaigns with their sent and scheduled dates; the people
    stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("clients", 2, 2, 0, 0, 0, 0, 0),
        "contact": ("subscribers", 13, 13, 0, 0, 0, 0, 0),
        "campaign": ("campaigns", 6, 6, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "clients": ("account", {"account": 2}, True),
        "subscribers": ("contact", {"contact": 13}, True),
        "campaigns": ("campaign", {"campaign": 6}, True),
        "people": ("contact", {}, False)}
    assert files["people"]["reason"].startswith("not migrated: left out by the analyst")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "campaign"}
    for table, source, key, cols in (("account", "clients", "ClientID", ACCOUNT),
                                     ("contact", "subscribers", "EmailAddress", CONTACT),
                                     ("campaign", "campaigns", "CampaignID", CAMPAIGN)):
        t = tables[table]
        assert (t["source"], t["source_key"]) == (source, f"key({key})")
        assert {c["target"]: c["source"] for c in t["columns"]} == cols
        assert not t.get("lookups")
    assert {"BasicDetails.CompanyName", "BasicDetails.ContactName",
            "BasicDetails.TimeZone"} <= set(tables["account"]["unmapped"])
    assert {"Date", "CustomFields.multi select field", "CustomFields.age",
            "CustomFields.subscription date", "ReadsEmailWith"} <= set(
                tables["contact"]["unmapped"])
    assert {"FromName", "FromEmail", "ReplyTo", "TotalRecipients", "Tags",
            "ScheduledTimeZone", "WebVersionURL", "PreviewURL"} <= set(
                tables["campaign"]["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("people", "contact")]

    for table in ("account", "contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts["name"].to_list() == ["Client One", "Client Two"]
    assert ["@" in (e or "") for e in accounts["emailaddress1"].to_list()] == [True, False]
    assert accounts["address1_country"].to_list() == ["Australia", None]

    contacts = _staged(run_dir, "contact")
    assert contacts.height == 13
    assert all("@example.com" in e for e in contacts["emailaddress1"].to_list())
    assert contacts["lastname"].to_list()[:3] == ["Person One", "Person Two", "Person Three"]
    # Active allowed, Unsubscribed (5) and Bounced (1) not, in the file's order
    assert contacts["donotbulkemail"].to_list() == [False] * 5 + [True] * 6 + [False] * 2
    assert contacts["websiteurl"].to_list()[:3] == [
        "https://example.com", "https://subdomain.example.com", "https://subdomain.example.com"]
    # the date joined, not the state's date (Person One: joined 24 October, 'Date' the 25th)
    assert contacts["overriddencreatedon"].to_list()[0] == "2010-10-24T10:28:00Z"

    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select(["name", "message", "actualstart", "proposedstart",
                             "overriddencreatedon"]).rows() == [
        ("Campaign One", "Campaign One", "2010-10-12T12:58:00Z", None, None),
        ("Campaign Two", "Campaign Two", "2010-10-06T16:20:00Z", None, None),
        ("Magic Issue One", "Magic Issue One", None, "2011-05-25T10:40:00Z",
         "2011-05-24T10:37:00Z"),
        ("Magic Issue Two", "Magic Issue Two", None, "2011-05-29T11:20:00Z",
         "2011-05-24T10:39:00Z"),
        ("Draft One", "Draft One", None, None, "2010-08-19T16:08:00Z"),
        ("Draft Two", "Draft Two", None, None, "2010-08-19T16:08:00Z")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
