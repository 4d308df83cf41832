"""keys450's public export runs end to end from its parameters file, decisions only
(issue 13): GoCardless (Direct Debit payments for merchants; gocardless/gocardless-pro-python
at d5c83f37, MIT), the JSON fixtures its official client library replays in its tests (one
customer, payment, subscription, mandate, customer bank account and creditor) as the
GoCardless dashboard's exports write them, headed by the API's field names ('given_name',
'company_name', 'links.mandate'; tests/data/exports/gocardless-export-en; SOURCE.md), on the
branch-point engine 9012c74b (session 56, round Z15). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The customer (Frank Osborne) loads as a contact keyed by GoCardless' id 'CU123': names,
e-mail, the three address lines, city, region, postal code, country, the created-on date and
the Swedish identity number as the government id; nothing held back, skipped, cleared or
flagged; no one queued as owner; verification finds no column differing. Its company
('Hamilton Trading Ltd.') would be the contact's parent account, but no file of the export
holds it: the link is left, reported with its reason, and the contact counted as moved
without it. The payments, subscriptions, mandates, bank accounts and creditor are reported
unmatched (no Sales table).

The parameters decide: the customers' bank accounts as no Sales record (discovery named the
file an account from its name on 9012c74b: the measured files miss; it leaves it unknown
since session 56); the key (GoCardless' id); the
Swedish identity number as the government id and not the business phone (the measured
suggest and propose miss: the map read its digits and dash as a phone number).

What is NOT read (left unmapped): the customer's notification language and its
active_mandates flag (no contact column); the files payments, subscriptions, mandates,
customer_bank_accounts and creditors whole.
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
    objects,
    outcomes,
    verified_columns,
)

NAME = "gocardless-export-en"
INTAKE = {"customer_bank_accounts.csv": {"object": "unknown"}}
UNMATCHED = ("creditors", "customer_bank_accounts", "mandates", "payments", "subscriptions")
KINDS = {"customers": ("contact", {"contact": 1}), **{f: ("unknown", {}) for f in UNMATCHED}}
CONTACT = {
    "overriddencreatedon": "created_at", "emailaddress1": "email", "firstname": "given_name",
    "lastname": "family_name", "address1_line1": "address_line1",
    "address1_line2": "address_line2", "address1_line3": "address_line3",
    "address1_city": "city", "address1_stateorprovince": "region",
    "address1_postalcode": "postal_code", "address1_country": "country_code",
    "governmentid": "swedish_identity_number"}


def test_gocardless_discovery_alone_leaves_bank_accounts_unknown(tmp_path: Path) -> None:
    """Without the intake line, discovery named the customers' bank accounts an account at
    the branch point (the measured files miss); since session 56 (round Z15's rule: a bank
    account is no Sales record) it leaves them unknown, as the key holds, and the rest as the
    key holds them."""
    objects_ = discovered_without_intake(NAME, tmp_path, INTAKE)
    assert {o["source"]: o["name"] for o in objects_} == {
        "customers": "contact", "customer_bank_accounts": "unknown", "creditors": "unknown",
        "mandates": "unknown", "payments": "unknown", "subscriptions": "unknown"}


def test_gocardless_customer_loads_as_a_contact(runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact keyed by its id, its company link left with its
    reason; the other five files stay in GoCardless; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("customers", 1, 1, 0, 0, 0, 0, 0)}
    assert objects(run_dir)["contact"]["links_left"] == {"parentcustomerid": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == CONTACT
    assert table["source_key"] == "key(id)"
    assert not table.get("owner")                        # the export names no owner
    assert not table.get("lookups")
    assert [(u["source"], u["target"]) for u in table["unresolved_lookups"]] == [
        ("company_name", "parentcustomerid")]           # no file holds the company
    assert set(table["unmapped"]) == {"id", "company_name", "language", "active_mandates"}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNMATCHED}

    for kind in ("quarantine", "skipped", "cleared", "flags", "unresolved_links"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert staged.select(list(CONTACT)).rows() == [(
        "2014-01-01T12:00:00Z", "user@example.com", "Frank", "Osborne", "221B Baker Street",
        "Marylebone", "City of Westminster", "London", "Greater London", "NW1 6XE", "GB",
        "556564-5404")]
    assert "telephone1" not in staged.columns           # the identity number is no phone

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
