"""keys391's public export runs end to end from its parameters file, decisions only (issue
13): Open Collective (opencollective/opencollective-api at e3f35f58, MIT; the platform where
collectives raise and spend money in the open under a fiscal host), its development database
dump as its CSV service (opencollective/opencollective-rest at 35c69f62, MIT) writes the
dashboard's exports: the host 'opensource''s 4 hosted collectives, the collective
'opensourced''s 46 contributors and its 281 transactions, in English
(tests/data/exports/opencollective-export-en; SOURCE.md), on the branch-point engine 56e42778
(session 52, round Z4). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The hosted collectives load as accounts keyed by their handle, the contributors as contacts
keyed by their profile URL; the one contributor listed twice (two memberships) loads once, the
second row skipped as a duplicate source id; nothing held back or cleared; verification finds
no column differing. The parameters decide the files' kinds (discovery named both unknown: the
held-out measure's files and propose misses), the keys, the account's type left unread (no
relationship type: the measure's suggest miss) and the contributor's website read from its
website column (the measure's suggest miss read the profile URL there). The transactions stay
in Open Collective (discovery names them unknown: no Sales table).

What the run reads: the account's name and website; the contact's name (in the last name, one
cell), e-mail, website, address and country (empty in every row).

The collectives' and the contributors' currency (USD, the org's base) is bound to the org's
currency by its code.

What is NOT read (left unmapped): the hosted collectives' slug (the key), type,
approval date, balance, host fee, admin count, admin e-mails and last contribution date; the
contributors' profile URL (the key), type, total, the recurring contribution
(yes/no, status, tier, amount, currency, frequency) and the first and latest contribution
dates; the transactions file (not moved).
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

NAME = "opencollective-export-en"
#: the host's collectives, newest first: name and website
ACCOUNTS = [("Test Collective", None), ("Open Source Collective", None),
            ("APEX", "http://apex.run"), ("tipbox", "https://tipbox.is")]
ACCOUNT_COLUMNS = {"name": "name", "websiteurl": "website"}
CONTACT_COLUMNS = {"lastname": "contributorName", "emailaddress1": "contributorEmail",
                   "websiteurl": "contributorWebsite", "address1_line1": "address",
                   "address1_country": "country"}


def test_opencollective_collectives_and_contributors_load(runs: Callable[[str], Path]) -> None:
    """The 4 hosted collectives load as accounts, 45 of the 46 contributor rows as contacts
    (one listed twice), nothing held back or cleared; the transactions are not moved;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("hosted-collectives", 4, 4, 0, 0, 0, 0),
        "contact": ("contributors", 46, 45, 0, 1, 0, 0)}
    assert out["contact"]["skipped_reasons"] == [
        {"reason": "duplicate source id; first row kept", "rows": 1}]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "hosted-collectives": ("account", {"account": 4}),
        "contributors": ("contact", {"contact": 46}),
        "transactions": ("unknown", {})}
    assert not files["transactions"]["migrated"]
    summary = json.loads((run_dir / "stage_summary.json").read_text(encoding="utf-8"))
    assert summary["account"]["cleared"] == summary["contact"]["cleared"] == 0

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables: dict[str, Any] = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT_COLUMNS
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT_COLUMNS
    assert tables["account"]["source_key"] == "key(slug)"
    assert tables["contact"]["source_key"] == "key(contributorUrl)"
    for t in tables.values():
        assert not t.get("owner")
    # a collective's and a contributor's currency code ('USD', the org's base) binds it to
    # the org's currency
    for table in ("account", "contact"):
        assert [(lk["target"], lk["source"], lk["existing"]) for lk in tables[table][
            "lookups"]] == [("transactioncurrencyid", "currency",
                             {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("transactions", "unknown")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert list(zip(accounts["name"], accounts["websiteurl"], strict=True)) == ACCOUNTS
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 45
    assert contacts["lastname"].head(6).to_list() == [
        "Auth0", "PubNub", "Sauce Labs", "Yahoo!", "Fullstack React", "Nik Graf"]
    # the individuals' e-mails (31 of the 32: one is the duplicate); organisations have none
    assert contacts["emailaddress1"].is_not_null().sum() == 31
    assert contacts["websiteurl"][5] == "https://twitter.com/nikgraf"
    assert not any(str(u).startswith("https://opencollective.com/")
                   for u in contacts["websiteurl"].drop_nulls())
    assert contacts["address1_line1"].is_null().all()
    assert contacts["address1_country"].is_null().all()

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT_COLUMNS) | {"transactioncurrencyid"}
    assert set(verified["contact"]) == set(CONTACT_COLUMNS) | {"transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
