"""keys405's public export runs end to end from its parameters file, decisions only
(issue 13): Dittofeed (dittofeed/dittofeed at 52b2bee9, MIT; open-source customer engagement
/ marketing automation), its own fixed user records -- the dashboard's two sample user
uploads (the same five users; the second with a subscribe / unsubscribe action) and its
segments test's buildSegmentsFile fixture as its segment download writes it -- in English
only, Dittofeed shipping no translations (tests/data/exports/dittofeed-export-en;
SOURCE.md), on the branch-point engine 61abbabc (session 53, round Z6). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The parameters decide the two user files' kind (contact: discovery read 'users' as the CRM's
users by its name and stayed unsure of the subscription upload) and the segment download's
(unknown: segment memberships, no Sales table); nothing else. The five users load as
contacts from the subscription upload; the plain upload holds the same five again and is not
moved twice; nothing is held back and verification finds no column differing. No owner
column: every contact goes to the fallback owner, and the owner queue is empty.

What the run reads: email, firstName, lastName and phone (as the business phone) of the
subscription upload; its id as the source id.

What is NOT read (left unmapped by the engine):
- subscription-group-actions: action (subscribe / unsubscribe in the group the file is
  uploaded to: 'no column of contact fits');
- users: the same records as the subscription upload (5 of 5 alike by e-mail), not moved;
- segment-assignments: named unknown (by decision), not moved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "dittofeed-export-en"
#: the five users of both sample uploads, in their order: id, e-mail, first, last, phone
USERS = [
    ("d1bdf186-7dd9-485e-9f93-6e0e3f3e6b8a", "johndoe@example.com", "John", "Doe",
     "1234567890"),
    ("f5c5d1e5-d1f5-4d65-8b8f-7d4d153c4a51", "janedoe@example.com", "Jane", "Doe",
     "2234567890"),
    ("a4ef2311-cd4c-4e5d-9d21-7c3e8b29c7b1", "alice@example.com", "Alice", "Johnson",
     "3234567890"),
    ("b8c5cd71-214d-4d62-92a4-85e9e4d4efbe", "bob@example.com", "Bob", "Smith",
     "4234567890"),
    ("7b73a62c-bfd2-4a8a-ba9f-bfcbfd234c89", "charlie@example.com", "Charlie", "Brown",
     "5234567890"),
]
READ = {"emailaddress1": "email", "firstname": "firstName", "lastname": "lastName",
        "telephone1": "phone"}


def test_dittofeed_users_load_as_contacts_once(runs: Callable[[str], Path]) -> None:
    """The five users load as contacts from the subscription upload, the plain upload (the
    same five) is not moved twice, the segment download is not moved; verification finds no
    column differing; every contact to the fallback owner."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("subscription-group-actions", 5, 5, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "segment-assignments": ("unknown", {}),
        "subscription-group-actions": ("contact", {"contact": 5}),
        "users": ("contact", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    assert [t["target"] for t in mapping["tables"]] == ["contact"]
    contact = mapping["tables"][0]
    assert contact["source"] == "subscription-group-actions"
    assert {c["target"]: c["source"] for c in contact["columns"]} == READ
    assert contact["source_key"] == "id"
    assert not contact.get("owner") and not contact.get("lookups")
    assert not contact.get("unresolved_lookups")
    assert contact["unmapped"] == ["id", "action"]
    assert contact["unmapped_reasons"]["action"] == "no column of contact fits"
    assert [(n["source"], n["same_as"]) for n in contact["not_further"]] == [
        ("users", "subscription-group-actions")]
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("segment-assignments", "unknown"), ("users", "contact")]

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.select("__source_id", *READ).rows() == USERS

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(READ)
    assert not any(verified["contact"].values())
