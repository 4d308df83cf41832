"""keys521's public export runs end to end from its parameters file, decisions only
(issue 13): MailerLite, its own records -- the MailerLite API responses that MailerLite's own
Java SDK (mailerlite/mailerlite-java at 6c1195bc, MIT) recorded from a MailerLite test
account and replays in its tests: 26 subscribers, 36 groups, 25 campaigns ('test campaign
name', 'Copy of test', the A/B split 'test ab', 'Campaign to schedule') and 8 segments --
headed by the API's field names ('fields.name', 'scheduled_for', 'emails.subject'), in
English (tests/data/exports/mailerlite-export-en; SOURCE.md), on the branch-point engine
3e7d83b2 (session 63, round Z36). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``); the org needs no set-up first.

The subscribers load as contacts keyed by MailerLite's id: the e-mail address (also as the
last name: a subscriber has no last name here), the default field 'name' as the first name
(two have one), the creation time, and the status as Bulk Email: the 25 active subscribers
Allow, the one unconfirmed (its opt-in not confirmed) Do Not Allow. The campaigns load as
campaigns keyed by id: name, type (regular and A/B split both Direct Marketing), status (the
6 drafts Proposed, the 19 sent Completed), creation time, the e-mail's subject as the
message (the A/B versions' subjects joined by ';'), when each sent one was scheduled, began
and finished sending. Nothing held back, skipped, failed or cleared; no owner queued (the
fallback owns all); verification finds no column differing.

The parameters decide: the keys (id), no owner column, the subscriber's status as Bulk Email
with its two values' options and not as the contact's own Status Reason (a measured miss;
the engine reads active/unconfirmed as no subscription states by itself), 'fields.name' as
the first name (a measured miss), 'scheduled_for' as the proposed start and 'finished_at' as
the actual end (measured misses), and the campaigns' status and type options.

What is NOT read (left unmapped): a record's updated_at; a subscriber's source (manual,
import, api), its sending figures (sent, opens, clicks, rates), subscribed_at (= its creation
here), opted_in_at and the test account's own 'fields.date_field'; a campaign's account id,
delivery schedule, language, queue time, e-mail id, sender address and name, and MailerLite's
flags (A/B winner, e-commerce, survey, copy/schedule permissions, recipient count); groups.csv
and segments.csv (marketing lists: no table here, listed as unrecognised for the team).
"""

from __future__ import annotations

from collections import Counter
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

NAME = "mailerlite-export-en"
CONTACT = {"emailaddress1": "email", "overriddencreatedon": "created_at", "lastname": "email",
           "donotbulkemail": "status", "firstname": "fields.name"}
CAMPAIGN = {"name": "name", "typecode": "type", "statuscode": "status",
            "overriddencreatedon": "created_at", "actualstart": "started_at",
            "message": "emails.subject", "actualend": "finished_at",
            "proposedstart": "scheduled_for"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_mailerlite_subscribers_and_campaigns_load(runs: Callable[[str], Path]) -> None:
    """The subscribers load as contacts, the campaigns as campaigns; groups and segments
    stay out; nothing held back, cleared or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("subscribers", 26, 26, 0, 0, 0, 0, 0),
        "campaign": ("campaigns", 25, 25, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "subscribers": ("contact", {"contact": 26}, True),
        "campaigns": ("campaign", {"campaign": 25}, True),
        "groups": ("unknown", {}, False),
        "segments": ("unknown", {}, False)}
    assert files["groups"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "campaign"}
    contact, campaign = tables["contact"], tables["campaign"]
    assert (contact["source"], contact["source_key"]) == ("subscribers", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"source", "sent", "opens_count", "clicks_count", "open_rate", "click_rate",
            "subscribed_at", "updated_at", "fields.date_field",
            "opted_in_at"} <= set(contact["unmapped"])
    assert (campaign["source"], campaign["source_key"]) == ("campaigns", "key(id)")
    assert {c["target"]: c["source"] for c in campaign["columns"]} == CAMPAIGN
    assert {"account_id", "delivery_schedule", "language.name", "updated_at", "queued_at",
            "emails.from", "emails.from_name", "type_for_humans",
            "recipients_count"} <= set(campaign["unmapped"])
    assert not any(t.get("lookups") for t in tables.values())
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("groups", "unknown"), ("segments", "unknown")]

    for table in ("contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    # every subscriber's address (checked by its shape), the same as its last name
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    assert contacts["lastname"].to_list() == contacts["emailaddress1"].to_list()
    assert [n for n in contacts["firstname"].to_list() if n] == ["test", "test name"]
    # the one unconfirmed subscriber (the SDK's created one, last) may get no bulk e-mail
    assert contacts["donotbulkemail"].to_list() == [False] * 25 + [True]
    assert contacts["overriddencreatedon"].to_list()[:2] == [
        "2023-12-01T10:15:45Z", "2023-11-02T13:43:05Z"]

    campaigns = _staged(run_dir, "campaign")
    assert Counter(campaigns["statuscode"].to_list()) == {3: 19, 0: 6}
    assert set(campaigns["typecode"].to_list()) == {2}
    sent = campaigns.filter(pl.col("statuscode") == 3)
    drafts = campaigns.filter(pl.col("statuscode") == 0)
    for col in ("proposedstart", "actualstart", "actualend"):
        assert sent[col].null_count() == 0, col
        assert drafts[col].null_count() == drafts.height, col
    assert campaigns.select(["name", "message", "proposedstart", "actualstart",
                             "actualend"]).row(1) == (
        "test from gmail", "test from gmail", "2023-12-19T10:54:15Z", "2023-12-19T10:55:07Z",
        "2023-12-19T10:55:08Z")
    # an A/B split's versions' subjects, joined by ';'
    assert campaigns.filter(pl.col("name") == "test ab")["message"].to_list() == [
        "subject 1;subject 2;subject 1"]
    assert drafts["name"].to_list() == [
        "test campaign name", "Campaign to cancel", "Campaign to delete",
        "Campaign to schedule", "Campaign to send", "test campaign name"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
