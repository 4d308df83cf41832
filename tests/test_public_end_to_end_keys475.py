"""keys475's public export runs end to end from its parameters file, decisions only
(issue 13): Flutterwave, its own records -- the sample API responses Flutterwave's own
Node.js SDK documents (Flutterwave/Node-v3 at 537f9f44, MIT; documentation/*.md): the
customers Yemi Desola and Ayomide Jimi-Oni and three subscribers known by e-mail, ten
transactions, eleven payment plans ('SDK test Plan', 'A sample KES monthly plan', 'PHPSDK
Test Plan'...), three subscriptions, nine beneficiaries, eight collection subaccounts
('Eternal Blue', 'JK Services', 'Sharp Guy'...) -- headed by Flutterwave's API field names
('name', 'phone_number', 'plan_token', 'business_name', 'subaccount_id'), in English
(tests/data/exports/flutterwave-export-en; SOURCE.md), on the branch-point engine 1aafcdbf
(session 58, round Z23). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``; the org's unit group and unit made first, as
tests/test_public_end_to_end_keys469.py does for Paystack's products).

The two named customers load as contacts keyed by Flutterwave's id: the one-field name as
the last name (Dataverse's required name), e-mail, phone, creation time; Yemi Desola's
phone 'N/A' is cleared with its reason. The three subscribers Flutterwave names by e-mail
only are held back, each with the reason (no last name). The eleven payment plans load as
products on the org's default unit: name, price per billing, the plan token as the product
number, active (1) or cancelled (2) as the status, creation time, their currency code (NGN,
the naira the rehearsal org's admin added) binding each to the org's naira. The eight
subaccounts load as accounts: the business's name, country, creation time (two 'Eternal
Blue' and two 'Zen Daya', each its own record by id). No owner is named: none queued.

The parameters decide: the customers a contact list (discovery named them accounts: the
measured file miss), the payment plans a product list and the subaccounts an account list
(discovery left both unknown: the other file misses); the keys (Flutterwave's ids); the
customer's 'name' as the last name; each plan column (propose mapped none: the measured
misses); a subaccount's 'business_name' as its name, its country and time (propose mapped
none; suggest took the bank account holder's 'full_name' for the name), its settlement
bank account's number as no account number (suggest's miss); the unit group and unit.

What is NOT read (left unmapped): the ids (keys only); a plan's 'interval' and 'duration'
(no product column); a subaccount's bank details ('account_number', 'account_bank',
'bank_name', 'full_name'), split terms ('split_ratio', 'split_type', 'split_value'),
'account_id' and 'subaccount_id'; transactions.csv, subscriptions.csv and beneficiaries.csv
whole (no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "flutterwave-export-en"
CONTACT = {"lastname": "name", "emailaddress1": "email", "telephone1": "phone_number",
           "overriddencreatedon": "created_at"}
PRODUCT = {"name": "name", "price": "amount", "productnumber": "plan_token",
           "statuscode": "status", "overriddencreatedon": "created_at",
           "productstructure": None, "quantitydecimal": None}
ACCOUNT = {"name": "business_name", "address1_country": "country",
           "overriddencreatedon": "created_at"}
UNREAD = {"transactions", "subscriptions", "beneficiaries"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def test_flutterwave_customers_plans_and_subaccounts_load(
        runs: Callable[[str], Path]) -> None:
    """2 customers load as contacts, the 3 known by e-mail only are held back with the
    reason; the 11 payment plans load as products on the org's unit, the 8 subaccounts as
    accounts; the transactions, subscriptions and beneficiaries stay in Flutterwave; nothing
    differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 5, 2, 3, 0, 0, 0, 1),
        "product": ("payment_plans", 11, 11, 0, 0, 0, 0, 0),
        "account": ("subaccounts", 8, 8, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 5}, True),
        "payment_plans": ("product", {"product": 11}, True),
        "subaccounts": ("account", {"account": 8}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}
    assert "payment transactions, which no Sales table holds" in (
        files["transactions"]["reason"])

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "account"}
    contact, product, account = tables["contact"], tables["product"], tables["account"]
    assert (contact["source"], contact["source_key"]) == ("customers", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {"id"}
    assert (product["source"], product["source_key"]) == ("payment_plans", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert set(product["unmapped"]) == {"id", "interval", "duration"}
    assert {lk["target"]: lk["existing"].get("match", {}).get("name")
            for lk in product["lookups"]} == {
        "defaultuomid": "Primary Unit", "defaultuomscheduleid": "Default Unit",
        "transactioncurrencyid": None}
    # the plans' currency code (NGN): the org's currency of that code
    assert [(lk["table"], lk["source"], lk["existing"]) for lk in product["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        ("transactioncurrency", "currency",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert (account["source"], account["source_key"]) == ("subaccounts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert set(account["unmapped"]) == {
        "id", "account_number", "account_bank", "bank_name", "full_name", "account_id",
        "subaccount_id", "split_ratio", "split_type", "split_value"}
    assert not any(t.get("owner") for t in tables.values())
    assert not contact.get("lookups") and not account.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.select("row", "column").rows() == [(r, "lastname") for r in ("3", "4", "5")]
    assert all(r.startswith("last name is required by Dataverse") for r in held["reason"])
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.select("row", "column", "target", "value").rows() == [
        ("1", "phone_number", "telephone1", "N/A")]
    for table in ("contact", "product", "account"):
        for kind in ("skipped", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)
    for table in ("product", "account"):
        for kind in ("quarantine", "cleared"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == [
        ("Yemi Desola", "user@gmail.com", None, "2020-07-15T14:31:15Z"),
        ("Ayomide Jimi-Oni", "test@mailinator.com", "08100000000", "2024-02-28T09:51:09Z")]
    assert contacts["__source_id"].to_list() == [surrogate_key(["216519823"]),
                                                  surrogate_key(["2362222"])]

    plans = _staged(run_dir, "product")
    assert plans.height == 11 and plans["productnumber"].n_unique() == 11
    rows = plans.select("name", "price", "productnumber", "statuscode",
                        "overriddencreatedon").rows()
    assert rows[0] == ("SDK test Plan", 100.0, "rpp_cd93e2fa88e065b960bf", 1,
                       "2023-07-04T09:16:42Z")
    assert ("A sample KES monthly plan", 0.0, "rpp_2f711270c4de5c2393d3", 1,
            "2023-03-15T00:34:50Z") in rows
    assert rows[-1] == ("PHPSDK Test Plan", 1600.0, "rpp_b6cc20cb87ee9a64d879", 2,
                        "2023-03-03T14:13:39Z")
    assert plans["statuscode"].to_list().count(1) == 2     # active; the other 9 cancelled
    assert plans.select("productstructure", "quantitydecimal").unique().rows() == [(1, 0)]
    assert plans.select("__ref__transactioncurrencyid",
                        "__via__transactioncurrencyid").unique().rows() == [
        ('existing:{"match": {"isocurrencycode": "NGN"}, "table": "transactioncurrency"}',
         "existing")]

    accounts = _staged(run_dir, "account")
    assert accounts.select("name", "address1_country", "overriddencreatedon").rows() == [
        ("Eternal Blue", "NG", "2020-01-20T06:47:56Z"),
        ("Eternal Blue", "NG", "2020-01-20T06:44:58Z"),
        ("JK Services", "NG", "2020-01-17T16:25:36Z"),
        ("Sharp Guy", "NG", "2020-01-02T21:54:35Z"),
        ("Sam Son", "NG", "2019-12-09T13:27:04Z"),
        ("Zen Daya", "NG", "2019-12-09T13:19:41Z"),
        ("Zen Daya", "NG", "2019-12-09T13:18:14Z"),
        ("Monkey Tail", "NG", "2019-09-25T13:44:23Z")]
    assert accounts["__source_id"].n_unique() == 8
    assert "accountnumber" not in accounts.columns

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "product", "account"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == {*PRODUCT, "defaultuomid", "defaultuomscheduleid",
                                        "transactioncurrencyid"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(v for table in verified.values() for v in table.values())
