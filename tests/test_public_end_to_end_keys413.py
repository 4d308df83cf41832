"""keys413's public export runs end to end from its parameters file, decisions only (issue
13): Hyperswitch (Juspay's open-source payments switch), the fixed records its control
centre's own Playwright tests create or mock (juspay/hyperswitch-control-center at 787cc0ca,
Apache-2.0: 25 customers, 12 payments, 6 refunds, 7 disputes) as the control centre's lists
show them, English only (tests/data/exports/hyperswitch-export-en; SOURCE.md), on the
branch-point engine ccc46fcf (session 53, round Z7). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The 25 customers load as contacts keyed by Hyperswitch's customer id (the parameters decide
the file's kind: discovery named it account, the held-out measure's propose misses), each
whole name as the last name; nothing is held back, skipped or cleared; verification finds no
column differing. Owners: the fallback (the lists name no one).

What the run reads: a customer's name (last name), e-mail, phone, description and created
date (the mocked customer's alone is set).

What is NOT read (left unmapped): the customer id (the source key, no column) and the
phone's country calling code; the payments, refunds and disputes files (discovery: unknown,
no Dataverse table), not moved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "hyperswitch-export-en"
COLUMNS = {"lastname": "Customer Name", "emailaddress1": "Email", "telephone1": "Phone",
           "description": "Description", "overriddencreatedon": "Created"}
IDS = (["test_customer", "test_customer2"] + [f"pw_customer_{n}" for n in range(1, 23)]
       + ["cus_pw_related"])


def test_hyperswitch_customers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """25 contacts load, nothing held back or cleared; payments, refunds and disputes not
    moved; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 25, 25, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 25}), "payments": ("unknown", {}),
        "refunds": ("unknown", {}), "disputes": ("unknown", {})}
    cleared = run_dir / "cleared" / "contact.csv"
    assert len(cleared.read_text().splitlines()) == 1   # the header alone

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == COLUMNS
    assert contact["source_key"] == "Customer ID"
    assert set(contact["unmapped"]) == {"Customer ID", "Phone Country Code"}
    assert not contact.get("owner") and not contact.get("lookups")
    assert {(u["source"], u["kind"]) for u in mapping["unmatched_sources"]} == {
        ("payments", "unknown"), ("refunds", "unknown"), ("disputes", "unknown")}

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged["__source_id"].to_list() == IDS
    assert staged["lastname"].to_list() == ["Joseph Doe"] * 24 + ["Related Records Customer"]
    assert staged["emailaddress1"].to_list() == ["abc@test.com"] * 24 + ["related@test.com"]
    assert staged["telephone1"].to_list() == ["999999999"] * 24 + ["9876543210"]
    # the customer a payment created has no description; the mocked one alone has a date
    assert staged["description"].to_list() == (
        [None] + ["Playwright customer"] * 23 + ["Customer with many related records"])
    assert staged["overriddencreatedon"].to_list() == [None] * 24 + ["2026-01-15T10:00:00Z"]

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(COLUMNS)
    assert not any(n for cols in verified.values() for n in cols.values())


def test_hyperswitch_customers_discovered_as_accounts_without_the_intake(
        tmp_path: Path) -> None:
    """Without the intake line discovery names the shoppers' file account (the held-out
    propose misses): the parameters' decision is what makes them contacts."""
    found = discovered_without_intake(NAME, tmp_path, {"customers.csv": {"object": "contact"}})
    assert {o["source"]: o["name"] for o in found} == {
        "customers": "account", "payments": "unknown", "refunds": "unknown",
        "disputes": "unknown"}
