"""keys488's public export runs end to end from its parameters file, decisions only
(issue 13): Fiken, its own records -- the example values of the schemas of Fiken's OpenAPI
description of its API v2, carried by an MIT-licensed Fiken API client (okane-no/fiken-sdk at
b459c59c, spec/Fiken-API-2.0.0-modified.yaml): the contact 'Fiken AS' (customer number 51248,
Karl Johan 34, Oslo) and its contact person Betty Boop, the product 'Spade' (125-1), invoice
10001, the sale XK455L, offer 10001 and order confirmation 10001, one row per file -- headed by
Fiken's API field names ('customerNumber', 'address.streetAddressLine2', 'unitPrice'), in
English (tests/data/exports/fiken-export-en; SOURCE.md), on the branch-point engine 2bd4a745
(session 60, round Z28). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, with the org's default unit group and unit made first as
tests/test_public_end_to_end_session12.py's ``_product_catalogue`` makes them).

The contact loads as an account keyed by Fiken's id: name, customer number as the account
number, e-mail, both address lines, city, post code, country, creation date, and its
'inactive' true as the inactive state. Betty Boop loads as a contact at 'Fiken AS' (her
'contactId' 2747365 names the exported contact): her whole name as the last name, e-mail,
phone, address. 'Spade' loads as a product: name, product number, price (Fiken's cents /
100: 3000.00), stock, creation date, two decimals, the org's default unit. Nothing is held
back; no owner is named: none queued.

The parameters decide: the contacts file an account list (discovery named it a contact list:
Fiken's contacts may be firms or persons), the offer and the order confirmation not loaded
(they name the contact 9688154, which no exported record is, and need a price list); the keys
(Fiken's ids); no owner column; the account number from 'customerNumber' and the second
address lines (the measured misses); the person's name as the last name; the price divided by
100; two product decimals in the org's default unit; the person's company by 'contactId'.

What is NOT read (left unmapped): the ids (keys only); a contact's last-modified date,
organisation number, ledger account codes, supplier number, customer/supplier flags, bank
account, language, payment days and groups; a product's last-modified date, income account,
VAT type and active flag; invoices.csv, sales.csv, offers.csv and order_confirmations.csv
whole.
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
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "fiken-export-en"
ACCOUNT = {"name": "name", "accountnumber": "customerNumber", "emailaddress1": "email",
           "overriddencreatedon": "createdDate", "statecode": "inactive",
           "address1_line1": "address.streetAddress",
           "address1_line2": "address.streetAddressLine2", "address1_city": "address.city",
           "address1_postalcode": "address.postCode", "address1_country": "address.country"}
CONTACT = {"lastname": "name", "emailaddress1": "email", "telephone1": "phoneNumber",
           "address1_line1": "address.streetAddress",
           "address1_line2": "address.streetAddressLine2", "address1_city": "address.city",
           "address1_postalcode": "address.postCode", "address1_country": "address.country"}
PRODUCT = {"statecode": "active",  # session 64: the product's active flag, its state
           "name": "name", "price": "unitPrice", "productnumber": "productNumber",
           "quantityonhand": "stock", "overriddencreatedon": "createdDate",
           "description": "note", "quantitydecimal": None}
UNREAD = {"invoices", "sales", "offers", "order_confirmations"}
# what the run stages, as the export writes it (dates in UTC, the price in NOK)
ACCOUNTS = [("Fiken AS", "51248", "kontakt@fiken.gmail", "2018-04-03T00:00:00Z", 1,
             "Karl Johan 34", "H0405", "Oslo", "0550", "Norway")]
CONTACTS = [("Betty Boop", "bb@gmail.com", "98573564", "Karl Johan 34", "H0405", "Oslo",
             "0550", "Norway")]
PRODUCTS = [(0, "Spade", 3000.0, "125-1", 5.0, "2018-04-03T00:00:00Z", None, 2)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_fiken_contact_person_product_load(runs: Callable[[str], Path]) -> None:
    """The contact loads as an account, its person as a contact at it, the product as a
    product (its price from cents); the rest stays in Fiken; nothing is held back, fails or
    differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contact_persons", 1, 1, 0, 0, 0, 0, 0),
        "product": ("products", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 1}, True),
        "contact_persons": ("contact", {"contact": 1}, True),
        "products": ("product", {"product": 1}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}
    for f in ("offers", "order_confirmations"):
        assert "set to unknown in the parameters file" in files[f]["reason"]
    assert "invoices" in files["invoices"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "product"}
    account, contact, product = tables["account"], tables["contact"], tables["product"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(contactId)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"contactId", "organizationNumber", "customerAccountCode", "supplierAccountCode",
            "bankAccountNumber", "daysUntilInvoicingDueDate", "customer", "supplier"} <= set(
        account["unmapped"])
    assert not account["lookups"]
    assert (contact["source"], contact["source_key"]) == (
        "contact_persons", "key(contactPersonId)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "contactId", "account")]
    assert (product["source"], product["source_key"]) == ("products", "key(productId)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"productId", "incomeAccount", "vatType"} <= set(product["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    for table in ("account", "contact", "product"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == ACCOUNTS
    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == CONTACTS
    # Betty Boop's company: the account the run loads from contact 2747365, 'Fiken AS'
    assert contacts["__ref__parentcustomerid_account"].to_list() == (
        accounts["__source_id"].to_list())
    assert contacts["__via__parentcustomerid_account"].to_list() == ["id"]
    products = _staged(run_dir, "product")
    assert products.select(list(PRODUCT)).rows() == PRODUCTS
    assert products["__via__defaultuomid"].to_list() == ["existing"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(v for table in verified.values() for v in table.values())
