"""keys503's public export runs end to end from its parameters file, decisions only
(issue 13): bexio, its own records -- the bexio API responses that the MIT Laravel client
codebar-ag/laravel-bexio recorded from a bexio test company as its tests' Saloon fixtures at
b68256a4: 1 user, 16 contacts (all companies: 'bexio AG' with its address and web site, the
tests' firms), 12 contact relations, 1 article ('Test Item'), 91 quotes ('AN-00001'...) and
146 invoices ('RE-00001'...) -- headed by the API's field names ('name_1', 'nr',
'document_nr', 'kb_item_status_id'), in English (tests/data/exports/bexio-export-en;
SOURCE.md), on the branch-point engine 095c0f75 (session 61, round Z33). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit, and the price list 'Invoice prices'.

The contacts load as accounts keyed by bexio's id: name, contact number, street line,
postal code, city, web site. The article loads as a product keyed by its id: name, article
number, units in stock, on the org's default unit. The quotes load as quotes keyed by their
id: title as name, number, gross total, VAT, valid from / until, each on its customer (the
account of contact_id, bexio AG for all 91) and the org's price list. Nothing held back,
skipped, failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the contacts file loaded as accounts (discovery names it contacts,
a measured miss: bexio's word for companies and persons alike), the keys (bexio's ids), no
owner column (user_id / owner_id are bexio user numbers: the fallback owner), the record's
own numbers (nr, intern_code, document_nr: measured misses), the units in stock from
stock_nr and not the yes/no is_stock (a measured miss), two decimals for quantities, the
quote's date as its start, country_id (a bexio number) and the delivery address block left
out, the quote's customer by contact_id, the unit group, unit and price list, and a
quarantine gate of 0%.

What is NOT read (left unmapped): a contact's type, salutation, street name and house number
apart (the street line is read), lead flag, groups, users and updated_at; an article's type,
currency, is_stock and the other stock figures; a quote's letterhead, language, bank account,
currency, payment type, header and footer texts, net total and total (the gross total is
read), rounding, VAT settings, address blocks, status (kb_item_status_id: every quote loads
as a draft), API reference and its user. users.csv (the company's bexio user, matched, not
created), contact_relations.csv and invoices.csv (no Sales table) stay out.
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
from test_public_end_to_end_keys94 import _catalogue_and_price_list

NAME = "bexio-export-en"
ACCOUNT = {"name": "name_1", "accountnumber": "nr", "address1_line1": "address",
           "address1_postalcode": "postcode", "address1_city": "city", "websiteurl": "url"}
PRODUCT = {"name": "intern_name", "productnumber": "intern_code", "quantitydecimal": None,
           "quantityonhand": "stock_nr"}
QUOTE = {"name": "title", "quotenumber": "document_nr", "totalamount": "total_gross",
         "totaltax": "total_taxes", "effectivefrom": "is_valid_from",
         "expireson": "is_valid_until"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory,
                     lambda n, d: run_public(n, d, _catalogue_and_price_list))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_bexio_contacts_articles_and_quotes_load(runs: Callable[[str], Path]) -> None:
    """The contacts (companies) load as accounts, the article as a product, the quotes as
    quotes on their customer and the org's price list; the user, contact relations and
    invoices stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 16, 16, 0, 0, 0, 0, 0),
        "product": ("items", 1, 1, 0, 0, 0, 0, 0),
        "quote": ("quotes", 91, 91, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 16}, True),
        "items": ("product", {"product": 1}, True),
        "quotes": ("quote", {"quote": 91}, True),
        "users": ("user", {}, False),
        "contact_relations": ("unknown", {}, False),
        "invoices": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product", "quote"}
    account, product, quote = tables["account"], tables["product"], tables["quote"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"country_id", "street_name", "house_number", "is_lead", "contact_group_ids",
            "user_id", "owner_id"} <= set(account["unmapped"])
    assert (product["source"], product["source_key"]) == ("items", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert "is_stock" in product["unmapped"]
    assert (quote["source"], quote["source_key"]) == ("quotes", "key(id)")
    assert {c["target"]: c["source"] for c in quote["columns"]} == QUOTE
    assert {"kb_item_status_id", "delivery_address", "contact_address", "total", "total_net",
            "user_id"} <= set(quote["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in quote["lookups"]] == [
        ("customerid", "contact_id", "account"), ("pricelevelid", None, "pricelevel")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("contact_relations", "unknown"), ("invoices", "unknown"), ("users", "user")]

    for table in ("account", "product", "quote"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.height == 16
    assert accounts.select(list(ACCOUNT)).row(0) == (
        "bexio AG", "000001", "Alte Jonastrasse 24", "8640", "Rapperswil",
        "https://www.bexio.com")
    assert accounts["accountnumber"].to_list() == [f"{n:06d}" for n in range(1, 17)]
    products = _staged(run_dir, "product")
    assert products.select(list(PRODUCT)).rows() == [("Test Item", "TEST-1781790959", 2, 0.0)]
    assert products["__via__defaultuomid"].to_list() == ["existing"]
    quotes = _staged(run_dir, "quote")
    assert quotes.height == 91
    assert quotes.select(list(QUOTE)).row(0) == (
        "Test Quote", "AN-00001", 3125.0, 0.0, "2026-06-18T00:00:00Z", "2026-06-23T00:00:00Z")
    assert quotes["quotenumber"].n_unique() == 91   # each quote its own number
    assert sorted(set(quotes["name"].to_list())) == ["Test Quote", "Updated Quote Title"]
    assert quotes["totalamount"].sum() == 3125.0 + 90 * 100.0
    # every quote on bexio AG (contact 1), the first account, and on the org's price list
    assert set(quotes["__via__customerid_account"].to_list()) == {"id"}
    assert set(quotes["__ref__customerid_account"].to_list()) == {
        accounts["__source_id"][0]}
    assert set(quotes["__via__pricelevelid"].to_list()) == {"existing"}

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["quote"]) == set(QUOTE) | {"customerid", "pricelevelid"}
    assert not any(v for table in verified.values() for v in table.values())
