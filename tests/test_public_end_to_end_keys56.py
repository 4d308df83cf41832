"""keys56's public export runs end to end from its parameters file, decisions only (issue
13): Zendesk Support's API lists as Zenpy's tests recorded them against a test account, the
API's objects kept whole (JSON cells). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def test_zendesk_zenpy_organizations_end_users_and_their_tickets(tmp_path: Path) -> None:
    """The 7 organizations load as accounts and the 97 end users of the 100 users as
    contacts (the 2 admins and the agent are the org's users: matched as owners, never
    created), read back and verified. 89 of the 91 tickets load as cases: 88 of their
    organisation, the sample ticket of its requester (an end user); two are held back at
    staging, each with its reason: one's requester is a deleted user, the other's the
    account's admin, no contact (before: a failed load, "its contact is not in the org").
    The assignee owns a case, never is its customer; the records' own API addresses
    ('url') are no web sites. Audits, groups, memberships, macros, views, triggers,
    automations and support addresses stay in Zendesk with their reasons."""
    run_dir = run_public("zendesk-zenpy", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("organizations", 7, 7, 0, 0, 0),
                             "contact": ("users", 97, 97, 0, 0, 0),
                             "incident": ("tickets", 91, 89, 2, 0, 0)}
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "Z3n Tests (09cace/1694303517)" in companies["name"].to_list()
    assert "websiteurl" not in companies.columns   # '.../api/v2/organizations/<id>.json'
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "websiteurl" not in people.columns
    customer = people.filter(pl.col("emailaddress1") == "customer@example.com").to_dicts()[0]
    assert customer["lastname"] == "The Customer"
    assert people.filter(pl.col("lastname") == "testUser").height == 80
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases["__ref__customerid_account"].drop_nulls().len() == 88
    sample = cases.filter(pl.col("__source_id") == "1").to_dicts()[0]
    assert (sample["title"], sample["__ref__customerid_contact"], sample["casetypecode"],
            sample["prioritycode"], sample["statuscode"]) == (
        "Sample ticket: Meet the ticket", "6130869168922", 2, 2, 1)
    assert sample["__owner_email"] == "6130907993114"   # its assignee, the agent
    assert cases.group_by("statuscode").len().sort("statuscode").rows() == [(1, 82), (3, 7)]
    assert issues(run_dir, "quarantine", "incident") == [
        f"no customerid: '{v}' is not an account or contact of the export"
        for v in ("6314931549722", "6130871991962")]
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert {s for s, f in files.items() if f["migrated"]} == {"organizations", "users",
                                                              "tickets"}
    assert all(f["reason"] for f in files.values() if not f["migrated"])
    assert "staff" in files["users"]["reason"]   # the admins and the agent: owners
