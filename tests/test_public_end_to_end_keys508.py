"""keys508's public export runs end to end from its parameters file, decisions only
(issue 13): lemlist, its own example records -- the response examples of lemlist's API
reference, whose Slate source lemlist keeps as l3mpire/lemlist-developer (Apache-2.0, at
c02d79d2): the team 'My team', the user Richard Hendricks (the sender), 4 campaigns
('Campaign1' three times under three ids, 'Campaign2'), 3 leads (Richard Hendricks of
Piedpiper under two lead ids, Jeanne Doe), 2 'emailsSent' activities (Richard Hendricks's
campaign e-mails to Jeanne Doe), 3 unsubscribed addresses and a webhook -- headed by the
API's field names ('campaignName', 'isPaused', 'sendUserEmail'), in English
(tests/data/exports/lemlist-export-en; SOURCE.md), on the branch-point engine 9bbc8473
(session 61, round Z34). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The campaigns load as campaigns keyed by lemlist's _id (their names). The leads load as
leads keyed by _id: e-mail, first and last name, company, phone, the topic 'lemlist
outreach', and their source campaign by its id -- the second Richard Hendricks's campaign
(cam_aaBB11C22Def3Gh4i) is in no file of the export, so that lead moves without it, the one
unresolved link, listed. The activities load as e-mails keyed by _id: sent on createdAt,
their template's name as the subject, completed, regarding Jeanne Doe's lead, owned by the
fallback owner (the sender richard@piedpiper.com is no user of the rehearsal org: queued).
Nothing held back, skipped, failed or cleared; verification finds no column differing.

The parameters decide: the activities file named as the e-mails it holds (intake: its
rows' type 'emailsSent' routes no row and its name 'activities' names no kind: the run gave
it no unit, the measured propose misses), the keys (_id), the e-mails' owner by the
sender's address (sendUserEmail; the engine picks the sender's lemlist id), leadUrl kept out
of the lead's website (a measured miss), the lead's required topic as a value (the engine
copies the company name, empty for two leads), the e-mail's subject from its template's
name (the engine takes the sender's name), and a quarantine gate of 0%.

What is NOT read (left unmapped): a lead's campaignName (its campaign is read by id),
leadUrl, isPaused, icebreaker and linkedinUrl (lemlist's own variables: custom fields the
manifest offers), picture; an activity's type, isFirst, team, the sender's id and name, the
lead's names and address again, the campaign's name, list, sequence, step, template id, the
e-mail's id and the A/B variants; a campaign's labels; users.csv (matched to Dynamics users,
not created), team.csv, unsubscribes.csv and hooks.csv (no Sales table).
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

NAME = "lemlist-export-en"
CAMPAIGN = {"name": "name"}
LEAD = {"emailaddress1": "email", "firstname": "firstName", "lastname": "lastName",
        "companyname": "companyName", "telephone1": "phone", "subject": None}
EMAIL = {"overriddencreatedon": "createdAt", "statuscode": None,
         "subject": "emailTemplateName"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_lemlist_campaigns_leads_and_emails_load(runs: Callable[[str], Path]) -> None:
    """The campaigns, the leads (their source campaign by id, one not in the export) and the
    sent e-mails (regarding their lead) load; the user, team, unsubscribes and webhook stay
    out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "campaign": ("campaigns", 4, 4, 0, 0, 0, 0, 0),
        "lead": ("leads", 3, 3, 0, 0, 0, 1, 0),
        "email": ("emails", 2, 2, 0, 0, 0, 0, 0)}
    assert (out["email"]["file"], out["email"]["closed"], out["email"]["closed_as"]) == (
        "activities.csv", 2, {"Completed": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "campaigns": ("campaign", {"campaign": 4}, True),
        "leads": ("lead", {"lead": 3}, True),
        "emails": ("activity", {"email": 2}, True),
        "users": ("user", {}, False),
        "team": ("unknown", {}, False),
        "unsubscribes": ("unknown", {}, False),
        "hooks": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"campaign", "lead", "email"}
    campaign, lead, email = tables["campaign"], tables["lead"], tables["email"]
    for entry, source, columns in ((campaign, "campaigns", CAMPAIGN), (lead, "leads", LEAD),
                                   (email, "emails", EMAIL)):
        assert (entry["source"], entry["source_key"]) == (source, "key(_id)")
        assert {c["target"]: c["source"] for c in entry["columns"]} == columns
    assert [(lk["target"], lk["source"], lk["table"]) for lk in lead["lookups"]] == [
        ("campaignid", "campaignId", "campaign")]
    assert [(lk["target"], lk["source"], lk["table"]) for lk in email["lookups"]] == [
        ("regardingobjectid", "leadId", "lead"), ("regardingobjectid", "campaignId", "campaign")]
    assert (campaign.get("owner"), lead.get("owner")) == (None, None)
    assert (email["owner"]["source"], email["owner"]["match"]) == ("sendUserEmail", "email")
    assert {"leadUrl", "isPaused", "icebreaker", "linkedinUrl", "picture",
            "campaignName"} <= set(lead["unmapped"])
    assert {"type", "sendUserId", "sendUserName", "leadEmail", "sequenceStep"} <= set(
        email["unmapped"])
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("hooks", "unknown"), ("team", "unknown"), ("unsubscribes", "unknown"),
        ("users", "user")]

    for table in ("campaign", "lead", "email"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert [(r["file"], r["column"], r["value"]) for r in _issues(
        run_dir, "unresolved_links", "lead")] == [
        ("leads.csv", "campaignId", "cam_aaBB11C22Def3Gh4i")]

    campaigns = _staged(run_dir, "campaign")
    assert campaigns["name"].to_list() == ["Campaign1", "Campaign2", "Campaign1", "Campaign1"]
    leads = _staged(run_dir, "lead")
    assert leads.select(list(LEAD)).rows() == [
        ("richard@piedpiper.com", "Richard", "Hendricks", "Piedpiper", "(555) 555-1234",
         "lemlist outreach"),
        ("richard@piedpiper.com", "Richard", "Hendricks", None, None, "lemlist outreach"),
        ("jeanne@doe.com", "Jeanne", "Doe", None, None, "lemlist outreach")]
    # the first lead's campaign is the third campaign row, Jeanne Doe's the fourth; the
    # second lead's names no campaign of the export
    ids = campaigns["__source_id"].to_list()
    assert leads["__ref__campaignid"].to_list() == [ids[2], None, ids[3]]
    emails = _staged(run_dir, "email")
    assert emails.select(["overriddencreatedon", "subject", "statuscode",
                          "__owner_email"]).rows() == [
        ("2018-08-24T14:56:39Z", "Sales: The Honest One", 3, "richard@piedpiper.com"),
        ("2018-08-24T14:51:35Z", "I Just Call", 3, "richard@piedpiper.com")]
    # both regarding Jeanne Doe's lead (the third lead row)
    assert emails["__ref__regardingobjectid_lead_email"].to_list() == [
        leads["__source_id"][2]] * 2

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        ("richard@piedpiper.com", "unmatched", "2")]
    assert queue[0]["resolution"] == "assigned to fallback owner avery.admin@contoso.example"
    verified = verified_columns(run_dir)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert set(verified["lead"]) == set(LEAD) | {"campaignid"}
    assert set(verified["email"]) == set(EMAIL) | {"regardingobjectid", "ownerid"}
    assert not any(v for table in verified.values() for v in table.values())
