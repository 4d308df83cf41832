"""keys540's public export runs end to end from its parameters file, decisions only
(issue 13): Planhat, its own records -- the recorded Planhat API replies and nock mocks that
Hull's MIT Planhat connector (hull/hull-planhat at 5ec6e51f) keeps for its tests: 3 team
users, 2 companies ('Test Company', a customer; 'Test 1234 Inc.', a prospect), 2 end users
(a generated 'first-/last-' CIO of a company the recording does not hold, and an end user of
company 1234) and 1 license ('License Fee') -- headed by the API's field names ('status',
'companyId', 'shareable.enabled'), in English (tests/data/exports/planhat-export-en;
SOURCE.md), on the branch-point engine 2c989695 (session 65, round Z40). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up.

The companies load as accounts keyed by Planhat's _id: name, creation date (the one the
record gives), and the status as the Relationship Type (customer Customer, prospect
Prospect). The end users load as contacts keyed by _id: first and last name, e-mail, job
title, phone, creation date, and the company they work at by Planhat's company id: the end
user of company 1234 on 'Test 1234 Inc.'; the other's company id names no company of the
export, so its link is left empty and counted as one unresolved lookup (true: that company
is not in the recording). Nothing held back, skipped or failed; no owner queued;
verification finds no column differing.

The parameters decide: the end users' object (contact: discovery left the file unknown, a
measured miss), the keys (_id), no owner column (the fallback owner), the company's status
as the Relationship Type and not the status reason (a measured miss), the end users' columns
(names, e-mail, position, phone, creation date: propose left them unmapped, the measured
misses), the company link by id, and a quarantine gate of 0%.

What is NOT read (left unmapped): the figures and scores Planhat computes (a company's mr,
mrr, nrr, their totals, its health 'h', its next touch; an end user's beats, conversations
and experience), the date a company became a customer and its last renewal, portal settings
(shareable.*), slugs, version counters, update times, an end user's tags, featured and NPS
flags, external id, whole name (first and last names are read), company name (the link is
by id) and e-mail hash; users.csv (Planhat's team, matched to Dynamics users, not created)
and licenses.csv (recurring contract lines, no Sales table: they stay in Planhat).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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

NAME = "planhat-export-en"
ACCOUNT = {"name": "name", "overriddencreatedon": "createDate", "customertypecode": "status"}
CONTACT = {"firstname": "firstName", "lastname": "lastName", "emailaddress1": "email",
           "jobtitle": "position", "telephone1": "phone", "overriddencreatedon": "createDate"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone); the org needs no set-up."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict[str, Any]]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_planhat_companies_and_end_users_load(runs: Callable[[str], Path]) -> None:
    """The companies load as accounts with their relationship, the end users as contacts
    on their company where the export holds it; the users and the license stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 2, 2, 0, 0, 0, 0, 0),
        "contact": ("endusers", 2, 2, 0, 0, 0, 1, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 2}, True),
        "endusers": ("contact", {"contact": 2}, True),
        "users": ("user", {}, False),
        "licenses": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    account, contact = tables["account"], tables["contact"]
    assert (account["source"], account["source_key"]) == ("companies", "key(_id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"customerFrom", "mrr", "mrrTotal", "h", "nextTouch", "lastRenewal",
            "shareable.enabled"} <= set(account["unmapped"])
    assert (contact["source"], contact["source_key"]) == ("endusers", "key(_id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"companyName", "name", "tags", "featured", "npsUnsubscribed",
            "beats", "emailMd5"} <= set(contact["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "companyId", "account")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("licenses", "unknown"), ("users", "user")]

    for table in ("account", "contact"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    # customer -> Customer (3), prospect -> Prospect (8); 'Test Company' gives no createDate
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Test Company", None, 3),
        ("Test 1234 Inc.", "2019-10-02T10:50:48Z", 8)]
    contacts = _staged(run_dir, "contact")
    rows = contacts.select(["firstname", "lastname", "jobtitle", "telephone1",
                            "overriddencreatedon"]).rows()
    assert [r[0].startswith("first-") for r in rows] == [True, False]
    assert [r[1].startswith("last-") for r in rows] == [True, False]
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("CIO", "0037128280459", "2020-01-21T11:42:02Z"),
        # the mock's createDate, new Date(1563804862) (milliseconds), as the source gives it
        (None, None, "1970-01-19T02:23:24Z")]
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    # the second end user on company 1234 by id; the first's company id (not in the export)
    # resolves to nothing: its link left empty, the one unresolved lookup counted above
    assert contacts["__via__parentcustomerid_account"].to_list() == [None, "id"]
    refs = contacts["__ref__parentcustomerid_account"].to_list()
    assert refs[0] is None
    assert refs[1] == accounts.filter(pl.col("name") == "Test 1234 Inc.")["__source_id"][0]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert not any(v for table in verified.values() for v in table.values())
