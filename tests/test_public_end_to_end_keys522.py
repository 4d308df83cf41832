"""keys522's public export runs end to end from its parameters file, decisions only
(issue 13): Donorbox, its own records -- the Donorbox API v1 records that move-coop/parsons
(Apache-2.0; its Donorbox connector) keeps as its tests' data at b1cf7489: 2 fundraising
campaigns ('Test Campaign' with a $1,000 goal, 'Membership Campaign'), 2 donors, 3 donations
and 3 monthly recurring plans -- headed by the API's field names ('goal_amt',
'donor.first_name', 'total.currency'), in English (tests/data/exports/donorbox-export-en;
SOURCE.md), on the branch-point engine 3e7d83b2 (session 63, round Z36). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up:
every record is in US dollars, the rehearsal org's base currency.

The campaigns load as campaigns keyed by Donorbox's id: name, creation date, the goal as
the estimated revenue, the currency ('usd') linked to the org's US dollar by its ISO code.
The donors load as contacts keyed by id: first and last name, e-mail, creation date, the
currency of their total given linked to the org's US dollar. Nothing held back, skipped,
failed or cleared; no owner queued; verification finds no column differing. The donors'
names are sample names, some of them public figures' (SOURCE.md): this test checks them
by their shape only.

The parameters decide: the keys (id), no owner column (the export names no one: the
fallback owner), the goal (goal_amt) as the campaign's estimated revenue (a measured miss
in both modes), plans.csv as no kind of record to load (discovery named it products by its
file name: the measured file miss), and a quarantine gate of 0%.

What is NOT read (left unmapped): a record's updated_at; a campaign's slug, donation count,
total raised and the two formatted money copies; a donor's donation count, last donation
date and total given (computed in Donorbox); donations.csv (gifts received: no Sales table)
and plans.csv (recurring gifts: no Sales table).
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

NAME = "donorbox-export-en"
CAMPAIGN = {"overriddencreatedon": "created_at", "name": "name",
            "expectedrevenue": "goal_amt"}
CONTACT = {"overriddencreatedon": "created_at", "firstname": "first_name",
           "lastname": "last_name", "emailaddress1": "email"}
USD = 'existing:{"match": {"isocurrencycode": "USD"}, "table": "transactioncurrency"}'


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_donorbox_campaigns_and_donors_load(runs: Callable[[str], Path]) -> None:
    """The campaigns load as campaigns (goal as estimated revenue), the donors as contacts,
    each in the org's US dollar; donations and plans stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "campaign": ("campaigns", 2, 2, 0, 0, 0, 0, 0),
        "contact": ("donors", 2, 2, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "campaigns": ("campaign", {"campaign": 2}, True),
        "donors": ("contact", {"contact": 2}, True),
        "donations": ("unknown", {}, False),
        "plans": ("unknown", {}, False)}
    assert "donations received" in files["donations"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"campaign", "contact"}
    campaign, contact = tables["campaign"], tables["contact"]
    assert (campaign["source"], campaign["source_key"]) == ("campaigns", "key(id)")
    assert {c["target"]: c["source"] for c in campaign["columns"]} == CAMPAIGN
    assert (contact["source"], contact["source_key"]) == ("donors", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    # the ISO-code currency columns link to the org's currency by its code
    assert [(lk["target"], lk["source"], lk["existing"]) for lk in campaign["lookups"]] == [
        ("transactioncurrencyid", "currency",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert [(lk["target"], lk["source"], lk["existing"]) for lk in contact["lookups"]] == [
        ("transactioncurrencyid", "total.currency",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert {"updated_at", "slug", "donations_count", "total_raised", "formatted_goal_amount",
            "formatted_total_raised"} <= set(campaign["unmapped"])
    assert {"updated_at", "donations_count", "last_donation_at", "total.value"} <= set(
        contact["unmapped"])
    assert not any(t.get("owner") for t in tables.values())

    for table in ("campaign", "contact"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select([*CAMPAIGN, "__ref__transactioncurrencyid"]).rows() == [
        ("2022-09-20T18:47:05Z", "Test Campaign", 1000.0, USD),
        ("2022-09-21T21:05:04Z", "Membership Campaign", 0.0, USD)]
    donors = _staged(run_dir, "contact")
    assert donors.select(["overriddencreatedon", "__ref__transactioncurrencyid"]).rows() == [
        ("2022-10-19T17:33:18Z", USD), ("2022-10-19T18:19:41Z", USD)]
    # sample names (some public figures'): by shape only
    for first, last, email in donors.select(["firstname", "lastname", "emailaddress1"]).rows():
        assert first and last and first.isalpha() and last.isalpha()
        assert email.count("@") == 1 and "." in email.split("@")[1]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["campaign"]) == set(CAMPAIGN) | {"transactioncurrencyid"}
    assert set(verified["contact"]) == set(CONTACT) | {"transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
