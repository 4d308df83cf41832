"""keys554's public export runs end to end from its parameters file, decisions only
(issue 13): PandaDoc, its own records -- the example responses of PandaDoc's own Public API
specification (PandaDoc/pandadoc-openapi-specification at 81beb8c8, MIT, API 8.8.0): 2
workspace members, 3 contacts ('John Doe', 'Jane Smith' of ExampleCorp and a placeholder
'FName LName'), 5 product catalog items (the 'Sample product' coffee catalog), 2 templates
and 5 documents ('Sample Document', 'Services Invoice', 'Digital Marketing Proposal',
'Document from empty Template', 'API Sample Document from PandaDoc Template') -- headed by
the API's field names ('grand_total.amount', 'grand_total.currency', 'created_by.email'), in
English (tests/data/exports/pandadoc-export-en; SOURCE.md), on the branch-point engine
3f406da4 (session 66, round Z42). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the default unit
group and unit, the price list 'Invoice prices' and the account 'PandaDoc unassigned' for
documents that name no customer.

The contacts load as contacts keyed by PandaDoc's id: first and last name, e-mail, job
title, phone, the postal address (the placeholder contact's phone 'Phone' is cleared: no
phone number). The catalog items load as products keyed by their uuid: title as name, SKU
as number, price, cost, description, creation date, the USD currency, on the org's default
unit. The documents load as quotes keyed by their id: name, the id as the quote's number,
creation date, expiry, grand total in its currency (USD, one in EUR; the two list documents
carry no total), each on the org's unassigned account and price list; the two completed
documents are closed as Won, the three drafts stay drafts. Nothing held back, skipped or
failed; no owner queued (the fallback owner); verification finds no column differing.

The parameters decide: the documents file loaded as quotes (discovery names it an
attachment, the measured file miss), the keys (PandaDoc's ids), no owner column (the
documents' creators name no user of the rehearsal org), the status's values
(document.draft In Progress, document.completed Won: the measured miss in both modes), the
id as the quote's number, whole quantities for products, the unit group, unit, price list
and customer, the EUR rate beside the US dollar base, and a quarantine gate of 0%.

What is NOT read (left unmapped): a contact's company (a name, no companies file); an
item's billing type and cycle, bundle count, workspace, category, creator and modifier,
image, tier bounds, pricing method, type and date_modified; a document's date_modified,
version, content date, completion and send dates, ref_number, creator (created_by.*),
template and tags. members.csv (the workspace's users, matched to Dynamics users, not
created) and templates.csv (document layouts, no Sales table) stay out.
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
from test_public_end_to_end_keys94 import _catalogue_and_price_list

NAME = "pandadoc-export-en"
CONTACT = {"emailaddress1": "email", "firstname": "first_name", "lastname": "last_name",
           "jobtitle": "job_title", "telephone1": "phone", "address1_country": "country",
           "address1_stateorprovince": "state", "address1_line1": "street_address",
           "address1_city": "city", "address1_postalcode": "postal_code"}
PRODUCT = {"overriddencreatedon": "date_created", "description": "description",
           "price": "price", "productnumber": "sku", "name": "title", "standardcost": "cost",
           "quantitydecimal": None}
QUOTE = {"name": "name", "overriddencreatedon": "date_created",
         "expireson": "expiration_date", "totalamount": "grand_total.amount",
         "quotenumber": "id", "statuscode": "status"}
UNASSIGNED = "PandaDoc unassigned"


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, the price list for
    quotes, and the account for documents that name no customer."""
    _catalogue_and_price_list(client)
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_pandadoc_contacts_products_and_documents_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts, the catalog items as products, the documents as
    quotes in their currencies (the completed ones closed as Won) on the org's unassigned
    account and price list; the members and templates stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 1),
        "product": ("products", 5, 5, 0, 0, 0, 0, 0),
        "quote": ("documents", 5, 5, 0, 0, 0, 0, 0)}
    assert (out["quote"]["closed"], out["quote"]["closed_as"]) == (2, {"Won": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 3}, True),
        "products": ("product", {"product": 5}, True),
        "documents": ("quote", {"quote": 5}, True),
        "members": ("user", {}, False),
        "templates": ("email_template", {}, False)}
    assert files["members"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "quote"}
    contact, product, quote = tables["contact"], tables["product"], tables["quote"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert "company" in contact["unmapped"]
    assert (product["source"], product["source_key"]) == ("products", "key(uuid)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"billing_type", "billing_cycle", "category_name", "image_src", "pricing_method",
            "created_by"} <= set(product["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in product["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency"),
        ("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")]
    assert (quote["source"], quote["source_key"]) == ("documents", "key(id)")
    assert {c["target"]: c["source"] for c in quote["columns"]} == QUOTE
    assert {"ref_number", "date_completed", "date_sent", "created_by.id", "created_by.email",
            "template.name", "tags", "version"} <= set(quote["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in quote["lookups"]] == [
        ("transactioncurrencyid", "grand_total.currency", "transactioncurrency"),
        ("customerid", None, "account"), ("pricelevelid", None, "pricelevel")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("members", "user"), ("templates", "email_template")]

    for table in ("contact", "product", "quote"):
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert not _issues(run_dir, "cleared", "product")
    assert not _issues(run_dir, "cleared", "quote")
    # the placeholder contact's phone ('Phone') is no number: cleared, the record loaded
    cleared = _issues(run_dir, "cleared", "contact")
    assert [(c["row"], c["column"], c["target"], c["value"]) for c in cleared] == [
        ("3", "phone", "telephone1", "Phone")]

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["firstname", "lastname", "jobtitle", "telephone1",
                            "address1_city", "address1_postalcode"]).rows() == [
        ("John", "Doe", "Software Engineer", "+1-555-123-4567", "San Francisco", "94101"),
        ("Jane", "Smith", "Product Manager", "+1-555-987-6543", "San Francisco", "94102"),
        ("FName", "LName", "JobTitle", None, "City", "1885-075")]
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    products = _staged(run_dir, "product")
    assert products.select(["name", "productnumber", "price", "standardcost",
                            "quantitydecimal"]).rows() == [
        ("Siphon vacuum coffee maker", "coffee_maker", 250.0, 100.0, 0),
        ("Jittermaster coffee brewer", "coffee_brewer", 100.0, 50.0, 0),
        ("Coffee Magic Mug", "coffee_mug_v2", None, 5.0, 0),    # tiered: no one price
        ("Light Roast Collection", "light_coffee", 19.0, 5.0, 0),
        ("Dark Roast Collection", "dark_coffee", 19.0, 5.0, 0)]
    assert products["__via__transactioncurrencyid"].to_list() == ["existing"] * 5
    assert all("USD" in r for r in products["__ref__transactioncurrencyid"].to_list())
    assert products["__via__defaultuomid"].to_list() == ["existing"] * 5

    quotes = _staged(run_dir, "quote")
    assert quotes.select(["name", "quotenumber", "totalamount", "statuscode",
                          "expireson"]).rows() == [
        ("Sample Document", "XjV64iXRJMerjSpk428QSF", None, 1, None),
        ("Services Invoice", "6NbHUUu6uuYN2tqJvgtf9h", None, 4, "2024-08-20T15:07:32Z"),
        ("Digital Marketing Proposal", "f9CbJKS4ZAs6nU629cuowb", 0.0, 4,
         "2024-09-06T15:43:36Z"),
        ("Document from empty Template", "VFU2v7oq3ZiKCHD936eoHg", 0.0, 1, None),
        ("API Sample Document from PandaDoc Template", "7kqXgjFejB2toXxjcC5jfZ", 29.99, 1,
         None)]
    # each total in its own currency (the two list documents name none and carry no total)
    refs = quotes["__ref__transactioncurrencyid"].to_list()
    assert quotes["__via__transactioncurrencyid"].to_list() == [None, None] + ["existing"] * 3
    assert ("EUR" in refs[2], "USD" in refs[3], "USD" in refs[4]) == (True, True, True)
    # every document on the org's account for documents without a customer, and its prices
    assert quotes["__via__customerid_account"].to_list() == ["existing"] * 5
    assert all(UNASSIGNED in r for r in quotes["__ref__customerid_account"].to_list())
    assert quotes["__via__pricelevelid"].to_list() == ["existing"] * 5

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {
        "transactioncurrencyid", "defaultuomid", "defaultuomscheduleid"}
    assert set(verified["quote"]) == set(QUOTE) | {
        "transactioncurrencyid", "customerid", "pricelevelid"}
    assert not any(v for table in verified.values() for v in table.values())
