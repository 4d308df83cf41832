"""keys539's public export runs end to end from its parameters file, decisions only
(issue 13): Quaderno, its own records -- the Quaderno API responses that Quaderno's own Ruby
client (quaderno/quaderno-ruby at 936027d2, MIT) recorded from a test account for its RSpec
tests as VCR cassettes: 11 contacts (5 persons, 6 companies, made-up test names such as
'Jimbowzz', 'Dundee', 'asdasd sdasd'), 1 item ('Test item'), 2 estimates, 7 invoices, 1
receipt, 2 expenses -- headed by the API's field names ('kind', 'full_name', 'vat_number',
'contact.id', 'total_cents'; amounts in cents, 'created_at' in Unix seconds), in English
(tests/data/exports/quaderno-export-en; SOURCE.md), on the branch-point engine 2c989695
(session 65, round Z40). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and
unit, and the price list 'Quaderno prices' the quotes need.

The contacts load as accounts keyed by Quaderno's id: the whole name, the billing address
(street lines, postal code, city, region, country code) and the creation time read from
Unix seconds. The item loads as a product keyed by id: its code as the product number, its
name, its unit cost, two decimals, on the org's default unit. The estimates load as quotes
keyed by id: the number (also as the quote's name, which Dynamics requires), the creation
time, 'outstanding' as an Open (active) quote, the discount and the total with taxes from
cents (2700 -> 27.0), in euros (the transaction currency found by its ISO code), for the
contact whose id they carry (the company 'James', id 671), on the org's price list. Nothing
held back, skipped or failed; no owner queued; verification finds no column differing.

The parameters decide: the contacts as accounts (discovery reads the file as people: the
measured miss that left its account columns unmapped in propose), the keys (id), no owner
column (no Quaderno record names a user: the fallback owner), a contact's 'permalink' as no
web site (the measured miss in suggest), the product's decimals, the quote's name, its
discount and total divided by 100, the estimate states as quote statuses, the quote's
customer by the contact's id (the measured miss in propose), the unit group, unit and price
list the org's admin set up, the euro beside the org's US dollar, and a quarantine gate of
0%.

What is NOT read (left unmapped): a contact's kind (person or company), first and last name
(its whole name is read), tax id, VAT number, document language, billing-page token and
links; an item's tax class and API address; an estimate's issue date, contact name, billing
country, subtotal in cents, token and links; invoices.csv, receipts.csv and expenses.csv
(bills sent and received: no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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

NAME = "quaderno-export-en"
ACCOUNT = {"overriddencreatedon": "created_at", "name": "full_name",
           "address1_line1": "street_line_1", "address1_line2": "street_line_2",
           "address1_postalcode": "postal_code", "address1_city": "city",
           "address1_stateorprovince": "region", "address1_country": "country"}
PRODUCT = {"productnumber": "code", "name": "name", "standardcost": "unit_cost",
           "quantitydecimal": None}
QUOTE = {"quotenumber": "number", "overriddencreatedon": "created_at", "statuscode": "state",
         "discountamount": "discount_cents", "name": "number", "totalamount": "total_cents"}
PRICES = "Quaderno prices"


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    quotes need (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_quaderno_contacts_items_and_estimates_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as accounts, the item as a product, the estimates as Open quotes
    in euros for their contact on the org's price list; invoices, receipts and expenses
    stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 11, 11, 0, 0, 0, 0, 0),
        "product": ("items", 1, 1, 0, 0, 0, 0, 0),
        "quote": ("estimates", 2, 2, 0, 0, 0, 0, 0)}
    # 'outstanding' decided as Open: both quotes active
    assert (out["quote"]["closed"], out["quote"]["closed_as"]) == (2, {"Active": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 11}, True),
        "items": ("product", {"product": 1}, True),
        "estimates": ("quote", {"quote": 2}, True),
        "invoices": ("unknown", {}, False),
        "receipts": ("unknown", {}, False),
        "expenses": ("unknown", {}, False)}
    assert files["invoices"]["reason"].startswith("not migrated: its name says invoices")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product", "quote"}
    account, product, quote = tables["account"], tables["product"], tables["quote"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert set(account["unmapped"]) == {"id", "kind", "first_name", "last_name", "tax_id",
                                        "vat_number", "language", "secure_id", "url",
                                        "permalink"}
    assert account["lookups"] == []
    assert (product["source"], product["source_key"]) == ("items", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert set(product["unmapped"]) == {"id", "tax_class", "url"}
    assert [(lk["target"], lk["source"], lk["table"]) for lk in product["lookups"]] == [
        ("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")]
    assert (quote["source"], quote["source_key"]) == ("estimates", "key(id)")
    assert {c["target"]: c["source"] for c in quote["columns"]} == QUOTE
    assert set(quote["unmapped"]) == {"id", "issue_date", "contact.full_name", "country",
                                      "subtotal_cents", "secure_id", "permalink", "url"}
    assert [(lk["target"], lk["source"], lk["table"]) for lk in quote["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency"),
        ("customerid", "contact.id", "account"), ("pricelevelid", None, "pricelevel")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("expenses", "unknown"), ("invoices", "unknown"), ("receipts", "unknown")]

    for table in ("account", "product", "quote"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    names = accounts["name"].to_list()
    assert len(names) == 11 and all(names)
    assert {"Jimbowzz", "Dundee", "MIguel", "asdasd sdasd", "Françoise"} <= set(names)
    assert names.count("James") == 2   # two companies of that name (ids 671, 672)
    assert accounts["address1_country"].to_list() == [
        "AU", "GB", "AU", "ES", "FR", "AU", "AU", "GB", "GB", "ES", "AU"]
    # a billing address where the contact has one: 3 postal codes, 1 city, 2 regions, 2
    # street lines 1 (one of them the whole address in one line) and 1 line 2
    assert accounts.select(pl.col(c).is_not_null().sum() for c in (
        "address1_postalcode", "address1_city", "address1_stateorprovince", "address1_line1",
        "address1_line2")).row(0) == (3, 1, 2, 2, 1)
    assert accounts["address1_city"].drop_nulls().to_list() == ["London"]
    assert accounts["address1_stateorprovince"].drop_nulls().to_list() == ["NSW", "NSW"]
    # Unix seconds read as the creation time (1510049679 -> 2017-11-07T10:14:39Z, Jimbowzz)
    assert accounts.filter(pl.col("name") == "Jimbowzz")["overriddencreatedon"].to_list() == [
        "2017-11-07T10:14:39Z"]

    products = _staged(run_dir, "product")
    assert products.select(list(PRODUCT)).rows() == [("frstprod", "Test item", 10.0, 2)]
    assert products["__via__defaultuomid"].to_list() == ["existing"]

    quotes = _staged(run_dir, "quote")
    assert quotes.select(list(QUOTE)).rows() == [
        ("0002", "2017-12-21T13:46:10Z", 3, 0.0, "0002", 27.0),
        ("0001", "2017-12-21T13:42:00Z", 3, 0.0, "0001", 27.0)]
    # each quote's customer: the contact id 671, the first company 'James' (row 6)
    james = accounts.filter(pl.col("__source_row") == 6)
    assert james["name"].to_list() == ["James"]
    assert quotes["__ref__customerid_account"].to_list() == james["__source_id"].to_list() * 2
    assert quotes["__via__customerid_account"].to_list() == ["id", "id"]
    assert all('"EUR"' in r for r in quotes["__ref__transactioncurrencyid"].to_list())
    assert all(PRICES in r for r in quotes["__ref__pricelevelid"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["quote"]) == set(QUOTE) | {"transactioncurrencyid", "customerid",
                                                   "pricelevelid"}
    assert not any(v for table in verified.values() for v in table.values())
