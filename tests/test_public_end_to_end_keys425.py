"""keys425's public export run end to end from its parameters file, decisions only (issue 13):
Kill Bill (killbill/killbill, Apache-2.0; the open-source subscription billing platform), the
records its API reference recorded from a running server (killbill/slate at bbf0d1fe: 5
accounts, 18 invoices, 11 payments, 5 subscriptions, 9 invoice items) as its admin UI Kaui's
CSV downloads write them (killbill-admin-ui at 5daac969: accounts, invoices, payments, headed
by attribute names) and, where Kaui has none, as the API's JSON flattened (subscriptions,
invoice items), in English (tests/data/exports/killbill-export-en; SOURCE.md), on the
branch-point engine d4b1bc50 (session 54, round Z8). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The five accounts load as accounts: name, e-mail (lower-cased as the staging writes every
e-mail: 'John@laposte.com' -> 'john@laposte.com'), the child account's address ('7, yoyo
road', 'Apt 5', '94105', 'San Francisco', 'California', 'US'), the external key as the
account number and the reference time as created-on. The external key fits the account
number (20 characters at most) on two accounts ('1522172592-516014', '25thAuGCus6'); on the
three whose external key is their 36-character UUID the field is cleared, each with its
reason, and the account loads. The child account's parent (01ab962b) is not in the export:
it moves without the link, reported among the unresolved links. The invoices, payments,
subscriptions and invoice items are not migrated (no table among the Sales tables the run
fills), each file with its reason in the inventory. No one queued as owner; verification
finds no column differing.

The parameters decide: the key (Kill Bill's accountId); no owner column; the account number
(the external key) and created-on (the reference time), both left unread by the map (the
key allows either); the parent-account link by the account id (the map left it unresolved:
discovery matched none of its one value).

What the run reads: the account's name, e-mail, address lines 1 and 2, postal code, city,
state, country, phone and notes (empty here), external key, reference time and parent
account id; its currency code (USD, the org's base) binds it to the org's currency.

What is NOT read (left unmapped): the time zone, locale, balance, credit balance, bill cycle
day, pay via parent, default payment method, company and migrated flag; the invoices, payments,
subscriptions and invoice items files (no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    runs_once,
)
from test_public_end_to_end import (
    verified_columns as _verified,
)

NAME = "killbill-export-en"
ACCOUNTS = "accounts-2026-12-06"
ACCOUNT = {"name": "name", "emailaddress1": "email", "address1_line1": "address1",
           "address1_line2": "address2", "address1_postalcode": "postal_code",
           "address1_city": "city", "address1_stateorprovince": "state",
           "address1_country": "country", "telephone1": "phone", "description": "notes",
           "accountnumber": "external_key", "overriddencreatedon": "reference_time"}
NOT_MIGRATED = {"invoices-2026-12-06": 18, "payments-2026-12-06": 11, "subscriptions": 5,
                "invoice_items": 9}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory)


def test_killbill_accounts_load_and_billing_files_stay_out(
        runs: Callable[[str], Path]) -> None:
    """The five accounts load as accounts (three account numbers cleared as too long, the
    child's parent link left with its reason); the billing files are not migrated, each with
    its reason; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (ACCOUNTS, 5, 5, 0, 0, 0, 1)}
    assert (out["account"]["cleared"], out["account"]["cleared_fields"]) == (
        3, {"accountnumber": 3})
    assert not out["account"]["links_left"]

    files = inventory_files(run_dir)
    assert (files[ACCOUNTS]["kind"], files[ACCOUNTS]["taken"]) == ("account", {"account": 5})
    for source, rows in NOT_MIGRATED.items():
        f = files[source]
        assert (f["rows"], f["taken"], f["not_taken"], f["migrated"]) == (
            rows, {}, rows, False), source
        assert f["reason"].startswith("not migrated"), source
    assert "invoices" in files["invoices-2026-12-06"]["reason"]
    assert "invoices" in files["invoice_items"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account"}
    table = tables["account"]
    assert {c["target"]: c["source"] for c in table["columns"]} == ACCOUNT
    assert table["source_key"] == "key(account_id)"
    assert not table.get("owner")                        # no owner column read
    assert not table.get("unresolved_lookups")
    assert [(lk["target"], lk["table"], lk["source"], lk.get("by") or lk["existing"]["by"])
            for lk in table["lookups"]] == [
        ("transactioncurrencyid", "transactioncurrency", "currency", "isocurrencycode"),
        ("parentaccountid", "account", "parent_account_id", "account_id")]
    assert {u["source"] for u in mapping["unmatched_sources"]} == set(NOT_MIGRATED)

    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert cleared["row"].to_list() == ["1", "2", "3"]
    assert set(cleared["target"].to_list()) == {"accountnumber"}
    assert all("longer than 20 characters" in r for r in cleared["reason"].to_list())
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "account.csv", infer_schema=False)
    assert [(r["row"], r["column"], r["value"]) for r in unresolved.to_dicts()] == [
        ("4", "parent_account_id", "01ab962b-3c66-4b17-b391-ffcc9fe51884")]
    assert "names no account of the export" in unresolved["reason"][0]
    assert pl.read_csv(run_dir / "quarantine" / "account.csv", infer_schema=False).height == 0

    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()
    assert [(a["name"], a["emailaddress1"], a["accountnumber"]) for a in accounts] == [
        ("John Doe", "john@laposte.com", None),
        ("John Doe", "john@laposte.com", None),
        ("John Doe", "john@laposte.com", None),
        ("John Doe", "john@laposte.com", "1522172592-516014"),
        ("25thAuGCus6", None, "25thAuGCus6")]
    child = accounts[3]
    assert (child["address1_line1"], child["address1_line2"], child["address1_postalcode"],
            child["address1_city"], child["address1_stateorprovince"],
            child["address1_country"]) == (
        "7, yoyo road", "Apt 5", "94105", "San Francisco", "California", "US")
    assert child["overriddencreatedon"] is None          # not in the recorded response
    assert child["__ref__parentaccountid"] is None       # its parent is not in the export
    assert [a["overriddencreatedon"][:19] for a in accounts if a is not child] == [
        "2023-03-08T16:31:16", "2023-03-06T17:12:39", "2023-03-06T17:17:21",
        "2023-08-25T16:28:43"]
    assert accounts[4]["address1_country"] == "US"

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = _verified(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == set(ACCOUNT) | {"parentaccountid",
                                                       "transactioncurrencyid"}
    assert not any(verified["account"].values())
