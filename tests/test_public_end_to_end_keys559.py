"""keys559's public export runs end to end from its parameters file, decisions only
(issue 13): Patreon, its own records -- the recorded Patreon API v1 responses that Patreon's
own Java client (Patreon/patreon-java at b8adb6b6, Apache-2.0) keeps for its tests: 11 users
(Patreon test campaign 70261's patrons and its creator; recorded Patreon staff accounts, so
names and e-mails are checked by their shape only), 10 campaigns, 33 reward tiers, 16 goals
and 11 pledges -- headed by the API's field names ('first_name', 'amount_cents', 'title',
'campaign.id'), in English (tests/data/exports/patreon-export-en; SOURCE.md), on the
branch-point engine 4aaf9d07 (session 66, round Z43). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit a product needs.

The users load as contacts keyed by Patreon's id: first and last name (the two members with
one name only get their whole name as the last name), e-mail, the profile text as the
description, the Patreon page as the web site, the join date as the creation date. The
creator's own 8 reward tiers load as products keyed by the tier's id (also the product
number): the title as the name, the description, the monthly price in cents as dollars
(100 -> 1.0), the creation date, a whole-unit product on the org's default unit; the 3
withdrawn tiers ('published' false) are closed as Retired. The other 25 rewards are skipped
with a reason: 23 tiers of the patrons' own creator pages and Patreon's 2 built-in
audiences ('Everyone', 'Patrons Only'). Nothing held back or failed; no owner queued;
verification finds no column differing.

The parameters decide: users.csv as contacts and rewards.csv as products (both measured
misses of discovery), the keys (id), no owner column (the fallback owner), the contact's
name, e-mail, creation date and web site and the product's name and description (measured
misses of propose), the last name's fallback to the whole name, Patreon's gender codes left
out (documented nowhere open), the product number, price (cents), structure and decimals,
the rows to skip, the org's default unit group and unit, and a quarantine gate of 0%.

What is NOT read (left unmapped): a user's avatar and thumbnail, social handles and linked
accounts, user name, gender, e-mail verification and account flags, their own campaign; a
tier's Discord roles, edit and publish dates, picture, counts, limits, shipping flag, link
and campaign; campaigns.csv (creators' pages: not asked for), goals.csv and pledges.csv
(no Sales table).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "patreon-export-en"
CONTACT = {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
           "description": "about", "websiteurl": "url", "overriddencreatedon": "created"}
PRODUCT = {"name": "title", "description": "description", "price": "amount_cents",
           "productnumber": "id", "statecode": "published", "overriddencreatedon": "created_at",
           "productstructure": None, "quantitydecimal": None}
TIERS = [  # the creator's own tiers (campaign 70261): id, title, price, state (0 on sale)
    ("1408001", "Behind The Scene, but neil", 1.0, 1),
    ("563244", "Some patrons here", 1.0, 0),
    ("1385705", "Help me write my next podcast", 2.0, 0),
    ("563315", "BROKEN IMAGE", 5.0, 0),
    ("1062816", "NEW", 10.0, 0),
    ("976979", "a", 14.0, 1),
    ("1385731", "vidjastrats", 20.0, 0),
    ("1057802", "Konalicious", 20.0, 1)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_patreon_members_and_tiers_load(runs: Callable[[str], Path]) -> None:
    """The users load as contacts, the creator's own tiers as products (the withdrawn ones
    Retired); other creators' tiers and the built-in audiences skipped with their reason;
    campaigns, goals and pledges stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("users", 11, 11, 0, 0, 0, 0, 0),
        "product": ("rewards", 33, 8, 0, 25, 0, 0, 0)}
    assert (out["product"]["closed"], out["product"]["closed_as"]) == (3, {"Retired": 3})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "users": ("contact", {"contact": 11}, True),
        "rewards": ("product", {"product": 33}, True),
        "campaigns": ("campaign", {}, False),
        "goals": ("unknown", {}, False),
        "pledges": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact, product = tables["contact"], tables["product"]
    assert (contact["source"], contact["source_key"]) == ("users", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    # 'full_name', the last name's fallback, is read: no column left out (session 66)
    assert {"gender", "vanity", "twitter", "campaign.id",
            "social_connections.twitter.user_id"} <= set(contact["unmapped"])
    assert "full_name" not in contact["unmapped"]
    assert (product["source"], product["source_key"]) == ("rewards", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"amount", "published_at", "unpublished_at", "user_limit",
            "campaign.id"} <= set(product["unmapped"])
    assert sorted((lk["target"], lk["source"], lk["table"]) for lk in product["lookups"]) == [
        ("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("campaigns", "campaign"), ("goals", "unknown"), ("pledges", "unknown")]

    for table in ("contact", "product"):
        for kind in ("quarantine", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert not _issues(run_dir, "skipped", "contact")
    reasons = [r["reason"] for r in _issues(run_dir, "skipped", "product")]
    assert len(reasons) == 25
    assert sum("another creator's page" in r for r in reasons) == 23
    assert sum("built-in audience" in r for r in reasons) == 2

    source = list(csv.DictReader((_export_dir(NAME) / "users.csv").open(encoding="utf-8")))
    contacts = _staged(run_dir, "contact")
    assert contacts.height == 11
    for row, src in zip(contacts.to_dicts(), source, strict=True):
        assert "@" in row["emailaddress1"] and row["emailaddress1"] == src["email"]
        assert row["firstname"] == src["first_name"]
        # a member with one name only: the whole name as the last name
        assert row["lastname"] == (src["last_name"] or src["full_name"]) and row["lastname"]
        assert row["websiteurl"] == src["url"]
        assert row["websiteurl"].startswith("https://www.patreon.com/")
        assert row["overriddencreatedon"] == src["created"].replace("+00:00", "Z")
        assert (row["description"] or "") == src["about"]
    assert sum(not s["last_name"] for s in source) == 2

    tiers = _staged(run_dir, "product")
    assert tiers.select(["productnumber", "name", "price", "statecode"]).rows() == TIERS
    assert set(tiers["productstructure"].to_list()) == {1}
    assert set(tiers["quantitydecimal"].to_list()) == {0}
    assert tiers["overriddencreatedon"].to_list()[:2] == [
        "2017-02-15T19:54:50Z", "2016-11-21T22:31:11Z"]
    assert tiers["__via__defaultuomid"].to_list() == ["existing"] * 8

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(v for table in verified.values() for v in table.values())
