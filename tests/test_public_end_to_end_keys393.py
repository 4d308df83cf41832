"""keys393's public export runs end to end from its parameters file, decisions only (issue
13): Ghost (TryGhost/Ghost, MIT; the open-source publishing platform for newsletters and paid
memberships), the eight members of its test fixtures (data-generator.js at 4b2f0102, with
their labels, newsletters, Stripe customers and tiers) as the admin's "Export members" writes
them, in English (tests/data/exports/ghost-export-en; SOURCE.md), on the branch-point engine
ab22d9b6 (session 52, round Z5). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

The eight members load as contacts keyed by their e-mail (Ghost's member id is made when its
fixtures load: empty in the export), nothing held back, skipped or cleared; verification
finds no column differing. The parameters decide the file's kind (discovery named it user by
its name: the held-out measure's files and propose misses), the key, and the last name read
from the name or, where a member gave none (member2@test.com), from the e-mail. The five
Stripe customer ids name customers in Stripe, no record of the export: the map's proposed
parent customer link resolves none, so those five members load without one (links left).

What the run reads: the e-mail, the name (in the last name, one cell; the e-mail where it is
empty), the note (as description) and the creation date (empty in every row).

What is NOT read (left unmapped): the id (empty), whether the member receives newsletters,
the complimentary plan flag, the deletion date, the labels and the tiers; the Stripe customer
id is proposed as the parent customer but links to nothing (5 links left).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "ghost-export-en"
#: the members in the fixtures' order: e-mail and last name as loaded
MEMBERS = [("member1@test.com", "Mr Egg"), ("member2@test.com", "member2@test.com"),
           ("paid@test.com", "Egon Spengler"), ("trialing@test.com", "Ray Stantz"),
           ("comped@test.com", "Vinz Clortho"), ("vip@test.com", "Winston Zeddemore"),
           ("vip-paid@test.com", "Peter Venkman"), ("with-product@test.com", "Dana Barrett")]
CONTACT_COLUMNS = {"emailaddress1": "email", "lastname": "name", "description": "note",
                   "overriddencreatedon": "created_at"}
NOT_READ = {"id", "subscribed_to_emails", "complimentary_plan", "stripe_customer_id",
            "deleted_at", "labels", "tiers"}


def test_ghost_members_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The 8 members load as contacts, nothing held back, skipped or cleared; the Stripe
    customer ids link to nothing (5 left); verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("members", 8, 8, 0, 0, 0, 0)}
    # Stripe's customer id is no link to the member's company (session 66): none left
    assert out["contact"]["links_left"] == {}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "members": ("contact", {"contact": 8})}
    summary = json.loads((run_dir / "stage_summary.json").read_text(encoding="utf-8"))
    assert summary["contact"]["cleared"] == 0

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables: dict[str, Any] = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT_COLUMNS
    assert next(c for c in contact["columns"] if c["target"] == "lastname")["else"] == [
        "email"]
    assert contact["source_key"] == "key(email)"
    assert not contact.get("owner") and not contact.get("lookups")
    assert set(contact["unmapped"]) == NOT_READ
    assert not contact.get("unresolved_lookups")
    assert not mapping["unmatched_sources"]

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(contacts["emailaddress1"], contacts["lastname"], strict=True)) == MEMBERS
    assert contacts["description"].is_null().all()
    assert contacts["overriddencreatedon"].is_null().all()

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT_COLUMNS)
    assert not any(n for cols in verified.values() for n in cols.values())
