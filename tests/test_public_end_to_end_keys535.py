"""keys535's public export runs end to end from its parameters file, decisions only
(issue 13): Mailjet, its own records -- the Mailjet API v3 responses that Mailjet's official
Ruby client (mailjet/mailjet-gem at dd22b912, MIT) replays in its RSpec tests: 8 contacts
(test addresses, one with its contact properties), 4 contact lists, 4 list subscriptions, 1
sent campaign, 2 campaign drafts, 1 sender, 1 message -- headed by the API's field names
('Email', 'IsExcludedFromCampaigns', 'SendStartAt', 'properties.firstname'), in English
(tests/data/exports/mailjet-export-en; SOURCE.md), on the branch-point engine eb9e1e5b
(session 64, round Z39). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The contacts load as contacts keyed by Mailjet's ID: e-mail, name (the e-mail address where
a contact has no name), first name and country from the contact properties, creation date,
and 'excluded from campaigns' as Bulk Email not allowed (2 of 8). One contact's address
with a non-ASCII local part ('non' + c-cedilla + 'ascii@...') is cleared as not a valid
e-mail address (the field only; the contact loads, the cleared report keeps the value). The
sent campaign loads as a campaign keyed by ID: its subject as its name, creation, send
start and end. Nothing held back, skipped or failed; no owner queued; verification finds no
column differing.

The parameters decide: the keys (ID), no owner column (the fallback owner), the exclusion
flag as the contact's Bulk Email (a measured miss), the last name from 'Name' else the
e-mail address (Dynamics requires one), the campaign's name from its subject and its send
start and end (measured misses), and Mailjet's status and type codes left unread.

What is NOT read (left unmapped): a contact's counters and system dates (DeliveredCount,
LastActivityAt, LastUpdateAt, ExclusionFromCampaignsUpdatedAt), its opt-in and spam flags,
the properties 'name' (the surname: the contact's own 'Name' is read) and 'newsletter_sub'
(the account's own); a campaign's sender, list, tracking flags and counters, status and
type; contacts_lists.csv and list_recipients.csv (marketing lists and membership),
senders.csv, messages.csv (a sending log) and campaign_drafts.csv (read as e-mail
templates: rebuilt in Dynamics, not migrated).
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
    runs_once,
    verified_columns,
)

NAME = "mailjet-export-en"
CONTACT = {"overriddencreatedon": "CreatedAt", "emailaddress1": "Email",
           "firstname": "properties.firstname", "address1_country": "properties.country",
           "donotbulkemail": "IsExcludedFromCampaigns", "lastname": "Name"}
CAMPAIGN = {"overriddencreatedon": "CreatedAt", "actualstart": "SendStartAt",
            "actualend": "SendEndAt", "name": "Subject"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_mailjet_contacts_and_campaign_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts (the excluded ones not to be sent bulk e-mail), the
    sent campaign as a campaign; lists, subscriptions, senders, messages and drafts stay
    out; one non-ASCII address cleared; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 8, 8, 0, 0, 0, 0, 1),
        "campaign": ("campaigns", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 8}, True),
        "campaigns": ("campaign", {"campaign": 1}, True),
        "campaign_drafts": ("email_template", {}, False),
        "contacts_lists": ("unknown", {}, False),
        "list_recipients": ("unknown", {}, False),
        "senders": ("unknown", {}, False),
        "messages": ("note", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "campaign"}
    contact, campaign = tables["contact"], tables["campaign"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(ID)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"ID", "DeliveredCount", "LastUpdateAt", "IsOptInPending", "IsSpamComplaining",
            "properties.name", "properties.newsletter_sub"} <= set(contact["unmapped"])
    assert (campaign["source"], campaign["source_key"]) == ("campaigns", "key(ID)")
    assert {c["target"]: c["source"] for c in campaign["columns"]} == CAMPAIGN
    assert {"ID", "Status", "CampaignType", "FromEmail", "ListID"} <= set(campaign["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("campaign_drafts", "email_template"), ("contacts_lists", "unknown"),
        ("list_recipients", "unknown"), ("messages", "note"), ("senders", "unknown")]

    for table in ("contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert not _issues(run_dir, "cleared", "campaign")
    cleared = _issues(run_dir, "cleared", "contact")
    assert [(c["row"], c["column"], c["target"], c["action"]) for c in cleared] == [
        ("2", "Email", "emailaddress1", "field cleared")]
    assert not cleared[0]["value"].isascii() and "@" in cleared[0]["value"]

    contacts = _staged(run_dir, "contact")
    assert contacts["donotbulkemail"].to_list() == [False, True, False, False, False, False,
                                                    False, True]
    emails = contacts["emailaddress1"].to_list()
    assert emails[1] is None and all("@" in e for i, e in enumerate(emails) if i != 1)
    # the last name: 'Name' where given, else the e-mail address
    names = contacts["lastname"].to_list()
    same = [n == e for n, e in zip(names, emails, strict=True)]
    assert same == [True, False, True, True, False, True, False, False]
    assert [names[i] for i in (1, 4, 6, 7)] == ["not ascii name", "NaedDCBRlB",
                                                 "Create Resource", "Save Resource"]
    assert contacts.select(["firstname", "address1_country"]).rows()[5] == ("Value", "Value")
    assert contacts["firstname"].null_count() == 7
    assert contacts["overriddencreatedon"].to_list()[:2] == ["2020-09-16T10:35:56Z",
                                                             "2020-11-03T09:55:50Z"]
    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select(list(CAMPAIGN)).rows() == [
        ("2021-06-28T10:45:08Z", "2021-06-28T10:45:08Z", "2021-06-28T10:45:08Z",
         '[[data:country:""]] [[data:firstname:""]]')]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
