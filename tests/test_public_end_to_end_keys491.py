"""keys491's public export runs end to end from its parameters file, decisions only
(issue 13): Sage One / Sage Business Cloud Accounting, its own records -- the Sage One
Accounts API v1 responses recorded as VCR cassettes (real calls in 2014) for the RSpec tests
of Sage's own MIT Ruby SDK Sage/sageone_api_ruby_sdk at 1ee8a8c1: 13 contacts (customers and
suppliers, each a business), 7 products, 5 services, 11 sales invoices with 21 lines, 4
purchase invoices -- headed by Sage's API field names ('company_name', 'contact_type.name',
'product_code', 'last_cost_price'), in English (tests/data/exports/sageone-export-en;
SOURCE.md), on the branch-point engine 83dd4dd3 (session 60, round Z29). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, with the org's unit group
made first as tests/test_public_end_to_end_keys488.py makes Fiken's).

The 13 contacts load as accounts keyed by Sage's id: the business's name and its relationship
type (CUSTOMER as Customer 3, SUPPLIER as Supplier 10). Of the 7 products, the 2 with a
product code ('Bar', both) load as products keyed by Sage's id: name (Sage's
'description'), product number, price, last cost price, whole units in the org's default
unit; the 5 without a code are held back, each with its reason (Dynamics requires a product
number), counted and listed. Owners: the fallback (no Sage One record names a user).

The parameters decide: contacts.csv an account file (discovery named it a contact list),
services.csv not loaded (a second list of things sold; discovery left it unknown: the
measured file miss); the keys; no owner columns; the account's name from 'company_name' and
the product's last cost (the measured misses), the product's name, the relationship type and
its two options, the products' decimals; the unit group and unit; the gate (75%: five of
seven products held back).

What is NOT read (left unmapped): the contacts' ids, person's name ('Main Contact'),
name_and_company_name, contact_type.id and scope, lock_version and country id; the products'
ids, price-includes-tax flag, ledger account, tax code and lock_version; services.csv,
sales_invoices.csv, sales_invoice_line_items.csv and purchase_invoices.csv whole.
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
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "sageone-export-en"
ACCOUNT = {"name": "company_name", "customertypecode": "contact_type.name"}
# since session 64 the map reads Sage's one-line 'description', written first after the key,
# as the product's name only (as the parameters decide), no longer also as its description
PRODUCT = {"name": "description", "productnumber": "product_code",
           "price": "sales_price", "currentcost": "last_cost_price", "quantitydecimal": None}
UNREAD = {"services", "sales_invoices", "sales_invoice_line_items", "purchase_invoices"}
# what the run stages, as the export writes it, contact by contact (by Sage's id)
ACCOUNTS = [("HMRC Reclaimed", 3), ("HMRC Payments", 10), ("CUST0-GB", 3), ("CUST1-IE", 3),
            ("CUST2-DE", 3), ("CUST3-FR", 3), ("CUST4-US", 3), ("SUPP0-GB", 10),
            ("SUPP1-IE", 10), ("SUPP2-DE", 10), ("SUPP3-FR", 10), ("SUPP4-US", 10),
            ("Foo", 3)]
PRODUCTS = [("Product 1", "Bar", 0.0, 0.0, 0), ("Foo", "Bar", 0.0, 0.0, 0)]
HELD = "product ID (productnumber) is required by Dataverse"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def test_sageone_contacts_and_products_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as accounts with their relationship type, the products with a code
    as products; the five without one are held back with the reason; the rest stays in Sage
    One; nothing fails or differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 13, 13, 0, 0, 0, 0, 0),
        "product": ("products", 7, 2, 5, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 13}, True),
        "products": ("product", {"product": 7}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product"}
    account, product = tables["account"], tables["product"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"id", "name", "name_and_company_name", "contact_type.id", "contact_type.scope",
            "lock_version", "main_address.country.id"} <= set(account["unmapped"])
    assert (product["source"], product["source_key"]) == ("products", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"id", "sales_price_includes_tax", "ledger_account.id", "tax_code.id",
            "lock_version"} <= set(product["unmapped"])
    assert not account.get("owner") and not product.get("owner")
    assert {u["source"] for u in mapping["unmatched_sources"]} == UNREAD

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not issues(run_dir, kind, "account"), kind
    for kind in ("skipped", "failed", "cleared"):
        assert not issues(run_dir, kind, "product"), kind
    held = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert held["row"].to_list() == ["2", "3", "5", "6", "7"]   # Sage's products 5, 6, 8, 10, 11
    assert set(held["column"].to_list()) == {"productnumber"}
    assert all(r.startswith(HELD) for r in held["reason"].to_list())

    assert _staged(run_dir, "account").select(list(ACCOUNT)).rows() == ACCOUNTS
    products = _staged(run_dir, "product")
    assert products.select(list(PRODUCT)).rows() == PRODUCTS
    assert products["__via__defaultuomid"].to_list() == ["existing"] * 2
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
