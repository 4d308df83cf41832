"""keys489's public export runs end to end from its parameters file, decisions only
(issue 13): Xendit (xendit/xendit-python at 262cbb7e, MIT; the South-East Asian payment
gateway), the recorded API responses its own Python SDK's unit tests replay (1 customer,
4 invoices, 1 payment request, 2 payment methods, 1 direct debit payment, 1 recurring
payment, 1 virtual account, 1 card charge, 2 disbursements, 1 payout, 1 refund, 1
xenPlatform sub-account) headed by Xendit's API field names, in English
(tests/data/exports/xendit-export-en; SOURCE.md), on the branch-point engine 2bd4a745
(session 60, round Z28). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The customer 'Adyaksa' loads as a contact keyed by Xendit's customer id, with its e-mail;
the xenPlatform sub-account loads as an account keyed by its user id, named by its login
e-mail, with that e-mail, its creation time (UTC, to the second) and its status
'SUCCESSFUL' as Active. Nothing held back, skipped or cleared; no one queued as owner;
verification finds no column differing. The ten other files are not loaded: each is
reported unmatched (no Sales table), the invoices and payouts with the reason their name
gives.

The parameters decide: the customers file as contacts (discovery named it account: the
measured file miss); the keys (Xendit's ids); no owner column (the map read the
sub-account's own 'user_id' as its owner: a measured miss); the contact's last name from
'given_names' (the customer's one name, no surname; the map left it unread: the measured
miss); the account's name from its login e-mail (Dynamics requires a name, the export has
none); the sub-account's 'type' (OWNED / MANAGED) not read as the relationship type (a
measured miss); the status 'SUCCESSFUL' as Active.

What is NOT read (left unmapped): the customer's 'reference_id' (the merchant's own id:
no contact column); the sub-account's 'type'; the files invoices.csv, payment_requests.csv,
payment_methods.csv, direct_debit_payments.csv, recurring_payments.csv,
virtual_accounts.csv, credit_card_charges.csv, disbursements.csv, payouts.csv and
refunds.csv whole.
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

NAME = "xendit-export-en"
UNMATCHED = ("invoices", "payment_requests", "payment_methods", "direct_debit_payments",
             "recurring_payments", "virtual_accounts", "credit_card_charges",
             "disbursements", "payouts", "refunds")
KINDS = {"customers": ("contact", {"contact": 1}),
         "xenplatform_accounts": ("account", {"account": 1}),
         **{f: ("unknown", {}) for f in UNMATCHED}}
CONTACT = {"lastname": "given_names", "emailaddress1": "email"}
ACCOUNT = {"name": "account_email", "emailaddress1": "account_email",
           "overriddencreatedon": "created", "statuscode": "status"}


def test_xendit_customer_and_subaccount_load(runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact, the xenPlatform sub-account as an account, each by
    Xendit's id; the ten payment files stay in Xendit; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("customers", 1, 1, 0, 0, 0, 0, 0),
        "account": ("xenplatform_accounts", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert "invoices" in files["invoices"]["reason"]
    assert "payouts" in files["payouts"]["reason"]
    assert not any(files[f]["migrated"] for f in UNMATCHED)

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account"}
    for target, want, key in (("contact", CONTACT, "key(id)"),
                              ("account", ACCOUNT, "key(user_id)")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == want
        assert table["source_key"] == key
        assert not table.get("owner")                    # no record names a Dynamics user
        assert not table.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNMATCHED}

    contact = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contact.select(list(CONTACT)).rows() == [("Adyaksa", "t@x.co")]
    account = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert account.select(list(ACCOUNT)).rows() == [
        ("test-xenplatform@pythonxendit.co", "test-xenplatform@pythonxendit.co",
         "2020-07-29T08:27:25Z", 1)]                    # '...25.346Z'; 'SUCCESSFUL': Active
    for table in ("contact", "account"):
        for kind in ("quarantine", "skipped", "cleared", "flags"):
            issues = pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False)
            assert issues.height == 0, (table, kind)

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(v for t in verified.values() for v in t.values())
