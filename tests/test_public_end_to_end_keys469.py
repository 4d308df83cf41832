"""keys469's public export runs end to end from its parameters file, decisions only
(issue 13): Paystack (huysamen/paystack-go at 8e3f6c8e, MIT: the Go client library's
example API responses, Paystack's documented sample records: 20 customers, 10
transactions, 6 products, 3 plans, 3 subscriptions, 2 payment requests, 5 transfer
recipients) as the Paystack Dashboard's list exports label them, in English
(tests/data/exports/paystack-export-en; SOURCE.md), on the branch-point engine 74661a63
(session 58, round Z21). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through the module's ``runs``), the org's default unit group and unit made
first as its admin would (as tests/test_public_end_to_end_keys331.py).

Of the 20 customers, 12 load as contacts keyed by their customer code (names, e-mail,
phone, 'Date Created' read as UTC where the record has it); the 8 who gave Paystack an
e-mail only (no first or last name: 'dom@gmail.com', 'demo@test.com'...) are held back,
each with the reason "last name is required by Dataverse". The 6 products load keyed by
their product code (also the product number), their price in the currency's main unit
('Nike Air 23' 250000.00), the stock on hand, 'Active' Yes as an active product, on the
org's default unit group and unit, their 'Currency' code (NGN, added to the org beside its
base) binding each to the org's naira. Nothing skipped, failed or cleared; no link unresolved;
no one queued as owner; verification finds no column differing. The transactions,
subscriptions, payment requests, plans and transfer recipients are not loaded: each is
reported unmatched.

The parameters decide: the transfer recipients as unknown (discovery named the file a user
list: the measured file miss); the plans as unknown (recurring prices whose subscriptions
stay in Paystack); the keys (Paystack's codes); no owner column; a product as a single
product in whole units on the org's default unit group and unit; a product's 'Active' as
its status, Yes active and No retired (the measured miss in both modes); the quarantine
gate at 50% (8 of 20 customers held back).

What is NOT read (left unmapped): a customer's 'Customer Code' (the key only) and 'Risk
Action'; a product's 'Quantity Sold', 'Unlimited', 'In Stock' and 'Type'; the files
transactions.csv, subscriptions.csv, payment_requests.csv, plans.csv and
transfer_recipients.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "paystack-export-en"
CONTACT = {"firstname": "First Name", "lastname": "Last Name", "emailaddress1": "Email",
           "telephone1": "Phone", "overriddencreatedon": "Date Created"}
PRODUCT = {"statecode": "Active",  # session 64: the product's active flag, its state
           "productnumber": "Product Code", "name": "Name", "description": "Description",
           "price": "Price", "quantityonhand": "Quantity", "overriddencreatedon": "Date Created",
           "statuscode": "Active", "productstructure": None, "quantitydecimal": None}
UNREAD = {"payment_requests", "plans", "subscriptions", "transactions", "transfer_recipients"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def test_paystack_customers_and_products_load(runs: Callable[[str], Path]) -> None:
    """12 customers load as contacts, the 8 without a name are held back with the reason;
    the 6 products load on the org's unit; the other five files stay in Paystack; nothing
    differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 20, 12, 8, 0, 0, 0, 0),
        "product": ("products", 6, 6, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 20}), "products": ("product", {"product": 6}),
        **{f: ("unknown", {}) for f in UNREAD}}
    assert not any(files[f]["migrated"] for f in UNREAD)

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact, product = tables["contact"], tables["product"]
    assert (contact["source"], contact["source_key"]) == ("customers", "key(Customer Code)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {"Customer Code", "Risk Action"}
    assert (product["source"], product["source_key"]) == ("products", "key(Product Code)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert set(product["unmapped"]) == {"Quantity Sold", "Unlimited", "In Stock", "Type"}
    assert {lk["target"]: lk["existing"].get("match", {}).get("name")
            for lk in product["lookups"]} == {
        "defaultuomid": "Primary Unit", "defaultuomscheduleid": "Default Unit",
        "transactioncurrencyid": None}
    # the product's 'Currency' code (NGN): the org's naira, found by its code
    assert [(lk["table"], lk["source"], lk.get("by"), lk["existing"]) for lk in product[
        "lookups"] if lk["target"] == "transactioncurrencyid"] == [
        ("transactioncurrency", "Currency", None,
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert not contact.get("owner") and not product.get("owner")
    assert not contact.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.select("row", "column").rows() == [
        (r, "lastname") for r in ("1", "3", "6", "7", "8", "11", "16", "17")]
    assert all(r.startswith("last name is required by Dataverse") for r in held["reason"])
    for table in ("contact", "product"):
        for kind in ("skipped", "cleared", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)
    assert pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False).height == 0

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts.height == 12 and contacts["__source_id"].n_unique() == 12
    rows = contacts.select(list(CONTACT)).rows()
    assert rows[0] == ("Smith", "Bel", "customer@email.com", None, None)
    assert ("Okiki", "Sample", "okiki@sample.com", "09048829123",
            "2022-08-15T13:42:52Z") in rows
    assert ("RHODA", "CHURCH", "rhodachurch@email.com", "+2349053267565", None) in rows
    assert rows[-1] == ("Damilola", "Odujoko", "damilola@example.com", None,
                        "2020-06-29T16:06:53Z")
    assert contacts["overriddencreatedon"].null_count() == 6

    products = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert products.select("productnumber", "name", "price", "quantityonhand",
                           "overriddencreatedon", "statuscode").rows() == [
        ("PROD_22deobcvbht2dfe", "Mimshack", 500.0, 10.0, "2022-04-12T11:21:43Z", 1),
        ("PROD_4vg503b3qga3vul", "Nike Air 23", 250000.0, 7.0, "2022-03-02T11:48:09Z", 1),
        ("PROD_8ne9cxutagmtsyz", "Product Five", 5000.0, 0.0, None, 1),
        ("PROD_ddot3upakgl3ejt", "Puff Puff", 50.0, 100.0, "2021-11-08T14:39:37Z", 1),
        ("PROD_l9p81u9pkjqjunb", "Product Four", 5000.0, 0.0, None, 1),
        ("PROD_ohc0xq1ajpt2271", "Prod One", 200.0, 5.0, "2019-06-29T14:46:52Z", 1)]
    assert products.select("productstructure", "quantitydecimal").unique().rows() == [(1, 0)]
    assert products.select("__ref__transactioncurrencyid", "__via__transactioncurrencyid"
                           ).unique().rows() == [
        ('existing:{"match": {"isocurrencycode": "NGN"}, "table": "transactioncurrency"}',
         "existing")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "product"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == {*PRODUCT, "defaultuomid", "defaultuomscheduleid",
                                        "transactioncurrencyid"}
    assert not any(verified["contact"].values()) and not any(verified["product"].values())
